import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'duration-mismatch';

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

  it('measures the timeline from first to last entry when the summary gives no time', () => {
    const doc = marked('## Summary\n\nCheckout was down for ⟦2 hours⟧.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 10:45: b\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.match(diagnosticsOf(doc.text, RULE)[0].message, /from 10:00 \(the first timeline entry\) to 10:45 \(the last\) is 45m\./);
  });

  it('measures across midnight', () => {
    const doc = marked('## Summary\n\nFrom 11:36 PM to 01:48 AM EAT requests failed, for ⟦1 hour⟧.\n');
    assert.match(diagnosticsOf(doc.text, RULE)[0].message, /is 2h 12m\./);
  });

  it('gives the measured duration, for a quick fix', () => {
    assert.deepEqual(lintRule('## Summary\n\nCheckout was down for 2 hours.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 10:45: b\n', RULE).map((d) => d.data), [{ measuredMinutes: 45 }]);
  });

  it('tolerates `about 2 hours` for 2h 10m', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nCheckout was down for about 2 hours.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 12:10: b\n', RULE), []);
  });

  it('tolerates whatever `2 hours` tolerates when written `about 2 hours`', () => {
    const timeline = '\n\n## Timeline (UTC)\n\n- 10:00: a\n- 12:25: b\n';
    assert.deepEqual(diagnosticsOf(`## Summary\n\nCheckout was down for 2 hours.${timeline}`, RULE), []);
    assert.deepEqual(diagnosticsOf(`## Summary\n\nCheckout was down for about 2 hours.${timeline}`, RULE), []);
  });

  it('reports `about 37 minutes` for 50 minutes', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nCheckout was down for about 37 minutes.\n\n## Timeline (UTC)\n\n- 10:00: a\n- 10:50: b\n', RULE).map((d) => d.text), ['about 37 minutes']);
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
});
