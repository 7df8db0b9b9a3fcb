import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver';
import { codeLenses, SHOW_PREVIEW_COMMAND } from '../../../server/src/features/codeLens';
import { analyze } from '../../../server/src/model';
import { CLEAN_REPORT, dedent, marked } from '../helpers';

const URI = 'file:///postmortems/checkout.md';

function lensesOf(text: string): { lenses: CodeLens[]; document: TextDocument } {
  const document = TextDocument.create(URI, 'markdown', 1, text);
  return { lenses: codeLenses(document, analyze(text)), document };
}

describe('feature: code lens', () => {
  it('sums up the incident on the Timeline heading, and opens the preview', () => {
    const doc = marked(CLEAN_REPORT.replace('## Timeline (all times UTC)', '⟦## Timeline (all times UTC)⟧'));
    const { lenses, document } = lensesOf(doc.text);
    assert.deepEqual(lenses, [{
      range: { start: document.positionAt(doc.ranges[0].start), end: document.positionAt(doc.ranges[0].end) },
      command: {
        title: 'Duration 45m · detected T+0m · mitigated T+12m · resolved T+45m · 4 entries',
        command: SHOW_PREVIEW_COMMAND,
        arguments: [URI],
      },
    }]);
    assert.equal(SHOW_PREVIEW_COMMAND, 'postmortem.showPreview');
  });

  it('gives only the figures the report tells', () => {
    const titles = (text: string) => lensesOf(text).lenses.map((l) => l.command?.title);
    assert.deepEqual(titles('## Timeline\n\n- 10:00: Deploy\n- 10:30: Rolled back\n- Wrote this report\n'), ['Duration 30m · mitigated T+30m · 3 entries']);
    assert.deepEqual(titles('## Timeline\n\n- Deploy\n'), ['1 entry']);
    assert.deepEqual(titles('## Timeline\n\nTo be written.\n'), ['0 entries']);
  });

  it('measures a 12-hour timeline that crosses midnight', () => {
    const { lenses } = lensesOf(dedent`
      ## Summary

      From 11:36 PM to 01:48 AM EAT half the requests failed.

      ## Timeline (all times EAT)

      - 11:32 PM: ORM library updated
      - 11:36 PM: Pager alerts engineers
      - 12:57 AM: Affected config files fixed
      - 01:48 AM: All services fully restored
    `);
    assert.equal(lenses[0].command?.title, 'Duration 2h 12m · detected T+0m · mitigated T+1h 21m · resolved T+2h 12m · 4 entries');
  });

  it('sits on the first line of a setext heading, after emoji, in a CRLF document', () => {
    const { lenses } = lensesOf('# 🔥 Outage\r\n\r\n🕒 Timeline\r\n-----------\r\n\r\n- 10:00: Alert fires\r\n');
    assert.deepEqual(lenses.map((l) => l.range), [{ start: { line: 2, character: 0 }, end: { line: 2, character: 11 } }]);
  });

  it('puts one lens on the first of several timeline sections, and none without a timeline', () => {
    const { lenses } = lensesOf('## Timeline\n\n- 10:00: Alert fires\n\n## Summary\n\nBad.\n\n## Timeline (continued)\n\n- 10:30: Resolved\n');
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [[0, 'Duration 30m · detected T+0m · mitigated T+30m · resolved T+30m · 2 entries']]);
    assert.deepEqual(lensesOf('# Outage\n\n## Summary\n\nFrom 10:00 to 10:30 UTC it broke.\n').lenses, []);
  });
});
