import assert from 'node:assert/strict';
import { analyze, dominantTimeStyle, formatHHMM, formatTime, timeStyleOf } from '../../../server/src/model';
import type { TimelineEntry } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

/** The one entry of a timeline holding `line`. */
function entryOf(line: string): TimelineEntry {
  const model = analyze(`## Timeline\n\n- ${line}\n`);
  assert.equal(model.timeline.entries.length, 1);
  return model.timeline.entries[0];
}

describe('model: times as writers type them', () => {
  const readings: Array<[string, string, string]> = [
    // entry line, the time text, the time it means
    ['11:32 PM: ORM updated', '11:32 PM', '23:32'],
    ['5;14 PM: push begins', '5;14 PM', '17:14'],
    ['6:55PM: users report', '6:55PM', '18:55'],
    ['10:00AM - outage begins', '10:00AM', '10:00'],
    ['00:13 AM: logs read', '00:13 AM', '00:13'],
    ['12:05 AM: after midnight', '12:05 AM', '00:05'],
    ['12:30 PM: lunch time', '12:30 PM', '12:30'],
    ['0930: standup', '0930', '09:30'],
    ['2130hrs: paged', '2130', '21:30'],
    ['09:30 UTC: deploy', '09:30', '09:30'],
    ['2024-01-17 23:32: ORM updated', '23:32', '23:32'],
    ['Jan 17, 11:32 PM: ORM updated', '11:32 PM', '23:32'],
    ['10am: rollback', '10am', '10:00'],
    ['10:00:30: alert fires', '10:00:30', '10:00'],
    ['11:00 p.m. - pm with dots', '11:00 p.m.', '23:00'],
    ['**10:45 PM** - bold time', '10:45 PM', '22:45'],
  ];
  for (const [line, raw, meaning] of readings) {
    it(`reads \`${line}\` as ${meaning}`, () => {
      const entry = entryOf(line);
      assert.ok(entry.time, 'the entry has a time');
      assert.equal(entry.time.raw, raw);
      assert.equal(formatHHMM(entry.time.minutes), meaning);
    });
  }

  it('keeps how the time was written: separator, meridiem text, space before it', () => {
    const semicolon = entryOf('5;14 PM: push').time!;
    assert.deepEqual([semicolon.hourMinuteSeparator, semicolon.meridiem, semicolon.meridiemText, semicolon.spaceBeforeMeridiem], [';', 'PM', 'PM', true]);
    const tight = entryOf('6:55pm: users report').time!;
    assert.deepEqual([tight.hourMinuteSeparator, tight.meridiem, tight.meridiemText, tight.spaceBeforeMeridiem], [':', 'PM', 'pm', false]);
    const military = entryOf('0930: standup').time!;
    assert.deepEqual([military.hourMinuteSeparator, military.meridiem], [null, null]);
    assert.equal(entryOf('10:00:30: alert').time!.hasSeconds, true);
  });

  it('notes malformed times that can still be read', () => {
    assert.deepEqual(entryOf('5;14 PM: push').time!.problems.map((p) => p.kind), ['semicolon']);
    assert.deepEqual(entryOf('00:13 AM: logs').time!.problems.map((p) => p.kind), ['zero-hour-with-meridiem']);
    assert.deepEqual(entryOf('13:00 PM: odd').time!.problems.map((p) => p.kind), ['hour-over-12-with-meridiem']);
    assert.equal(formatHHMM(entryOf('13:00 PM: odd').time!.minutes), '13:00');
    assert.deepEqual(entryOf('11:32 PM: fine').time!.problems, []);
  });

  it('reports time-like text that is no time, with the reason, instead of a time', () => {
    const doc = marked('## Timeline\n\n- ⟦25:10⟧: impossible hour\n- ⟦10:75 PM⟧: impossible minute\n');
    const model = analyze(doc.text);
    assert.deepEqual(model.timeline.entries.map((e) => e.time), [null, null]);
    assert.deepEqual(model.invalidTimes.map((t) => t.range), doc.ranges);
    assert.deepEqual(model.invalidTimes.map((t) => t.reason), ['hour 25 is past 23', 'minute 75 is past 59']);
  });

  it('gives the range of the time text itself, without date or zone', () => {
    const doc = marked(dedent`
      ## Timeline

      - Jan 17, ⟦11:32 PM⟧ (EAT): ORM updated
      - 2024-01-18 ⟦00:10⟧ UTC: rollback
    `);
    const model = analyze(doc.text);
    assert.deepEqual(model.timeline.entries.map((e) => e.time?.range), doc.ranges);
  });

  it('reads dates before times, with or without the year', () => {
    const [iso, monthDay, dayMonth] = analyze('## Timeline\n\n- 2024-01-17 23:32: a\n- Jan 18, 1:00 AM: b\n- 19 January 2024 09:00: c\n').timeline.entries;
    assert.deepEqual([iso.date?.year, iso.date?.month, iso.date?.day], [2024, 1, 17]);
    assert.deepEqual([monthDay.date?.year, monthDay.date?.month, monthDay.date?.day], [null, 1, 18]);
    assert.deepEqual([dayMonth.date?.year, dayMonth.date?.month, dayMonth.date?.day], [2024, 1, 19]);
  });

  it('reads numeric dates day first, month first where the figures or US slashes say so, and a named month between slashes', () => {
    const entries = analyze('## Timeline\n\n- 24-10-2025 02:00 - a\n- 25.10.2025 03:00 - b\n- 10/26/2025 04:00 - c\n- 03/11/25 05:00 - d\n- 06/May/2025 2:17 PM - e\n').timeline.entries;
    assert.deepEqual(entries.map((e) => [e.date?.year, e.date?.month, e.date?.day, e.time?.raw]), [
      [2025, 10, 24, '02:00'],
      [2025, 10, 25, '03:00'],
      [2025, 10, 26, '04:00'],
      [2025, 3, 11, '05:00'],
      [2025, 5, 6, '2:17 PM'],
    ]);
    assert.equal(analyze('## Timeline\n\n- 24-10-2025 02:00 - a\n').timeline.entries[0].text, 'a');
  });

  it('does not read a dotted time with seconds as a date', () => {
    assert.deepEqual(analyze('## Timeline\n\n- 5.14.07 PM: a\n').timeline.entries.map((e) => [e.date, e.time?.minutes]), [[null, 17 * 60 + 14]]);
  });

  describe('in prose', () => {
    it('finds times in the text outside timeline entries, with attached zones', () => {
      const doc = marked('## Root cause\n\nAt ⟦5;14 PM WAT⟧, a change went out; by ⟦6:40 PM⟧ it was back.\n');
      const model = analyze(doc.text);
      assert.deepEqual(model.timeMentions.map((m) => m.range), doc.ranges);
      assert.deepEqual(model.timeMentions.map((m) => m.zone?.raw ?? null), ['WAT', null]);
    });

    it('does not read years, dates, version numbers or four digits as times', () => {
      const model = analyze('## Root cause\n\nIn 2024 we upgraded to v1.10.30 and served 1530 requests on 2024-01-17; see section 3.45 and v2-10:30.\n');
      assert.deepEqual(model.timeMentions.map((m) => m.time.raw), []);
    });

    it('does not read times in code', () => {
      const model = analyze('## Root cause\n\nThe cron line `30 10:15 * * *` and\n\n```\nat 10:15 run\n```\n');
      assert.deepEqual(model.timeMentions, []);
    });
  });

  describe('written in a document\'s style', () => {
    const timesOf = (lines: string[]) => analyze(`## Timeline\n\n${lines.map((l) => `- ${l}: event\n`).join('')}`).timeline.entries.map((e) => e.time!);

    it('keeps the seconds of a time rewritten on the other clock', () => {
      // Found writing the quick fix: `10:20:30` in a 12-hour timeline became `10:20 AM`, its seconds lost.
      const [, , withSeconds] = timesOf(['9:45:10 AM', '10:00:00 AM', '22:20:30']);
      assert.equal(formatTime(withSeconds, { clock: '12h', spaceBeforeMeridiem: true, lowerCaseMeridiem: false, padHour: false }), '10:20:30 PM');
      assert.equal(formatTime(timesOf(['5.14.07 PM'])[0], { clock: '24h', spaceBeforeMeridiem: true, lowerCaseMeridiem: false, padHour: false }), '17:14:07');
    });

    it('decides hour padding only by the hours below 10, where it shows', () => {
      // Found writing the quick fix: three unpadded-looking `10:00 AM`, `11:15 AM`, `12:00 PM`
      // outvoted the writer's `01:30 PM` and `02:00 PM`, so `15:00` became `3:00 PM`.
      const times = timesOf(['10:00 AM', '11:15 AM', '12:00 PM', '01:30 PM', '02:00 PM']);
      assert.equal(dominantTimeStyle(times).padHour, true);
      assert.equal(dominantTimeStyle(timesOf(['10:00 AM', '11:15 AM', '9:30 PM'])).padHour, false);
      assert.equal(dominantTimeStyle(timesOf(['10:00 AM', '11:15 AM'])).padHour, false);
    });
  });
});

describe('timeStyleOf', () => {
  it('takes the timeline entries\' style, and the prose\'s only when the timeline has no times', () => {
    const timeline = analyze('## Summary\n\nFrom 22:05 to 22:40.\n\n## Timeline\n\n- 10:05 PM: Alert\n- 10:40 PM: Fixed\n');
    assert.equal(timeStyleOf(timeline).clock, '12h');
    const prose = analyze('## Summary\n\nFrom 22:05 to 22:40.\n\n## Timeline\n\n- Alert fired\n');
    assert.equal(timeStyleOf(prose).clock, '24h');
    assert.equal(timeStyleOf(prose), timeStyleOf(prose), 'worked out once per model');
  });
});
