import assert from 'node:assert/strict';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, fixesOf, marked, rangesOf } from '../helpers';

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

  describe('fix', () => {
    const utc = { context: { defaultTimeZone: 'UTC' } };

    it('adds the default time zone to the timeline heading', () => {
      const text = '# Outage\n\n## Summary\n\nFrom 10:00 to 10:22, checkout failed.\n\n## Timeline\n\n- 10:00: deploy\n- 10:22: rollback\n';
      assert.deepEqual(fixesOf(text, RULE, utc).map((f) => [f.title, f.preferred]), [['Add UTC to the Timeline heading', true]]);
      assert.equal(applyFix(text, RULE, utc), '# Outage\n\n## Summary\n\nFrom 10:00 to 10:22, checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: deploy\n- 10:22: rollback\n');
    });

    it('adds it to the heading of a table timeline too', () => {
      const text = '## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | deploy |\n';
      assert.equal(applyFix(text, RULE, { context: { defaultTimeZone: 'WAT' } }), '## Timeline (WAT)\n\n| Time | Event |\n| --- | --- |\n| 10:00 | deploy |\n');
    });

    it('writes it inside a bold or colon heading, and writes an offset as the setting gives it', () => {
      // pseudo-heading quotes the heading's words, so its message changes with them.
      const offset = { context: { defaultTimeZone: 'UTC+1' }, config: { rules: { 'pseudo-heading': 'off' as const } } };
      assert.equal(applyFix('**Timeline**\n- 10:00: deploy\n', RULE, offset), '**Timeline (UTC+1)**\n- 10:00: deploy\n');
      assert.equal(applyFix('Timeline:\n\n- 10:00: deploy\n', RULE, offset), 'Timeline (UTC+1):\n\n- 10:00: deploy\n');
    });

    it('writes an IANA zone as its offset on the incident\'s day, and names the setting in the title', () => {
      const on = (date: string) => `---\ndate: ${date}\n---\n## Timeline\n\n- 10:00: deploy\n`;
      const berlin = { context: { defaultTimeZone: 'Europe/Berlin' } };
      assert.deepEqual(fixesOf(on('2024-07-01'), RULE, berlin).map((f) => f.title), ['Add UTC+02:00 (Europe/Berlin) to the Timeline heading']);
      assert.equal(applyFix(on('2024-07-01'), RULE, berlin), '---\ndate: 2024-07-01\n---\n## Timeline (UTC+02:00)\n\n- 10:00: deploy\n');
      assert.equal(applyFix(on('2024-01-15'), RULE, berlin), '---\ndate: 2024-01-15\n---\n## Timeline (UTC+01:00)\n\n- 10:00: deploy\n');
    });

    it('attaches the zone to the summary\'s start time when there is no timeline', () => {
      const text = '# Outage\n\n## Summary\n\nAt 10:00 checkout began failing.\n';
      assert.deepEqual(fixesOf(text, RULE, utc).map((f) => f.title), ['Add UTC after 10:00']);
      assert.equal(applyFix(text, RULE, utc), '# Outage\n\n## Summary\n\nAt 10:00 UTC checkout began failing.\n');
    });

    it('keeps CRLF line ends and the emoji in the heading', () => {
      assert.equal(applyFix('## Timeline 🔥\r\n\r\n- 10:00: deploy 🚀\r\n', RULE, utc), '## Timeline 🔥 (UTC)\r\n\r\n- 10:00: deploy 🚀\r\n');
    });

    it('offers nothing without a default time zone', () => {
      assert.deepEqual(fixesOf('## Timeline\n\n- 10:00: deploy\n', RULE), []);
    });
  });
});
