import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'timezone-inconsistent';

describe(`rule: ${RULE}`, () => {
  it('reports a zone other than the incident\'s, on the zone, naming where the incident\'s was stated', () => {
    const doc = marked(dedent`
      ## Timeline (UTC +1)

      4:30 PM: Configuration push begins.

      ## Resolution

      At 5:24 PM ⟦PT⟧, the monitoring systems alerted the lead engineer.
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: 'PT',
      severity: 'warning',
      message: '`PT` (UTC-08:00) is not the incident\'s time zone, `UTC +1` (UTC+01:00) as stated in the timeline heading. Give every time in one zone, or convert this one.',
    }]);
  });

  it('still reports an entry written in another zone, though the timeline counts it in its own', () => {
    const doc = marked('## Summary\n\nFrom 3:00 PM to 4:30 PM CAT checkout was down.\n\n## Timeline\n\n- 3:00 PM CAT: Outage detected\n- 9:40 AM ⟦EDT⟧: Rolled back\n- 4:30 PM CAT: Resolved\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('holds every statement against the front matter\'s zone', () => {
    const doc = marked(dedent`
      ---
      timezone: UTC
      ---
      ## Summary

      From 10:00 to 10:30 ⟦EAT⟧ checkout failed.

      ## Timeline (⟦East African time⟧)

      - 10:00 (⟦EAT⟧): deploy
    `);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => d.text), ['EAT', 'East African time', 'EAT']);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.match(diagnosticsOf(doc.text, RULE)[0].message, /as stated in the front matter\./);
  });

  it('reports a zone once, even in a timeline note that also gives a time', () => {
    const doc = marked('---\ntimezone: WAT\n---\n## Timeline\n\nThe deploy at 10:00 ⟦UTC⟧ went out first.\n\n- 11:00: a\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('is silent when every zone has the same offset, however it is named', () => {
    const text = dedent`
      ---
      timezone: Africa/Lagos
      ---
      ## Summary

      From 5:35 PM to 6:42 PM WAT, requests failed.

      ## Timeline (all times West African Time)

      - 5:14 PM (UTC+1): push begins
      - 5:35 PM GMT + 1: outage begins
      - 6:42 PM CET: traffic back

      ## Root cause

      At 5:14 PM UTC +01:00 a change was released.
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent when no zone is stated (timezone-missing reports that)', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 10:00: deploy\n', RULE), []);
  });
});
