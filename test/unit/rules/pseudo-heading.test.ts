import assert from 'node:assert/strict';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, fixesOf, lintRule, marked, rangesOf } from '../helpers';

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

  it('suggests the level most sections use, the one heading-level holds them to', () => {
    assert.deepEqual(lintRule('# Outage\n\n## Summary\n\nx\n\n### Timeline\n\n- 10:00: a\n\n### Resolution\n\nz\n\n**Root cause**\n\ny\n', RULE).map((d) => d.data), [{ depth: 3 }]);
  });

  it('reports an upper-case line used as a heading, and turns it into one, the text under it kept', () => {
    const text = '# Outage\n\n## Summary\n\nx\n\nROOT CAUSE\nA bad config.\n';
    assert.deepEqual(diagnosticsOf(text, RULE).map((d) => d.text), ['ROOT CAUSE']);
    assert.equal(applyFix(text, RULE), '# Outage\n\n## Summary\n\nx\n\n## ROOT CAUSE\nA bad config.\n');
  });

  it('is silent on HTML headings, which are real headings', () => {
    assert.deepEqual(diagnosticsOf('<h1>Outage</h1>\n<h2>Summary</h2>\n<p>x</p>\n', RULE), []);
  });

  describe('fix', () => {
    it('writes a bold line as a heading at the sections\' level, without the bold markers and the colon, as the preferred fix', () => {
      const text = dedent`
        # Outage

        ## Summary

        x

        **Root cause:**

        y
      `;
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Write as a heading: ## Root cause', true]]);
      assert.equal(applyFix(text, RULE), dedent`
        # Outage

        ## Summary

        x

        ## Root cause

        y
      `);
      assert.equal(applyFix('# Outage\n\n__Timeline__:\n- 10:00: a\n', RULE), '# Outage\n\n## Timeline\n- 10:00: a\n');
    });

    it('writes a label line in the middle of a paragraph as a heading there: an ATX heading needs no blank line around it', () => {
      const text = 'Issue Summary:\nDuration: 45 minutes\nTimeline:\n08:15 - Alerts fired\n';
      assert.equal(applyFix(text, RULE, { index: 1 }), 'Issue Summary:\nDuration: 45 minutes\n## Timeline\n08:15 - Alerts fired\n');
    });

    it('writes a list item that is only a label as a heading, and moves what was nested under it out of the list', () => {
      const text = '# Outage\n\n## Summary\n\nx\n\n- **Root Cause:**\n  - A full disk.\n  - No alert on disk space.\n\n    Found at 10:40.\n- **Resolution:**\n  Logs rotated.\n';
      assert.equal(applyFix(text, RULE), '# Outage\n\n## Summary\n\nx\n\n## Root Cause\n- A full disk.\n- No alert on disk space.\n\n  Found at 10:40.\n- **Resolution:**\n  Logs rotated.\n');
    });

    it('keeps the words of the heading, a note in parentheses and emoji included', () => {
      assert.equal(applyFix('# Outage\n\n**Timeline (all times WAT) 🕒**\n- 10:00: a\n', RULE), '# Outage\n\n## Timeline (all times WAT) 🕒\n- 10:00: a\n');
    });

    it('writes a `Timeline:` line sharing its paragraph with entries as a heading above them', () => {
      assert.equal(applyFix('Timeline:\n10:00 - deploy\n10:05 - alert\n', RULE), '## Timeline\n10:00 - deploy\n10:05 - alert\n');
    });

    it('moves the text after a colon to its own paragraph under the heading', () => {
      assert.equal(applyFix('# Outage\n\nRoot cause: the cache was cold\n\n## Resolution\n\nx\n', RULE), '# Outage\n\n## Root cause\n\nthe cache was cold\n\n## Resolution\n\nx\n');
    });

    it('keeps a note in parentheses after the colon in the heading', () => {
      assert.equal(applyFix('# Outage\n\nTimeline: (UTC)\n- 10:00: a\n', RULE), '# Outage\n\n## Timeline (UTC)\n- 10:00: a\n');
    });

    it('keeps the whole line as the heading when the text after the colon would name a section or start an entry', () => {
      // Split, `root cause unknown` would be a plain line naming a section, and `10:00 deploy` a new entry.
      assert.equal(applyFix('# Outage\n\nSummary: root cause unknown\n', RULE), '# Outage\n\n## Summary: root cause unknown\n');
      assert.equal(applyFix('# Outage\n\nTimeline: 10:00 deploy\n', RULE), '# Outage\n\n## Timeline: 10:00 deploy\n');
    });

    it('while sections stand above the title, suggests `##` as heading-level does, and offers a fix only once the title is `#`', () => {
      const text = '## Outage\n\n# Summary\n\nx\n\n**Root cause**\n\ny\n';
      assert.deepEqual(lintRule(text, RULE).map((d) => d.data), [{ depth: 2 }]);
      // `## Root cause` under a `##` title is a heading-level problem of its own.
      assert.deepEqual(fixesOf(text, RULE), []);
      const headingsMended = applyFix(text, 'heading-level');
      assert.equal(headingsMended, '# Outage\n\n## Summary\n\nx\n\n**Root cause**\n\ny\n');
      assert.equal(applyFix(headingsMended, RULE), '# Outage\n\n## Summary\n\nx\n\n## Root cause\n\ny\n');
    });

    it('offers no fix when the level would be past 6', () => {
      assert.deepEqual(fixesOf('###### Outage\n\n**Root cause**\n\ny\n', RULE), []);
    });

    it('keeps CRLF line breaks, and counts offsets from before a byte order mark', () => {
      assert.equal(applyFix('# Outage\r\n\r\nRoot cause: the cache 🧊\r\n', RULE), '# Outage\r\n\r\n## Root cause\r\n\r\nthe cache 🧊\r\n');
      assert.equal(applyFix('\uFEFF**Summary**\r\n\r\nCheckout failed.\r\n', RULE), '\uFEFF## Summary\r\n\r\nCheckout failed.\r\n');
    });
  });
});
