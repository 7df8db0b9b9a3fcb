import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { convertTimeline } from '../../../server/src/refactorings';
import type { TimelineShape } from '../../../server/src/refactorings';
import { applyEdits, lint } from '../../../server/src/rules';
import { dedent, marked } from '../helpers';

/** The document after converting the timeline at the cursor `‸`, or null when nothing converts there. */
function converted(source: string, to: TimelineShape): string | null {
  const doc = marked(source);
  assert.ok(doc.cursor !== undefined, 'the document marks the cursor with ‸');
  const edits = convertTimeline(analyze(doc.text), doc.cursor, to);
  return edits && applyEdits(doc.text, edits);
}

/** Each timeline entry as `time | event`, to show a conversion kept what the model reads. */
function entries(text: string): string[] {
  return analyze(text).timeline.entries.map((e) => `${e.time?.raw ?? e.invalidTime?.raw ?? '-'} | ${e.text}`);
}

describe('refactoring: convert timeline', () => {
  describe('to a table', () => {
    it('writes each list entry as a row of time and event, and nothing else changes', () => {
      const source = dedent`
        # Outage

        ## Timeline (UTC)

        All times are approximate.

        - 10:00: Deploy ‸starts
        - 10:05: Alert fires
        - 10:22: Rollback done

        ## Root cause

        A bad config.
      `;
      const expected = dedent`
        # Outage

        ## Timeline (UTC)

        All times are approximate.

        | Time | Event |
        | --- | --- |
        | 10:00 | Deploy starts |
        | 10:05 | Alert fires |
        | 10:22 | Rollback done |

        ## Root cause

        A bad config.
      `;
      const result = converted(source, 'table')!;
      assert.equal(result, expected);
      assert.deepEqual(entries(result), entries(marked(source).text));
      const findings = (text: string) => lint(analyze(text)).map((d) => `${d.rule}: ${d.message}`);
      assert.deepEqual(findings(result), findings(marked(source).text));
    });

    it('keeps each time as written, with date, zone and emphasis, and drops only the separator', () => {
      const source = dedent`
        ## Timeline

        - **Jan 17, 11:32 PM (EAT)** - ORM updated
        - [11:36 PM] App cannot connect
        - **11:37 PM:** Pager fires
        - 11:38 PM -- On-call engineer troubleshoots
        - 25:10: Impossible hour
        - Later: customers notified‸
      `;
      assert.equal(converted(source, 'table'), dedent`
        ## Timeline

        | Time | Event |
        | --- | --- |
        | **Jan 17, 11:32 PM (EAT)** | ORM updated |
        | [11:36 PM] | App cannot connect |
        | **11:37 PM** | Pager fires |
        | 11:38 PM | On-call engineer troubleshoots |
        | 25:10 | Impossible hour |
        |  | Later: customers notified |
      `);
    });

    it('escapes `|` in cells, in code too, and leaves an escaped one alone', () => {
      const source = '## Timeline (UTC)\n\n‸- 10:00: traffic moved a | b\n- 10:05: ran `grep a|b`\n- 10:10: wrote a \\| b\n';
      const result = converted(source, 'table')!;
      assert.equal(result, '## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:00 | traffic moved a \\| b |\n| 10:05 | ran `grep a\\|b` |\n| 10:10 | wrote a \\| b |\n');
      assert.deepEqual(entries(result), ['10:00 | traffic moved a \\| b', '10:05 | ran `grep a\\|b`', '10:10 | wrote a \\| b']);
    });

    it('joins a wrapped line with a space, and a new paragraph or nested item with `<br>`', () => {
      const source = dedent`
        ## Timeline (UTC)

        - 10:00: Deploy starts
          and takes a while

          Second paragraph
          - nested detail
        - 10:05: Alert‸
      `;
      assert.equal(converted(source, 'table'), dedent`
        ## Timeline (UTC)

        | Time | Event |
        | --- | --- |
        | 10:00 | Deploy starts and takes a while<br>Second paragraph<br>- nested detail |
        | 10:05 | Alert |
      `);
    });

    it('writes a loose list as one table and keeps CRLF line ends and emoji', () => {
      const source = '## Timeline 🔥 (UTC)\r\n\r\n- 10:00: 🚀 deploy\r\n\r\n- 10:05: ‸alert 😱\r\n\r\n## Root cause\r\n';
      assert.equal(converted(source, 'table'), '## Timeline 🔥 (UTC)\r\n\r\n| Time | Event |\r\n| --- | --- |\r\n| 10:00 | 🚀 deploy |\r\n| 10:05 | alert 😱 |\r\n\r\n## Root cause\r\n');
    });

    it('converts under a bold pseudo-heading, with no blank line before the list', () => {
      const source = '**Timeline (all times West African Time)**\n- 5:14 PM: push‸ begins\n- 5:35 PM: outage begins\n';
      const result = converted(source, 'table')!;
      assert.equal(result, '**Timeline (all times West African Time)**\n| Time | Event |\n| --- | --- |\n| 5:14 PM | push begins |\n| 5:35 PM | outage begins |\n');
      assert.deepEqual(entries(result), ['5:14 PM | push begins', '5:35 PM | outage begins']);
    });
  });

  describe('to a list', () => {
    it('writes each row as a list entry, and moves a zone the Time header names to the heading', () => {
      const source = dedent`
        Timeline:

        | Time (GMT + 1) | Actions |
        | -------------- | -------- |
        | 9:45 AM | Upgrades ‸begin |
        | 10:00AM | Outage begins |
        |  |  |
        | 10:22AM | Traffic back online |

        Root Cause:
      `;
      const result = converted(source, 'list')!;
      assert.equal(result, dedent`
        Timeline (GMT + 1):

        - 9:45 AM: Upgrades begin
        - 10:00AM: Outage begins
        - 10:22AM: Traffic back online

        Root Cause:
      `);
      assert.deepEqual(entries(result), entries(marked(source).text));
      assert.deepEqual(analyze(result).zones.map((z) => [z.raw, z.source]), [['GMT + 1', 'timeline-heading']]);
    });

    it('adds no zone the timeline already states', () => {
      const source = '## Timeline (UTC)\n\n| Time (UTC) | Event |\n| --- | --- |\n| 10:00 | ‸deploy |\n';
      assert.equal(converted(source, 'list'), '## Timeline (UTC)\n\n- 10:00: deploy\n');
    });

    it('unescapes `|`, turns `<br>` into the entry\'s paragraphs or nested items, and reads the time from its column', () => {
      const source = '## Timeline (UTC)\n\n| Event | Time |\n| --- | --- |\n| a \\| b<br>more<br/>- nested | 10:00 |\n| ‸restart | 10:05 |\n';
      assert.equal(converted(source, 'list'), '## Timeline (UTC)\n\n- 10:00: a | b\n\n  more\n  - nested\n- 10:05: restart\n');
    });

    it('separates time and event the way the document\'s other timeline entries do', () => {
      const source = dedent`
        ## Timeline (WAT)

        - 8:30 AM -- Alert fires
        - 9:00 AM -- Restart

        ## Timeline, day two (WAT)

        | Time | Event |
        | --- | --- |
        | 8:00 AM | Review‸ |
      `;
      assert.equal(converted(source, 'list'), marked(source).text.replace('| Time | Event |\n| --- | --- |\n| 8:00 AM | Review |', '- 8:00 AM -- Review'));
    });

    it('keeps CRLF line ends and emoji', () => {
      const source = '## Timeline (UTC) 🔥\r\n\r\n| Time | Event |\r\n| --- | --- |\r\n| 10:00 | 🚀 deploy‸ |\r\n| 10:05 | alert 😱 |\r\n\r\n## Root cause\r\n';
      assert.equal(converted(source, 'list'), '## Timeline (UTC) 🔥\r\n\r\n- 10:00: 🚀 deploy\r\n- 10:05: alert 😱\r\n\r\n## Root cause\r\n');
    });

    it('gives back the list it was made from', () => {
      const list = '## Timeline (UTC)\n\n- 10:00: Deploy starts\n- 10:05: Alert fires\n\n  Second paragraph\n  - nested detail\n- Later: customers notified\n';
      const table = applyEdits(list, convertTimeline(analyze(list), list.indexOf('Deploy'), 'table')!);
      assert.equal(applyEdits(table, convertTimeline(analyze(table), table.indexOf('Deploy'), 'list')!), list);
    });
  });

  describe('where it applies', () => {
    const twoLists = dedent`
      ## Timeline (UTC)

      - 10:00: deploy
      - 10:05: alert

      Day two:

      - 09:00: review
    `;

    it('converts the block under the cursor, or the first one when the cursor is on the heading', () => {
      const text = marked(twoLists).text;
      const onReview = convertTimeline(analyze(text), text.indexOf('review'), 'table')!;
      assert.equal(applyEdits(text, onReview), text.replace('- 09:00: review', '| Time | Event |\n| --- | --- |\n| 09:00 | review |'));
      const onHeading = convertTimeline(analyze(text), 3, 'table')!;
      assert.equal(applyEdits(text, onHeading), text.replace('- 10:00: deploy\n- 10:05: alert', '| Time | Event |\n| --- | --- |\n| 10:00 | deploy |\n| 10:05 | alert |'));
    });

    it('gives null where there is nothing to convert', () => {
      const text = marked(twoLists).text;
      assert.equal(convertTimeline(analyze(text), text.indexOf('Day two'), 'table'), null);
      assert.equal(convertTimeline(analyze(text), text.indexOf('deploy'), 'list'), null);
      assert.equal(converted('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | ‸deploy |\n', 'table'), null);
      assert.equal(converted('## Root cause\n\n- 10:00: ‸not a timeline\n', 'table'), null);
      assert.equal(converted('## Timeline\n\n10:00 - bare ‸line\n10:05 - another\n', 'table'), null);
    });

    it('gives null for a table that is not two columns of time and event', () => {
      assert.equal(converted('## Timeline\n\n| # | Time | Event |\n| --- | --- | --- |\n| 1 | 10:00 | ‸deploy |\n', 'list'), null);
    });
  });
});
