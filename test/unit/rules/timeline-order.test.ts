import assert from 'node:assert/strict';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'timeline-order';

describe(`rule: ${RULE}`, () => {
  it('reports an entry earlier than the one before it, on its time, naming both entries', () => {
    const doc = marked(dedent`
      ## Timeline (UTC)

      - 10:00: Deploy starts
      - 10:20: Rollback done
      - ⟦10:05⟧: Alert fires
    `);
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '10:05',
      severity: 'warning',
      message: '10:05 “Alert fires” comes after 10:20 “Rollback done”. Move the entry to its place in time, or correct its time.',
    }]);
  });

  it('holds each entry against the latest time so far, so one late entry is reported once', () => {
    const doc = marked('## Timeline\n\n- 10:00: a\n- 11:00: b\n- ⟦10:10⟧: c\n- ⟦10:20⟧: d\n- 11:05: e\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports an entry whose date puts it before the one above', () => {
    const doc = marked('## Timeline\n\n- Jan 18, 1:00 AM: a\n- Jan 17, ⟦11:00 PM⟧: b\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.match(diagnosticsOf(doc.text, RULE)[0].message, /^11:00 PM “b” comes after 1:00 AM “a”/);
  });

  it('reports misordered rows of a table and bare lines too', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:10 | a |\n| 10:00 | b |\n', RULE).map((d) => d.text), ['10:00']);
    assert.deepEqual(diagnosticsOf('Timeline:\n10:10 - a\n10:00 - b\n', RULE).map((d) => d.text), ['10:00']);
  });

  it('is silent on a timeline crossing midnight', () => {
    const text = dedent`
      ## Timeline (all times East African time)

      - 11:32 PM: ORM library updated
      - 11:36 PM: App cannot connect to the database
      - 00:13 AM: Engineer reads the load balancer logs
      - 01:48 AM: All services restored
    `;
    assert.deepEqual(diagnosticsOf(text, RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent on entries at the same time, and skips entries without a time', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 10:00: a\n- 10:00: b\n- later that day: c\n- 10:05: d\n', RULE), []);
  });

  it('is silent on dated entries in order across days', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 2024-01-17 23:32: a\n- 2024-01-18 00:10: b\n- 2024-01-19 08:00: c\n', RULE), []);
  });
});
