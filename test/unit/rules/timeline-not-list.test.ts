import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, fixesOf, marked, rangesOf } from '../helpers';

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

  describe('fix', () => {
    it('starts each entry line with `- ` and indents the lines that continue an entry, as the preferred fix', () => {
      const text = dedent`
        ## Timeline (UTC +1)
        4:30 PM: Configuration push begins.
        5:24 PM: Issue detected
        by the on-call engineer
        7:10 PM: Traffic back online.
      `;
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Make the timeline lines a list', true]]);
      const fixed = applyFix(text, RULE);
      assert.equal(fixed, dedent`
        ## Timeline (UTC +1)
        - 4:30 PM: Configuration push begins.
        - 5:24 PM: Issue detected
          by the on-call engineer
        - 7:10 PM: Traffic back online.
      `);
      const entries = analyze(fixed).timeline.entries;
      assert.deepEqual(entries.map((e) => [e.form, e.text]), [['list', 'Configuration push begins.'], ['list', 'Issue detected'], ['list', 'Traffic back online.']]);
      assert.equal(new Set(entries.map((e) => e.block.start)).size, 1, 'one list');
    });

    it('replaces the indentation of a line instead of adding to it, which would make code', () => {
      assert.equal(applyFix('## Timeline (UTC)\n\n10:00 - deploy\n    10:05 - alert\n\tpaged\n', RULE), '## Timeline (UTC)\n\n- 10:00 - deploy\n- 10:05 - alert\n  paged\n');
    });

    it('leaves a `Timeline:` line sharing the paragraph above the list, which now starts a block of its own', () => {
      const fixed = applyFix('Timeline (UTC):\n10:00 - deploy\n10:05 - alert\n', RULE);
      assert.equal(fixed, 'Timeline (UTC):\n- 10:00 - deploy\n- 10:05 - alert\n');
      assert.deepEqual(analyze(fixed).timeline.entries.map((e) => e.form), ['list', 'list']);
    });

    it('mends one paragraph per diagnostic', () => {
      const text = '## Timeline (UTC)\n\n10:00 - deploy\n10:05 - alert\n\n10:30 - rollback\n10:42 - recovered\n';
      assert.equal(applyFix(text, RULE, { index: 1 }), '## Timeline (UTC)\n\n10:00 - deploy\n10:05 - alert\n\n- 10:30 - rollback\n- 10:42 - recovered\n');
    });

    it('keeps CRLF line breaks, a byte order mark and emoji', () => {
      assert.equal(applyFix('\uFEFFTimeline (UTC):\r\n10:00 - deploy 🚀\r\n10:05 - alert 🔔\r\n', RULE), '\uFEFFTimeline (UTC):\r\n- 10:00 - deploy 🚀\r\n- 10:05 - alert 🔔\r\n');
    });
  });
});
