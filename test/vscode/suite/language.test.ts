import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openInEditor, positionOf, waitForCodes, workspaceUri } from './helpers';

const POSTMORTEM_LANGUAGE_FILE = 'notes/cache-flush.postmortem.md';

describe('The postmortem language (*.postmortem.md)', () => {
  afterEach(closeAllEditors);

  it('opens *.postmortem.md as the postmortem language, checked like any report', async () => {
    const editor = await openInEditor(POSTMORTEM_LANGUAGE_FILE);
    assert.equal(editor.document.languageId, 'postmortem');
    await waitForCodes(workspaceUri(POSTMORTEM_LANGUAGE_FILE), []);
    const colon = positionOf(editor.document, '18:44', 2);
    await editor.edit((edit) => edit.replace(new vscode.Range(colon, colon.translate(0, 1)), ';'));
    await waitForCodes(workspaceUri(POSTMORTEM_LANGUAGE_FILE), ['timestamp-format']);
  });

  it('continues a timeline entry and an action item on Enter', async () => {
    const editor = await openInEditor(POSTMORTEM_LANGUAGE_FILE);
    const entryEnd = positionOf(editor.document, 'on every page again.', 'on every page again.'.length);
    editor.selection = new vscode.Selection(entryEnd, entryEnd);
    await vscode.commands.executeCommand('type', { text: '\n' });
    assert.equal(editor.document.lineAt(entryEnd.line + 1).text, '- ');

    const itemEnd = positionOf(editor.document, 'due 2026-04-10', 'due 2026-04-10'.length);
    editor.selection = new vscode.Selection(itemEnd, itemEnd);
    await vscode.commands.executeCommand('type', { text: '\n' });
    assert.equal(editor.document.lineAt(itemEnd.line + 1).text, '- [ ] ');
  });
});
