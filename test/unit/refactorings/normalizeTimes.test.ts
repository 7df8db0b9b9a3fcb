import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { normalizeTimes } from '../../../server/src/refactorings';
import { applyEdits } from '../../../server/src/rules';
import { CLEAN_REPORT, dedent, diagnosticsOf } from '../helpers';

/** The document after "Normalize timeline times". */
function normalized(text: string): string {
  return applyEdits(text, normalizeTimes(analyze(text)));
}

describe('refactoring: normalize timeline times', () => {
  it('writes every timeline time in the timeline\'s dominant style, touching only the times', () => {
    const text = dedent`
      ## Timeline (WAT)

      - 5;14 PM: push begins
      - 5:35 PM: outage begins
      - 17:50: rollback
      - 6:00PM: recovery
      - 23:05: all clear

      ## Root cause

      At 17:50 the rollback started.
    `;
    const expected = dedent`
      ## Timeline (WAT)

      - 5:14 PM: push begins
      - 5:35 PM: outage begins
      - 5:50 PM: rollback
      - 6:00 PM: recovery
      - 11:05 PM: all clear

      ## Root cause

      At 17:50 the rollback started.
    `;
    assert.equal(normalized(text), expected);
    assert.deepEqual(diagnosticsOf(normalized(text), 'timestamp-format'), []);
  });

  it('gives one edit per time, covering only the time text', () => {
    const text = '## Timeline (UTC)\n\n- 9:45 AM: a\n- 10:00 AM: b\n- 10:20: c\n';
    assert.deepEqual(normalizeTimes(analyze(text)), [{ range: { start: text.indexOf('10:20'), end: text.indexOf('10:20') + 5 }, newText: '10:20 AM' }]);
  });

  it('mends `00:13 AM` and keeps the hours padded as the writer pads them', () => {
    const text = '## Timeline (EAT)\n\n- 11:32 PM: update\n- 00:13 AM: logs read\n- 01:02 AM: restart\n- 1:48 AM: restored\n';
    assert.equal(normalized(text), '## Timeline (EAT)\n\n- 11:32 PM: update\n- 12:13 AM: logs read\n- 01:02 AM: restart\n- 01:48 AM: restored\n');
  });

  it('writes a 12-hour time on the 24-hour clock in a 24-hour timeline, and pads its hours', () => {
    const text = '## Timeline (UTC)\n\n- 08:50: a\n- 09:10: b\n- 9:30: c\n- 10:30 PM: d\n';
    assert.equal(normalized(text), '## Timeline (UTC)\n\n- 08:50: a\n- 09:10: b\n- 09:30: c\n- 22:30: d\n');
  });

  it('keeps dates, zones, emphasis and seconds around the times', () => {
    const text = '## Timeline\n\n- Jan 17, 11:30 PM (EAT): a\n- **Jan 17, 23:32 (EAT)** - b\n- 2024-01-18 00:10:15 EAT: c\n- 12:20 AM EAT: d\n';
    assert.equal(normalized(text), '## Timeline\n\n- Jan 17, 11:30 PM (EAT): a\n- **Jan 17, 11:32 PM (EAT)** - b\n- 2024-01-18 12:10:15 AM EAT: c\n- 12:20 AM EAT: d\n');
  });

  it('normalizes the times of a table and of bare lines too', () => {
    const table = '## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 9:45 AM | a |\n| 10:00AM | b |\n| 10:20 AM | c |\n';
    assert.equal(normalized(table), '## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 9:45 AM | a |\n| 10:00 AM | b |\n| 10:20 AM | c |\n');
    const bare = '## Timeline (UTC)\n4:30 PM: push\n5:24 PM: alert\n18:55: recovery\n';
    assert.equal(normalized(bare), '## Timeline (UTC)\n4:30 PM: push\n5:24 PM: alert\n6:55 PM: recovery\n');
  });

  it('takes the `hrs` of `2130hrs` with the time', () => {
    assert.equal(normalized('## Timeline (UTC)\n\n- 8:45 PM: a\n- 9:00 PM: b\n- 2130hrs: c\n'), '## Timeline (UTC)\n\n- 8:45 PM: a\n- 9:00 PM: b\n- 9:30 PM: c\n');
  });

  it('keeps CRLF line ends and counts offsets after emoji in UTF-16', () => {
    const text = '## Timeline 🔥 (UTC)\r\n\r\n- 9:45 AM: 🚀 upgrade\r\n- 10:00am: outage 😱\r\n- 10:20: rollback\r\n';
    assert.equal(normalized(text), '## Timeline 🔥 (UTC)\r\n\r\n- 9:45 AM: 🚀 upgrade\r\n- 10:00 AM: outage 😱\r\n- 10:20 AM: rollback\r\n');
  });

  it('leaves forms the style does not record as the writer chose them', () => {
    assert.deepEqual(normalizeTimes(analyze('## Timeline (UTC)\n\n- 0930: a\n- 10:00: b\n- 23:59: c\n')), []);
    assert.deepEqual(normalizeTimes(analyze('## Timeline (UTC)\n\n- 10 am: a\n- 10:30 am: b\n- 11:00 p.m.: c\n')), []);
  });

  it('changes nothing in a timeline written one way throughout', () => {
    assert.deepEqual(normalizeTimes(analyze(CLEAN_REPORT)), []);
    assert.deepEqual(normalizeTimes(analyze('# Outage\n\nNo timeline here, only 17:50 and 5:14 PM.\n')), []);
  });
});
