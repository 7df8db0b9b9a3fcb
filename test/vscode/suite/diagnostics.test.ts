import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, describeDiagnostics, openInEditor, positionOf, postmortemDiagnostics, REPORT, typeText, waitFor, waitForCodes, workspaceUri } from './helpers';

describe('Diagnostics while typing', () => {
  afterEach(closeAllEditors);

  it('places each diagnostic on the text it names', async () => {
    const editor = await openInEditor(REPORT);
    const uri = workspaceUri(REPORT);
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
    const named = Object.fromEntries(postmortemDiagnostics(uri).map((d) => [codeOf(d), editor.document.getText(d.range)]));
    assert.equal(named['timestamp-format'], '9:20PM');
    assert.match(named['timeline-order'] ?? '', /^9:33 PM/);
    assert.match(named['duration-mismatch'] ?? '', /40 minutes/);
    const severities = Object.fromEntries(postmortemDiagnostics(uri).map((d) => [codeOf(d), d.severity]));
    assert.deepEqual(severities, {
      'duration-mismatch': vscode.DiagnosticSeverity.Warning,
      'timeline-order': vscode.DiagnosticSeverity.Warning,
      'timestamp-format': vscode.DiagnosticSeverity.Information,
    });
  });

  it('updates as edits are typed, for the version typed', async () => {
    const editor = await openInEditor(REPORT);
    const uri = workspaceUri(REPORT);
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);

    await typeText(editor, positionOf(editor.document, '9:20PM', '9:20'.length), ' ');
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order']);

    const wrongMinutes = positionOf(editor.document, '9:33 PM', '9:'.length);
    await editor.edit((edit) => edit.delete(new vscode.Range(wrongMinutes, wrongMinutes.translate(0, 1))));
    await typeText(editor, wrongMinutes, '4');
    await waitForCodes(uri, ['duration-mismatch']);

    const afterLastEntry = positionOf(editor.document, 'back under 300 ms.', 'back under 300 ms.'.length);
    await typeText(editor, afterLastEntry, '\n- 10;07 PM: The standby cluster takes over.');
    const malformed = await waitFor(
      'a timestamp-format diagnostic on the typed entry `10;07 PM`',
      () => postmortemDiagnostics(uri).find((d) => codeOf(d) === 'timestamp-format'),
      () => describeDiagnostics(uri),
    );
    assert.equal(editor.document.getText(malformed.range), '10;07 PM');
    assert.equal(malformed.range.start.line, positionOf(editor.document, '- 10;07 PM').line);

    const claimed = positionOf(editor.document, 'lasted 40 minutes', 'lasted '.length);
    await editor.edit((edit) => edit.replace(new vscode.Range(claimed, claimed.translate(0, 2)), '53'));
    await waitForCodes(uri, ['timestamp-format']);
  });
});
