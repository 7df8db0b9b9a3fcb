import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, lintRule, marked, rangesOf } from '../helpers';

const RULE = 'timestamp-format';

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
});
