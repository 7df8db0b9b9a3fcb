import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'pseudo-heading';

describe(`rule: ${RULE}`, () => {
  it('reports a bold line acting as a heading, and says how to write it', () => {
    const doc = marked(dedent`
      # Outage

      ⟦**Issue Summary**⟧

      Checkout failed.
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '**Issue Summary**',
      severity: 'warning',
      message: '“Issue Summary” is bold text acting as a heading, so outlines, links and tools do not see it. Write it as a heading: `## Issue Summary`.',
    }]);
  });

  it('reports a plain line acting as a heading, on that line only', () => {
    const doc = marked('⟦Timeline:⟧\n10:00 - deploy\n10:05 - alert\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.equal(diagnosticsOf(doc.text, RULE)[0].message, '“Timeline” is a plain line acting as a heading, so outlines, links and tools do not see it. Write it as a heading: `## Timeline`.');
  });

  it('suggests the level the real section headings use', () => {
    const text = '# Outage\n\n### Summary\n\nx\n\n**Root cause**\n\ny\n';
    assert.match(diagnosticsOf(text, RULE)[0].message, /Write it as a heading: `### Root cause`\.$/);
  });

  it('suggests one level below the title when no section is a real heading', () => {
    assert.match(diagnosticsOf('## Outage\n\n**Root cause**\n\ny\n', RULE)[0].message, /`### Root cause`/);
    assert.match(diagnosticsOf('Outage report\n\nRoot cause:\ny\n', RULE)[0].message, /`## Root cause`/);
  });

  it('gives the level to use, for a quick fix', () => {
    assert.deepEqual(lintRule('# Outage\n\n### Summary\n\nx\n\n**Root cause**\n\ny\n', RULE).map((d) => d.data), [{ depth: 3 }]);
  });

  it('is silent on a lead-in line that names the section it stands in', () => {
    assert.deepEqual(diagnosticsOf('## Timeline (UTC)\n\nHere is the timeline of events:\n\n- 10:00: deploy\n', RULE), []);
  });

  it('is silent on real headings, bold words in a sentence, and bold lines that name no section', () => {
    const text = dedent`
      ## Summary

      **Checkout** failed for 40% of users.

      **Note**

      Setext headings are real headings too:

      Root cause
      ----------

      x
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });
});
