import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'empty-section';

describe(`rule: ${RULE}`, () => {
  it('reports a section with a heading and nothing under it, on the heading', () => {
    const doc = marked(dedent`
      # Outage

      ⟦## Root cause⟧

      ## Resolution

      We rolled back.
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '## Root cause',
      severity: 'warning',
      message: 'The section “Root cause” is empty. Write its content under the heading, or remove the heading.',
    }]);
  });

  it('counts a sub-section\'s content as its parent\'s, and reports an empty block of sections once, on the outermost', () => {
    const doc = marked(dedent`
      # Outage

      ## Summary

      ### Impact

      Checkout failed.

      ⟦## Lessons learned⟧

      ### What went well

      ### What went wrong

      ## Root cause

      A bad config.
    `);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.text, d.message]), [[
      '## Lessons learned',
      'The section “Lessons learned” and its sub-sections are empty. Write their content under the headings, or remove them.',
    ]]);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports an empty sub-section of a section that has content', () => {
    const doc = marked('## Impact\n\nCheckout failed.\n\n⟦### Revenue impact⟧\n\n## Root cause\n\nA bad config.\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reads the words of an HTML section, not its tags or comments', () => {
    const doc = marked('<h2>Summary</h2>\n<p>Checkout failed.</p>\n\n⟦<h2>Root cause</h2>⟧\n<!-- why -->\n<p align="center"><img src="x.png"></p>\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('counts a section holding only a comment, a rule or a bare sub-heading as empty', () => {
    const doc = marked(dedent`
      ⟦## Summary⟧

      <!-- TODO -->

      ⟦## Timeline⟧

      ---

      ⟦## Root cause⟧

      ### Details

      ⟦**Resolution**⟧
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports an empty last section at the end of the document', () => {
    const doc = marked('## Summary\n\nCheckout failed.\n\n⟦## Action items⟧\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('is silent on sections holding text, a list, a table or code', () => {
    const text = dedent`
      ## Summary

      Checkout failed.

      ## Timeline

      | Time | Event |
      | --- | --- |
      | 10:00 | deploy |

      ## Root cause

      \`\`\`
      timeout: 0
      \`\`\`

      ## Action items

      - Validate timeouts
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent on a line acting as a combined heading whose parts follow right under it', () => {
    const text = 'Root Cause and Resolution:\n\nRoot Cause:\n\n- An outdated web server.\n\nResolution:\n\n- Patched it.\n';
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });
});
