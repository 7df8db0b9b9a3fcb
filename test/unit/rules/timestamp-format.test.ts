import assert from 'node:assert/strict';
import { fixAll, RULES } from '../../../server/src/rules';
import { applyFix, CLEAN_REPORT, configWith, dedent, diagnosticsOf, fixesOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'timestamp-format';
/** Fix all with every other rule off, so other rules' fixes do not change the expected text. */
const ONLY_THIS_RULE = configWith({ rules: Object.fromEntries(RULES.filter((r) => r.meta.id !== RULE).map((r) => [r.meta.id, 'off'])) });

describe(`rule: ${RULE}`, () => {
  it('reports a time that cannot be read as an error, with the reason', () => {
    const doc = marked('## Timeline\n\n- 10:00: deploy\n- ⟦25:10⟧: alert\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '25:10',
      severity: 'error',
      message: '`25:10` is not a time: hour 25 is past 23. Correct it so the timeline can be ordered and measured.',
    }]);
  });

  it('reports `5;14 PM` and says to write `5:14 PM`', () => {
    const doc = marked('## Timeline\n\n- ⟦5;14 PM⟧: push begins\n- 5:35 PM: outage begins\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.severity, d.message]), [
      ['warning', '`5;14 PM` is malformed (`;` between hours and minutes). Write `5:14 PM`.'],
    ]);
  });

  it('reports `00:13 AM` and says to write `12:13 AM`', () => {
    const doc = marked('## Timeline\n\n- 11:32 PM: update\n- ⟦00:13 AM⟧: logs read\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.equal(diagnosticsOf(doc.text, RULE)[0].message, '`00:13 AM` is malformed (hour 00 with AM). Write `12:13 AM`.');
  });

  it('reports `13:00 PM` and says to write `1:00 PM`', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 12:30 PM: a\n- 13:00 PM: b\n', RULE).map((d) => d.message), ['`13:00 PM` is malformed (hour 13 with PM). Write `1:00 PM`.']);
  });

  it('reports a malformed time in the prose too', () => {
    const doc = marked('## Timeline\n\n- 5:14 PM: push\n\n## Root cause\n\nAt ⟦5;14 PM⟧ WAT, a change was released.\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports a 24-hour time in a 12-hour timeline, written the timeline\'s way', () => {
    const doc = marked('## Timeline\n\n- 9:45 AM: upgrade\n- 10:00 AM: outage\n- ⟦10:20⟧: rollback\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.severity, d.message]), [
      ['warning', '`10:20` is 24-hour time while the rest of the timeline uses 12-hour time. Write `10:20 AM`.'],
    ]);
  });

  it('reports a 12-hour time in a 24-hour timeline', () => {
    const doc = marked('## Timeline\n\n- 22:00: a\n- 22:10: b\n- ⟦10:30 PM⟧: c\n');
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.text, d.message]), [
      ['10:30 PM', '`10:30 PM` is 12-hour time while the rest of the timeline uses 24-hour time. Write `22:30`.'],
    ]);
  });

  it('reports `6:55PM` among `6:55 PM` as information', () => {
    const doc = marked(dedent`
      ## Timeline

      - 6:35 PM: rollback
      - 6:49 PM: restarts begin
      - ⟦6:55PM⟧: users report recovery
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.severity, d.message]), [
      ['information', '`6:55PM` is written without a space before PM, unlike the other entries. Write `6:55 PM`.'],
    ]);
  });

  it('gives each finding on a readable time its replacement, for a quick fix', () => {
    const text = '## Timeline\n\n- 5;14 PM: a\n- 5:35 PM: b\n- 17:50: c\n- 6:00PM: d\n';
    assert.deepEqual(lintRule(text, RULE).map((d) => d.data), [{ replacement: '5:14 PM' }, { replacement: '5:50 PM' }, { replacement: '6:00 PM' }]);
  });

  it('is silent on a timeline written one way throughout', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 9:45 AM: a\n- 10:00 AM: b\n- 12:05 PM: c\n', RULE), []);
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 0930: a\n- 10:00: b\n- 23:59: c\n', RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent on a lower-case meridiem written consistently', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 9:45am: a\n- 10:00am: b\n', RULE), []);
  });

  describe('fix', () => {
    it('writes `5;14 PM` as `5:14 PM`, touching nothing else', () => {
      const text = '## Timeline (WAT)\n\n- 5;14 PM: push begins\n- 5:35 PM: outage begins\n';
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Write 5:14 PM', true]]);
      assert.equal(applyFix(text, RULE), '## Timeline (WAT)\n\n- 5:14 PM: push begins\n- 5:35 PM: outage begins\n');
    });

    it('writes `6:55PM` as `6:55 PM` in a timeline that spaces its meridiems', () => {
      const text = '## Timeline (WAT)\n\n- 6:35 PM: rollback\n- 6:49 PM: restarts begin\n- 6:55PM: users report recovery\n';
      assert.equal(applyFix(text, RULE), '## Timeline (WAT)\n\n- 6:35 PM: rollback\n- 6:49 PM: restarts begin\n- 6:55 PM: users report recovery\n');
    });

    it('writes `00:13 AM` as `12:13 AM`, padded like the other hours', () => {
      const text = '## Timeline (EAT)\n\n- 11:32 PM: update\n- 00:13 AM: logs read\n- 01:02 AM: restart\n';
      assert.equal(applyFix(text, RULE), '## Timeline (EAT)\n\n- 11:32 PM: update\n- 12:13 AM: logs read\n- 01:02 AM: restart\n');
    });

    it('writes a 24-hour time in a 12-hour timeline on the 12-hour clock, keeping its seconds', () => {
      assert.equal(applyFix('## Timeline (UTC)\n\n- 10:45 PM: a\n- 11:00 PM: b\n- 23:05: c\n', RULE), '## Timeline (UTC)\n\n- 10:45 PM: a\n- 11:00 PM: b\n- 11:05 PM: c\n');
      assert.equal(applyFix('## Timeline (UTC)\n\n- 10:45:10 PM: a\n- 11:00:00 PM: b\n- 23:05:30: c\n', RULE), '## Timeline (UTC)\n\n- 10:45:10 PM: a\n- 11:00:00 PM: b\n- 11:05:30 PM: c\n');
    });

    it('takes the `hrs` of `2130hrs` with the time it rewrites', () => {
      assert.equal(applyFix('## Timeline (UTC)\n\n- 8:45 PM: a\n- 9:00 PM: b\n- 2130hrs: c\n', RULE), '## Timeline (UTC)\n\n- 8:45 PM: a\n- 9:00 PM: b\n- 9:30 PM: c\n');
    });

    it('mends a malformed time in the prose too', () => {
      const text = '## Timeline (WAT)\n\n- 5:14 PM: push\n\n## Root cause\n\nAt 5;14 PM WAT, a change was released.\n';
      assert.equal(applyFix(text, RULE), '## Timeline (WAT)\n\n- 5:14 PM: push\n\n## Root cause\n\nAt 5:14 PM WAT, a change was released.\n');
    });

    it('keeps CRLF line ends and counts offsets after emoji in UTF-16', () => {
      const text = '## Timeline 🔥 (UTC)\r\n\r\n- 9:45 AM: 🚀 upgrade\r\n- 10:00 AM: outage 😱\r\n- 10:20: rollback\r\n';
      assert.equal(applyFix(text, RULE), '## Timeline 🔥 (UTC)\r\n\r\n- 9:45 AM: 🚀 upgrade\r\n- 10:00 AM: outage 😱\r\n- 10:20 AM: rollback\r\n');
    });

    it('offers nothing for text that is no time', () => {
      assert.deepEqual(fixesOf('## Timeline (UTC)\n\n- 10:00: deploy\n- 25:10: alert\n', RULE), []);
    });

    it('is applied by Fix all to every time at once', () => {
      const text = '## Timeline (WAT)\n\n- 5;14 PM: push\n- 5:35 PM: outage\n- 17:50: rollback\n- 6:00PM: recovery\n';
      assert.equal(fixAll(text, ONLY_THIS_RULE).text, '## Timeline (WAT)\n\n- 5:14 PM: push\n- 5:35 PM: outage\n- 5:50 PM: rollback\n- 6:00 PM: recovery\n');
    });
  });
});
