import assert from 'node:assert/strict';
import { fixAll, RULES } from '../../../server/src/rules';
import { applyFix, CLEAN_REPORT, configWith, dedent, diagnosticsOf, fixesOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'window-mismatch';
/** Fix all with every other rule off, so other rules' fixes do not change the expected text. */
const ONLY_THIS_RULE = configWith({ rules: Object.fromEntries(RULES.filter((r) => r.meta.id !== RULE).map((r) => [r.meta.id, 'off'])) });

describe(`rule: ${RULE}`, () => {
  it('reports a summary end that no timeline entry has, on the summary\'s end', () => {
    const doc = marked(dedent`
      ## Issue Summary

      From 8:30 AM (WAT) to ⟦12:15 PM (WAT)⟧, logins failed.

      ## Timeline (all in West African Time)

      - 8:30 AM -- Monitoring alerts the team
      - 11:17 AM -- 100% back online
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '12:15 PM (WAT)',
      severity: 'warning',
      message: 'The summary says the incident ended at 12:15 PM, but the timeline\'s last entry, “100% back online”, is at 11:17 AM. Correct the summary, or add the entry that ends the incident.',
    }]);
  });

  it('reports a summary start that no timeline entry has, on the summary\'s start', () => {
    const doc = marked('## Summary\n\nFrom ⟦9:55⟧ to 10:22 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:22: Rollback done\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.equal(
      diagnosticsOf(doc.text, RULE)[0].message,
      'The summary says the incident started at 09:55, but no timeline entry is at that time (the timeline starts at 10:00 with “Deploy starts”). Add the entry, or correct the summary.',
    );
  });

  it('compares the summary and the timeline in the same zone', () => {
    // 13:00 EAT is 10:00 UTC, but 13:05 EAT is no entry's time.
    const doc = marked('## Summary\n\nFrom 1:00 PM to ⟦1:05 PM EAT⟧ checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:22: Rollback done\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('gives which bound is wrong and the timeline\'s time for it, for a quick fix', () => {
    const text = '## Summary\n\nFrom 9:55 to 10:30 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 10:22: b\n';
    assert.deepEqual(lintRule(text, RULE).map((d) => d.data), [{ bound: 'start', timelineMinutes: 600 }, { bound: 'end', timelineMinutes: 622 }]);
  });

  it('is silent when the summary\'s window matches the timeline', () => {
    const text = dedent`
      ## Summary

      From 11:36 PM to 01:48 AM East African time some requests failed.

      ## Timeline (all times East African time)

      - 11:32 PM: ORM library updated
      - 11:36 PM: App cannot connect to the database
      - 01:48 AM: All services restored
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent when the window matches once converted to the timeline\'s zone', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nFrom 1:00 PM to 1:22 PM EAT checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 10:22: b\n', RULE), []);
  });

  it('reads the timeline in the zone its heading states, even when the front matter names another', () => {
    // Found by this test: the summary's WAT times were moved to the front matter's UTC and
    // then matched against the timeline's WAT times ("started at 11:00 ... starts at 11:00").
    const text = dedent`
      ---
      timezone: UTC
      ---
      ## Summary

      From 11:00 to 11:22 WAT checkout failed.

      ## Timeline (WAT)

      - 11:00: Deploy starts
      - 11:22: Rollback done
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('holds the summary against the timeline\'s clock when an entry is written in another zone', () => {
    // The heading's UTC is the clock; 5:30 AM EST is 10:30 UTC, the summary's end. The entry's
    // EST does not make the timeline an EST one, nor is 5:30 compared with 10:30 as written.
    const text = dedent`
      ## Summary

      From 10:00 to 10:30 UTC checkout failed.

      ## Timeline (UTC)

      - 10:00: Deploy starts
      - 5:30 AM EST: Rollback done
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    const doc = marked(text.replace('10:30 UTC', '⟦10:40 UTC⟧'));
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(lintRule(doc.text, RULE).map((d) => d.data), [{ bound: 'end', timelineMinutes: 630 }]);
  });

  it('is silent without a timeline, or without times in the summary', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nFrom 10:00 to 10:22 UTC checkout failed.\n', RULE), []);
    assert.deepEqual(diagnosticsOf('## Summary\n\nCheckout failed.\n\n## Timeline\n\n- 10:00: a\n', RULE), []);
  });

  describe('fix', () => {
    it('offers to write the timeline\'s last time as the summary\'s end, not as the preferred fix', () => {
      const text = dedent`
        ## Summary

        From 8:30 AM (WAT) to 12:15 PM (WAT), logins failed.

        ## Timeline (all in West African Time)

        - 8:30 AM -- Monitoring alerts the team
        - 11:17 AM -- 100% back online
      `;
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Change the summary\'s end to 11:17 AM, as in the timeline', false]]);
      assert.equal(applyFix(text, RULE, { title: /end/ }), text.replace('12:15 PM (WAT)', '11:17 AM (WAT)'));
    });

    it('writes the timeline\'s first time as the summary\'s start', () => {
      const text = '## Summary\n\nFrom 9:55 to 10:22 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:22: Rollback done\n';
      assert.equal(applyFix(text, RULE, { title: /start/ }), '## Summary\n\nFrom 10:00 to 10:22 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:22: Rollback done\n');
    });

    it('writes the time in the summary\'s zone and clock, not the timeline\'s', () => {
      // 10:22 UTC is 1:22 PM EAT.
      const text = '## Summary\n\nFrom 1:00 PM to 1:05 PM EAT checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:22: Rollback done\n';
      assert.equal(applyFix(text, RULE, { title: /end/ }), '## Summary\n\nFrom 1:00 PM to 1:22 PM EAT checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:22: Rollback done\n');
    });

    it('pads the hour when the summary does', () => {
      const text = '## Summary\n\nFrom 08:30 AM to 09:15 AM WAT logins failed.\n\n## Timeline (WAT)\n\n- 8:30 AM: alert\n- 9:05 AM: fixed\n';
      assert.equal(applyFix(text, RULE, { title: /end/ }), '## Summary\n\nFrom 08:30 AM to 09:05 AM WAT logins failed.\n\n## Timeline (WAT)\n\n- 8:30 AM: alert\n- 9:05 AM: fixed\n');
    });

    it('keeps CRLF line ends and the emoji around the time', () => {
      const text = '## Summary 🔥\r\n\r\nFrom 10:00 to 10:30 UTC 😱 checkout failed.\r\n\r\n## Timeline (UTC)\r\n\r\n- 10:00: 🚀 deploy\r\n- 10:22: rollback\r\n';
      assert.equal(applyFix(text, RULE, { title: /end/ }), text.replace('10:30 UTC', '10:22 UTC'));
    });

    it('is left alone by Fix all, which never rewrites the writer\'s claims', () => {
      const text = '## Summary\n\nFrom 9:55 to 10:30 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 10:22: b\n';
      assert.equal(fixAll(text, ONLY_THIS_RULE).text, text);
    });
  });
});
