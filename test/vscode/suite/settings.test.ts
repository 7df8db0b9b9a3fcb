import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors, codeOf, describeDiagnostics, DETECTED_REPORT, openInEditor, ORDINARY_MARKDOWN, postmortemDiagnostics, REPORT,
  resetPostmortemSettings, updatePostmortemSetting, waitFor, waitForCodes, workspaceUri,
} from './helpers';

describe('Settings take effect without a reload', () => {
  afterEach(async () => {
    await resetPostmortemSettings();
    await closeAllEditors();
  });

  it('postmortem.rules turns a rule off, changes its severity and gives it back', async () => {
    await openInEditor(REPORT);
    const uri = workspaceUri(REPORT);
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);

    await updatePostmortemSetting('rules', { 'timeline-order': 'off' });
    await waitForCodes(uri, ['duration-mismatch', 'timestamp-format']);

    await updatePostmortemSetting('rules', { 'timeline-order': 'error' });
    const order = await waitFor(
      'timeline-order reported as an error',
      () => postmortemDiagnostics(uri).find((d) => codeOf(d) === 'timeline-order' && d.severity === vscode.DiagnosticSeverity.Error),
      () => describeDiagnostics(uri),
    );
    assert.ok(order);

    await updatePostmortemSetting('rules', undefined);
    await waitFor(
      'timeline-order back at its default severity (warning)',
      () => postmortemDiagnostics(uri).find((d) => codeOf(d) === 'timeline-order' && d.severity === vscode.DiagnosticSeverity.Warning),
      () => describeDiagnostics(uri),
    );
  });

  it('postmortem.detect: false stops checking files that only their headings made postmortems', async () => {
    await openInEditor(DETECTED_REPORT);
    const uri = workspaceUri(DETECTED_REPORT);
    await waitForCodes(uri, ['missing-section', 'missing-section', 'summary-incomplete', 'timestamp-format']);
    await updatePostmortemSetting('detect', false);
    await waitForCodes(uri, []);
  });

  it('postmortem.files makes a matching file a postmortem', async () => {
    await openInEditor(ORDINARY_MARKDOWN);
    const uri = workspaceUri(ORDINARY_MARKDOWN);
    await updatePostmortemSetting('files', ['README.md']);
    const codes = await waitFor('README.md checked as a postmortem', () => {
      const found = postmortemDiagnostics(uri).map(codeOf);
      return found.includes('missing-section') && found;
    }, () => describeDiagnostics(uri));
    assert.ok(codes.includes('timestamp-format'), `expected the malformed 5;14 PM to be reported too, got ${codes.join(', ')}`);
  });

  it('postmortem.requiredSections changes which sections are missing', async () => {
    await openInEditor(DETECTED_REPORT);
    const uri = workspaceUri(DETECTED_REPORT);
    await waitForCodes(uri, ['missing-section', 'missing-section', 'summary-incomplete', 'timestamp-format']);
    await updatePostmortemSetting('requiredSections', ['summary', 'timeline', 'root_cause']);
    await waitForCodes(uri, ['summary-incomplete', 'timestamp-format']);
  });
});
