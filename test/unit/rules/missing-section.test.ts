import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'missing-section';

describe(`rule: ${RULE}`, () => {
  it('reports each required section that is absent, on the title, as an error', () => {
    const doc = marked(dedent`
      ⟦# Checkout outage⟧

      ## Summary

      Checkout failed.

      ## Timeline (UTC)

      - 10:00: deploy

      ## Root cause

      A bad config.
    `);
    const found = diagnosticsOf(doc.text, RULE);
    assert.deepEqual(found.map((d) => [d.text, d.severity]), [['# Checkout outage', 'error'], ['# Checkout outage', 'error']]);
    assert.deepEqual(rangesOf(doc.text, RULE), [doc.ranges[0], doc.ranges[0]]);
    assert.deepEqual(found.map((d) => d.message), [
      'The report has no Resolution section. Add a `## Resolution` heading with how service was restored and when.',
      'The report has no Action Items section. Add a `## Action Items` heading with concrete actions, each with an owner and a due date.',
    ]);
  });

  it('points at the first line when there is no title, without its CRLF line break', () => {
    // Found by this test: the range used to end after the `\r`.
    const text = 'Server outage report\r\n\r\nIt went down.\r\n';
    assert.deepEqual([...new Set(diagnosticsOf(text, RULE).map((d) => d.text))], ['Server outage report']);
  });

  it('counts a heading that names two sections as both', () => {
    const text = '# Outage\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\n## Root cause and resolution\n\nx\n\n## Action items\n\n- a\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('counts bold and plain lines acting as headings (pseudo-heading reports those)', () => {
    const text = 'Issue Summary:\nx\n\n**Timeline**\n- 10:00: a\n\nRoot cause:\nx\n\nResolution and Recovery:\nx\n\nPreventive Measures:\nx\ny\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('requires the sections configured, and only those', () => {
    const text = '# Outage\n\n## Summary\n\nCheckout failed.\n';
    assert.deepEqual(diagnosticsOf(text, RULE, { requiredSections: ['summary'] }), []);
    assert.deepEqual(diagnosticsOf(text, RULE, { requiredSections: ['summary', 'impact'] }).map((d) => d.message), [
      'The report has no Impact section. Add a `## Impact` heading with who and what was affected, and how much.',
    ]);
    assert.deepEqual(diagnosticsOf(text, RULE, { requiredSections: [] }), []);
  });

  it('gives the missing kind, for a quick fix', () => {
    assert.deepEqual(lintRule('# Outage\n', RULE, { requiredSections: ['timeline', 'summary'] }).map((d) => d.data), [{ kind: 'summary' }, { kind: 'timeline' }]);
  });

  it('is silent on a complete report', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });
});
