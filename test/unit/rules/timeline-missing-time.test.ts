import assert from 'node:assert/strict';
import { CLEAN_REPORT, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'timeline-missing-time';

describe(`rule: ${RULE}`, () => {
  it('reports a list item without a time, on its first line, with the entry to write', () => {
    const doc = marked('## Timeline\n\n- 10:00: deploy\n- ⟦Someone noticed the graphs⟧\n  and told the team\n- 10:20: rollback\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: 'Someone noticed the graphs',
      severity: 'warning',
      message: 'The timeline entry “Someone noticed the graphs” has no time. Start it with when it happened, e.g. `10:42 PM: Someone noticed the graphs`.',
    }]);
  });

  it('cuts a long event between words in its example', () => {
    // Found by this test: the example used to cut the event after 20 characters, mid-word.
    const [d] = diagnosticsOf('## Timeline\n\n- The on-call engineer escalated to the database team\n', RULE);
    assert.match(d.message, /e\.g\. `10:42 PM: The on-call engineer escalated…`\.$/);
  });

  it('reports a table row without a time', () => {
    const doc = marked('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | deploy |\n⟦|  | alert |⟧\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('is silent when every entry has a time, and on times it cannot read (timestamp-format reports those)', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 10:00: deploy\n- 25:10: alert\n- 0930: standup\n', RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  it('is silent on an entry that gives its day, as precisely as its writer knew it', () => {
    assert.deepEqual(diagnosticsOf('## Timeline\n\n- 2025-01-31: The fix was merged\n- 10:00: deploy\n- 2025-02-01\n  - Release shipped\n', RULE), []);
  });
});
