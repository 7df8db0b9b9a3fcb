import assert from 'node:assert/strict';
import { CLEAN_REPORT, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'timeline-missing-event';

describe(`rule: ${RULE}`, () => {
  it('reports an entry that is only a time, as Insert Timeline Entry leaves one when the writer moves on', () => {
    const doc = marked('## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n- ⟦9:20 PM:⟧\n- 9:33 PM: Rollback\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: '9:20 PM:',
      severity: 'warning',
      message: 'The timeline entry at 9:20 PM says nothing about what happened then. Write the event after the time, e.g. `9:20 PM: Alert fired for checkout errors`, or remove the entry.',
    }]);
  });

  it('reports a bold time with only marks after it, a bare line, and a table row whose other cells are empty', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- **10:05 UTC** -\n- 10:20 UTC: Rollback\n', RULE).map((d) => d.text), ['**10:05 UTC** -']);
    assert.deepEqual(diagnosticsOf('Timeline:\n21:12 - Alert fires\n21:20 -\n21:30 - Rollback\n', RULE).map((d) => d.text), ['21:20 -']);
    const table = marked('## Timeline\n\n| Time | Event | Owner |\n| --- | --- | --- |\n| 10:00 | Deploy | Ana |\n⟦| 10:05 |  |  |⟧\n');
    assert.deepEqual(rangesOf(table.text, RULE), table.ranges);
  });

  it('reports an unreadable time with nothing after it too', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 10:00: Deploy\n- 25:10:\n', RULE).map((d) => d.text), ['25:10:']);
  });

  it('is silent when the event follows on the next line, in nested items, in another cell, or as a symbol', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- **10:05 UTC**\n  The alert fires.\n- 10:20 UTC: Rollback\n', RULE), []);
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- **10:05 UTC**\n  - Alert fires\n  - On-call paged\n', RULE), []);
    assert.deepEqual(diagnosticsOf('## Timeline\n\n| Event | Time |\n| --- | --- |\n| Deploy | 10:00 |\n', RULE), []);
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 10:00: Deploy\n- 10:30: ✅\n', RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('leaves an entry with no time to timeline-missing-time', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 10:00: Deploy\n- Someone noticed\n', RULE), []);
  });
});
