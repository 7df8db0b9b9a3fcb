// What the VS Code tests share: opening fixture files of the test workspace, reading our
// diagnostics, waiting for the language server with a bounded wait, and settings that are
// put back after each test.

import * as vscode from 'vscode';

export const EXTENSION_ID = 'postmortem-tools.postmortem';

/** Fixture files of test/vscode/workspace (the runners open a copy of it). */
export const REPORT = 'postmortems/2026-02-10-search-latency.md';
export const DETECTED_REPORT = 'notes/queue-stall-review.md';
export const ORDINARY_MARKDOWN = 'README.md';

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The VS Code tests need the test workspace (test/vscode/workspace) open as a folder.');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

export function postmortemDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function codesOf(uri: vscode.Uri): string[] {
  return postmortemDiagnostics(uri).map(codeOf).sort();
}

/**
 * Resolves with the first truthy value `read` returns, checking whenever diagnostics change and
 * every 50 ms; rejects after `timeoutMs` with what was awaited and what was last seen.
 */
export function waitFor<T>(description: string, read: () => T | undefined | false, describeLast: () => string = () => '', timeoutMs = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const value = read();
      if (!value) return false;
      cleanUp();
      resolve(value);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(check);
    const interval = setInterval(check, 50);
    const timer = setTimeout(() => {
      cleanUp();
      const last = describeLast();
      reject(new Error(`Waited ${timeoutMs} ms for ${description}${last ? `; last seen: ${last}` : ''}`));
    }, timeoutMs);
    function cleanUp() {
      subscription.dispose();
      clearInterval(interval);
      clearTimeout(timer);
    }
    check();
  });
}

/** Asks `read` every 100 ms until it gives a value; for answers that come from requests, not events. */
export async function pollFor<T>(description: string, read: () => Thenable<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const diagnostics = postmortemDiagnostics(uri);
  if (diagnostics.length === 0) return 'no postmortem diagnostics';
  return diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');
}

/** Waits until the file's postmortem diagnostic codes are exactly `expected` (sorted). */
export function waitForCodes(uri: vscode.Uri, expected: string[], timeoutMs?: number): Promise<string[]> {
  const wanted = [...expected].sort().join(',');
  return waitFor(
    `the diagnostics of ${vscode.workspace.asRelativePath(uri)} to be [${wanted}] (is the Postmortem language server running? see Output › Postmortem)`,
    () => {
      const codes = codesOf(uri);
      return codes.join(',') === wanted && codes;
    },
    () => describeDiagnostics(uri),
    timeoutMs,
  );
}

/** Types `text` at `position` one character per edit, as a writer would. */
export async function typeText(editor: vscode.TextEditor, position: vscode.Position, text: string): Promise<void> {
  let at = position;
  for (const character of text) {
    const ok = await editor.edit((edit) => edit.insert(at, character));
    if (!ok) throw new Error(`Typing ${JSON.stringify(character)} at ${at.line + 1}:${at.character + 1} was refused`);
    at = character === '\n' ? new vscode.Position(at.line + 1, 0) : at.translate(0, character.length);
  }
}

export function positionOf(document: vscode.TextDocument, text: string, offsetInText = 0): vscode.Position {
  const index = document.getText().indexOf(text);
  if (index < 0) throw new Error(`${JSON.stringify(text)} is not in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(index + offsetInText);
}

export async function updatePostmortemSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('postmortem').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function resetPostmortemSettings(): Promise<void> {
  for (const key of ['files', 'detect', 'rules', 'requiredSections', 'defaultTimeZone', 'inlayHints.elapsed']) await updatePostmortemSetting(key, undefined);
}

/** Closes every editor after putting unsaved documents back to their text on disk, so the next test starts from the fixtures. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.uri.scheme !== 'file') continue;
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    const restore = new vscode.WorkspaceEdit();
    restore.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), onDisk);
    await vscode.workspace.applyEdit(restore);
    await document.save();
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
