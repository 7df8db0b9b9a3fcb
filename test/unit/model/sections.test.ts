import assert from 'node:assert/strict';
import { analyze, classifyHeading } from '../../../server/src/model';
import { dedent, marked, slices } from '../helpers';

/** Each section as `kinds: heading style`, the way a reader would list them. */
function outline(text: string): string[] {
  return analyze(text).sections.map((s) => `${s.kinds.join('+')}: ${s.heading.style}`);
}

describe('model: sections', () => {
  describe('heading forms', () => {
    it('reads ATX headings, with their level and words', () => {
      const doc = marked(dedent`
        # Checkout outage

        ## ⟦Summary⟧

        Checkout failed.
      `);
      const model = analyze(doc.text);
      assert.deepEqual(outline(doc.text), ['summary: atx']);
      const heading = model.sections[0].heading;
      assert.equal(heading.depth, 2);
      assert.equal(heading.text, 'Summary');
      assert.deepEqual(heading.textRange, doc.ranges[0]);
      assert.equal(doc.text.slice(heading.range.start, heading.range.end), '## Summary');
    });

    it('reads setext headings, the heading range covering both lines', () => {
      const doc = marked(dedent`
        ⟦Timeline
        --------⟧

        - 10:00: deploy
      `);
      const [section] = analyze(doc.text).sections;
      assert.deepEqual(section.kinds, ['timeline']);
      assert.equal(section.heading.style, 'setext');
      assert.equal(section.heading.depth, 2);
      assert.deepEqual(section.heading.range, doc.ranges[0]);
    });

    it('reads a bold-only line as a section heading without a level', () => {
      const doc = marked(dedent`
        ⟦**⟦Timeline⟧**⟧
        - 10:00: deploy
      `);
      const [section] = analyze(doc.text).sections;
      assert.deepEqual(section.kinds, ['timeline']);
      assert.equal(section.heading.style, 'bold');
      assert.equal(section.heading.depth, null);
      assert.deepEqual(section.heading.range, doc.ranges[0]);
      assert.deepEqual(section.heading.textRange, doc.ranges[1]);
    });

    it('reads a bold line with its colon inside or outside the stars', () => {
      assert.deepEqual(outline('**Root cause:**\n\nA bad config.\n\n**Resolution**:\n\nRolled back.\n'), ['root_cause: bold', 'resolution: bold']);
      assert.equal(analyze('**Root cause:**\n\nA bad config.\n').sections[0].heading.text, 'Root cause');
    });

    it('reads plain lines ending in a colon (`Timeline:`, `Issue Summary:`)', () => {
      const doc = marked(dedent`
        ⟦Issue Summary⟧:
        Checkout failed for 40% of users.

        ⟦Timeline⟧:
        10:00 - deploy
      `);
      const model = analyze(doc.text);
      assert.deepEqual(outline(doc.text), ['summary: plain', 'timeline: plain']);
      assert.deepEqual(model.sections.map((s) => s.heading.textRange), doc.ranges);
      assert.deepEqual(model.sections.map((s) => s.heading.text), ['Issue Summary', 'Timeline']);
    });

    it('reads a short plain line alone in its paragraph as a heading', () => {
      assert.deepEqual(outline('Root cause\n\nA bad config.\n'), ['root_cause: plain']);
    });

    it('does not read a plain line without a colon as a heading when text follows on the next line', () => {
      assert.deepEqual(outline('Root cause\nwas a bad config.\n'), []);
    });

    it('does not read a one-line sentence that names a section as a heading', () => {
      // Found by this test: `The root cause is known.` used to open a Root Cause section.
      assert.deepEqual(outline('The root cause is a bad config.\n\nTimeline is below!\n'), []);
    });

    it('does not read a lead-in line naming the section it stands in as a new section', () => {
      // Found by this test: `Here is the timeline of events:` opened a second Timeline
      // section, leaving `## Timeline` empty.
      const text = dedent`
        ## Timeline (UTC)

        Here is the timeline of events:

        - 10:00: deploy

        ## Summary

        In summary:
        checkout failed.
      `;
      const model = analyze(text);
      assert.deepEqual(outline(text), ['timeline: atx', 'summary: atx']);
      assert.deepEqual(model.sections.map((s) => s.isEmpty), [false, false]);
      assert.equal(model.timeline.entries.length, 1);
    });

    it('still reads a plain line naming another section as a heading', () => {
      assert.deepEqual(outline('## Summary\n\nCheckout failed.\n\nRoot cause:\nA bad config.\n'), ['summary: atx', 'root_cause: plain']);
    });

    it('reads a plain line naming the same section again once that section has ended', () => {
      assert.deepEqual(outline('## Timeline\n\n- 10:00: a\n\n## Appendix\n\nTimeline:\n10:00 - a\n'), ['timeline: atx', 'timeline: plain']);
    });

    it('does not read a long line ending in a colon as a heading', () => {
      assert.deepEqual(outline('These are the preventive measures we have put in place since then:\n- Canary deploys\n'), []);
    });

    it('reads HTML headings, with the level from the tag, attributes and inner tags allowed', () => {
      const doc = marked(dedent`
        ⟦<h1>Checkout outage</h1>⟧
        ⟦<h2 align="center">⟦Summary:⟧</h2>⟧
        <p>Checkout failed for 40% of users.</p>

        <h2><b>Root&nbsp;cause</b></h2>

        A bad config.
      `);
      const model = analyze(doc.text);
      assert.equal(model.title?.text, 'Checkout outage');
      assert.equal(model.title?.style, 'html');
      assert.deepEqual(outline(doc.text), ['summary: html', 'root_cause: html']);
      const [summary, rootCause] = model.sections;
      assert.deepEqual([summary.heading.depth, summary.heading.range, summary.heading.textRange], [2, doc.ranges[1], doc.ranges[2]]);
      assert.equal(rootCause.heading.text, 'Root cause');
      assert.deepEqual(model.sections.map((s) => s.isEmpty), [false, false]);
    });

    it('counts an HTML section holding only comments, images or headings as empty', () => {
      const model = analyze('<h2>Summary</h2>\n<!-- the impact -->\n<img src="a.png" alt="">\n<h3>Details</h3>\n\n<h2>Timeline</h2>\n<p>10:00 deploy</p>\n');
      assert.deepEqual(model.sections.map((s) => [s.kinds[0], s.isEmpty]), [['summary', true], ['timeline', false]]);
    });

    it('does not read an HTML heading written among other elements on its line', () => {
      assert.deepEqual(outline('<div><h2>Timeline</h2></div>\n\n<p><h2>Summary</h2> x</p>\n'), []);
    });

    it('reads a short upper-case line naming a section as a heading, even with text on the next line', () => {
      const doc = marked(dedent`
        ⟦SUMMARY⟧
        Checkout failed for 40% of users.

        ⟦ROOT CAUSE AND RESOLUTION⟧
        A bad config; we rolled it back.
      `);
      const model = analyze(doc.text);
      assert.deepEqual(outline(doc.text), ['summary: plain', 'root_cause+resolution: plain']);
      assert.deepEqual(model.sections.map((s) => s.heading.range), doc.ranges);
      assert.deepEqual(model.sections.map((s) => s.isEmpty), [false, false]);
    });

    it('does not read an upper-case line that names no section, in a list, or runs into the previous line as a heading', () => {
      assert.deepEqual(outline('UTC\nAll times are given in UTC.\n\n- TIMELINE\n  10:00 deploy\n\nThe cause was found in the\nTIMELINE\n'), []);
    });

    it('reads a report typed with no blank lines: its label lines are sections, its timed lines the timeline', () => {
      // As student reports are often typed: every line a paragraph line, Markdown joins them all
      // (seen in Nanakzy/alx-system_engineering-devops@6c8035161c0a 0x19-postmortem/README.md and Chymezy/alx-system_engineering-devops@76b0f81cb902 0x19-postmortem/README.md).
      const doc = marked(dedent`
        ⟦Issue Summary:⟧
        Duration: 45 minutes, 08:15 to 09:00 AM (CAT)
        Impact: The booking page returned errors for 60% of visitors.
        ⟦Timeline:⟧
        08:15 AM (CAT): Alerts fired for the booking API.
        08:30 AM (CAT): The database team was paged.
        09:00 AM (CAT): Bookings succeeded again.
        ⟦Root Cause and Resolution:⟧
        A migration locked the bookings table; it was rolled back.
        ⟦Corrective and Preventative Measures:⟧
        Run migrations outside business hours.
      `);
      const model = analyze(doc.text);
      assert.deepEqual(outline(doc.text), ['summary: plain', 'timeline: plain', 'root_cause+resolution: plain', 'action_items: plain']);
      assert.deepEqual(model.sections.map((s) => s.heading.range), doc.ranges);
      assert.deepEqual(model.timeline.entries.map((e) => `${e.time?.raw} ${e.text}`), ['08:15 AM Alerts fired for the booking API.', '08:30 AM The database team was paged.', '09:00 AM Bookings succeeded again.']);
      assert.deepEqual(model.sections.map((s) => s.isEmpty), [false, false, false, false]);
    });

    it('reads a plain line standing alone at the end of a paragraph, or just before an entry, as a heading', () => {
      const doc = marked(dedent`
        Issue Summary

        Duration: 2 hours, from 10:00 AM to 12:00 PM UTC.
        Root cause: a full disk.
        ⟦Timeline⟧

        10:00 AM UTC: Alerts fired.
        12:00 PM UTC: Disk cleaned.
        ⟦Root Cause and Resolution⟧

        The log partition filled up.
      `);
      assert.deepEqual(outline(doc.text), ['summary: plain', 'timeline: plain', 'root_cause+resolution: plain']);
      assert.deepEqual(analyze(doc.text).sections.slice(1).map((s) => s.heading.range), doc.ranges);
      assert.deepEqual(outline('Checkout failed.\nTimeline\n10:00: Alert fired.\n'), ['timeline: plain']);
    });

    it('does not read a section name that ends a sentence running over two lines as a heading', () => {
      assert.deepEqual(outline('We did not write down the\nTimeline\n\nnor the cause.\n'), []);
      assert.deepEqual(outline('Nobody knew the\nroot cause\n'), []);
    });

    it('reads a bold label alone on any line of a paragraph as a heading', () => {
      const doc = marked('**Issue summary**\n\n**Duration:** 11:00 - 12:20 UTC\n⟦**Timeline:**⟧\n\n**11:00 UTC:** Timeouts rose.\n**12:20 UTC:** Back to normal.\n⟦**Root Cause and Resolution:**⟧\n\nA pool too small.\n');
      assert.deepEqual(outline(doc.text), ['summary: bold', 'timeline: bold', 'root_cause+resolution: bold']);
      assert.deepEqual(analyze(doc.text).sections.slice(1).map((s) => s.heading.range), doc.ranges);
      assert.equal(analyze(doc.text).timeline.entries.length, 2);
    });

    it('reads a list item that is only a label, its content nested under it, as a section whose heading line is the item\'s', () => {
      const doc = marked(dedent`
        ⟦- **Issue Summary:**⟧
          - Duration: 09:00 to 09:40 UTC
        ⟦- **Timeline:**⟧
          - 09:00 UTC: Alert fired.
          - 09:40 UTC: Recovered.
        ⟦- Root Cause:⟧

          An expired certificate.
        - Owner: the platform team
      `);
      const model = analyze(doc.text);
      assert.deepEqual(outline(doc.text), ['summary: bold', 'timeline: bold', 'root_cause: plain']);
      assert.deepEqual(model.sections.map((s) => s.heading.range), doc.ranges);
      assert.deepEqual(model.timeline.entries.map((e) => e.text), ['Alert fired.', 'Recovered.']);
    });

    it('reads a decorated label (`--Impact--:`, `● Root Cause:`) as a heading of its words', () => {
      const doc = marked('Issue Summary:\nDuration: 2 hours\n--⟦Impact⟧--:\nAll users.\n● ⟦Root Cause⟧:\nA bad config.\n');
      assert.deepEqual(outline(doc.text), ['summary: plain', 'impact: plain', 'root_cause: plain']);
      assert.deepEqual(analyze(doc.text).sections.slice(1).map((s) => [s.heading.text, s.heading.textRange]), [['Impact', doc.ranges[0]], ['Root Cause', doc.ranges[1]]]);
    });

    it('reads an HTML heading with a note in parentheses and no space before it, the note\'s zone counting', () => {
      const model = analyze('<h2>Summary</h2>\n\nx\n\n<h3>Timeline(in West African Time)</h3>\n\n- 10:00: a\n');
      assert.deepEqual(model.sections.map((s) => s.kinds), [['summary'], ['timeline']]);
      assert.equal(model.timeline.zone?.raw, 'West African Time');
    });

    it('reads a bold HTML label on a line of its own as a heading without a level, not one with its content after it', () => {
      // The form of rugema3/alx-system_engineering-devops@ff8ec1bc9ee5 0x19-postmortem/README.md.
      const model = analyze('<h3>Issue Summary:</h3>\n<p>\n  <strong>Duration:</strong> October 30, 2023<br>\n  <strong>Impact:</strong><br>\n  Orders could not be saved.<br>\n  <strong>Root Cause:</strong><br>\n  A corrupted table.\n</p>\n');
      assert.deepEqual(model.sections.map((s) => `${s.kinds.join('+')}: ${s.heading.style} ${s.heading.depth}`), ['summary: html 3', 'impact: html null', 'root_cause: html null']);
    });

    it('reads the student rubric\'s questions as the headings writers keep them as', () => {
      assert.deepEqual(outline('* what was the impact:\nnobody could log in.\n\n* when was the issue detected:\n\n\t2:17 PM (GMT)\n'), ['impact: plain', 'detection: plain']);
    });

    it('reads no heading among the labels of a numbered list: it lists steps', () => {
      assert.deepEqual(outline('## Timeline\n\n- 10:00: a\n\n## Debugging\n\n5. **Checked the logs**:\n    - nothing\n6. **The Fix**:\n    - removed the typo\n'), ['timeline: atx']);
    });

    it('reads both kinds of a heading whose subtitle is a section name too, and only the first of one with a subtitle of its own', () => {
      assert.deepEqual(outline('## Prevention: Lessons Learned\n\nx\n\n## Issue Summary: how login broke\n\ny\n'), ['action_items+lessons_learned: atx', 'summary: atx']);
    });

    it('reads only a section\'s name as a heading line, not a sentence that starts with one', () => {
      assert.deepEqual(outline('1. Root cause and resolution must contain:\n    - what caused it\n'), []);
      assert.deepEqual(outline('Timeline of what we tried and why it failed:\n- a\n- b\n'), []);
      assert.deepEqual(outline('Summary of the DNS outage:\nIt failed.\n'), ['summary: plain']);
    });

    it('does not read bold text inside a sentence as a heading', () => {
      assert.deepEqual(outline('**Timeline** of the incident was long and painful to follow.\n'), []);
    });
  });

  describe('section names', () => {
    const cases: Array<[string, string[]]> = [
      ['Summary', ['summary']],
      ['Issue summary', ['summary']],
      ['Executive Summary', ['summary']],
      ['Overview', ['summary']],
      ['TL;DR', ['summary']],
      ['Impact', ['impact']],
      ['Customer impact', ['impact']],
      ['Timeline', ['timeline']],
      ['Timeline (all times West African Time)', ['timeline']],
      ['Incident timeline', ['timeline']],
      ['Root cause', ['root_cause']],
      ['Root Causes', ['root_cause']],
      ['Contributing factors', ['root_cause']],
      ['Trigger', ['trigger']],
      ['Resolution', ['resolution']],
      ['Resolution and Recovery', ['resolution']],
      ['Mitigation', ['resolution']],
      ['Root cause and resolution', ['root_cause', 'resolution']],
      ['Detection', ['detection']],
      ['Action items', ['action_items']],
      ['Corrective and preventative measures must contain', ['action_items']],
      ['Corrective and Preventive measures', ['action_items']],
      ['Preventive Measures', ['action_items']],
      ['Follow-ups', ['action_items']],
      ['Next steps', ['action_items']],
      ['Lessons learned', ['lessons_learned']],
      ['What went wrong', ['lessons_learned']],
      ['2. Summary', ['summary']],
      ['Summary & Impact', ['summary', 'impact']],
      ['Background', []],
      ['Appendix', []],
      ['', []],
    ];
    for (const [heading, kinds] of cases) {
      it(`${JSON.stringify(heading)} names ${kinds.length ? kinds.join(' and ') : 'no section'}`, () => {
        assert.deepEqual(classifyHeading(heading), kinds);
      });
    }

    it('gives a heading that names two sections one section of both kinds', () => {
      const model = analyze('## Root cause and resolution\n\nA bad config; we rolled back.\n');
      assert.equal(model.sections.length, 1);
      assert.deepEqual(model.sections[0].kinds, ['root_cause', 'resolution']);
    });
  });

  describe('the title', () => {
    it('is the first heading, and is not a section', () => {
      const model = analyze('# Checkout outage report\n\n## Summary\n\nCheckout failed.\n');
      assert.equal(model.title?.text, 'Checkout outage report');
      assert.deepEqual(outline(model.text), ['summary: atx']);
    });

    it('is not taken from a first heading that names a section: that heading is the section', () => {
      const model = analyze('# Summary\n\nCheckout failed.\n');
      assert.equal(model.title, null);
      assert.deepEqual(outline(model.text), ['summary: atx']);
    });

    it('is absent when the document starts with a plain line', () => {
      assert.equal(analyze('Server outage report\n\n## Summary\n\nx\n').title, null);
    });

    it('is absent when the first heading is a lone `#`', () => {
      assert.equal(analyze('#\n\n## Summary\n\nx\n').title, null);
    });
  });

  describe('section extent', () => {
    it('runs from its heading to the next section heading', () => {
      const doc = marked(dedent`
        # Outage

        ⟦## Summary
        ⟦
        Checkout failed.

        ⟧⟧## Root cause

        A bad config.
      `);
      const [summary, rootCause] = analyze(doc.text).sections;
      assert.deepEqual(summary.range, doc.ranges[0]);
      assert.deepEqual(summary.contentRange, doc.ranges[1]);
      assert.equal(rootCause.range.end, doc.text.length);
    });

    it('keeps sub-headings that name no section inside the section', () => {
      const model = analyze('## Root cause\n\n### Details\n\nA bad config.\n\n## Resolution\n\nRolled back.\n');
      const rootCause = model.sections[0];
      assert.match(model.text.slice(rootCause.contentRange.start, rootCause.contentRange.end), /### Details\n\nA bad config/);
      assert.equal(rootCause.isEmpty, false);
    });

    it('ends at a heading of its own level that names no section', () => {
      const model = analyze('## Root cause\n\nA bad config.\n\n## Appendix\n\nLogs.\n');
      const rootCause = model.sections[0];
      assert.equal(model.text.slice(rootCause.contentRange.start, rootCause.contentRange.end).trim(), 'A bad config.');
    });

    it('is empty when it holds only whitespace, rules, comments or bare headings', () => {
      const model = analyze(dedent`
        ## Summary

        <!-- write the summary -->

        ---

        ### Details

        ## Root cause

        A bad config.
      `);
      assert.deepEqual(model.sections.map((s) => [s.kinds[0], s.isEmpty]), [['summary', true], ['root_cause', false]]);
    });

    it('is empty when the next heading follows directly', () => {
      const model = analyze('## Summary\n## Timeline\n- 10:00: deploy\n');
      assert.deepEqual(model.sections.map((s) => s.isEmpty), [true, false]);
    });
  });

  describe('sub-sections', () => {
    it('nests a deeper heading that names a part of the section it stands in, keeping its kinds', () => {
      const model = analyze(dedent`
        # Outage

        ## Summary

        ### Impact

        Checkout failed.

        #### End user impact

        Carts were lost.

        ## Root cause

        ### Trigger

        A deploy.

        ## Timeline

        - 10:00: deploy
      `);
      assert.deepEqual(
        model.sections.map((s) => [s.heading.text, s.kinds.join('+'), s.parent?.heading.text ?? null, s.isEmpty]),
        [
          ['Summary', 'summary', null, false],
          ['Impact', 'impact', 'Summary', false],
          ['End user impact', 'impact', 'Impact', false],
          ['Root cause', 'root_cause', null, false],
          ['Trigger', 'trigger', 'Root cause', false],
          ['Timeline', 'timeline', null, false],
        ],
      );
      const summary = model.sections[0];
      assert.equal(model.text.slice(summary.range.start, summary.range.end), '## Summary\n\n');
    });

    it('leaves a deeper heading that names another kind of section at the top level', () => {
      const model = analyze('## Summary\n\nx\n\n### Timeline\n\n- 10:00: deploy\n');
      assert.deepEqual(model.sections.map((s) => s.parent), [null, null]);
    });

    it('does not nest under a section that a heading at its level has closed, or under a bold line', () => {
      const model = analyze('## Summary\n\nx\n\n## Appendix\n\n### Impact\n\ny\n\n**Summary**\n\n### Impact\n\nz\n');
      assert.deepEqual(model.sections.map((s) => s.parent), [null, null, null, null]);
    });

    it('nests through a heading that names no section', () => {
      const model = analyze('## Summary\n\n### Details\n\n#### Impact\n\ny\n');
      assert.equal(model.sections[1].parent, model.sections[0]);
    });

    it('makes a section holding only empty sub-sections empty, and one with a written sub-section not', () => {
      const model = analyze('## Impact\n\n### User impact\n\n### Revenue impact\n\n## Lessons learned\n\n### What went well\n\n### What went wrong\n\nPaging.\n');
      assert.deepEqual(model.sections.map((s) => [s.heading.text, s.isEmpty]), [
        ['Impact', true], ['User impact', true], ['Revenue impact', true], ['Lessons learned', false], ['What went well', true], ['What went wrong', false],
      ]);
    });
  });

  it('lists every heading and heading-like line in document order', () => {
    const text = '# Report\n\n**Summary**\n\nx\n\n## Background\n\ny\n\nTimeline:\n10:00 - a\n';
    const model = analyze(text);
    assert.deepEqual(model.headings.map((h) => `${h.style} ${h.text}`), ['atx Report', 'bold Summary', 'atx Background', 'plain Timeline']);
    assert.deepEqual(slices(text, model.headings.map((h) => h.range)), ['# Report', '**Summary**', '## Background', 'Timeline:']);
  });
});
