import assert from 'node:assert/strict';
import { nowEntry } from '../../../server/src/features/entryStyle';
import { chooseEntryTime, isLive, neighboursAt } from '../../../server/src/features/entryTime';
import type { EntryTimeSource } from '../../../server/src/features/entryTime';
import { analyze, formatTime, timeStyleOf } from '../../../server/src/model';
import { marked } from '../helpers';

/** Whether the report reads as written live at `iso`. */
function live(text: string, iso: string, defaultTimeZone: string | null = null): boolean {
  const model = analyze(text);
  return isLive(model, nowEntry(model, { now: new Date(iso), defaultTimeZone }));
}

/** The time a new entry at the `‸` gets at `iso`: the entry time it copies, `now`, `summary 9:12 PM` or `unknown`. */
function chosen(source: string, iso: string): string {
  const doc = marked(source);
  const model = analyze(doc.text);
  const choice: EntryTimeSource = chooseEntryTime(model, neighboursAt(model, doc.cursor!), nowEntry(model, { now: new Date(iso), defaultTimeZone: null }));
  switch (choice.kind) {
    case 'entry':
      return `${choice.where} ${formatTime(choice.entry.time!, timeStyleOf(model))}`;
    case 'summary-start':
      return `summary ${formatTime(choice.claim.time, timeStyleOf(model))}`;
    default:
      return choice.kind;
  }
}

const TIMELINE = '## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- 9:20 PM: Paged\n- 10:05 PM: Back to normal\n';

