import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'summary-incomplete';

describe(`rule: ${RULE}`, () => {
  it('reports on the summary heading everything the summary leaves out', () => {
    const doc = marked(dedent`
      # Outage

      ⟦## Summary⟧

      Something went wrong with checkout.
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '## Summary',
      severity: 'warning',
      message: 'The summary should say when it started and ended, with the time zone (`From 10:00 to 10:22 UTC`); who or what was affected and how much (`40% of checkout requests failed`); the root cause in one sentence (`caused by ...`).',
    }]);
  });

  it('asks for the end when the summary gives only a start', () => {
    const [d] = diagnosticsOf('## Summary\n\nAt 10:00 UTC 40% of checkout requests failed because of a bad push.\n', RULE);
    assert.equal(d.message, 'The summary should say when it ended, or how long it lasted.');
  });

  it('accepts a start and a duration instead of an end', () => {
    assert.deepEqual(diagnosticsOf('## Summary\n\nAt 10:00 UTC 40% of checkout requests failed for 30 minutes because of a bad push.\n', RULE), []);
  });

  it('asks only for the root cause when that is all it lacks', () => {
    const [d] = diagnosticsOf('**Issue Summary**\n\nFrom 10:00 to 10:22 UTC, 40% of checkout requests failed.\n', RULE);
    assert.equal(d.text, '**Issue Summary**');
    assert.equal(d.message, 'The summary should say the root cause in one sentence (`caused by ...`).');
  });

  it('is silent on a complete summary, an empty one (empty-section reports it), or none', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
    assert.deepEqual(diagnosticsOf('## Summary\n\n## Timeline\n\n- 10:00: a\n', RULE), []);
    assert.deepEqual(diagnosticsOf('# Outage\n\nSomething went wrong.\n', RULE), []);
  });

  it('in a report in another language, asks only for the times: impact and cause are read from English words', () => {
    const spanish = '# Caída del sitio\n\n## Resumen\n\nEl sitio no respondió para los usuarios y se perdieron ventas porque el contenedor falló.\n\n## Cronología\n\n- 21:35: detección\n';
    assert.deepEqual(diagnosticsOf(spanish, RULE).map((d) => d.message), ['The summary should say when it started and ended, with the time zone (`From 10:00 to 10:22 UTC`).']);
  });
});
