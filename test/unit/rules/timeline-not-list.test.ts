import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'timeline-not-list';

describe(`rule: ${RULE}`, () => {
  it('reports a paragraph of bare timeline lines, from its first entry to its last', () => {
    const doc = marked(dedent`
      ## Timeline (UTC +1)
      ⟦4:30 PM: Configuration push begins.
      5:24 PM: Issue detected.
      7:10 PM: Traffic back online.⟧
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.severity, d.message]), [
      ['warning', 'These 3 timeline entries are bare lines, so Markdown renders them as one run-on paragraph. Start each line with `- ` to make a list.'],
    ]);
  });

  it('reports each paragraph of bare lines on its own, including a last line that continues an entry', () => {
    const doc = marked(dedent`
      Timeline:
      ⟦10:00 - deploy
      10:05 - alert
      which paged the on-call engineer⟧

      ⟦10:30 - rollback
      10:42 - recovered⟧
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('is silent on a single bare line, a list and a table', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n10:00 - deploy\n', RULE), []);
    assert.deepEqual(diagnosticsOf('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | deploy |\n| 10:05 | alert |\n', RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent on bare lines outside the timeline', () => {
    assert.deepEqual(diagnosticsOf('## Resolution\n\n10:00 - rollback\n10:05 - restart\n', RULE), []);
  });
});
