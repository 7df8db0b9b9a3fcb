import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionTriggerKind } from 'vscode-languageserver';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { changedSpan, codeActions } from '../../../server/src/features/codeActions';
import { toLspDiagnostics } from '../../../server/src/lsp/diagnostics';
import { analyze } from '../../../server/src/model';
import { DEFAULT_CONFIG, DEFAULT_FIX_CONTEXT, lint } from '../../../server/src/rules';
import { dedent, marked } from '../helpers';

const URI = 'file:///report.md';

/** The code actions at the document's cursor `‸` (or its `⟦…⟧` range), as the server computes them. */
function actionsAt(source: string, only?: string[], triggerKind?: CodeActionTriggerKind): { text: string; actions: CodeAction[] } {
  const { text, ranges, cursor } = marked(source);
  const document = TextDocument.create(URI, 'markdown', 1, text);
  const model = analyze(text);
  const diagnostics = lint(model, DEFAULT_CONFIG);
  const span = ranges[0] ?? { start: cursor ?? 0, end: cursor ?? 0 };
  const range = { start: document.positionAt(span.start), end: document.positionAt(span.end) };
  const actions = codeActions(document, model, { range, only, triggerKind }, {
    diagnostics,
    lspDiagnostics: toLspDiagnostics(document, diagnostics, (rule) => `readme#${rule}`),
    config: DEFAULT_CONFIG,
    fixContext: DEFAULT_FIX_CONTEXT,
  });
  return { text, actions };
}

function applied(text: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), action.edit!.changes![URI]);
}

const REPORT = dedent`
  # Queue backlog

  ## Summary

  From 10:00 to 10:40 UTC, 15% of emails were delayed because a consumer crashed.

  ## Timeline (UTC)

  - 10:00: Consumer crashes‸
  - 10:05: Backlog alert fires
  - 10:40: Backlog drained

  ## Root Cause

  A malformed message crashed the consumer.

  ## Resolution

  The message was skipped and the consumer restarted.

  ## Action Items

  - [ ] Dead-letter malformed messages — owner @sam — due 2026-05-01
`;

describe('feature: code actions', () => {
  it('offers the fixes of the diagnostics the range touches, with the diagnostic and preference', () => {
    const { text, actions } = actionsAt(REPORT.replace('- 10:05: Backlog', '- ⟦10;05⟧: Backlog').replace('‸', ''));
    const fixes = actions.filter((a) => a.kind === 'quickfix');
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred, a.diagnostics!.map((d) => d.code)]), [['Write 10:05', true, ['timestamp-format']]]);
    assert.equal(applied(text, fixes[0]), REPORT.replace('‸', ''));
  });

  it('offers no quick fix away from any diagnostic, and none for a rule that cannot be fixed', () => {
    assert.deepEqual(actionsAt(REPORT, ['quickfix']).actions, []);
    const vague = REPORT.replace('From 10:00 to 10:40 UTC, 15% of emails were delayed because a consumer crashed.', '⟦Things went wrong⟧ for a while.').replace('‸', '');
    assert.deepEqual(actionsAt(vague, ['quickfix']).actions, []);
  });

  it('fixes everything fixable in one edit over the span that changes', () => {
    const source = REPORT.replace('‸', '').replace('- 10:05: Backlog', '- 10;05: Backlog').replace('- 10:40: Backlog drained', '- 10;40: Backlog drained');
    const { text, actions } = actionsAt(source, ['source.fixAll']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all Postmortem problems (2)', 'source.fixAll.postmortem']]);
    const edits: TextEdit[] = actions[0].edit!.changes![URI];
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0].range, { start: { line: 9, character: 4 }, end: { line: 10, character: 5 } });
    assert.equal(applied(text, actions[0]), REPORT.replace('‸', ''));
  });

  it('never splits an emoji between the kept text and the edit', () => {
    // 🚨 and 🚧 share their first UTF-16 unit: a span cut at the first difference would split them.
    const before = 'Status: 🚨 down';
    const document = TextDocument.create(URI, 'markdown', 1, before);
    const edit = changedSpan(document, before, 'Status: 🚧 down');
    assert.deepEqual(edit, { range: { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } }, newText: '🚧' });
    const trailing = changedSpan(TextDocument.create(URI, 'markdown', 1, 'a🚨'), 'a🚨', 'b🚨');
    assert.deepEqual(trailing, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'b' });
  });

  it('offers no Fix all on a report with nothing to fix', () => {
    assert.deepEqual(actionsAt(REPORT, ['source']).actions, []);
  });

  it('offers the timeline refactorings at the cursor in the timeline', () => {
    const { text, actions } = actionsAt(REPORT, ['refactor']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Convert timeline to a table', 'refactor.rewrite']]);
    assert.match(applied(text, actions[0]), /\| Time \| Event \|\n\| -+ \| -+ \|\n\| 10:00 \| Consumer crashes \|/);
  });

  it('gives only the kinds asked for', () => {
    const source = REPORT.replace('- 10:05: Backlog', '- ⟦10;05⟧: Backlog').replace('‸', '');
    assert.deepEqual(actionsAt(source, ['quickfix']).actions.map((a) => a.kind), ['quickfix']);
    assert.deepEqual(actionsAt(source, ['source.fixAll.postmortem']).actions.map((a) => a.kind), ['source.fixAll.postmortem']);
    assert.deepEqual([...new Set(actionsAt(source).actions.map((a) => a.kind))].sort(), ['quickfix', 'refactor.rewrite', 'source.fixAll.postmortem']);
  });

  it('leaves Fix all out when the editor asks by itself as the cursor moves, and gives it when asked for', () => {
    const source = REPORT.replace('- 10:05: Backlog', '- ⟦10;05⟧: Backlog').replace('‸', '');
    assert.deepEqual(actionsAt(source, undefined, CodeActionTriggerKind.Automatic).actions.map((a) => a.kind), ['quickfix', 'refactor.rewrite', 'refactor.rewrite']);
    assert.deepEqual(actionsAt(source, ['source.fixAll'], CodeActionTriggerKind.Automatic).actions.map((a) => a.kind), ['source.fixAll.postmortem']);
    assert.ok(actionsAt(source, undefined, CodeActionTriggerKind.Invoked).actions.some((a) => a.kind === 'source.fixAll.postmortem'));
  });
});