describe('features: the time of a new entry', () => {
  describe('whether the report is written live', () => {
    it('undated: while its latest entry is at most three hours old, on the incident\'s clock', () => {
      // 10:05 PM WAT is 21:05 UTC.
      assert.equal(live(TIMELINE, '2026-02-10T21:05:00Z'), true);
      assert.equal(live(TIMELINE, '2026-02-11T00:05:00Z'), true);
      assert.equal(live(TIMELINE, '2026-02-11T00:06:00Z'), false);
      assert.equal(live(TIMELINE, '2026-02-11T10:00:00Z'), false);
      assert.equal(live(TIMELINE, '2026-02-10T20:00:00Z'), false, 'an hour before the latest entry is not after it');
    });

    it('undated, across midnight: an hour after an entry at 11:30 PM', () => {
      assert.equal(live('## Timeline (UTC)\n\n- 23:30: Alert fires\n', '2026-02-11T00:30:00Z'), true);
      assert.equal(live('## Timeline (UTC)\n\n- 23:30: Alert\n- 00:10: Rollback\n', '2026-02-11T02:00:00Z'), true);
    });

    it('dated by its front matter: when that day, or the latest entry\'s day after it, is today in the incident\'s zone', () => {
      const report = (date: string) => `---\ndate: ${date}\n---\n${TIMELINE}`;
      assert.equal(live(report('2026-02-10'), '2026-02-10T08:00:00Z'), true, 'today, even hours before the first entry');
      assert.equal(live(report('2026-02-10'), '2026-02-10T23:30:00Z'), true, '00:30 on the 11th in WAT: 2 h 25 m after the 10:05 PM entry');
      assert.equal(live(report('2026-02-10'), '2026-02-11T10:00:00Z'), false);
      assert.equal(live(report('2026-02-09'), '2026-02-10T20:42:00Z'), false, 'the clock fits, the day does not');
    });

    it('dated by its entries, counting the days they give', () => {
      const text = '## Timeline (UTC)\n\n- 2026-02-09 23:50: Alert fires\n- 2026-02-10 00:30: Rollback\n';
      assert.equal(live(text, '2026-02-10T02:00:00Z'), true);
      assert.equal(live(text, '2026-02-11T01:00:00Z'), false, 'a day later at nearly the same hour');
    });

    it('with no timed entry: only when dated today', () => {
      assert.equal(live('## Timeline\n\n- Alert fires\n', '2026-02-10T20:00:00Z'), false);
      assert.equal(live('---\ndate: 2026-02-10\n---\n## Timeline\n', '2026-02-10T20:00:00Z'), true);
      assert.equal(live('---\ndate: 2026-02-10\n---\n## Timeline\n', '2026-02-11T20:00:00Z'), false);
      // The day an untimed entry gives, on its line or in the heading over it.
      assert.equal(live('## Timeline\n\n- 2026-02-10: Alert fires\n', '2026-02-10T20:00:00Z'), true);
      assert.equal(live('## Timeline\n\n### 2026-02-10\n\n- Alert fires\n', '2026-02-10T20:00:00Z'), true);
      assert.equal(live('## Timeline\n\n### 2026-02-10\n\n- Alert fires\n', '2026-02-12T20:00:00Z'), false);
    });

    it('with no zone in the report or the settings, takes today in the writer\'s own zone', () => {
      const text = '---\ndate: 2026-02-10\n---\n## Timeline\n';
      const model = analyze(text);
      // 20:00 UTC on the 9th is already the 10th in Kiritimati (UTC+14).
      assert.equal(isLive(model, nowEntry(model, { now: new Date('2026-02-09T20:00:00Z'), defaultTimeZone: null, localTimeZone: 'Pacific/Kiritimati' })), true);
      assert.equal(isLive(model, nowEntry(model, { now: new Date('2026-02-09T20:00:00Z'), defaultTimeZone: null })), false);
    });

    it('takes today in the incident\'s zone, not in UTC', () => {
      // 23:30 UTC on the 9th is 08:30 on the 10th in JST.
      const text = '---\ndate: 2026-02-10\ntimezone: JST\n---\n## Timeline\n';
      assert.equal(live(text, '2026-02-09T23:30:00Z'), true);
      assert.equal(live(text, '2026-02-10T15:30:00Z'), false);
    });
  });

  describe('the time chosen', () => {
    const PAST = '2026-02-11T10:00:00Z';
    const DURING = '2026-02-10T20:42:00Z';

    it('after the fact: the entry above\'s, else the entry below\'s, else the summary\'s start, else nothing', () => {
      assert.equal(chosen('## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n‸\n- 9:20 PM: Paged\n', PAST), 'above 9:12 PM');
      assert.equal(chosen('## Timeline (WAT)\n\n‸\n- 9:20 PM: Paged\n', PAST), 'below 9:20 PM');
      assert.equal(chosen('## Summary\n\nFrom 9:12 PM to 10:05 PM WAT, searches were slow.\n\n## Timeline\n\n‸\n', PAST), 'summary 9:12 PM');
      assert.equal(chosen('## Summary\n\nSearches were slow.\n\n## Timeline\n\n‸\n', PAST), 'unknown');
    });

    it('live: now when it falls between the neighbours, else the entry above\'s', () => {
      assert.equal(chosen('## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- 9:20 PM: Paged\n‸\n', DURING), 'now');
      assert.equal(chosen('## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n‸\n- 9:20 PM: Paged\n', DURING), 'above 9:12 PM');
      assert.equal(chosen('---\ndate: 2026-02-10\n---\n## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n‸\n- 9:50 PM: Rollback\n', DURING), 'now');
    });

    it('live, across midnight: now after the entries of the evening before', () => {
      assert.equal(chosen('## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n‸\n', '2026-02-10T23:10:00Z'), 'now');
      assert.equal(chosen('## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n‸\n- 11:50 PM: Errors rise\n', '2026-02-10T23:10:00Z'), 'above 11:32 PM');
    });

    it('live, across dates: now on the day the entries count to', () => {
      const text = '## Timeline (UTC)\n\n- 2026-02-09 23:50: Alert fires\n- 2026-02-10 00:30: Rollback\n‸\n- 2026-02-10 09:00: Review\n';
      assert.equal(chosen(text, '2026-02-10T02:00:00Z'), 'now');
      assert.equal(chosen(text, '2026-02-10T00:10:00Z'), 'above 00:30', 'now is before the entry above');
    });

    it('live with no time yet: now, even when the summary states a start', () => {
      assert.equal(chosen('---\ndate: 2026-02-10\n---\n## Summary\n\nSince 9:12 PM WAT searches are slow.\n\n## Timeline\n\n‸\n', DURING), 'now');
    });
  });
});
