import * as assert from 'node:assert/strict';
import { closeAllEditors, codesOf, DETECTED_REPORT, openInEditor, ORDINARY_MARKDOWN, REPORT, waitForCodes, workspaceUri } from './helpers';

// index.ts has already checked that opening a Markdown file activates the extension.
describe('Activation', () => {
  afterEach(closeAllEditors);

  it('checks a file matched by postmortem.files', async () => {
    await openInEditor(REPORT);
    await waitForCodes(workspaceUri(REPORT), ['duration-mismatch', 'timeline-order', 'timestamp-format']);
  });

  it('checks a file detected by its section headings', async () => {
    await openInEditor(DETECTED_REPORT);
    await waitForCodes(workspaceUri(DETECTED_REPORT), ['missing-section', 'missing-section', 'summary-incomplete', 'timestamp-format']);
  });

  it('leaves an ordinary Markdown README alone', async () => {
    await openInEditor(ORDINARY_MARKDOWN);
    // Opened after the README, the report's diagnostics prove the server has had its turn.
    await openInEditor(DETECTED_REPORT);
    await waitForCodes(workspaceUri(DETECTED_REPORT), ['missing-section', 'missing-section', 'summary-incomplete', 'timestamp-format']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(codesOf(workspaceUri(ORDINARY_MARKDOWN)), []);
  });
});
