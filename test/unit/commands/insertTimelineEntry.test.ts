import assert from 'node:assert/strict';
import { insertTimelineEntry } from '../../../server/src/commands';
import type { NowOptions } from '../../../server/src/features/entryStyle';
import { analyze } from '../../../server/src/model';
import { applyEdits } from '../../../server/src/rules';
import { CURSOR, dedent, diagnosticsOf, expandSnippet, marked, RANGE_CLOSE, RANGE_OPEN } from '../helpers';

/** 10:00 UTC on 11 February: 11:00 AM in WAT, the morning after an evening incident. */
const NEXT_MORNING = new Date('2026-02-11T10:00:00Z');
/** 20:42 UTC on 10 February: 9:42 PM in WAT, while an evening incident runs. */
const EVENING = new Date('2026-02-10T20:42:00Z');

/**
 * The document after the command run at the `‸` of `source` at `now`, with the time it
 * selects marked `⟦…⟧` and `‸` where its second tab stop, the event, is. Checks on the way that
 * the snippet edit inserts the same text with its tab stops at those places.
 */
function inserted(source: string, now: Date, options: Partial<NowOptions> = {}): string {
  const doc = marked(source);
  assert.ok(doc.cursor !== undefined, 'the document has no ‸');
  const result = insertTimelineEntry(analyze(doc.text), doc.cursor, { now, defaultTimeZone: null, ...options });
  assert.ok(result, 'the command inserted nothing');
  const after = applyEdits(doc.text, [result.edit]);
  const { range, snippet } = result.snippetEdit;
  const expanded = expandSnippet(snippet);
  assert.equal(applyEdits(doc.text, [{ range, newText: expanded.text }]), after, 'the snippet inserts what the plain edit does');
  assert.ok(range.start === 0 || /\n\uFEFF?$/.test(doc.text.slice(0, range.start)) || doc.text.slice(0, range.start) === '\uFEFF', 'the snippet starts at a line start');
  const shifted = (stop: number) => {
    const at = expanded.stops.get(stop);
    return at && { start: at.start + range.start, end: at.end + range.start };
  };
  assert.deepEqual(shifted(1), result.time, 'tab stop 1 is the time');
  if (result.event === null) assert.equal(expanded.stops.size, 1);
  else assert.deepEqual(shifted(2), { start: result.event, end: result.event }, 'tab stop 2 is the event');
  const marks = [
    { at: result.time.start, mark: RANGE_OPEN },
    { at: result.time.end, mark: RANGE_CLOSE },
    ...(result.event === null ? [] : [{ at: result.event, mark: CURSOR }]),
  ].sort((a, b) => b.at - a.at);
  let shown = after;
  for (const { at, mark } of marks) shown = shown.slice(0, at) + mark + shown.slice(at);
  return shown;
}

/** The source of what `inserted` shows, with the markers removed. */
function plain(shown: string): string {
  return shown.replace(/[⟦⟧‸]/g, '');
}

function sourceOf(result: string): string {
  return insertTimelineEntry(analyze(marked(result).text), marked(result).cursor!, { now: NEXT_MORNING, defaultTimeZone: null })!.source;
}

/** The evening incident the examples are about, written up the next morning: 9:12 PM to 10:05 PM WAT, undated. */
const EVENING_REPORT = (cursorLine: string) => dedent`
  # Search latency after the index rebuild

  ## Summary

  From 9:12 PM to 10:05 PM WAT, searches were slow.

  ## Timeline (WAT)

  - 9:12 PM: The nightly index rebuild starts
  - 9:20 PM: The latency alert fires${cursorLine === '9:20' ? CURSOR : ''}
  - 9:33 PM: The on-call engineer finds the rebuild
  - 10:05 PM: Search latency is back to normal
  ${cursorLine === 'end' ? CURSOR : ''}
`;

