import assert from 'node:assert/strict';
import { analyze, formatHHMM } from '../../../server/src/model';
import type { PostmortemModel } from '../../../server/src/model';
import { dedent, marked, slices } from '../helpers';

/** Each entry as `HH:MM [separator] event`, the way the timeline reads. */
function entries(model: PostmortemModel): string[] {
  return model.timeline.entries.map((e) => `${e.time ? formatHHMM(e.time.minutes) : '--:--'} [${e.separator ?? ''}] ${e.text}`);
}

describe('model: timeline', () => {
  describe('entry forms', () => {
    it('reads list items, each with its time, separator and event', () => {
      const doc = marked(dedent`
        ## Timeline

        ⟦- 11:32 PM: ORM library updated⟧
        ⟦- 11:36 PM - App cannot reach the database⟧
        ⟦- 11:38 PM -- On-call engineer paged⟧
      `);
      const model = analyze(doc.text);
      assert.deepEqual(entries(model), [
        '23:32 [:] ORM library updated',
        '23:36 [-] App cannot reach the database',
        '23:38 [--] On-call engineer paged',
      ]);
      assert.deepEqual(model.timeline.entries.map((e) => e.form), ['list', 'list', 'list']);
      assert.deepEqual(model.timeline.entries.map((e) => e.range), doc.ranges);
    });

    it('gives the event text its own range', () => {
      const doc = marked('## Timeline\n\n- 10:00 UTC: ⟦Deploy starts⟧\n- **10:05 PM** - ⟦Alert fires⟧\n');
      const model = analyze(doc.text);
      assert.deepEqual(model.timeline.entries.map((e) => e.textRange), doc.ranges);
    });

    it('keeps the continuation lines of a list item in its range, but not in its first line', () => {
      const doc = marked('## Timeline\n\n⟦- ⟦10:00: deploy⟧\n  more detail on the deploy⟧\n- 10:05: alert\n');
      const [first] = analyze(doc.text).timeline.entries;
      assert.deepEqual(first.range, doc.ranges[0]);
      assert.deepEqual(first.lineRange, doc.ranges[1]);
    });

    it('reads dashes and bars as separators (`—`, `–`, `|`)', () => {
      const model = analyze('## Timeline\n\n- 10:05 — a\n- 10:06 – b\n- 10:07 | c\n');
      assert.deepEqual(model.timeline.entries.map((e) => e.separator), ['—', '–', '|']);
    });

    it('reads a time in italics, in parentheses, in code or marked as approximate', () => {
      // Found by this test: only bold, bracketed and code times were read; the others were entries without a time.
      const model = analyze('## Timeline\n\n- *10:05*: italic\n- _10:06_ - underscored\n- (10:07) parenthesised\n- `10:08` code\n- ~10:09: estimated\n');
      assert.deepEqual(entries(model), ['10:05 [:] italic', '10:06 [-] underscored', '10:07 [] parenthesised', '10:08 [] code', '10:09 [:] estimated']);
    });

    it('reads the time after one or two leading emoji or symbols, keeping the ranges exact', () => {
      const doc = marked(dedent`
        ## Timeline

        - 🔥 ⟦10:05⟧ ⟦alert fires⟧
        - ⚠️ ⟦10:07 PM⟧: ⟦error rate climbs⟧
        * ✅ ⟦11:17 AM⟧ - ⟦recovered⟧
        - 👩🏽‍💻🚨 **⟦11:20⟧** ⟦on-call paged⟧
        - ➡ ⟦11:25⟧: ⟦failover⟧
      `);
      const { entries } = analyze(doc.text).timeline;
      assert.deepEqual(
        entries.map((e) => [e.time?.range, e.textRange]),
        [0, 2, 4, 6, 8].map((i) => [doc.ranges[i], doc.ranges[i + 1]]),
      );
      assert.deepEqual(entries.map((e) => e.time && formatHHMM(e.time.minutes)), ['10:05', '22:07', '11:17', '11:20', '11:25']);
    });

    it('reads an emoji-led time in a table cell and on a bare line', () => {
      const model = analyze('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 🕙 10:05 | alert |\n\n## Detailed timeline\n\n🔥 10:05 alert\n✅ 10:30 recovered\n');
      assert.deepEqual(entries(model), ['10:05 [|] alert', '10:05 [] alert', '10:30 [] recovered']);
    });

    it('leaves an entry untimed when more than two symbols, or words, come before the time', () => {
      const model = analyze('## Timeline\n\n- 🔥🔥🔥 10:05 alert\n- 🔥 we saw an alert after the 10:05 deploy\n- + 10:05 alert\n');
      assert.deepEqual(model.timeline.entries.map((e) => e.time), [null, null, null]);
    });

    it('reads the time after a word that only says a time comes (`At 3:15 PM, ...`, `Around 10:05 -`)', () => {
      const model = analyze('## Timeline\n\n- At 3:15 PM Eastern time, support received the first ticket.\n- Around 10:05 - alert\n- 🔥 around 10:07 alert\n');
      assert.deepEqual(model.timeline.entries.map((e) => [e.time?.raw, e.zone?.raw, e.separator, e.text]), [
        ['3:15 PM', 'Eastern time', ',', 'support received the first ticket.'],
        ['10:05', undefined, '-', 'alert'],
        ['10:07', undefined, null, 'alert'],
      ]);
    });

    it('reads the time after a short label, a date, a dash or a `~` (`**Escalation:** **May 3, 4:00 PM**`, `24-10-2025 - 08:15`)', () => {
      const model = analyze('## Timeline\n\n- **Escalation:** **May 3, 2025 4:00 PM (GMT+02:00)** - The database team was paged.\n- Time: March 1, 2025, 4:15 PM (UTC)\n- **Detection Time:** June 5, 2025, 9:00 AM (UTC)\n- 24-10-2025 - 08:15 - Lena joined\n- **2025-05-30 ~16:58**: investigating\n');
      assert.deepEqual(model.timeline.entries.map((e) => [e.time?.raw, e.date && `${e.date.year}-${e.date.month}-${e.date.day}`, e.text]), [
        ['4:00 PM', '2025-5-3', 'The database team was paged.'],
        ['4:15 PM', '2025-3-1', ''],
        ['9:00 AM', '2025-6-5', ''],
        ['08:15', '2025-10-24', 'Lena joined'],
        ['16:58', '2025-5-30', 'investigating'],
      ]);
    });

    it('reads the time a list item tells in its first sentence, after `at`, and keeps the whole sentence as the event', () => {
      // As in talktobrent/holberton-system_engineering-devops@dce24ab41838 0x19-postmortem/Postmortem.md.
      const model = analyze('## Timeline\n\n- Support forwarded the ticket at 3:17 PM Eastern time. It was urgent.\n- **Issue detection:** Detected at 10:00 AM UTC when the app crashed.\n- Rolled back the 10:00 deploy.\n- The fix was ready. We deployed it at 11:30.\n');
      assert.deepEqual(model.timeline.entries.map((e) => [e.time?.raw ?? null, e.zone?.raw ?? null, e.timeInEvent, e.text.slice(0, 24)]), [
        ['3:17 PM', 'Eastern time', true, 'Support forwarded the ti'],
        ['10:00 AM', 'UTC', true, '**Issue detection:** Det'],
        [null, null, false, 'Rolled back the 10:00 de'],
        [null, null, false, 'The fix was ready. We de'],
      ]);
      // Prose in the timeline is no entry for it.
      assert.deepEqual(analyze('## Timeline\n\nThe deploy at 10:00 UTC went out first.\n\n- 11:00: a\n').timeline.entries.map((e) => e.text), ['a']);
    });

    it('reads three or more lines each saying one thing, none starting with a time, as one entry each', () => {
      // One event per line with the time, if any, in the sentence: as in AJIyanu/alx-system_engineering-devops@f8f723dbd79d 0x19-postmortem/README.md.
      const model = analyze('TIMELINE\nPages reported down at Mar 2, 2025 6:10 AM\nFound while checking the staging site\nFixed by restarting the proxy\n');
      assert.deepEqual(model.timeline.entries.map((e) => [e.time?.raw ?? null, e.text]), [
        ['6:10 AM', 'Pages reported down at Mar 2, 2025 6:10 AM'],
        [null, 'Found while checking the staging site'],
        [null, 'Fixed by restarting the proxy'],
      ]);
      // Prose wrapped by hand runs on in lower case: no entries.
      assert.deepEqual(analyze('## Timeline\n\nWe did not keep a timeline during\nthe incident, and rebuilding it\nfrom the logs was not possible.\n').timeline.entries, []);
    });

    it('reads no time after a label that a sentence follows', () => {
      assert.deepEqual(analyze('## Timeline\n\n- Note: the 10:05 alert was late\n').timeline.entries.map((e) => e.time), [null]);
    });

    it('keeps an emoji-only line, without a time, as the event text', () => {
      const doc = marked('## Timeline\n\n- ⟦🔥 everything is on fire⟧\n');
      const [entry] = analyze(doc.text).timeline.entries;
      assert.deepEqual([entry.time, entry.textRange], [null, doc.ranges[0]]);
    });

    it('reads an entry with no separator, and one whose event holds a time', () => {
      const model = analyze('## Timeline\n\n- [10:08] paged\n- 10:09: retried at 11:00\n');
      assert.deepEqual(entries(model), ['10:08 [] paged', '10:09 [:] retried at 11:00']);
    });

    it('reads table rows, the event from the cells after the time', () => {
      const doc = marked(dedent`
        ## Timeline

        | Time (GMT + 1) | Action |
        | -------------- | ------ |
        ⟦| 9:45 AM | ⟦Upgrade begins⟧ |⟧
        ⟦| 10:00AM | ⟦Outage begins⟧ |⟧
      `);
      const model = analyze(doc.text);
      assert.deepEqual(entries(model), ['09:45 [|] Upgrade begins', '10:00 [|] Outage begins']);
      assert.deepEqual(model.timeline.entries.map((e) => e.form), ['table', 'table']);
      assert.deepEqual(model.timeline.entries.map((e) => e.range), [doc.ranges[0], doc.ranges[2]]);
      assert.deepEqual(model.timeline.entries.map((e) => e.textRange), [doc.ranges[1], doc.ranges[3]]);
      assert.equal(model.timeline.tables.length, 1);
    });

    it('finds the time in any column, and leaves a leading number column out of the event', () => {
      // Found by this test: the event used to run from the `#` cell over the time to the event.
      const model = analyze('## Timeline\n\n| # | Time | Event |\n| - | ---- | ----- |\n| 1 | 10:00 | Deploy |\n| 2 | 10:05 | Alert |\n');
      assert.deepEqual(entries(model), ['10:00 [|] Deploy', '10:05 [|] Alert']);
    });

    it('reads a table row without a time as an entry without a time, and skips empty rows', () => {
      const model = analyze('## Timeline\n\n| Time | Event |\n| --- | --- |\n|  | Someone noticed |\n|  |  |\n');
      assert.deepEqual(entries(model), ['--:-- [|] Someone noticed']);
    });

    it('reads bare consecutive lines, one entry per line that starts with a time', () => {
      const doc = marked(dedent`
        ## Timeline

        ⟦4:30 PM: Configuration push begins.⟧
        ⟦5:24 PM - Issue detected⟧
        ⟦6:55PM | Users report recovery⟧
      `);
      const model = analyze(doc.text);
      assert.deepEqual(entries(model), ['16:30 [:] Configuration push begins.', '17:24 [-] Issue detected', '18:55 [|] Users report recovery']);
      assert.deepEqual(model.timeline.entries.map((e) => e.form), ['bare-lines', 'bare-lines', 'bare-lines']);
      assert.deepEqual(model.timeline.entries.map((e) => e.range), doc.ranges);
      assert.deepEqual(model.timeline.entries.map((e) => e.paragraphSize), [3, 3, 3]);
    });

    it('adds a bare line without a time to the entry before it', () => {
      const doc = marked('## Timeline\n\n⟦10:00 - deploy\nwhich went badly⟧\n10:05 - alert\n');
      const [first, second] = analyze(doc.text).timeline.entries;
      assert.deepEqual(first.range, doc.ranges[0]);
      assert.equal(second.text, 'alert');
    });

    it('counts bare lines per paragraph', () => {
      const model = analyze('## Timeline\n\n10:00 - a\n10:05 - b\n\nA note.\n\n10:10 - c\n');
      assert.deepEqual(model.timeline.entries.map((e) => e.paragraphSize), [2, 2, 1]);
    });

    it('gives each entry the list, table or paragraph it stands in', () => {
      const doc = marked(dedent`
        ## Timeline

        ⟦- 10:00: deploy
        - 10:05: alert⟧

        Day two:

        ⟦- 09:00: review⟧

        ⟦| Time | Event |
        | --- | --- |
        | 10:30 | rollback |⟧

        ⟦10:40 - restart
        10:45 - recovered⟧
      `);
      const blocks = analyze(doc.text).timeline.entries.map((e) => e.block);
      assert.deepEqual(blocks, [doc.ranges[0], doc.ranges[0], doc.ranges[1], doc.ranges[2], doc.ranges[3], doc.ranges[3]]);
    });

    it('takes the block of entries sharing a paragraph with a `Timeline:` line to start after that line', () => {
      const doc = marked('Timeline:\n⟦10:00 - deploy\n10:05 - alert⟧\n');
      assert.deepEqual(analyze(doc.text).timeline.entries.map((e) => e.block), [doc.ranges[0], doc.ranges[0]]);
    });

    it('reads the entries sharing a paragraph with a `Timeline:` line', () => {
      const model = analyze('Timeline:\n10:00 - deploy\n10:05 - alert\n');
      assert.deepEqual(entries(model), ['10:00 [-] deploy', '10:05 [-] alert']);
    });

    it('reads the entries under a bold timeline heading', () => {
      const model = analyze('**Timeline (all times West African Time)**\n- 5:14 PM: push begins\n- 5:35 PM: outage begins\n');
      assert.deepEqual(entries(model), ['17:14 [:] push begins', '17:35 [:] outage begins']);
    });

    it('reads a list item without a time as an entry without a time', () => {
      const model = analyze('## Timeline\n\n- Someone noticed the graphs\n- 10:05: alert\n');
      assert.deepEqual(entries(model), ['--:-- [] Someone noticed the graphs', '10:05 [:] alert']);
      assert.equal(model.timeline.entries[0].absoluteMinutes, null);
    });

    it('reads `0930: event`, a four-digit time followed by a colon', () => {
      // Found by this test: the colon after `0930` used to stop it being read as a time.
      assert.deepEqual(entries(analyze('## Timeline\n\n- 0930: standup\n- 1015: paged\n')), ['09:30 [:] standup', '10:15 [:] paged']);
    });

    it('has no entries outside timeline sections', () => {
      const model = analyze('## Resolution\n\n- 10:00: rolled back\n');
      assert.deepEqual(model.timeline.entries, []);
      assert.deepEqual(model.timeline.sections, []);
    });
  });

  describe('timelines laid out in other ways', () => {
    const entriesOf = (text: string) => analyze(text).timeline.entries.map((e) => `${e.form} ${e.time?.raw ?? '-'} ${e.text}`);

    it('reads a heading holding the time as an entry, the paragraphs under it as its event', () => {
      // The layout of 2i2c-org/incident-reports@5278028b3fde reports/2025-08-12-leap-outage.md and jupyterhub/mybinder.org-deploy@9b5e94a8e458 docs/source/incident-reports/2018-03-26-no-space-left.md.
      const doc = marked(dedent`
        ## Timeline (times in BST)

        ⟦### 5:00 PM
        Incident declared in the team channel.

        > quoted message⟧

        ⟦### 5:15 PM
        - status page updated
        - customers told⟧

        ## Root cause

        A deleted namespace.
      `);
      const model = analyze(doc.text);
      assert.deepEqual(entriesOf(doc.text), ['heading 5:00 PM Incident declared in the team channel.', 'heading 5:15 PM ']);
      assert.deepEqual(model.timeline.entries.map((e) => e.range), doc.ranges);
      assert.equal(model.timeline.zone?.raw, 'BST');
    });

    it('reads the timed lines of a code block or a fenced block as entries', () => {
      assert.deepEqual(entriesOf('## Timeline\n\n```\n[unknown] → a script failed\n[21:35]   → page reported down\n[21:37]   → container restarted\n```\n'), ['code 21:35 page reported down', 'code 21:37 container restarted']);
      assert.deepEqual(entriesOf('## Timeline\n\n    2:00 PM: users report slowness\n    2:20 PM: queries traced\n'), ['code 2:00 PM users report slowness', 'code 2:20 PM queries traced']);
      assert.deepEqual(entriesOf('## Timeline\n\n```\n- 14:25 UTC: load test sent\n```\n'), ['code 14:25 load test sent']);
    });

    it('reads HTML lines that start with a time as entries, the tags left out of the event', () => {
      const text = '<h2>Timeline</h2>\n<ul>\n  <li><strong>08:00 AM:</strong> Alerts fired.</li>\n  <li><strong>08:15 AM:</strong> Errors rose.</li>\n</ul>\n<p>&emsp;:small_orange_diamond:16:15 GMT+1: Load was high.</p>\n';
      assert.deepEqual(entriesOf(text), ['html 08:00 AM Alerts fired.', 'html 08:15 AM Errors rose.', 'html 16:15 Load was high.']);
    });

    it('reads the items nested under a group label as the entries, on the group\'s date', () => {
      // Days as items over their events: bloom-solutions/bloom-solutions.github.io@15a713e93483 source/2021-04-12-cluster-wide-outage-post-mortem.html.markdown, Armfath/alx-system_engineering-devops@4b2ce4bbb83a 0x19-postmortem/postmortem.md; phases as labels: TheeKingZa/alx-system_engineering-devops@0c60150226ef 0x19-postmortem/README.md.
      const model = analyze(dedent`
        ## Timeline
        - 2025-04-13
          - 4:16: staging returns 404
          - ~18:30: call ends for the day
        - 2025-04-14
          - 8:30: diagnosis resumes
        - **Actions taken:**
          - Restarted the proxy
      `);
      assert.deepEqual(model.timeline.entries.map((e) => `${e.time?.raw ?? '-'} day ${e.dayOffset} ${e.text}`), ['4:16 day 0 staging returns 404', '18:30 day 0 call ends for the day', '8:30 day 1 diagnosis resumes', '- day 1 Restarted the proxy']);
      assert.deepEqual(model.timeline.entries.map((e) => e.day?.day ?? null), [13, 13, 14, null]);
      // Lines of their own under a label, as a tab-indented paragraph of the item.
      const lines = analyze('## Timeline\n* how was the issue detected\n\n\t2:20 PM (GMT) a user complained\n\n\t2:22 PM (GMT) support took the ticket\n');
      assert.deepEqual(lines.timeline.entries.map((e) => `${e.time?.raw} ${e.text}`), ['2:20 PM a user complained', '2:22 PM support took the ticket']);
    });

    it('reads a day with no clock time as an entry of that day: a dated line, or a date heading with only prose under it', () => {
      const lines = analyze('## Timeline\n\n01-10-2025\n\n\t7:32 PM - chain stalled\n\n01-31-2025 - The fix was merged.\n\n02-28-2025 - Version 2.2 released.\n').timeline.entries;
      assert.deepEqual(lines.map((e) => `${e.form} ${e.time?.raw ?? '-'} ${e.date ? `${e.date.month}/${e.date.day}` : '-'} ${e.text}`), [
        'code 7:32 PM - chain stalled',
        'bare-lines - 1/31 The fix was merged.',
        'bare-lines - 2/28 Version 2.2 released.',
      ]);
      // The date alone on its line is the day of the entries under it, not an entry.
      const dayLine = analyze('## Timeline\n\n2025-01-10\n\n\t7:32 PM - chain stalled\n').timeline.entries;
      assert.deepEqual(dayLine.map((e) => [e.text, e.day?.month, e.day?.day]), [['chain stalled', 1, 10]]);
      const headings = analyze('## Timeline\n\n### August 15\n\nThe problem starts at one cache node.\n\n### August 17\n\n- 09:00: first report\n').timeline.entries;
      assert.deepEqual(headings.map((e) => `${e.form} ${e.time?.raw ?? '-'} ${e.date?.day ?? e.day?.day} ${e.text}`), ['heading - 15 The problem starts at one cache node.', 'list 09:00 17 first report']);
    });

    it('takes the day of the entries under a date heading', () => {
      const model = analyze('## Timeline\n\n### 2025-02-20\n\n- 23:10: deploy\n\n### 2025-02-21\n\n- 09:00: rollback\n');
      assert.deepEqual(model.timeline.entries.map((e) => [e.dayOffset, e.absoluteMinutes]), [[0, 23 * 60 + 10], [1, 1440 + 9 * 60]]);
    });

    it('keeps the entries of a timeline\'s phases (`Detection:`, `**Resolution**` with timed entries under them) in the timeline', () => {
      // As CarltonNcube/alx-system_engineering-devops@3419bfc9fbb8 0x19-postmortem/README.md lays its timeline out.
      const model = analyze(dedent`
        Timeline:

        Detection:

        - 2:00 PM (UTC): Alerts fired.

        Resolution:

        - 4:15 PM (UTC): Patched and restarted.

        Root Cause and Resolution:

        Root Cause:

        - An outdated web server.
      `);
      assert.deepEqual(model.sections.map((s) => `${s.kinds.join('+')}${s.parent ? ` < ${s.parent.kinds.join('+')}` : ''}`), ['timeline', 'detection < timeline', 'resolution < timeline', 'root_cause+resolution', 'root_cause < root_cause+resolution']);
      assert.deepEqual(model.timeline.entries.map((e) => e.time?.raw), ['2:00 PM', '4:15 PM']);
    });
  });

  describe('days', () => {
    it('moves to the next day when the times pass midnight', () => {
      const model = analyze(dedent`
        ## Timeline

        - 11:32 PM: ORM updated
        - 00:13 AM: logs read
        - 01:48 AM: restored
      `);
      assert.deepEqual(model.timeline.entries.map((e) => e.dayOffset), [0, 1, 1]);
      assert.deepEqual(model.timeline.entries.map((e) => e.absoluteMinutes), [23 * 60 + 32, 1440 + 13, 1440 + 108]);
    });

    it('stays on the same day for a small step back, which is a misordered entry', () => {
      const model = analyze('## Timeline\n\n- 10:00: deploy\n- 09:50: alert\n');
      assert.deepEqual(model.timeline.entries.map((e) => e.dayOffset), [0, 0]);
    });

    it('takes the day from explicit dates', () => {
      const model = analyze(dedent`
        ## Timeline

        - 2024-01-17 23:32: ORM updated
        - 2024-01-18 00:10: rollback
        - Jan 19, 9:00 AM: review
      `);
      assert.deepEqual(model.timeline.entries.map((e) => e.dayOffset), [0, 1, 2]);
    });

    it('counts an entry written in another zone on the timeline\'s clock, keeping its time as written', () => {
      const model = analyze(dedent`
        ## Timeline

        - 3:00 PM CAT: outage detected
        - 3:15 PM CAT: alert sent
        - 9:30 AM EDT: logs read
        - 3:45 PM CAT: team assigned
      `);
      // 9:30 AM EDT (UTC-4) is 3:30 PM CAT (UTC+2).
      assert.deepEqual(model.timeline.entries.map((e) => e.absoluteMinutes), [900, 915, 930, 945]);
      assert.deepEqual(model.timeline.entries.map((e) => e.time && formatHHMM(e.time.minutes)), ['15:00', '15:15', '09:30', '15:45']);
    });

    it('reads entries without a zone in the heading\'s zone, and passes midnight when converting takes an entry there', () => {
      const heading = analyze('## Timeline (all times CAT)\n\n- 15:00: a\n- 09:10 EDT: b\n- 15:20: c\n');
      assert.deepEqual(heading.timeline.entries.map((e) => e.absoluteMinutes), [900, 910, 920]);
      // 20:05 EDT is 00:05 UTC the next day.
      const midnight = analyze('## Timeline\n\n- 23:50 UTC: a\n- 20:05 EDT: b\n');
      assert.deepEqual(midnight.timeline.entries.map((e) => e.absoluteMinutes), [23 * 60 + 50, 1440 + 5]);
    });

    it('converts nothing when the entries name one zone or none', () => {
      const model = analyze('## Timeline (UTC)\n\n- 10:00 UTC: a\n- 10:05: b\n');
      assert.deepEqual(model.timeline.entries.map((e) => e.absoluteMinutes), [600, 605]);
    });

    it('records the zone its clock runs in, and the zones its heading, table header and notes state', () => {
      const text = '## Timeline (CAT)\n\nAll times are CAT; logs are in UTC.\n\n- 15:00: a\n- 09:10 EDT: b\n';
      const model = analyze(text);
      assert.deepEqual(model.timeline.headingZones.map((z) => [z.raw, z.source, text.slice(z.range.start, z.range.end)]), [
        ['CAT', 'timeline-heading', 'CAT'],
        ['CAT', 'timeline-heading', 'CAT'],
        ['UTC', 'timeline-heading', 'UTC'],
      ]);
      assert.equal(model.timeline.zone, model.timeline.headingZones[0]);
      // The first timed entry's own zone wins over the heading's; without any, there is none.
      assert.equal(analyze('## Timeline (CAT)\n\n- 09:00 EDT: a\n- 15:20: b\n').timeline.zone?.raw, 'EDT');
      assert.equal(analyze('## Timeline\n\n- 09:00: a\n- 15:20 EDT: b\n').timeline.zone?.raw, 'EDT');
      assert.equal(analyze('## Timeline\n\n- 09:00: a\n').timeline.zone, null);
    });

    it('places an entry dated earlier on its own earlier day', () => {
      const model = analyze('## Timeline\n\n- Jan 18, 1:00 AM: a\n- Jan 17, 11:00 PM: b\n');
      assert.deepEqual(model.timeline.entries.map((e) => e.dayOffset), [0, -1]);
    });
  });
});

describe('model: timeline sections', () => {
  it('includes every timeline section, and entries in document order', () => {
    const text = '## Timeline\n\n- 10:00: a\n\n## Root cause\n\nx\n\n## Detailed timeline\n\n- 10:01: b\n';
    const model = analyze(text);
    assert.equal(model.timeline.sections.length, 2);
    assert.deepEqual(slices(text, model.timeline.entries.map((e) => e.textRange)), ['a', 'b']);
  });
});
