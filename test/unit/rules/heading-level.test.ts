import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'heading-level';

describe(`rule: ${RULE}`, () => {
  it('reports a section heading at another level than the other sections, with the heading to write', () => {
    const doc = marked(dedent`
      # Outage

      ## Summary

      x

      ⟦### Root cause⟧

      y

      ## Resolution

      z
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '### Root cause',
      severity: 'warning',
      message: '“Root cause” is a level-3 heading while the other sections are level 2. Write it as `## Root cause`.',
    }]);
  });

  it('reports sections at the title\'s level or above it', () => {
    const doc = marked(dedent`
      ## My first postmortem

      ⟦# Issue Summary⟧

      x

      ⟦# Timeline (UTC +1)⟧

      - 4:30 PM: push
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.equal(diagnosticsOf(doc.text, RULE)[0].message, '“Issue Summary” is a level-1 heading, not below the title (level 2). Make the title `#` and every section `##`.');
  });

  it('reports a section at the same level as the title', () => {
    const doc = marked('# Outage\n\n⟦# Summary⟧\n\nx\n\n## Root cause\n\ny\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports an empty heading such as a lone `#`', () => {
    const doc = marked('# Outage\n\n⟦#⟧\n\n*By the API team*\n\n## Summary\n\nx\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.equal(diagnosticsOf(doc.text, RULE)[0].message, 'This heading is empty. Remove the lone `#`, or give the heading its text.');
  });

  it('takes the first section\'s level when levels tie', () => {
    const doc = marked('# Outage\n\n### Summary\n\nx\n\n⟦## Root cause⟧\n\ny\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('gives the level to use, or that the heading goes, for a quick fix', () => {
    assert.deepEqual(lintRule('# Outage\n\n## Summary\n\nx\n\n## Timeline\n\ny\n\n#### Root cause\n\nz\n', RULE).map((d) => d.data), [{ depth: 2 }]);
    assert.deepEqual(lintRule('# Outage\n\n#\n\n## Summary\n\nx\n', RULE).map((d) => d.data), [{ remove: true }]);
    assert.deepEqual(lintRule('## Outage\n\n# Summary\n\nx\n', RULE).map((d) => d.data), [{ depth: 2, titleDepth: 1 }]);
  });

  it('is silent when every section is one level below the title, and on pseudo-headings', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
    assert.deepEqual(diagnosticsOf('# Outage\n\n**Summary**\n\nx\n\n## Root cause\n\ny\n\n### Details\n\nz\n', RULE), []);
  });
});
