import assert from 'node:assert/strict';
import { analyze, formatOffset } from '../../../server/src/model';
import type { PostmortemModel } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

/** Each zone statement as `source: raw = offset`. */
function zones(model: PostmortemModel): string[] {
  return model.zones.map((z) => `${z.source}: ${z.raw} = ${formatOffset(z.offsetMinutes)}`);
}

describe('model: time zones', () => {
  it('reads the zone in the timeline heading', () => {
    const doc = marked('## Timeline (all times ⟦West African Time⟧)\n\n- 5:14 PM: push\n');
    const model = analyze(doc.text);
    assert.deepEqual(zones(model), ['timeline-heading: West African Time = UTC+01:00']);
    assert.deepEqual(model.zones.map((z) => z.range), doc.ranges);
  });

  it('reads the zone in a bold or plain timeline heading, and in a table header', () => {
    assert.deepEqual(zones(analyze('**Timeline (UTC +1)**\n- 4:30 PM: push\n')), ['timeline-heading: UTC +1 = UTC+01:00']);
    assert.deepEqual(zones(analyze('## Timeline\n\n| Time (GMT + 1) | Action |\n| --- | --- |\n| 9:45 AM | upgrade |\n')), ['timeline-heading: GMT + 1 = UTC+01:00']);
  });

  it('reads a note between the timeline entries as stated for the timeline', () => {
    assert.deepEqual(zones(analyze('## Timeline\n\nAll times are in UTC.\n\n- 10:00: deploy\n')), ['timeline-heading: UTC = UTC+00:00']);
  });

  it('reads a zone in a note between the entries once, though the note also gives a time', () => {
    // Found by this test: the zone was listed twice, once for the note and once for its time.
    const doc = marked('## Timeline\n\nThe deploy at 10:00 ⟦UTC⟧ went out first.\n\n- 11:00: a\n');
    const model = analyze(doc.text);
    assert.deepEqual(zones(model), ['timeline-heading: UTC = UTC+00:00']);
    assert.deepEqual(model.zones.map((z) => z.range), doc.ranges);
  });

  it('reads the zone of the summary\'s times', () => {
    const doc = marked('## Summary\n\nFrom 11:36 PM to 01:48 AM ⟦East African time⟧ requests failed.\n');
    const model = analyze(doc.text);
    assert.deepEqual(zones(model), ['summary: East African time = UTC+03:00']);
    assert.deepEqual(model.zones.map((z) => z.range), doc.ranges);
  });

  it('reads the front matter zone, by IANA name or abbreviation, at its value\'s range', () => {
    const iana = marked('---\ntimezone: ⟦Africa/Lagos⟧\ndate: 2024-01-17\n---\n# Outage\n');
    const model = analyze(iana.text);
    assert.deepEqual(zones(model), ['front-matter: Africa/Lagos = UTC+01:00']);
    assert.deepEqual(model.zones.map((z) => z.range), iana.ranges);
    assert.deepEqual(zones(analyze('---\ntimezone: WAT\n---\n# Outage\n')), ['front-matter: WAT = UTC+01:00']);
  });

  it('reads an IANA zone with daylight saving for the incident\'s date', () => {
    assert.deepEqual(zones(analyze('---\ntimezone: Europe/Berlin\ndate: 2024-01-17\n---\n')), ['front-matter: Europe/Berlin = UTC+01:00']);
    assert.deepEqual(zones(analyze('---\ntimezone: Europe/Berlin\ndate: 2024-07-17\n---\n')), ['front-matter: Europe/Berlin = UTC+02:00']);
  });

  it('counts an IANA zone at its standard offset when the report gives no date, whatever the day it is read', () => {
    assert.deepEqual(zones(analyze('---\ntimezone: Europe/Berlin\n---\n')), ['front-matter: Europe/Berlin = UTC+01:00']);
    assert.deepEqual(zones(analyze('---\ntimezone: America/New_York\n---\n')), ['front-matter: America/New_York = UTC-05:00']);
    assert.deepEqual(zones(analyze('---\ntimezone: Australia/Sydney\n---\n')), ['front-matter: Australia/Sydney = UTC+10:00']);
  });

  it('ignores a front matter zone it cannot name', () => {
    assert.deepEqual(zones(analyze('---\ntimezone: Mars/Olympus\n---\n# Outage\n')), []);
  });

  describe('attached to timeline entries', () => {
    const forms: Array<[string, string, string]> = [
      ['- 11:32 PM East African time: ORM updated', 'East African time', 'UTC+03:00'],
      ['- 5:35 PM WAT: outage begins', 'WAT', 'UTC+01:00'],
      ['- 5:35 PM (WAT): outage begins', 'WAT', 'UTC+01:00'],
      ['- 5:24 PM UTC +1: detected', 'UTC +1', 'UTC+01:00'],
      ['- 10:00 GMT + 1: outage begins', 'GMT + 1', 'UTC+01:00'],
      ['- 5:24 PM PT: alert', 'PT', 'UTC-08:00'],
      ['- 5:24 PM PST - alert', 'PST', 'UTC-08:00'],
      ['- 10:10 CET: rollback', 'CET', 'UTC+01:00'],
      ['- 10:12Z: alert', 'Z', 'UTC+00:00'],
      ['- 09:30 UTC-05:30: alert', 'UTC-05:30', 'UTC-05:30'],
    ];
    for (const [line, raw, offset] of forms) {
      it(`reads \`${raw}\` in \`${line}\``, () => {
        const model = analyze(`## Timeline\n\n${line}\n`);
        const [entry] = model.timeline.entries;
        assert.equal(entry.zone?.raw, raw);
        assert.equal(formatOffset(entry.zone!.offsetMinutes), offset);
        assert.equal(entry.zone!.source, 'timeline-entry');
        assert.equal(model.text.slice(entry.zone!.range.start, entry.zone!.range.end), raw);
      });
    }

    it('does not read a capitalised first word of the event as a zone', () => {
      const [entry] = analyze('## Timeline\n\n- 10:00 - ET team paged\n- 10:05 Server restarted\n').timeline.entries;
      assert.equal(entry.zone, null);
    });
  });

  it('reads zones of times elsewhere in the text as stated in the body', () => {
    assert.deepEqual(zones(analyze('## Root cause\n\nAt 4:30 PM UTC +1, a change was released.\n')), ['body: UTC +1 = UTC+01:00']);
  });

  it('reads a zone written straight after the meridiem (`4:30 PMUTC +1`)', () => {
    assert.deepEqual(zones(analyze('## Root cause\n\nAt 4:30 PMUTC +1, a change was released.\n')), ['body: UTC +1 = UTC+01:00']);
  });

  it('lists statements in document order', () => {
    const model = analyze(dedent`
      ---
      timezone: WAT
      ---
      ## Summary

      From 5:35 PM to 6:42 PM WAT, requests failed.

      ## Timeline (West African Time)

      - 5:35 PM (WAT): outage begins

      ## Root cause

      At 5;14 PM WAT, a change was released.
    `);
    assert.deepEqual(model.zones.map((z) => z.source), ['front-matter', 'summary', 'timeline-heading', 'timeline-entry', 'body']);
  });

  describe('the incident zone', () => {
    it('is the front matter\'s, before any other statement', () => {
      const model = analyze('---\ntimezone: UTC\n---\n## Summary\n\nFrom 10:00 to 11:00 WAT it failed.\n\n## Timeline (EAT)\n\n- 10:00: a\n');
      assert.equal(model.incidentZone?.statement.source, 'front-matter');
      assert.equal(model.incidentZone?.offsetMinutes, 0);
    });

    it('is the timeline heading\'s before the summary\'s', () => {
      const model = analyze('## Summary\n\nFrom 10:00 to 11:00 WAT it failed.\n\n## Timeline (EAT)\n\n- 10:00: a\n');
      assert.equal(model.incidentZone?.statement.source, 'timeline-heading');
      assert.equal(model.incidentZone?.offsetMinutes, 180);
    });

    it('is the summary\'s before the entries\'', () => {
      const model = analyze('## Summary\n\nFrom 10:00 to 11:00 WAT it failed.\n\n## Timeline\n\n- 10:00 EAT: a\n');
      assert.equal(model.incidentZone?.statement.source, 'summary');
    });

    it('is unknown when no zone is stated', () => {
      assert.equal(analyze('## Timeline\n\n- 10:00: a\n').incidentZone, null);
    });
  });

  it('reads `West Central Africa Standard Timezone` as WAT', () => {
    const model = analyze('## Timeline (in 24-hour clock, West Central Africa Standard Timezone)\n\n- 17:30: alert\n');
    assert.equal(model.timeline.zone?.offsetMinutes, 60);
  });

  it('reads an IANA zone named in a note of the timeline, at its standard offset, and no zone in `TCP/IP`', () => {
    const model = analyze('## Timeline\n\n*(All times US/Pacific, 24-hour clock.)*\n\n- 18:30: a\n\nOver TCP/IP.\n');
    assert.deepEqual([model.timeline.zone?.raw, model.timeline.zone?.offsetMinutes], ['US/Pacific', -480]);
    assert.deepEqual(model.zones.map((z) => z.raw), ['US/Pacific']);
  });
});
