import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { hover } from '../../../server/src/features/hover';
import { analyze } from '../../../server/src/model';
import { CLEAN_REPORT, dedent, marked } from '../helpers';

interface ReadableHover {
  /** The text the hover's range covers. */
  over: string;
  markdown: string;
}

/** The hover at `‸`, with the text it covers; null when there is none. */
function hoverAt(source: string, defaultTimeZone: string | null = null): ReadableHover | null {
  const doc = marked(source);
  assert.ok(doc.cursor !== undefined, 'the document needs a ‸');
  const document = TextDocument.create('file:///postmortem.md', 'markdown', 1, doc.text);
  const result = hover(document, analyze(doc.text), document.positionAt(doc.cursor), { defaultTimeZone });
  if (!result) return null;
  assert.ok(result.range, 'a hover names the range it is about');
  const content = result.contents as MarkupContent;
  assert.equal(content.kind, 'markdown');
  return { over: doc.text.slice(document.offsetAt(result.range.start), document.offsetAt(result.range.end)), markdown: content.value };
}

const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('feature: hover', () => {
  describe('on a timeline entry\'s time', () => {
    const TWENTY_FOUR_HOUR = dedent`
      ## Summary

      From 10:05 to 11:12 UTC checkout failed for 40% of users, caused by a bad deploy.

      ## Timeline (UTC)

      - 10:00: Deploy of v2.3 begins
      - 10:05: Checkout error rate alert fires
      - 1‸0:17: Incident escalated to the payments team
      - 10:45: Rolled back to v2.2
      - 11:12: Error rate back to normal
    `;

    it('gives the time in UTC, its place in the incident, and the event it records', () => {
      assert.deepEqual(hoverAt(TWENTY_FOUR_HOUR), {
        over: '10:17',
        markdown: lines(
          '**10:17 UTC**',
          '_Zone assumed from the timeline heading._',
          '**T+12m** after the incident start (10:05) · **+12m** after 10:05',
          'Event: **escalation** (time to escalate 12m)',
        ),
      });
    });

    it('marks the incident start, and an entry before it', () => {
      assert.equal(hoverAt(TWENTY_FOUR_HOUR.replace('‸', '').replace('- 10:05', '- 10:0‸5'))!.markdown.split('\n\n')[2], '**T+0m**: the incident start · **+5m** after 10:00');
      assert.equal(hoverAt(TWENTY_FOUR_HOUR.replace('‸', '').replace('- 10:00', '- ‸10:00'))!.markdown.split('\n\n')[2], '**T-5m** before the incident start (10:05)');
    });

    it('converts a 12-hour time past midnight to UTC with its date, the zone and date from the front matter', () => {
      const result = hoverAt(dedent`
        ---
        timezone: WAT
        date: 2024-01-17
        ---
        # Login outage

        ## Timeline

        - 11:32 PM: ORM library updated
        - 11:36 PM: Pager alerts engineers
        - 12:1‸3 AM: Engineer looks at load balancer logs
        - 1:48 AM: All services fully restored
      `);
      assert.deepEqual(result, {
        over: '12:13 AM',
        markdown: lines(
          '**00:13 WAT** (UTC+1) on 2024-01-18 = **23:13 UTC** on 2024-01-17',
          '_Zone assumed from the front matter._',
          '**T+41m** after the incident start (23:32) · **+37m** after 23:36',
          'Event: **investigation**',
        ),
      });
    });

    it('says the UTC time is the day before when the report gives no date', () => {
      const result = hoverAt('## Timeline (all times East African time)\n\n- 11:32 PM: Deploy\n- 0‸1:02 AM: Server restarted\n');
      assert.equal(result!.markdown.split('\n\n')[0], '**01:02 East African time** (UTC+3) = **22:02 UTC** the day before');
    });

    it('reads half-hour zones written with the time, and says nothing of an assumed zone', () => {
      assert.deepEqual(hoverAt('## Timeline\n\n- 10:00 IST: Deploy\n- 10:‸20 IST: Alert fires\n'), {
        over: '10:20 IST',
        markdown: lines('**10:20 IST** (UTC+5:30) = **04:50 UTC**', '**T+20m** after the incident start (10:00) · **+20m** after 10:00', 'Event: **detection** (time to detect 20m)'),
      });
      assert.equal(hoverAt('## Timeline\n\n- ‸10:00 UTC-03:30: Alert fires\n')!.markdown.split('\n\n')[0], '**10:00 UTC-3:30** = **13:30 UTC**');
    });

    it('covers a written date and a parenthesised zone', () => {
      const result = hoverAt('## Timeline\n\n- **Jan 17, 2024 11:3‸2 PM (EAT)** - Deploy\n');
      assert.equal(result!.over, 'Jan 17, 2024 11:32 PM (EAT');
      assert.equal(result!.markdown.split('\n\n')[0], '**23:32 EAT** (UTC+3) on 2024-01-17 = **20:32 UTC**');
    });

    it('assumes `postmortem.defaultTimeZone` when the report states no zone, and says so', () => {
      const text = '## Timeline\n\n- 10:00: Deploy\n- 10:2‸0: Alert fires\n';
      assert.deepEqual(hoverAt(text, 'Africa/Lagos')!.markdown.split('\n\n').slice(0, 2), [
        '**10:20 Africa/Lagos** (UTC+1) = **09:20 UTC**',
        '_Zone assumed from the `postmortem.defaultTimeZone` setting, as the report states none._',
      ]);
      assert.deepEqual(hoverAt(text)!.markdown.split('\n\n').slice(0, 2), ['**10:20**', '_No time zone is stated, so the UTC time is unknown._']);
      // A setting that names no zone is as good as none.
      assert.equal(hoverAt(text, 'Mars/Olympus')!.markdown.split('\n\n')[0], '**10:20**');
    });

    it('prefers the zone the report states over the setting', () => {
      assert.equal(hoverAt('## Timeline (WAT)\n\n- 1‸0:00: Deploy\n', 'UTC')!.markdown.split('\n\n')[0], '**10:00 WAT** (UTC+1) = **09:00 UTC**');
    });

    it('names the table header or note a timeline\'s zone is stated in', () => {
      const table = hoverAt('## Timeline\n\n| Time (GMT + 1) | Event |\n| --- | --- |\n| 9:4‸5 AM | Upgrade begins |\n');
      assert.deepEqual(table!.markdown.split('\n\n').slice(0, 2), ['**09:45 UTC+1** = **08:45 UTC**', "_Zone assumed from the timeline table's header._"]);
      const note = hoverAt('## Timeline\n\nAll times are in CET.\n\n- 9:4‸5: Upgrade begins\n');
      assert.equal(note!.markdown.split('\n\n')[1], '_Zone assumed from a note in the timeline._');
    });

    it('maps positions in UTF-16 code units after emoji, in a CRLF document', () => {
      const source = '## Timeline (UTC)\r\n\r\n| 🚨 | Time | Event |\r\n| --- | --- | --- |\r\n| 🔥🔥 | ⟦10:0‸5⟧ | Alert 🚨 fires |\r\n';
      const doc = marked(source);
      const document = TextDocument.create('file:///postmortem.md', 'markdown', 1, doc.text);
      const result = hover(document, analyze(doc.text), document.positionAt(doc.cursor!), { defaultTimeZone: null });
      assert.ok(result?.range);
      assert.deepEqual({ start: document.offsetAt(result.range.start), end: document.offsetAt(result.range.end) }, doc.ranges[0]);
      // `| 🔥🔥 | ` is 7 characters but 9 UTF-16 code units.
      assert.deepEqual(result.range.start, { line: 4, character: 9 });
    });
  });

  describe('on a time in prose', () => {
    const REPORT = dedent`
      ## Summary

      From 11:36 PM to 01:4‸8 AM East African time some requests failed, caused by an ORM update.

      ## Timeline (all times East African time)

      - 11:32 PM: ORM library updated
      - 11:36 PM: Pager alerts engineers
      - 01:48 AM: All services fully restored

      ## Root cause

      The ORM library was updated at 11:32 PM, and the nightly backup runs at 3:00 AM.
    `;

    it('places a summary time on the timeline, in the zone written with it', () => {
      assert.deepEqual(hoverAt(REPORT), {
        over: '01:48 AM East African time',
        markdown: lines('**01:48 East African time** (UTC+3) = **22:48 UTC** the day before', '**T+2h 12m** after the incident start (23:36)'),
      });
    });

    it('gives the start of the window the zone written with its end', () => {
      const result = hoverAt(REPORT.replace('‸', '').replace('From 11:36', 'From 11:3‸6'));
      assert.deepEqual(result, {
        over: '11:36 PM',
        markdown: lines('**23:36 East African time** (UTC+3) = **20:36 UTC**', '_Zone assumed from the summary._', '**T+0m**: the incident start'),
      });
    });

    it('places a time at the entry with the same clock time, and leaves out one outside the incident', () => {
      const updated = hoverAt(REPORT.replace('‸', '').replace('updated at 11:32', 'updated at 11:3‸2'));
      assert.equal(updated!.markdown.split('\n\n')[2], '**T-4m** before the incident start (23:36)');
      const backup = hoverAt(REPORT.replace('‸', '').replace('runs at 3:00', 'runs at 3:0‸0'));
      assert.deepEqual(backup!.markdown.split('\n\n'), ['**03:00 East African time** (UTC+3) = **00:00 UTC**', '_Zone assumed from the timeline heading._']);
    });
  });

  describe('on a section heading', () => {
    it('says what a complete section holds, and nothing is missing from the clean report', () => {
      const summary = hoverAt(CLEAN_REPORT.replace('## Summary', '## Su‸mmary'));
      assert.deepEqual(summary, { over: '## Summary', markdown: '**Summary**: when it started and ended (with the time zone), the impact, and the root cause in brief.' });
      const timeline = hoverAt(CLEAN_REPORT.replace('## Timeline', '‸## Timeline'));
      assert.deepEqual(timeline, {
        over: '## Timeline (all times UTC)',
        markdown: lines('**Timeline**: one list item per event, `- 10:42 PM: what happened`, in one stated time zone.', 'Duration 45m · detected T+0m · mitigated T+12m · resolved T+45m · 4 entries'),
      });
      const items = hoverAt(CLEAN_REPORT.replace('## Action items', '## Action items‸'));
      assert.deepEqual(items, { over: '## Action items', markdown: '**Action Items**: concrete actions, each with an owner and a due date.' });
    });

    it('lists what the summary lacks', () => {
      const result = hoverAt(dedent`
        ## Summ‸ary

        At 10:00 we deployed.

        ## Timeline

        - 10:00: Deploy
        - 10:30: Service restored
      `);
      assert.deepEqual(result, {
        over: '## Summary',
        markdown: lines(
          '**Summary**: when it started and ended (with the time zone), the impact, and the root cause in brief.',
          [
            'Still missing:',
            '- when it ended',
            '- the time zone of its times',
            '- how long it lasted (the timeline gives 30m)',
            '- who or what was affected, and how much (`40% of checkout requests failed`)',
            '- the root cause in one sentence (`caused by …`)',
          ].join('\n'),
        ),
      });
    });

    it('lists what the timeline lacks: times, a zone, a detection and a resolution', () => {
      const result = hoverAt('## Time‸line\n\n- 10:00: Deploy begins\n- Engineers investigate\n- 10:40: Rolled back\n');
      assert.deepEqual(result, {
        over: '## Timeline',
        markdown: lines(
          '**Timeline**: one list item per event, `- 10:42 PM: what happened`, in one stated time zone.',
          ['Still missing:', '- a time for 1 of 3 entries', '- the time zone (`## Timeline (all times UTC)`)', '- when the problem was detected (an alert, a page, a customer report)', '- when service was restored'].join('\n'),
          'Duration 40m · mitigated T+40m · 3 entries',
        ),
      });
    });

    it('says a timeline without entries needs them', () => {
      const result = hoverAt('**Timeline‸**\n\nWe will write this later.\n');
      assert.deepEqual(result, {
        over: '**Timeline**',
        markdown: lines('**Timeline**: one list item per event, `- 10:42 PM: what happened`, in one stated time zone.', 'Still missing:\n- entries, one list item per event (`- 10:42 PM: what happened`)'),
      });
    });

    it('counts the action items without an owner, and the open ones without a due date', () => {
      const result = hoverAt('## Action ‸items\n\n- [ ] Add an alert @lee due 2024-05-01\n- [ ] Validate configuration @dana\n- [ ] Write a runbook\n- [x] Page the database team\n');
      assert.equal(result!.markdown.split('\n\n')[1], 'Still missing:\n- an owner for 2 of 4 items (`@name`)\n- a due date for 2 of 3 open items (`due 2024-05-01`)');
    });

    it('says an empty section is empty, and guides each kind a heading names', () => {
      const result = hoverAt('## Root cause and resolu‸tion\n\n<!-- TODO -->\n\n## Action items\n\n- [ ] Fix @lee due 2024-05-01\n');
      assert.deepEqual(result, {
        over: '## Root cause and resolution',
        markdown: lines('**Root Cause**: why it happened, not only what broke.', '**Resolution**: how service was restored, and when.', 'Still missing:\n- anything: the section is empty'),
      });
    });

    it('asks the impact section for who and what was hit', () => {
      assert.equal(hoverAt('## Imp‸act\n\nIt was bad.\n')!.markdown.split('\n\n')[1], 'Still missing:\n- who or what was affected, and how much (`40% of checkout requests failed`)');
      assert.equal(hoverAt('## Imp‸act\n\n40% of checkout requests failed.\n')!.markdown, '**Impact**: who and what was affected, and how much.');
    });
  });

  describe('elsewhere', () => {
    it('gives nothing on prose, the title, an entry without a time, or an invalid time', () => {
      assert.equal(hoverAt('# Checkout ‸outage\n\n## Summary\n\nA bad day.\n'), null);
      assert.equal(hoverAt('## Summary\n\nA b‸ad day.\n'), null);
      assert.equal(hoverAt('## Timeline\n\n- Someone ‸noticed\n'), null);
      assert.equal(hoverAt('## Timeline\n\n- 25:‸10: Deploy\n'), null);
      assert.equal(hoverAt('## Timeline\n\n- 10:00: Deploy ‸begins\n'), null);
    });
  });
});
