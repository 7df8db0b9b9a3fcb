import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'timezone-missing';

describe(`rule: ${RULE}`, () => {
  it('reports times without a zone, on the timeline heading, saying where to state it', () => {
    const doc = marked(dedent`
      # Outage

      ## Summary

      From 10:00 to 10:22, checkout failed.

      ⟦## Timeline⟧

      - 10:00: deploy
      - 10:22: rollback
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '## Timeline',
      severity: 'warning',
      message: 'No time zone is stated for the incident\'s times, so readers elsewhere cannot place them. Add it to the Timeline heading, e.g. `## Timeline (all times UTC)`.',
    }]);
  });

  it('reports on the summary\'s start time when there is no timeline', () => {
    const doc = marked('# Outage\n\n## Summary\n\nAt ⟦10:00⟧ checkout began failing.\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  const stated: Array<[string, string]> = [
    ['the timeline heading', '## Timeline (all times West African Time)\n\n- 10:00: deploy\n'],
    ['a note in the timeline', '## Timeline\n\nAll times are UTC.\n\n- 10:00: deploy\n'],
    ['the front matter', '---\ntimezone: Africa/Lagos\n---\n## Timeline\n\n- 10:00: deploy\n'],
    ['the summary', '## Summary\n\nFrom 10:00 to 10:22 WAT checkout failed.\n\n## Timeline\n\n- 10:00: deploy\n'],
    ['an entry', '## Timeline\n\n- 10:00 (WAT): deploy\n- 10:05: alert\n'],
    ['a table header', '## Timeline\n\n| Time (GMT + 1) | Event |\n| --- | --- |\n| 10:00 | deploy |\n'],
  ];
  for (const [where, text] of stated) {
    it(`is silent when the zone is stated in ${where}`, () => {
      assert.deepEqual(diagnosticsOf(text, RULE), []);
    });
  }

  it('is silent on a report that gives no times', () => {
    assert.deepEqual(diagnosticsOf('# Outage\n\n## Summary\n\nCheckout failed.\n\n## Timeline\n\n- Deploy\n', RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });
});