describe('command: insert timeline entry', () => {
  describe('in a report written after the incident', () => {
    it('writes the entry under the cursor\'s own time after it, not the time of day the command runs, and keeps the timeline in order', () => {
      const result = inserted(EVENING_REPORT('9:20'), NEXT_MORNING);
      assert.equal(result, dedent`
        # Search latency after the index rebuild

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.

        ## Timeline (WAT)

        - 9:12 PM: The nightly index rebuild starts
        - 9:20 PM: The latency alert fires
        - ⟦9:20 PM⟧: ‸
        - 9:33 PM: The on-call engineer finds the rebuild
        - 10:05 PM: Search latency is back to normal

      `);
      assert.deepEqual(diagnosticsOf(plain(result), 'timeline-order'), []);
    });

    it('with the cursor outside the entries, writes a last entry at the last entry\'s time', () => {
      const result = inserted(EVENING_REPORT('end'), NEXT_MORNING);
      assert.ok(result.endsWith('- 10:05 PM: Search latency is back to normal\n- ⟦10:05 PM⟧: ‸\n'), result);
      const fromSummary = inserted(EVENING_REPORT('none').replace('searches were slow.', `searches were slow.${CURSOR}`), NEXT_MORNING);
      assert.ok(fromSummary.endsWith('- 10:05 PM: Search latency is back to normal\n- ⟦10:05 PM⟧: ‸\n'), fromSummary);
    });

    it('writes it after continuation lines, in an ordered list with the next number', () => {
      const result = inserted(dedent`
        ## Timeline (WAT)

        1. 9:12 PM: Search latency alert fires‸
           Dashboards show p99 at eight seconds.
        2. 9:20 PM: On-call engineer starts investigating
      `, NEXT_MORNING);
      assert.equal(result, dedent`
        ## Timeline (WAT)

        1. 9:12 PM: Search latency alert fires
           Dashboards show p99 at eight seconds.
        2. ⟦9:12 PM⟧: ‸
        2. 9:20 PM: On-call engineer starts investigating
      `);
    });

    it('writes a table row after the row under the cursor, with the pipes and time cell of that table', () => {
      const result = inserted(dedent`
        ## Timeline

        | Time (UTC) | Event | Owner |
        | --- | --- | --- |
        | **20:12** | Alert fires‸ | Ada |
        | **20:20** | Rollback starts | Lin |
      `, NEXT_MORNING);
      assert.equal(result, dedent`
        ## Timeline

        | Time (UTC) | Event | Owner |
        | --- | --- | --- |
        | **20:12** | Alert fires | Ada |
        | **⟦20:12⟧** | ‸ |  |
        | **20:20** | Rollback starts | Lin |
      `);
    });

    it('writes a bare line after a bare line and its continuation line', () => {
      const result = inserted(dedent`
        Timeline:
        21:12 - Alert fires‸
        still firing
        21:20 - Rollback starts

        Root cause: a bad index.
      `, NEXT_MORNING, { defaultTimeZone: 'WAT' });
      assert.equal(result, dedent`
        Timeline:
        21:12 - Alert fires
        still firing
        ⟦21:12⟧ - ‸
        21:20 - Rollback starts

        Root cause: a bad index.
      `);
    });

    it('under an entry without a time, takes the time of the timed entry above it, else of the one below', () => {
      const source = '## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- Investigation continues‸\n- 10:05 PM: Back to normal\n';
      assert.equal(inserted(source, NEXT_MORNING), '## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- Investigation continues\n- ⟦9:12 PM⟧: ‸\n- 10:05 PM: Back to normal\n');
      const first = '## Timeline (WAT)\n\n- Page sent‸\n- 10:05 PM: Back to normal\n';
      assert.equal(inserted(first, NEXT_MORNING), '## Timeline (WAT)\n\n- Page sent\n- ⟦10:05 PM⟧: ‸\n- 10:05 PM: Back to normal\n');
    });

    it('keeps the date an entry writes before its time', () => {
      const result = inserted(dedent`
        ## Timeline (UTC)

        - 2026-02-09 23:50: Alert fires‸
        - 2026-02-10 00:30: Rollback
      `, NEXT_MORNING);
      assert.equal(result, dedent`
        ## Timeline (UTC)

        - 2026-02-09 23:50: Alert fires
        - 2026-02-09 ⟦23:50⟧: ‸
        - 2026-02-10 00:30: Rollback
      `);
      assert.deepEqual(diagnosticsOf(plain(result), 'timeline-order'), []);
    });

    it('keeps a timeline that crosses midnight in order', () => {
      const source = '## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise‸\n- 12:13 AM: Logs read\n';
      const result = inserted(source, NEXT_MORNING);
      assert.equal(result, '## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- ⟦11:50 PM⟧: ‸\n- 12:13 AM: Logs read\n');
      assert.deepEqual(diagnosticsOf(plain(result), 'timeline-order'), []);
    });

    it('in a Timeline without entries, starts at the start the summary states', () => {
      const result = inserted('## Summary\n\nFrom 9:12 PM to 10:05 PM WAT, searches were slow.\n\n## Timeline (WAT)\n\n_One list item per event._\n\n## Root cause\n\nA bad index.‸', NEXT_MORNING);
      assert.equal(result, '## Summary\n\nFrom 9:12 PM to 10:05 PM WAT, searches were slow.\n\n## Timeline (WAT)\n\n_One list item per event._\n\n- ⟦9:12 PM⟧: ‸\n\n## Root cause\n\nA bad index.');
    });

    it('with no time to go by, leaves a placeholder in the report\'s style for the writer to type over', () => {
      assert.equal(inserted('## Timeline (WAT)\n## Root cause\n\nA bad index.‸', NEXT_MORNING), '## Timeline (WAT)\n\n- ⟦h:mm AM/PM⟧: ‸\n\n## Root cause\n\nA bad index.');
      assert.equal(inserted('## Root cause\n\nThe 21:00 job.\n\n## Timeline\n\n- Alert fires‸\n- Rollback\n', NEXT_MORNING), '## Root cause\n\nThe 21:00 job.\n\n## Timeline\n\n- Alert fires\n- ⟦HH:MM⟧: ‸\n- Rollback\n');
    });

    it('writes the zone after the time as the entries do', () => {
      const result = inserted('## Timeline\n\n- **21:12 WAT** - Alert fires\n- **21:20 WAT** - Paged\n\n‸', NEXT_MORNING);
      assert.equal(result, '## Timeline\n\n- **21:12 WAT** - Alert fires\n- **21:20 WAT** - Paged\n- **⟦21:20⟧ WAT** - ‸\n\n');
    });

    it('keeps a list loose: a blank line between items stays between them', () => {
      const result = inserted('‸## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n\n- 10:05 PM: Back to normal\n', NEXT_MORNING);
      assert.equal(result, '## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n\n- 10:05 PM: Back to normal\n\n- ⟦10:05 PM⟧: ‸\n');
    });

    it('indents the new item as much as the list, and its snippet starts at the line start so an editor does not indent it again', () => {
      const result = inserted('## Timeline (WAT)\n\n  - 9:12 PM: Alert fires‸\n  - 10:05 PM: Back to normal\n', NEXT_MORNING);
      assert.equal(result, '## Timeline (WAT)\n\n  - 9:12 PM: Alert fires\n  - ⟦9:12 PM⟧: ‸\n  - 10:05 PM: Back to normal\n');
    });

    it('writes a heading entry after a heading entry, the event under it, and an HTML line after an HTML line', () => {
      assert.equal(
        inserted('## Timeline (BST)\n\n### 5:00 PM\nIncident declared.‸\n\n### 5:15 PM\nStatus page updated.\n', NEXT_MORNING),
        '## Timeline (BST)\n\n### 5:00 PM\nIncident declared.\n\n### ⟦5:00 PM⟧\n\n‸\n\n### 5:15 PM\nStatus page updated.\n',
      );
      assert.equal(
        inserted('<h2>Timeline</h2>\n<ul>\n  <li><strong>08:00 AM:</strong> Alerts fired.‸</li>\n  <li><strong>08:15 AM:</strong> Errors rose.</li>\n</ul>\n', NEXT_MORNING),
        '<h2>Timeline</h2>\n<ul>\n  <li><strong>08:00 AM:</strong> Alerts fired.</li>\n  <li><strong>⟦08:00 AM⟧:</strong> ‸</li>\n  <li><strong>08:15 AM:</strong> Errors rose.</li>\n</ul>\n',
      );
    });

    it('escapes the writer\'s `$`, `}` and `\\` in the snippet', () => {
      const result = inserted('## Timeline (WAT)\n\n- 9:12 PM: Bill hit ${cost} \\o/‸\n', NEXT_MORNING);
      assert.equal(result, '## Timeline (WAT)\n\n- 9:12 PM: Bill hit ${cost} \\o/\n- ⟦9:12 PM⟧: ‸\n');
    });
  });

  describe('in a report written live', () => {
    it('dated today in the incident\'s zone: writes now, in chronological order', () => {
      const result = inserted(dedent`
        ---
        date: 2026-02-10
        ---
        ## Summary

        Searches are slow since 9:12 PM WAT.‸

        ## Timeline (WAT)

        - 9:12 PM: Search latency alert fires
        - 9:20 PM: On-call engineer starts investigating
        - 10:05 PM: Failover planned
      `, EVENING);
      assert.ok(result.includes('- 9:20 PM: On-call engineer starts investigating\n- ⟦9:42 PM⟧: ‸\n- 10:05 PM: Failover planned'), result);
      assert.deepEqual(diagnosticsOf(plain(result), 'timeline-order'), []);
    });

    it('undated, while its last entry is at most three hours old: writes now', () => {
      const source = '## Timeline (WAT)\n\n- 8:12 PM: Alert fires\n- 8:20 PM: Investigating\n‸';
      assert.equal(inserted(source, EVENING), '## Timeline (WAT)\n\n- 8:12 PM: Alert fires\n- 8:20 PM: Investigating\n- ⟦9:42 PM⟧: ‸\n');
      const hoursLater = new Date('2026-02-10T22:30:00Z');
      assert.equal(inserted(source, hoursLater), '## Timeline (WAT)\n\n- 8:12 PM: Alert fires\n- 8:20 PM: Investigating\n- ⟦8:20 PM⟧: ‸\n');
    });

    it('with the cursor in an entry, writes now only when it falls between that entry and the next', () => {
      const source = (at: string) => `---\ndate: 2026-02-10\n---\n## Timeline (WAT)\n\n- 9:12 PM: Alert fires${at === 'first' ? CURSOR : ''}\n- 9:30 PM: Paged${at === 'second' ? CURSOR : ''}\n- 9:50 PM: Rollback\n`;
      assert.ok(inserted(source('first'), EVENING).includes('- 9:12 PM: Alert fires\n- ⟦9:12 PM⟧: ‸\n- 9:30 PM: Paged'));
      assert.ok(inserted(source('second'), EVENING).includes('- 9:30 PM: Paged\n- ⟦9:42 PM⟧: ‸\n- 9:50 PM: Rollback'));
    });

    it('across midnight: a report dated yesterday whose last entry was minutes ago, with the time after midnight', () => {
      const justAfterMidnight = new Date('2026-02-10T23:10:00Z');
      const source = '---\ndate: 2026-02-10\n---\n## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n\n‸';
      const result = inserted(source, justAfterMidnight);
      assert.equal(result, '---\ndate: 2026-02-10\n---\n## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- ⟦12:10 AM⟧: ‸\n\n');
      assert.deepEqual(diagnosticsOf(plain(result), 'timeline-order'), []);
    });

    it('places now among entries that already crossed midnight', () => {
      const now = new Date('2026-02-10T23:05:00Z');
      const source = '---\ndate: 2026-02-10\n---\n## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- 12:13 AM: Logs read\n\n‸';
      assert.equal(inserted(source, now), '---\ndate: 2026-02-10\n---\n## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- ⟦12:05 AM⟧: ‸\n- 12:13 AM: Logs read\n\n');
    });

    it('counts days from the dates the entries give, and writes today\'s date like them', () => {
      const result = inserted(dedent`
        ## Timeline (UTC)

        - 2026-02-09 21:12: Alert fires
        - 2026-02-09 22:30: Rollback
        - 2026-02-10 19:00: Second rollback
        ‸
      `, EVENING);
      assert.equal(result, dedent`
        ## Timeline (UTC)

        - 2026-02-09 21:12: Alert fires
        - 2026-02-09 22:30: Rollback
        - 2026-02-10 19:00: Second rollback
        - 2026-02-10 ⟦20:42⟧: ‸

      `);
    });

    it('dated today with no entries yet: starts the timeline at now', () => {
      assert.equal(inserted('---\ndate: 2026-02-10\ntimezone: WAT\n---\n## Timeline\n\n‸', EVENING), '---\ndate: 2026-02-10\ntimezone: WAT\n---\n## Timeline\n\n- ⟦9:42 PM⟧: ‸\n\n');
    });

    it('dated another day: not live, whatever the clock says', () => {
      const source = '---\ndate: 2024-03-12\n---\n## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- 9:20 PM: Investigating\n‸';
      assert.equal(inserted(source, EVENING), '---\ndate: 2024-03-12\n---\n## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- 9:20 PM: Investigating\n- ⟦9:20 PM⟧: ‸\n');
    });
  });

  describe('the zone and style of now', () => {
    it('takes postmortem.defaultTimeZone when the report names no zone, in the report\'s 24-hour style', () => {
      const source = '## Timeline\n\n- 20:12: Alert fires\n‸';
      assert.equal(inserted(source, EVENING, { defaultTimeZone: 'UTC+1' }), '## Timeline\n\n- 20:12: Alert fires\n- ⟦21:42⟧: ‸\n');
    });

    it('is in UTC when neither the report nor the setting names a zone', () => {
      assert.equal(inserted('## Timeline\n\n- 8:12 PM: Alert fires\n‸', EVENING), '## Timeline\n\n- 8:12 PM: Alert fires\n- ⟦8:42 PM⟧: ‸\n');
    });

    it('follows the report\'s 12-hour style: no space before the meridiem, lower case', () => {
      assert.equal(inserted('## Timeline (WAT)\n\n- 9:12pm: Alert fires\n‸', EVENING), '## Timeline (WAT)\n\n- 9:12pm: Alert fires\n- ⟦9:42pm⟧: ‸\n');
    });
  });

  describe('without a Timeline', () => {
    it('adds the section in its usual place, at the report\'s heading level, naming the incident\'s zone, starting at the summary\'s start', () => {
      const result = inserted(dedent`
        # Search latency‸

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.

        ## Root cause

        The rebuild ran against the live cluster.
      `, NEXT_MORNING);
      assert.equal(result, dedent`
        # Search latency

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.

        ## Timeline (WAT)

        - ⟦9:12 PM⟧: ‸

        ## Root cause

        The rebuild ran against the live cluster.
      `);
      assert.deepEqual(diagnosticsOf(plain(result), 'timezone-missing'), []);
    });

    it('names postmortem.defaultTimeZone, or UTC, in the new heading', () => {
      const source = '# Search latency\n\n## Summary\n\nSearches were slow.\n‸';
      assert.equal(inserted(source, NEXT_MORNING, { defaultTimeZone: 'WAT' }), '# Search latency\n\n## Summary\n\nSearches were slow.\n\n## Timeline (WAT)\n\n- ⟦h:mm AM/PM⟧: ‸\n');
      assert.equal(inserted(source, NEXT_MORNING), '# Search latency\n\n## Summary\n\nSearches were slow.\n\n## Timeline (UTC)\n\n- ⟦h:mm AM/PM⟧: ‸\n');
    });

    it('writes now in a report dated today', () => {
      const source = '---\ndate: 2026-02-10\n---\n# Search latency\n\n## Summary\n\nSearches are slow.\n‸';
      assert.equal(inserted(source, EVENING), '---\ndate: 2026-02-10\n---\n# Search latency\n\n## Summary\n\nSearches are slow.\n\n## Timeline (UTC)\n\n- ⟦8:42 PM⟧: ‸\n');
    });

    it('writes the time like the report\'s prose does', () => {
      const source = '# Search latency\n\n### Summary\nSearches were slow from 21:12 to 22:05 WAT.\n\n### Root cause\nA bad index.‸';
      assert.equal(inserted(source, NEXT_MORNING), '# Search latency\n\n### Summary\nSearches were slow from 21:12 to 22:05 WAT.\n\n### Timeline (WAT)\n- ⟦21:12⟧: ‸\n\n### Root cause\nA bad index.');
    });
  });

  describe('never out of order', () => {
    const reports = [
      EVENING_REPORT('none'),
      '## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- 12:13 AM: Logs read\n- 12:40 AM: Fixed\n',
      '## Timeline (UTC)\n\n- 2026-02-09 23:50: Alert fires\n- Paged the database team\n- 2026-02-10 00:30: Rollback\n- 2026-02-10 09:00: Review\n',
      '---\ndate: 2026-02-10\n---\n## Timeline\n\n| Time (WAT) | Event |\n| --- | --- |\n| 21:12 | Alert |\n| 21:50 | Rollback |\n',
    ];
    const moments = ['2026-02-10T19:00:00Z', '2026-02-10T20:42:00Z', '2026-02-10T23:10:00Z', '2026-02-11T10:00:00Z', '2026-06-30T03:00:00Z'].map((iso) => new Date(iso));

    it('after any entry, at any hour, the new entry adds no timeline-order finding', () => {
      for (const report of reports) {
        const model = analyze(report);
        const before = diagnosticsOf(report, 'timeline-order').length;
        for (const entry of model.timeline.entries) {
          for (const now of moments) {
            const result = insertTimelineEntry(model, entry.range.start, { now, defaultTimeZone: 'WAT' })!;
            const after = applyEdits(report, [result.edit]);
            assert.equal(diagnosticsOf(after, 'timeline-order').length, before, `after ${JSON.stringify(model.text.slice(entry.lineRange.start, entry.lineRange.end))} at ${now.toISOString()}:\n${after}`);
          }
        }
      }
    });

    it('says where its time came from', () => {
      assert.equal(sourceOf(EVENING_REPORT('9:20')), 'entry');
      assert.equal(sourceOf('## Summary\n\nFrom 9:12 PM WAT on, searches were slow.\n\n## Timeline\n\n‸'), 'summary-start');
      assert.equal(sourceOf('## Timeline\n\n‸'), 'unknown');
    });
  });

  describe('text kept whole', () => {
    it('writes CRLF line breaks in a CRLF document', () => {
      assert.equal(
        inserted('## Timeline (WAT)\r\n\r\n- 9:12 PM: Alert fires‸\r\n  still firing\r\n- 10:05 PM: Back\r\n', NEXT_MORNING),
        '## Timeline (WAT)\r\n\r\n- 9:12 PM: Alert fires\r\n  still firing\r\n- ⟦9:12 PM⟧: ‸\r\n- 10:05 PM: Back\r\n',
      );
      assert.equal(
        inserted('\uFEFF# Search latency\r\n\r\n## Summary\r\n\r\nSlow from 9:12 PM WAT.‸\r\n\r\n## Root cause\r\n\r\nA bad index.\r\n', NEXT_MORNING),
        '\uFEFF# Search latency\r\n\r\n## Summary\r\n\r\nSlow from 9:12 PM WAT.\r\n\r\n## Timeline (WAT)\r\n\r\n- ⟦9:12 PM⟧: ‸\r\n\r\n## Root cause\r\n\r\nA bad index.\r\n',
      );
    });

    it('counts offsets in UTF-16 code units past emoji', () => {
      const result = inserted('## Timeline 🚨 (WAT)\n\n- 9:12 PM: 🔥 Alert fires 🔥‸\n- 10:05 PM: ✅ Back\n', NEXT_MORNING);
      assert.equal(result, '## Timeline 🚨 (WAT)\n\n- 9:12 PM: 🔥 Alert fires 🔥\n- ⟦9:12 PM⟧: ‸\n- 10:05 PM: ✅ Back\n');
    });

    it('inserts nothing in a document too large to analyse', () => {
      const text = `## Timeline\n\n- 10:00: a\n${'x'.repeat(600_000)}`;
      assert.equal(insertTimelineEntry(analyze(text), 3, { now: NEXT_MORNING, defaultTimeZone: null }), null);
    });
  });
});
