import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { InlayHint, Range } from 'vscode-languageserver';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { analyze } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

/** The document with each hint's label written in at its position (`10:05⟨T+5m⟩`), and the hints themselves. */
function hinted(text: string, range?: (document: TextDocument) => Range): { text: string; hints: InlayHint[] } {
  const document = TextDocument.create('file:///postmortem.md', 'markdown', 1, text);
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const hints = inlayHints(document, analyze(text), range ? range(document) : whole);
  let result = text;
  for (const hint of [...hints].reverse()) {
    const at = document.offsetAt(hint.position);
    result = `${result.slice(0, at)}⟨${String(hint.label)}⟩${result.slice(at)}`;
  }
  return { text: result, hints };
}

describe('feature: inlay hints', () => {
  it('puts the time since the incident start after each entry\'s time, across midnight', () => {
    const { text, hints } = hinted(dedent`
      ## Timeline (all times EAT)

      - 11:32 PM: ORM library updated
      - 11:36 PM: Pager alerts engineers
      - 12:13 AM: Engineer looks at load balancer logs
      - 1:48 AM: All services fully restored
    `);
    assert.equal(text, dedent`
      ## Timeline (all times EAT)

      - 11:32 PM⟨T+0m⟩: ORM library updated
      - 11:36 PM⟨T+4m⟩: Pager alerts engineers
      - 12:13 AM⟨T+41m⟩: Engineer looks at load balancer logs
      - 1:48 AM⟨T+2h 16m⟩: All services fully restored
    `);
    assert.deepEqual(hints.map((h) => [h.paddingLeft, h.paddingRight, h.kind]), [[true, undefined, undefined], [true, undefined, undefined], [true, undefined, undefined], [true, undefined, undefined]]);
  });

  it('explains each hint, with the step from the previous entry', () => {
    const { hints } = hinted('## Timeline (UTC)\n\n- 10:00: Deploy\n- 10:20: Alert fires\n');
    assert.deepEqual(hints.map((h) => h.tooltip), [
      'T+0m: since the incident start (10:00)',
      'T+20m: since the incident start (10:00)\n+20m after the previous entry (10:00)',
    ]);
  });

  it('counts from the summary\'s start, so entries before it are negative', () => {
    const { text } = hinted('## Summary\n\nFrom 10:05 to 10:45 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy\n- 10:05: Alert fires\n- 10:45: Back to normal\n');
    assert.ok(text.endsWith('- 10:00⟨T-5m⟩: Deploy\n- 10:05⟨T+0m⟩: Alert fires\n- 10:45⟨T+40m⟩: Back to normal\n'), text);
  });

  it('goes after the zone and the marks closing around the time, and skips entries without a time', () => {
    const { text } = hinted(dedent`
      ## Timeline

      - **10:00 PM** - Deploy
      - 10:05 PM (WAT): Alert fires
      - [10:08 PM] paged
      - Someone restarts the cache
      - **10:30 PM UTC+1**: Back to normal
    `);
    assert.equal(text, dedent`
      ## Timeline

      - **10:00 PM**⟨T+0m⟩ - Deploy
      - 10:05 PM (WAT)⟨T+5m⟩: Alert fires
      - [10:08 PM]⟨T+8m⟩ paged
      - Someone restarts the cache
      - **10:30 PM UTC+1**⟨T+30m⟩: Back to normal
    `);
  });

  it('reads 24-hour table rows and bare lines', () => {
    assert.equal(hinted('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 09:45 | Upgrade |\n| 10:00 | Outage |\n').text, '## Timeline\n\n| Time | Event |\n| --- | --- |\n| 09:45⟨T+0m⟩ | Upgrade |\n| 10:00⟨T+15m⟩ | Outage |\n');
    assert.equal(hinted('## Timeline\n\n16:30 - Push\n17:24 - Detected\n').text, '## Timeline\n\n16:30⟨T+0m⟩ - Push\n17:24⟨T+54m⟩ - Detected\n');
  });

  it('gives only the hints inside the requested range', () => {
    const doc = marked('## Timeline\n\n- 10:00: Deploy\n⟦- 10:05: Alert\n- 10:10: Page⟧\n- 10:20: Fix\n');
    const { hints } = hinted(doc.text, (document) => ({ start: document.positionAt(doc.ranges[0].start), end: document.positionAt(doc.ranges[0].end) }));
    assert.deepEqual(hints.map((h) => h.label), ['T+5m', 'T+10m']);
  });

  it('positions hints in UTF-16 code units after emoji, in a CRLF document', () => {
    const text = '## Timeline (UTC)\r\n\r\n| 🚨 | Time | Event |\r\n| --- | --- | --- |\r\n| 🔥🔥 | 10:05 | Alert 🚨 |\r\n| 🔥 | 10:07 | Page |\r\n';
    const { text: withHints, hints } = hinted(text);
    assert.equal(withHints, '## Timeline (UTC)\r\n\r\n| 🚨 | Time | Event |\r\n| --- | --- | --- |\r\n| 🔥🔥 | 10:05⟨T+0m⟩ | Alert 🚨 |\r\n| 🔥 | 10:07⟨T+2m⟩ | Page |\r\n');
    assert.deepEqual(hints.map((h) => h.position), [{ line: 4, character: 14 }, { line: 5, character: 12 }]);
  });

  it('counts a byte order mark as the model does', () => {
    assert.equal(hinted('\uFEFF## Timeline\n\n- 10:00: Deploy\n- 10:05: Alert\n').text, '\uFEFF## Timeline\n\n- 10:00⟨T+0m⟩: Deploy\n- 10:05⟨T+5m⟩: Alert\n');
  });

  it('gives nothing without a timeline or without times', () => {
    assert.deepEqual(hinted('# Outage\n\n## Summary\n\nAt 10:00 it broke.\n').hints, []);
    assert.deepEqual(hinted('## Timeline\n\n- Deploy\n- Alert\n').hints, []);
  });
});
