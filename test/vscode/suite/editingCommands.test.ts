import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codesOf, openInEditor, positionOf, REPORT, waitFor, waitForCodes, workspaceUri } from './helpers';

describe('Editing commands', () => {
  const created: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAllEditors();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri);
  });

  it('Postmortem: Insert Timeline Entry, in a report written after the incident, writes the entry under the cursor\'s time selected, then the event, in order', async () => {
    const editor = await openInEditor(REPORT);
    const uri = workspaceUri(REPORT);
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
    const entry = positionOf(editor.document, '9:20PM', 3);
    editor.selection = new vscode.Selection(entry, entry);
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry');
    const line = entry.line + 1;
    // The report is dated 2026-02-10: whatever the hour, the new entry takes the time of the entry above, not the clock's.
    assert.equal(editor.document.lineAt(line).text, '- 9:20 PM: ');
    assert.deepEqual([editor.selection.start, editor.selection.end], [new vscode.Position(line, 2), new vscode.Position(line, 9)]);
    // The time and then the event are the snippet's tab stops.
    await vscode.commands.executeCommand('type', { text: '9:25 PM' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: 'The on-call engineer acknowledges the page.' });
    assert.equal(editor.document.lineAt(line).text, '- 9:25 PM: The on-call engineer acknowledges the page.');
    assert.equal(editor.document.lineAt(line + 1).text, '- 9:41 PM: The on-call engineer pauses the rebuild job.');
    // Nothing new to report: the entry is in order and says what happened.
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
  });

  it('Postmortem: Insert Timeline Entry, in a report written live, writes the current time', async () => {
    // Wait out the last seconds of a UTC day, so the report dated "today" stays today during the test.
    while (new Date().getUTCHours() === 23 && new Date().getUTCMinutes() === 59) await new Promise((resolve) => setTimeout(resolve, 1000));
    const today = new Date().toISOString().slice(0, 10);
    const uri = workspaceUri('postmortems/live-checkout-errors.md');
    created.push(uri);
    const text = `---\ndate: ${today}\ntimezone: UTC\n---\n# Checkout errors\n\n## Summary\n\nCheckout requests are failing since midnight.\n\n## Timeline\n\n- 00:00: Checkout error rate alert fires\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the live report checked', () => codesOf(uri).length > 0);
    const entryEnd = positionOf(editor.document, 'alert fires', 'alert fires'.length);
    editor.selection = new vscode.Selection(entryEnd, entryEnd);
    const clock = () => new Date().toISOString().slice(11, 16);
    const before = clock();
    await vscode.commands.executeCommand('postmortem.insertTimelineEntry');
    const after = clock();
    const inserted = /^- (\d\d:\d\d): $/.exec(editor.document.lineAt(entryEnd.line + 1).text);
    assert.ok(inserted, `inserted ${JSON.stringify(editor.document.lineAt(entryEnd.line + 1).text)}`);
    assert.ok([before, after].includes(inserted[1]), `${inserted[1]} is not the time of the command (${before}–${after} UTC)`);
    assert.equal(editor.document.getText(editor.selection), inserted[1]);
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
