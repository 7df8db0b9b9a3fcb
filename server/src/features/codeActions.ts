// Code actions: each fixable diagnostic's repairs as quick fixes, "Fix all" as the source
// action `source.fixAll.postmortem` (usable from `editor.codeActionsOnSave`), and the timeline
// refactorings (list ↔ table, normalize times) where the cursor is.

import { CodeActionKind, CodeActionTriggerKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic as LspDiagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostmortemModel, TextRange } from '../model';
import { refactoringsAt } from '../refactorings';
import { fixAll, fixesFor } from '../rules';
import type { Diagnostic, FixContext, LintConfig, TextEdit } from '../rules';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

export interface CodeActionRequest {
  range: Range;
  /** The kinds the client asked for (`only`); undefined means any. */
  only?: string[];
  /** `Automatic` when the editor asks by itself (cursor moves); undefined means invoked. */
  triggerKind?: CodeActionTriggerKind;
}

export interface CodeActionInputs {
  /** The lint result for `model`, in the same order as `lspDiagnostics`. */
  diagnostics: Diagnostic[];
  lspDiagnostics: LspDiagnostic[];
  config: LintConfig;
  fixContext: FixContext;
}

export function codeActions(document: TextDocument, model: PostmortemModel, request: CodeActionRequest, inputs: CodeActionInputs): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(request.only, CodeActionKind.QuickFix)) {
    const start = document.offsetAt(request.range.start);
    const end = document.offsetAt(request.range.end);
    inputs.diagnostics.forEach((diagnostic, index) => {
      if (!touches(diagnostic.range, start, end)) return;
      for (const fix of fixesFor(model, diagnostic, inputs.fixContext)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [inputs.lspDiagnostics[index]],
          isPreferred: fix.preferred,
          edit: { changes: { [document.uri]: fix.edits.map((edit) => toLspEdit(document, edit)) } },
        });
      }
    });
  }
  if (wants(request.only, CodeActionKind.RefactorRewrite)) {
    for (const refactoring of refactoringsAt(model, document.offsetAt(request.range.start))) {
      actions.push({
        title: refactoring.title,
        kind: CodeActionKind.RefactorRewrite,
        edit: { changes: { [document.uri]: refactoring.edits.map((edit) => toLspEdit(document, edit)) } },
      });
    }
  }
  // Fix all re-reads the document after each round of fixes: too much for every cursor move.
  const askedForFixAll = request.only ? wants(request.only, FIX_ALL_KIND) : request.triggerKind !== CodeActionTriggerKind.Automatic;
  if (askedForFixAll) {
    const fixEverything = fixAllAction(document, model, inputs.config, inputs.fixContext);
    if (fixEverything) actions.push(fixEverything);
  }
  return actions;
}

/** "Fix all" as one edit over the span that changes, or null when nothing is fixable. */
export function fixAllAction(document: TextDocument, model: PostmortemModel, config: LintConfig, fixContext: FixContext): CodeAction | null {
  const text = document.getText();
  const { text: fixed, fixed: count } = fixAll(text, config, fixContext, model);
  if (fixed === text) return null;
  return {
    title: `Fix all Postmortem problems (${count})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: [changedSpan(document, text, fixed)] } },
  };
}

/** Whether the client's `only` filter admits `kind` (`source` admits `source.fixAll.postmortem`). */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** Diagnostics at the cursor count too, so an empty range touching one finds it. */
function touches(range: TextRange, start: number, end: number): boolean {
  return range.start <= end && start <= range.end;
}

function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: document.positionAt(edit.range.start), end: document.positionAt(edit.range.end) }, newText: edit.newText };
}

/** The smallest single replacement that turns `before` into `after`: common prefix and suffix stay. */
export function changedSpan(document: TextDocument, before: string, after: string): LspTextEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair: back off to whole characters.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return toLspEdit(document, { range: { start: prefix, end: before.length - suffix }, newText: after.slice(prefix, after.length - suffix) });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
