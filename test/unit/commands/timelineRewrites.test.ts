import assert from 'node:assert/strict';
import { normalizeTimestamps, sortTimeline } from '../../../server/src/commands';
import { analyze } from '../../../server/src/model';
import { applyEdits } from '../../../server/src/rules';
import { CLEAN_REPORT, dedent } from '../helpers';

describe('commands: sort timeline, normalize timestamps', () => {
  describe('sortTimeline', () => {
    const sorted = (text: string) => applyEdits(text, sortTimeline(analyze(text)));

    it('sorts the timeline chronologically, keeping continuation lines and untimed entries with their entry', () => {
      const text = dedent`
        ## Timeline (WAT)

        - 9:12 PM: Alert fires
        - 10:05 PM: Latency back to normal
          Checked on three dashboards.
        - 9:41 PM: Rebuild job paused
        - Investigation continues
      `;
      assert.equal(sorted(text), dedent`
        ## Timeline (WAT)

        - 9:12 PM: Alert fires
        - 9:41 PM: Rebuild job paused
        - Investigation continues
        - 10:05 PM: Latency back to normal
          Checked on three dashboards.
      `);
    });

    it('sorts a table\'s rows and reads a timeline crossing midnight as in order', () => {
      const table = '## Timeline\r\n\r\n| Time | Event |\r\n| --- | --- |\r\n| 23:50 | b 🚨 |\r\n| 23:32 | a |\r\n| 00:13 | c |\r\n';
      assert.equal(sorted(table), '## Timeline\r\n\r\n| Time | Event |\r\n| --- | --- |\r\n| 23:32 | a |\r\n| 23:50 | b 🚨 |\r\n| 00:13 | c |\r\n');
    });

    it('gives no edit when the timeline is in order, even across midnight', () => {
      assert.deepEqual(sortTimeline(analyze(CLEAN_REPORT)), []);
      assert.deepEqual(sortTimeline(analyze('## Timeline\n\n- 11:32 PM: a\n- 00:13 AM: b\n- 01:48 AM: c\n')), []);
    });
  });

  describe('normalizeTimestamps', () => {
    it('writes every timeline time in the timeline\'s dominant style and mends malformed ones', () => {
      const text = '## Timeline (WAT)\n\n- 5;14 PM: push\n- 5:35 PM: outage\n- 17:50: rollback\n- 6:00PM: recovery\n';
      assert.equal(applyEdits(text, normalizeTimestamps(analyze(text))), '## Timeline (WAT)\n\n- 5:14 PM: push\n- 5:35 PM: outage\n- 5:50 PM: rollback\n- 6:00 PM: recovery\n');
    });

    it('gives no edit when every time is written alike', () => {
      assert.deepEqual(normalizeTimestamps(analyze(CLEAN_REPORT)), []);
    });
  });
});
