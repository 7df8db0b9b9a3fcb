import assert from 'node:assert/strict';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, fixesOf, lintRule, marked, rangesOf } from '../helpers';

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

  it('leaves sub-sections alone: `### Impact` under `## Summary`, `#### What went well` under `### Lessons learned`', () => {
    const text = dedent`
      # Outage

      ## Summary

      ### Impact

      Checkout failed.

      ## Lessons learned

      ### What went well

      #### What went badly

      Paging.

      ## Timeline

      - 10:00: deploy
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
  });

  it('still reports a deeper heading naming another kind of section than the one it stands in', () => {
    const doc = marked('# Outage\n\n## Summary\n\n### Impact\n\nx\n\n⟦### Timeline⟧\n\n- 10:00: deploy\n\n## Root cause\n\ny\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports HTML headings at another level, and is silent on an empty HTML heading', () => {
    const doc = marked('<h1>Outage</h1>\n<h2>Summary</h2>\n<p>x</p>\n⟦<h3 align="center">Root cause</h3>⟧\n<p>y</p>\n<h2>Resolution</h2>\n<h2></h2>\n<p>z</p>\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => d.message), ['“Root cause” is a level-3 heading while the other sections are level 2. Write it as `<h2>…</h2>`.']);
  });

  describe('fix', () => {
    it('writes a heading at the sections\' level, opening and closing `#` runs alike, as the preferred fix', () => {
      const text = '# Outage\n\n## Summary\n\nx\n\n### Root cause ###\n\ny\n\n## Resolution\n\nz\n';
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Make “Root cause” a level-2 heading', true]]);
      assert.equal(applyFix(text, RULE), '# Outage\n\n## Summary\n\nx\n\n## Root cause ##\n\ny\n\n## Resolution\n\nz\n');
    });

    it('moves the headings inside the section along, so they stay inside it', () => {
      const text = dedent`
        # Outage

        ## Summary

        x

        # Root cause

        ## Details

        y

        ## Resolution

        z
      `;
      assert.equal(applyFix(text, RULE), dedent`
        # Outage

        ## Summary

        x

        ## Root cause

        ### Details

        y

        ## Resolution

        z
      `);
    });

    it('offers no fix when a heading inside the section would go past level 6', () => {
      const text = '# Outage\n\n### Summary\n\nx\n\n### Timeline\n\n- 10:00: a\n\n## Root cause\n\n###### Details\n\ny\n';
      assert.deepEqual(lintRule(text, RULE).map((d) => d.data), [{ depth: 3 }]);
      assert.deepEqual(fixesOf(text, RULE), []);
    });

    it('keeps a setext heading setext at levels 1 and 2, with a new underline', () => {
      const text = '# Outage\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\nRoot cause\n==========\n\ny\n';
      assert.deepEqual(lintRule(text, RULE).map((d) => d.data), [{ depth: 2, titleDepth: 1 }]);
      const belowTitle = '## Outage\n\n### Summary\n\nx\n\n### Timeline\n\n- 10:00: a\n\nRoot cause\n==========\n\ny\n';
      assert.equal(applyFix(text.replace('# Outage', 'Outage report'), RULE), 'Outage report\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\nRoot cause\n----------\n\ny\n');
      assert.equal(applyFix(belowTitle, RULE), '# Outage\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00: a\n\nRoot cause\n----------\n\ny\n');
    });

    it('writes a setext heading as an ATX heading below level 2, which setext cannot write, joining its lines', () => {
      const text = '# Outage\n\n#### Summary\n\nx\n\nRoot\ncause\n---\n\ny\n\n#### Resolution\n\nz\n';
      assert.deepEqual(fixesOf(text, RULE).map((f) => f.title), ['Make “Root cause” a level-4 heading']);
      assert.equal(applyFix(text, RULE), '# Outage\n\n#### Summary\n\nx\n\n#### Root cause\n\ny\n\n#### Resolution\n\nz\n');
    });

    it('makes the title `#` and every section `##` when sections stand at or above the title, one fix for all of them', () => {
      const text = dedent`
        ## My first postmortem

        # Issue Summary

        x

        # Timeline (UTC +1)

        - 4:30 PM: push

        ### Root cause

        #### Details

        y
      `;
      const fixes = [0, 1].map((index) => fixesOf(text, RULE, { index }));
      assert.deepEqual(fixes[0], fixes[1]);
      assert.deepEqual(fixes[0].map((f) => [f.title, f.preferred]), [['Make the title # and every section ##', true]]);
      assert.equal(applyFix(text, RULE), dedent`
        # My first postmortem

        ## Issue Summary

        x

        ## Timeline (UTC +1)

        - 4:30 PM: push

        ## Root cause

        ### Details

        y
      `);
    });

    it('removes an empty heading with one of the blank lines around it', () => {
      assert.deepEqual(fixesOf('# Outage\n\n#\n\n*By the API team*\n', RULE).map((f) => [f.title, f.preferred]), [['Remove the empty heading', true]]);
      assert.equal(applyFix('# Outage\n\n#\n\n*By the API team*\n\n## Summary\n\nx\n', RULE), '# Outage\n\n*By the API team*\n\n## Summary\n\nx\n');
      assert.equal(applyFix('#\n\n## Summary\n\nx\n', RULE), '## Summary\n\nx\n');
      assert.equal(applyFix('## Summary\n\nx\n\n#\n', RULE), '## Summary\n\nx\n');
      assert.equal(applyFix('## Summary\n\nx\n\n#', RULE), '## Summary\n\nx\n');
    });

    it('removes an empty heading with its line break next to a line of text, and leaves a blank line between two', () => {
      assert.equal(applyFix('# Outage\n#\n\nx\n', RULE), '# Outage\n\nx\n');
      // Without the blank line the two lines would run together into one paragraph.
      assert.equal(applyFix('## Summary\n\nx\n#\ny\n', RULE), '## Summary\n\nx\n\ny\n');
    });

    it('keeps CRLF line breaks, a byte order mark and emoji', () => {
      assert.equal(applyFix('\uFEFF#\r\n\r\n## Summary 📝\r\n\r\nx\r\n', RULE), '\uFEFF## Summary 📝\r\n\r\nx\r\n');
      assert.equal(applyFix('# Outage 🔥\r\n\r\n## Summary\r\n\r\nx\r\n\r\n### Root cause\r\n\r\ny\r\n\r\n## Resolution\r\n\r\nz\r\n', RULE), '# Outage 🔥\r\n\r\n## Summary\r\n\r\nx\r\n\r\n## Root cause\r\n\r\ny\r\n\r\n## Resolution\r\n\r\nz\r\n');
      assert.equal(applyFix('# Outage\r\n\r\n## Summary\r\n\r\nx\r\n\r\nRoot cause\r\n==========\r\n\r\ny\r\n', RULE), '# Outage\r\n\r\n## Summary\r\n\r\nx\r\n\r\nRoot cause\r\n----------\r\n\r\ny\r\n');
    });
  });
});
