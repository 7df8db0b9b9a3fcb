import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openInEditor, positionOf, REPORT, waitForCodes, workspaceUri } from './helpers';

describe('Editing commands', () => {
  afterEach(closeAllEditors);

  it('Postmortem: Insert Timeline Entry adds an entry after the one under the cursor, in the report’s style, cursor on the event', async () => {
    const editor = await openInEditor(REPORT);
    const entry = positionOf(editor.document, '9:41 PM', 3);
    editor.selection = new vscode.Selection(entry, entry);
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry');
    const inserted = editor.document.lineAt(entry.line + 1).text;
    assert.match(inserted, /^- \d{1,2}:\d{2} (?:AM|PM): $/);
    assert.deepEqual(editor.selection.active, new vscode.Position(entry.line + 1, inserted.length));
    assert.ok(editor.selection.isEmpty);
  });

  it('Postmortem: Sort Timeline puts the entries in order', async () => {
    const editor = await openInEditor(REPORT);
    await waitForCodes(workspaceUri(REPORT), ['duration-mismatch', 'timeline-order', 'timestamp-format']);
    await vscode.commands.executeCommand('postmortem.sortTimeline');
    const text = editor.document.getText();
    assert.ok(text.indexOf('- 9:33 PM') < text.indexOf('- 9:41 PM'));
    await waitForCodes(workspaceUri(REPORT), ['duration-mismatch', 'timestamp-format']);
  });

  it('Postmortem: Normalize Timestamps writes every time in the report’s style', async () => {
    const editor = await openInEditor(REPORT);
    await vscode.commands.executeCommand('postmortem.normalizeTimestamps');
    assert.equal(editor.document.lineAt(positionOf(editor.document, 'The latency alert').line).text, '- 9:20 PM: The latency alert for search fires and pages the on-call engineer.');
  });

  it('Postmortem: Fix All fixes what can be fixed and leaves the writer’s claims', async () => {
    await openInEditor(REPORT);
    await vscode.commands.executeCommand('postmortem.fixAll');
    await waitForCodes(workspaceUri(REPORT), ['duration-mismatch']);
  });

  it('Postmortem: Copy Summary puts a plain-text summary on the clipboard', async () => {
    await openInEditor(REPORT);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('postmortem.copySummary');
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^Incident: Search latency after the index rebuild$/m);
    assert.match(copied, /^Duration: 53 minutes$/m);
    assert.match(copied, /^Action items: 2 \(2 open\)$/m);
  });
});
