// missing-section when the front matter names a template: the template decides which
// sections the report needs.

import assert from 'node:assert/strict';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'missing-section';

/** CLEAN_REPORT has Summary, Timeline, Root cause, Resolution and Action items; its front matter gets `template`. */
const withTemplate = (id: string) => CLEAN_REPORT.replace('---\ntimezone: UTC\n---', `---\ntimezone: UTC\ntemplate: ${id}\n---`);

describe('rule: missing-section with a template', () => {
  it('requires the sections of the template the front matter names, saying so', () => {
    const found = diagnosticsOf(withTemplate('google-sre'), RULE);
    assert.deepEqual(found.map((d) => [d.text, d.severity]), Array(4).fill(['# Checkout outage', 'error']));
    assert.deepEqual(found.map((d) => d.message), [
      'The report has no Impact section, which the `google-sre` template requires. Add a `## Impact` heading with who and what was affected, and how much.',
      'The report has no Trigger section, which the `google-sre` template requires. Add a `## Trigger` heading with the change or event that set it off.',
      'The report has no Detection section, which the `google-sre` template requires. Add a `## Detection` heading with how and when the problem was noticed.',
      'The report has no Lessons Learned section, which the `google-sre` template requires. Add a `## Lessons Learned` heading with what went well, what went wrong, where you got lucky.',
    ]);
  });

  it('finds nothing missing when the report has the template’s sections', () => {
    assert.deepEqual(diagnosticsOf(withTemplate('alx'), RULE), []);
  });

  it('lets the template decide over the configured sections, both ways', () => {
    // The settings ask for Impact, which alx does not have; alx asks for Timeline, which the settings do not.
    assert.deepEqual(diagnosticsOf(withTemplate('alx'), RULE, { requiredSections: ['summary', 'impact'] }), []);
    const withoutTimeline = withTemplate('alx').replace(/## Timeline[\s\S]*?(?=## Root cause)/, '');
    assert.deepEqual(diagnosticsOf(withoutTimeline, RULE, { requiredSections: ['summary', 'impact'] }).map((d) => d.message.split('.')[0]), [
      'The report has no Timeline section, which the `alx` template requires',
    ]);
  });

  it('reads the id regardless of case', () => {
    assert.equal(diagnosticsOf(withTemplate('Google-SRE'), RULE).length, 4);
  });

  it('reports an unknown template on its value, as a warning, and requires the configured sections meanwhile', () => {
    const doc = marked(dedent`
      ---
      template: ⟦five-whys⟧
      ---
      ⟦# Outage⟧

      ## Summary

      It broke.
    `);
    const found = diagnosticsOf(doc.text, RULE, { requiredSections: ['summary', 'timeline'] });
    assert.deepEqual(rangesOf(doc.text, RULE, { requiredSections: ['summary', 'timeline'] }), [doc.ranges[0], doc.ranges[1]]);
    assert.deepEqual(found.map((d) => [d.severity, d.message]), [
      ['warning', 'The front matter names the template `five-whys`, which is not one of `alx`, `google-sre`, `pagerduty`, `atlassian`; until it names one of those, the required sections are the configured ones.'],
      ['error', 'The report has no Timeline section. Add a `## Timeline` heading with one list item per event: `- 10:42 PM: what happened`.'],
    ]);
  });

  it('names a template written as something other than text as it stands', () => {
    const found = diagnosticsOf('---\ntemplate: [alx, pagerduty]\n---\n# Outage\n\n## Summary\n\nIt broke.\n', RULE, { requiredSections: ['summary'] });
    assert.deepEqual(found.map((d) => [d.text, d.message.split(',')[0]]), [['[alx, pagerduty]', 'The front matter names the template `["alx"']]);
  });

  it('fixes a section the template requires like any other', () => {
    const text = withTemplate('google-sre');
    const fixed = applyFix(text, RULE);
    assert.ok(fixed.includes('## Impact\n\n_Who and what was affected, and how much._\n'), fixed);
    assert.equal(diagnosticsOf(fixed, RULE).length, 3);
  });
});
