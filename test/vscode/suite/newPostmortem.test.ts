import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codesOf, waitFor, workspaceUri } from './helpers';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Waits out the last minute of the local day, so a test's reports and its expectations share one date at any hour. */
async function awayFromMidnight(): Promise<void> {
  while (new Date().getHours() === 23 && new Date().getMinutes() === 59) await new Promise((resolve) => setTimeout(resolve, 1000));
}

describe('Postmortem: New Postmortem', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri);
  });

  it('creates a dated report from a template in the postmortems folder, with the template in its front matter', async () => {
    await awayFromMidnight();
    await vscode.commands.executeCommand('postmortem.new', { title: 'Queue stall on the mailer', template: 'google-sre' });
    const editor = vscode.window.activeTextEditor!;
    created.push(editor.document.uri);
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri), `postmortems/${today()}-queue-stall-on-the-mailer.md`);
    const text = editor.document.getText();
    assert.match(text, /^---\n[\s\S]*\ntemplate: google-sre\n[\s\S]*\n---\n/);
    assert.match(text, /\n# Queue stall on the mailer\n/);
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    assert.deepEqual(headings, ['## Summary', '## Impact', '## Root Causes', '## Trigger', '## Resolution', '## Detection', '## Action Items', '## Lessons Learned', '## Timeline', '## Supporting Information']);
    // The cursor waits on the first section's guidance, ready to be replaced.
    assert.match(editor.document.getText(editor.selection), /^<!--/);
    const codes = await waitFor('the new report checked', () => {
      const found = codesOf(editor.document.uri);
      return found.length > 0 && found;
    });
    assert.deepEqual([...new Set(codes)], ['empty-section']);
  });

  it('never overwrites an existing report', async () => {
    await awayFromMidnight();
    await vscode.commands.executeCommand('postmortem.new', { title: 'Disk full', template: 'alx' });
    created.push(vscode.window.activeTextEditor!.document.uri);
    await vscode.commands.executeCommand('postmortem.new', { title: 'Disk full', template: 'alx' });
    created.push(vscode.window.activeTextEditor!.document.uri);
    assert.deepEqual(created.map((uri) => vscode.workspace.asRelativePath(uri)), [`postmortems/${today()}-disk-full.md`, `postmortems/${today()}-disk-full-2.md`]);
    assert.ok((await vscode.workspace.fs.stat(workspaceUri(`postmortems/${today()}-disk-full.md`))).size > 0);
  });
});
