import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, openInEditor, positionOf, REPORT, typeText, waitForCodes, workspaceUri } from './helpers';

describe('Commands', () => {
  afterEach(closeAllEditors);

  it('registers every command the package contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const contributed: { command: string }[] = extension.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.map((c) => c.command).filter((id) => !registered.has(id)), []);
  });

  it('Postmortem: Restart Language Server brings up a server that checks new edits', async () => {
    const editor = await openInEditor(REPORT);
    const uri = workspaceUri(REPORT);
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
    await vscode.commands.executeCommand('postmortem.restartServer');
    await typeText(editor, positionOf(editor.document, '9:20PM', '9:20'.length), ' ');
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order']);
  });

});
