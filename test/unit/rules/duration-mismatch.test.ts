import assert from 'node:assert/strict';
import { formatDurationInWords } from '../../../server/src/rules/duration-mismatch';
import { fixAll, RULES } from '../../../server/src/rules';
import { applyFix, CLEAN_REPORT, configWith, dedent, diagnosticsOf, fixesOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'duration-mismatch';
/** Fix all with every other rule off, so other rules' fixes do not change the expected text. */
const ONLY_THIS_RULE = configWith({ rules: Object.fromEntries(RULES.filter((r) => r.meta.id !== RULE).map((r) => [r.meta.id, 'off'])) });

describe(`rule: ${RULE}`, () => {
  it('reports a duration the summary\'s start and the last entry contradict, on the duration', () => {
    const doc = marked(dedent`
      Issue Summary:
      At 10am (GMT + 1) our servers went down for ⟦37 minutes⟧.

      Timeline:

      | Time (GMT + 1) | Actions |
      | --- | --- |
      | 10:00 AM | Outage begins |
      | 10:22 AM | Traffic back online |
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '37 minutes',
      severity: 'warning',
      message: 'The summary says the incident lasted 37 minutes, but from 10:00 AM (the summary\'s start) to 10:22 AM (the last timeline entry) is 22m. Correct the duration or the times.',
    }]);
  });

  it('measures from the summary\'s own start and end when it gives both', () => {
    const doc = marked('## Summary\n\nFrom 10:00 to 10:30 UTC checkout failed. It lasted ⟦45 minutes⟧.\n');
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.text, d.message]), [
      ['45 minutes', 'The summary says the incident lasted 45 minutes, but from 10:00 (the summary\'s start) to 10:30 (its end) is 30m. Correct the duration or the times.'],
    ]);
  });

  it('when the summary gives no time, measures from the entry that detects the incident to the one that resolves it', () => {
    const doc = marked('## Summary\n\nCheckout was down for ⟦2 hours⟧.\n\n## Timeline (UTC)\n\n- 09:30: Deploy of the new index\n- 10:00: Alert fired for checkout errors\n- 10:45: Incident resolved\n- 14:00: Postmortem review\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.match(diagnosticsOf(doc.text, RULE)[0].message, /from 10:00 \(when the timeline detects it\) to 10:45 \(when it is resolved\) is 45m\./);
  });

  it('says nothing when the summary gives no time and the timeline does not mark detection and resolution: it may run from the lead-up to the follow-up', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nThe site returned errors for 12 minutes.\n\n## Timeline\n\n- 15:51: proxy started\n- 17:19: requests fail\n- 17:31: requests succeed\n- 17:49: config committed\n', RULE), []);
  });

  it('measures to the last entry on the timeline\'s clock when it is written in another zone', () => {
    // 5:30 AM EST is 10:30 UTC: 30 minutes after the summary's 10:00 UTC start.
    assert.deepEqual(diagnosticsOf('## Summary\n\nFrom 10:00 UTC checkout failed for 30 minutes.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 5:30 AM EST: b\n', RULE), []);
  });

  it('measures across midnight', () => {
    const doc = marked('## Summary\n\nFrom 11:36 PM to 01:48 AM EAT requests failed, for ⟦1 hour⟧.\n');
    assert.match(diagnosticsOf(doc.text, RULE)[0].message, /is 2h 12m\./);
  });

  it('gives the measured duration, for a quick fix', () => {
    assert.deepEqual(lintRule('## Summary\n\nCheckout was down for 2 hours.\n\n## Timeline (UTC)\n\n- 10:00: Alert fired\n- 10:45: Incident resolved\n', RULE).map((d) => d.data), [{ measuredMinutes: 45 }]);
  });

  it('tolerates `about 2 hours` for 2h 10m', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nCheckout was down for about 2 hours.\n\n## Timeline (UTC)\n\n- 10:00: Alert fired\n- 12:10: Incident resolved\n', RULE), []);
    assert.equal(diagnosticsOf('## Summary\n\nCheckout was down for about 2 hours.\n\n## Timeline (UTC)\n\n- 10:00: Alert fired\n- 12:40: Incident resolved\n', RULE).length, 1);
  });

  it('tolerates whatever `2 hours` tolerates when written `about 2 hours`', () => {
    const timeline = '\n\n## Timeline (UTC)\n\n- 10:00: Alert fired\n- 12:25: Incident resolved\n';
    assert.deepEqual(diagnosticsOf(`## Summary\n\nCheckout was down for 2 hours.${timeline}`, RULE), []);
    assert.deepEqual(diagnosticsOf(`## Summary\n\nCheckout was down for about 2 hours.${timeline}`, RULE), []);
  });

  it('reports `about 37 minutes` for 50 minutes', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nCheckout was down for about 37 minutes.\n\n## Timeline (UTC)\n\n- 10:00: Alert fired\n- 10:50: Incident resolved\n', RULE).map((d) => d.text), ['about 37 minutes']);
  });

  it('takes `2 hours and 12 minutes` to the minute, across midnight', () => {
    const text = '## Summary\n\nFrom 11:36 PM to 01:48 AM EAT requests failed. It lasted 2 hours and 12 minutes.\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    assert.equal(diagnosticsOf(text.replace('12 minutes', '20 minutes'), RULE).length, 1);
  });

  it('is silent on a duration that matches, and when there is nothing to measure', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
    assert.deepEqual(diagnosticsOf('## Summary\n\nCheckout was down for 2 hours.\n', RULE), []);
  });

  describe('fix', () => {
    it('offers to write the measured duration in place of the stated one, not as the preferred fix', () => {
      const text = dedent`
        Issue Summary:
        At 10am (GMT + 1) our servers went down for 37 minutes.

        Timeline:

        | Time (GMT + 1) | Actions |
        | --- | --- |
        | 10:00 AM | Outage begins |
        | 10:22 AM | Traffic back online |
      `;
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Change the summary\'s duration to 22 minutes', false]]);
      assert.equal(applyFix(text, RULE, { title: /duration/ }), text.replace('37 minutes', '22 minutes'));
    });

    const fixed: Array<[string, string, string]> = [
      // summary, the duration it states, what the fix writes
      ['From 10:00 to 10:30 UTC checkout failed. It lasted 45 minutes.', '45 minutes', '30 minutes'],
      ['From 11:36 PM to 01:48 AM EAT requests failed, for 1 hour.', '1 hour', '2 hours 12 minutes'],
      ['From 10:00 to 11:12 UTC checkout failed. It lasted 40 mins.', '40 mins', '1 hr 12 mins'],
      ['From 10:00 to 12:05 UTC checkout failed. It lasted 1 hour and 10 minutes.', '1 hour and 10 minutes', '2 hours and 5 minutes'],
      ['From 10:00 to 10:50 UTC checkout failed, for about 37 minutes.', 'about 37 minutes', 'about 50 minutes'],
      ['From 10:00 to 10:45 UTC checkout failed, for over 3 hours.', 'over 3 hours', '45 minutes'],
      ['From 10:00 to 10:45 UTC we had a 2-hour outage.', '2-hour', '45-minute'],
    ];
    for (const [summary, stated, written] of fixed) {
      it(`writes \`${written}\` for \`${stated}\``, () => {
        const text = `## Summary\n\n${summary}\n`;
        assert.equal(applyFix(text, RULE, { title: /duration/ }), text.replace(stated, written));
      });
    }

    it('keeps CRLF line ends and the emoji around the duration', () => {
      const text = '## Summary 🔥\r\n\r\nFrom 10:00 to 10:30 UTC 😱 checkout failed for 45 minutes 🚀.\r\n';
      assert.equal(applyFix(text, RULE, { title: /duration/ }), text.replace('45 minutes', '30 minutes'));
    });

    it('is left alone by Fix all, which never rewrites the writer\'s claims', () => {
      const text = '## Summary\n\nCheckout was down for 2 hours.\n\n## Timeline (UTC)\n\n- 10:00: Alert fired\n- 10:45: Incident resolved\n';
      assert.equal(lintRule(text, RULE).length, 1);
      assert.equal(fixAll(text, ONLY_THIS_RULE).text, text);
    });
  });

  describe('formatDurationInWords', () => {
    it('writes hours and minutes in words, singular where one', () => {
      assert.deepEqual([53, 1, 60, 61, 72, 120, 0].map((m) => formatDurationInWords(m)), ['53 minutes', '1 minute', '1 hour', '1 hour 1 minute', '1 hour 12 minutes', '2 hours', '0 minutes']);
    });

    const cases: Array<[number, string, string]> = [
      // minutes, the figure it replaces, what it writes
      [72, '40 minutes', '1 hour 12 minutes'],
      [72, '1 hour', '1 hour 12 minutes'],
      [45, '2 hours', '45 minutes'],
      [45, 'half an hour', '45 minutes'],
      [100, '90 minutes', '100 minutes'],
      [72, '40 mins', '1 hr 12 mins'],
      [61, '40 mins', '1 hr 1 min'],
      [72, '40 min', '1 hr 12 min'],
      [72, '2h', '1h 12m'],
      [72, '2 h', '1 h 12 m'],
      [125, '1 hour and 10 minutes', '2 hours and 5 minutes'],
      [125, '1 hour, 10 minutes', '2 hours, 5 minutes'],
      [72, '40-minute', '72-minute'],
      [120, '40-minute', '2-hour'],
      [45, '2 hour', '45 minute'],
    ];
    for (const [minutes, like, written] of cases) {
      it(`writes ${minutes} minutes as \`${written}\` in place of \`${like}\``, () => {
        assert.equal(formatDurationInWords(minutes, like), written);
      });
    }
  });
});
