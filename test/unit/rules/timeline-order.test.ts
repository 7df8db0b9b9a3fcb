import assert from 'node:assert/strict';
import { applyFix, CLEAN_REPORT, dedent, diagnosticsOf, fixesOf, marked, rangesOf, slices } from '../helpers';

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

  it('orders an entry written in another zone by its time on the timeline\'s clock, naming the zones', () => {
    // 9:30 AM EDT is 3:30 PM CAT: in its place. 4:00 PM EDT is 10:00 PM CAT: after 4:15 PM CAT.
    const doc = marked(dedent`
      ## Timeline

      - 3:00 PM CAT: Outage detected
      - 9:30 AM EDT: Logs read
      - 4:00 PM EDT: Cause found
      - ⟦4:15 PM⟧ CAT: Capacity added
    `);
    assert.deepEqual(diagnosticsOf(doc.text, RULE).map((d) => [d.text, d.message]), [
      ['4:15 PM', '4:15 PM CAT “Capacity added” comes after 4:00 PM EDT “Cause found”. Move the entry to its place in time, or correct its time.'],
    ]);
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

  describe('fix', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');

    it('sorts the entries chronologically, as the preferred fix', () => {
      const text = dedent`
        ## Timeline (UTC)

        - 10:00: Deploy starts
        - 10:20: Rollback done
        - 10:05: Alert fires
      `;
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Sort the timeline chronologically', true]]);
      assert.equal(applyFix(text, RULE), dedent`
        ## Timeline (UTC)

        - 10:00: Deploy starts
        - 10:05: Alert fires
        - 10:20: Rollback done
      `);
    });

    it('rewrites only the span from the first entry that moves to the last, list markers left out', () => {
      const doc = marked('## Timeline (UTC)\n\n- 10:00: a\n- ⟦10:20: c\n- 10:05: b⟧\n- 10:30: d\n');
      const [fix] = fixesOf(doc.text, RULE);
      assert.deepEqual(fix.edits.map((e) => e.range), doc.ranges);
      assert.deepEqual(fix.edits.map((e) => e.newText), ['10:05: b\n- 10:20: c']);
    });

    it('offers the same fix on every diagnostic of the timeline', () => {
      const text = '## Timeline (UTC)\n\n- 10:00: a\n- 11:00: b\n- 10:10: c\n- 10:20: d\n';
      assert.deepEqual(fixesOf(text, RULE, { index: 1 }), fixesOf(text, RULE, { index: 0 }));
      assert.equal(applyFix(text, RULE, { index: 1 }), '## Timeline (UTC)\n\n- 10:00: a\n- 10:10: c\n- 10:20: d\n- 11:00: b\n');
    });

    it('sorts past midnight, moving continuation lines, nested items and entries without a time with the entry they follow', () => {
      const text = dedent`
        ## Timeline (all times EAT)

        - 11:32 PM: ORM library updated
        - 01:48 AM: All services restored
          - status page updated
        - 12:13 AM: Engineer reads the logs
          and finds the connection errors
        - later: someone noticed the graphs
      `;
      assert.equal(applyFix(text, RULE), dedent`
        ## Timeline (all times EAT)

        - 11:32 PM: ORM library updated
        - 12:13 AM: Engineer reads the logs
          and finds the connection errors
        - later: someone noticed the graphs
        - 01:48 AM: All services restored
          - status page updated
      `);
    });

    it('sorts by date, and keeps entries at the same time in their order', () => {
      assert.equal(
        applyFix('## Timeline (UTC)\n\n- Jan 18, 1:00 AM: b\n- Jan 18, 1:00 AM: c\n- Jan 17, 11:00 PM: a\n', RULE),
        '## Timeline (UTC)\n\n- Jan 17, 11:00 PM: a\n- Jan 18, 1:00 AM: b\n- Jan 18, 1:00 AM: c\n',
      );
    });

    it('keeps an ordered list\'s numbers where they stand', () => {
      assert.equal(applyFix('## Timeline (UTC)\n\n1. 10:20: b\n2. 10:00: a\n3. 10:10: c\n', RULE), '## Timeline (UTC)\n\n1. 10:00: a\n2. 10:10: c\n3. 10:20: b\n');
    });

    it('offers no fix when an entry of several lines would move to a list item whose text starts in another column', () => {
      // `more` is indented under `9. `; under `10. ` it would fall out of the item.
      assert.deepEqual(fixesOf('## Timeline (UTC)\n\n9. 10:20: b\n   more\n10. 10:00: a\n', RULE), []);
    });

    it('sorts table rows and bare lines too', () => {
      assert.equal(
        applyFix('## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:10 | a |\n| 10:00 | b |\n', RULE),
        '## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:00 | b |\n| 10:10 | a |\n',
      );
      assert.equal(applyFix('Timeline (UTC):\n10:10 - a\nwrapped\n10:00 - b\n', RULE), 'Timeline (UTC):\n10:00 - b\n10:10 - a\nwrapped\n');
    });

    it('sorts each block of the timeline within itself: two lists, or a table and a list', () => {
      const twoLists = '## Timeline (UTC)\n\n- 10:20: b\n- 10:00: a\n\nAfter the rollback:\n\n- 10:50: d\n- 10:40: c\n';
      assert.equal(applyFix(twoLists, RULE), '## Timeline (UTC)\n\n- 10:00: a\n- 10:20: b\n\nAfter the rollback:\n\n- 10:40: c\n- 10:50: d\n');
      assert.equal(fixesOf(twoLists, RULE)[0].edits.length, 2);
      const tableAndList = '## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:20 | b |\n| 10:00 | a |\n\n- 10:50: d\n- 10:40: c\n';
      assert.equal(applyFix(tableAndList, RULE), '## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:00 | a |\n| 10:20 | b |\n\n- 10:40: c\n- 10:50: d\n');
    });

    it('moves no entry from one block to another, so offers nothing when only the blocks are out of order', () => {
      const text = '## Timeline (UTC)\n\n- 10:00: a\n- 10:20: c\n\nLater:\n\n- 10:10: b\n';
      assert.deepEqual(diagnosticsOf(text, RULE).map((d) => d.text), ['10:10']);
      assert.deepEqual(fixesOf(text, RULE), []);
    });

    it('keeps CRLF line breaks, a byte order mark and emoji', () => {
      const text = crlf('\uFEFF## Timeline (UTC)\n\n- 10:20: 🔥 rollback\n  with a note\n- 10:05: 🚨 alert\n');
      assert.equal(applyFix(text, RULE), crlf('\uFEFF## Timeline (UTC)\n\n- 10:05: 🚨 alert\n- 10:20: 🔥 rollback\n  with a note\n'));
      const doc = marked(crlf('## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n⟦| 10:10 | 🅰 |\n| 10:00 | 🅱 |⟧\n'));
      assert.deepEqual(slices(doc.text, fixesOf(doc.text, RULE)[0].edits.map((e) => e.range)), slices(doc.text, doc.ranges));
      assert.equal(applyFix(doc.text, RULE), crlf('## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:00 | 🅱 |\n| 10:10 | 🅰 |\n'));
    });
  });
});
