import assert from 'node:assert/strict';
import { insertTimelineEntry } from '../../../server/src/commands';
import type { NowOptions } from '../../../server/src/features/entryStyle';
import { analyze } from '../../../server/src/model';
import { applyEdits } from '../../../server/src/rules';
import { CURSOR, dedent, diagnosticsOf, marked } from '../helpers';

/** 20:42 UTC on 10 February: 9:42 PM in WAT (UTC+1). */
const NOW = new Date('2026-02-10T20:42:00Z');

/**
 * The document after the command run at the `‸` of `source`, with `‸` where the selection
 * is (the command leaves an empty selection where the event text goes).
 */
function inserted(source: string, options: Partial<NowOptions> = {}): string {
  const doc = marked(source);
  assert.ok(doc.cursor !== undefined, 'the document has no ‸');
  const { edits, selection } = insertTimelineEntry(analyze(doc.text), doc.cursor, { now: NOW, defaultTimeZone: null, ...options });
  assert.equal(selection.start, selection.end, 'the selection is a caret');
  const result = applyEdits(doc.text, edits);
  return result.slice(0, selection.start) + CURSOR + result.slice(selection.end);
}

function withoutCursor(text: string): string {
  return text.replace(CURSOR, '');
}

describe('command: insert timeline entry', () => {
  describe('with the cursor in an entry', () => {
    it('writes the new entry right after it, after its continuation lines, at the current time in the incident\'s zone', () => {
      const result = inserted(dedent`
        ## Timeline (WAT)

        - 9:12 PM: Search latency alert fires‸
          Dashboards show p99 at eight seconds.
        - 9:20 PM: On-call engineer starts investigating
      `);
      assert.equal(result, dedent`
        ## Timeline (WAT)

        - 9:12 PM: Search latency alert fires
          Dashboards show p99 at eight seconds.
        - 9:42 PM: ‸
        - 9:20 PM: On-call engineer starts investigating
      `);
    });

    it('counts the whole line of the entry as in it, the marker included', () => {
      const result = inserted(dedent`
        ## Timeline (WAT)

        ‸- 9:12 PM: Alert fires
        - 9:20 PM: Investigating
      `);
      assert.equal(result, dedent`
        ## Timeline (WAT)

        - 9:12 PM: Alert fires
        - 9:42 PM: ‸
        - 9:20 PM: Investigating
      `);
    });

    it('writes a table row after the row under the cursor, with the pipes and time cell of that table', () => {
      const result = inserted(dedent`
        ## Timeline

        | Time (UTC) | Event | Owner |
        | --- | --- | --- |
        | **20:12** | Alert fires‸ | Ada |
        | **20:20** | Rollback starts | Lin |
      `);
      assert.equal(result, dedent`
        ## Timeline

        | Time (UTC) | Event | Owner |
        | --- | --- | --- |
        | **20:12** | Alert fires | Ada |
        | **20:42** | ‸ |  |
        | **20:20** | Rollback starts | Lin |
      `);
    });

    it('writes a bare line after a bare line and its continuation line', () => {
      const result = inserted(dedent`
        Timeline:
        21:12 - Alert fires‸
        still firing
        21:20 - Rollback starts

        Root cause: a bad index.
      `, { defaultTimeZone: 'WAT' });
      assert.equal(result, dedent`
        Timeline:
        21:12 - Alert fires
        still firing
        21:42 - ‸
        21:20 - Rollback starts

        Root cause: a bad index.
      `);
    });

    it('numbers an ordered list\'s new item after the item above it', () => {
      const result = inserted(dedent`
        ## Timeline (WAT)

        1. 9:12 PM: Alert fires‸
        2. 9:50 PM: Rollback
      `);
      assert.equal(result, dedent`
        ## Timeline (WAT)

        1. 9:12 PM: Alert fires
        2. 9:42 PM: ‸
        2. 9:50 PM: Rollback
      `);
    });
  });

  describe('with the cursor elsewhere', () => {
    it('puts the entry in chronological order among the entries', () => {
      const source = dedent`
        # Search latency after the index rebuild

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.‸

        ## Timeline (WAT)

        - 9:12 PM: Search latency alert fires
          Dashboards show p99 at eight seconds.
        - 9:20 PM: On-call engineer starts investigating
        - 10:05 PM: Latency back to normal
      `;
      const result = inserted(source);
      assert.equal(result, dedent`
        # Search latency after the index rebuild

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.

        ## Timeline (WAT)

        - 9:12 PM: Search latency alert fires
          Dashboards show p99 at eight seconds.
        - 9:20 PM: On-call engineer starts investigating
        - 9:42 PM: ‸
        - 10:05 PM: Latency back to normal
      `);
      assert.deepEqual(diagnosticsOf(withoutCursor(result), 'timeline-order'), []);
    });

    it('puts an entry at the time of another after it', () => {
      const result = inserted('## Timeline (WAT)\n\n- 9:42 PM: Alert fires\n- 9:50 PM: Rollback\n‸');
      assert.equal(result, '## Timeline (WAT)\n\n- 9:42 PM: Alert fires\n- 9:42 PM: ‸\n- 9:50 PM: Rollback\n');
    });

    it('puts an entry later than every other at the end', () => {
      const result = inserted(dedent`
        ‸## Timeline (WAT)

        - 9:12 PM: Alert fires
        - 9:20 PM: Investigating

        ## Root cause

        The rebuild ran against the live cluster.
      `);
      assert.equal(result, dedent`
        ## Timeline (WAT)

        - 9:12 PM: Alert fires
        - 9:20 PM: Investigating
        - 9:42 PM: ‸

        ## Root cause

        The rebuild ran against the live cluster.
      `);
    });

    it('puts an entry earlier than every other, by less than a night, first', () => {
      const result = inserted('## Timeline (WAT)\n\n- 10:12 PM: Alert fires\n- 11:20 PM: Investigating\n\n‸');
      assert.equal(result, '## Timeline (WAT)\n\n- 9:42 PM: ‸\n- 10:12 PM: Alert fires\n- 11:20 PM: Investigating\n\n');
    });

    it('reads a time just after midnight as the next day when the timeline runs late in the evening', () => {
      const now = new Date('2026-02-10T23:10:00Z');
      const result = inserted('## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n\n‸', { now });
      assert.equal(result, '## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- 12:10 AM: ‸\n\n');
      assert.deepEqual(diagnosticsOf(withoutCursor(result), 'timeline-order'), []);
    });

    it('places a time among entries that already crossed midnight', () => {
      const now = new Date('2026-02-10T23:05:00Z');
      const source = '## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- 12:13 AM: Logs read\n\n‸';
      assert.equal(inserted(source, { now }), '## Timeline (WAT)\n\n- 11:32 PM: ORM library updated\n- 11:50 PM: Errors rise\n- 12:05 AM: ‸\n- 12:13 AM: Logs read\n\n');
    });

    it('counts days from the dates the timeline gives, and writes today\'s date like them', () => {
      const result = inserted(dedent`
        ## Timeline (UTC)

        - 2026-02-09 21:12: Alert fires
        - 2026-02-09 22:30: Rollback
        - 2026-02-11 08:00: Postmortem review
        ‸
      `);
      assert.equal(result, dedent`
        ## Timeline (UTC)

        - 2026-02-09 21:12: Alert fires
        - 2026-02-09 22:30: Rollback
        - 2026-02-10 20:42: ‸
        - 2026-02-11 08:00: Postmortem review

      `);
    });

    it('places by the clock when only the front matter gives a date, as the undated entries will be read', () => {
      const result = inserted('---\ndate: 2024-03-12\n---\n## Timeline (WAT)\n\n- 10:12 PM: Alert fires\n- 11:20 PM: Investigating\n‸');
      assert.equal(result, '---\ndate: 2024-03-12\n---\n## Timeline (WAT)\n\n- 9:42 PM: ‸\n- 10:12 PM: Alert fires\n- 11:20 PM: Investigating\n');
      assert.deepEqual(diagnosticsOf(withoutCursor(result), 'timeline-order'), []);
    });

    it('keeps the entries without a time after the entry they follow', () => {
      const result = inserted(dedent`
        ## Timeline (WAT)

        - 9:12 PM: Alert fires
        - Investigation continues
        - 10:05 PM: Back to normal
        ‸
      `);
      assert.equal(result, dedent`
        ## Timeline (WAT)

        - 9:12 PM: Alert fires
        - Investigation continues
        - 9:42 PM: ‸
        - 10:05 PM: Back to normal

      `);
    });

    it('puts the entry last when no entry has a time to compare with', () => {
      const result = inserted('‸## Timeline (WAT)\n\n- Alert fires\n- Rollback\n');
      assert.equal(result, '## Timeline (WAT)\n\n- Alert fires\n- Rollback\n- 9:42 PM: ‸\n');
    });

    it('keeps a list loose: a blank line between items stays between them', () => {
      const result = inserted('‸## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n\n- 10:05 PM: Back to normal\n');
      assert.equal(result, '## Timeline (WAT)\n\n- 9:12 PM: Alert fires\n\n- 9:42 PM: ‸\n\n- 10:05 PM: Back to normal\n');
    });

    it('indents the new item as much as the list', () => {
      const result = inserted('## Timeline (WAT)\n\n  - 9:12 PM: Alert fires\n  - 10:05 PM: Back to normal\n‸');
      assert.equal(result, '## Timeline (WAT)\n\n  - 9:12 PM: Alert fires\n  - 9:42 PM: ‸\n  - 10:05 PM: Back to normal\n');
    });

    it('writes the zone after the time as the entries do', () => {
      const result = inserted('## Timeline\n\n- **21:12 WAT** - Alert fires\n- **21:20 WAT** - Paged\n\n‸');
      assert.equal(result, '## Timeline\n\n- **21:12 WAT** - Alert fires\n- **21:20 WAT** - Paged\n- **21:42 WAT** - ‸\n\n');
    });

    it('writes the first entry of a Timeline section without entries after what it says', () => {
      const result = inserted('## Timeline (WAT)\n\n_One list item per event._\n\n## Root cause\n\nA bad index.‸');
      assert.equal(result, '## Timeline (WAT)\n\n_One list item per event._\n\n- 9:42 PM: ‸\n\n## Root cause\n\nA bad index.');
    });

    it('writes the first entry under an empty Timeline heading, with a blank line before the next section', () => {
      assert.equal(inserted('## Timeline (WAT)\n## Root cause\n\nA bad index.‸'), '## Timeline (WAT)\n\n- 9:42 PM: ‸\n\n## Root cause\n\nA bad index.');
    });
  });

  describe('the current time', () => {
    it('takes postmortem.defaultTimeZone when the report names no zone, in the report\'s 24-hour style', () => {
      const source = '## Timeline\n\n- 20:12: Alert fires\n‸';
      assert.equal(inserted(source, { defaultTimeZone: 'UTC+1' }), '## Timeline\n\n- 20:12: Alert fires\n- 21:42: ‸\n');
      assert.equal(inserted(source, { defaultTimeZone: 'Asia/Kolkata' }), '## Timeline\n\n- 20:12: Alert fires\n- 02:12: ‸\n');
    });

    it('is in UTC when neither the report nor the setting names a zone', () => {
      assert.equal(inserted('## Timeline\n\n- 8:12 PM: Alert fires\n‸'), '## Timeline\n\n- 8:12 PM: Alert fires\n- 8:42 PM: ‸\n');
    });

    it('follows the report\'s 12-hour style: no space before the meridiem, lower case', () => {
      assert.equal(inserted('## Timeline (WAT)\n\n- 9:12pm: Alert fires\n‸'), '## Timeline (WAT)\n\n- 9:12pm: Alert fires\n- 9:42pm: ‸\n');
    });
  });

  describe('without a Timeline', () => {
    it('adds the section in its usual place, at the report\'s heading level, naming the incident\'s zone', () => {
      const result = inserted(dedent`
        # Search latency‸

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.

        ## Root cause

        The rebuild ran against the live cluster.
      `);
      assert.equal(result, dedent`
        # Search latency

        ## Summary

        From 9:12 PM to 10:05 PM WAT, searches were slow.

        ## Timeline (WAT)

        - 9:42 PM: ‸

        ## Root cause

        The rebuild ran against the live cluster.
      `);
      assert.deepEqual(diagnosticsOf(withoutCursor(result), 'timezone-missing'), []);
    });

    it('names postmortem.defaultTimeZone, or UTC, in the new heading', () => {
      const source = '# Search latency\n\n## Summary\n\nSearches were slow.\n‸';
      assert.equal(inserted(source, { defaultTimeZone: 'WAT' }), '# Search latency\n\n## Summary\n\nSearches were slow.\n\n## Timeline (WAT)\n\n- 9:42 PM: ‸\n');
      assert.equal(inserted(source), '# Search latency\n\n## Summary\n\nSearches were slow.\n\n## Timeline (UTC)\n\n- 8:42 PM: ‸\n');
    });

    it('adds it whatever sections the settings or the report\'s template require', () => {
      const source = '---\ntemplate: no-such-template\n---\n# Search latency\n\n## Summary\n\nSearches were slow.\n‸';
      assert.equal(inserted(source), '---\ntemplate: no-such-template\n---\n# Search latency\n\n## Summary\n\nSearches were slow.\n\n## Timeline (UTC)\n\n- 8:42 PM: ‸\n');
    });

    it('writes the time like the report\'s prose does', () => {
      const source = '# Search latency\n\n### Summary\nSearches were slow from 21:12 to 22:05 WAT.\n\n### Root cause\nA bad index.‸';
      assert.equal(inserted(source), '# Search latency\n\n### Summary\nSearches were slow from 21:12 to 22:05 WAT.\n\n### Timeline (WAT)\n- 21:42: ‸\n\n### Root cause\nA bad index.');
    });
  });

  describe('text kept whole', () => {
    it('writes CRLF line breaks in a CRLF document', () => {
      assert.equal(
        inserted('## Timeline (WAT)\r\n\r\n- 9:12 PM: Alert fires‸\r\n  still firing\r\n- 10:05 PM: Back\r\n'),
        '## Timeline (WAT)\r\n\r\n- 9:12 PM: Alert fires\r\n  still firing\r\n- 9:42 PM: ‸\r\n- 10:05 PM: Back\r\n',
      );
      assert.equal(
        inserted('\uFEFF# Search latency\r\n\r\n## Summary\r\n\r\nSlow from 9:12 PM WAT.‸\r\n\r\n## Root cause\r\n\r\nA bad index.\r\n'),
        '\uFEFF# Search latency\r\n\r\n## Summary\r\n\r\nSlow from 9:12 PM WAT.\r\n\r\n## Timeline (WAT)\r\n\r\n- 9:42 PM: ‸\r\n\r\n## Root cause\r\n\r\nA bad index.\r\n',
      );
    });

    it('counts offsets in UTF-16 code units past emoji', () => {
      const result = inserted('## Timeline 🚨 (WAT)\n\n- 9:12 PM: 🔥 Alert fires 🔥\n- 10:05 PM: ✅ Back\n‸');
      assert.equal(result, '## Timeline 🚨 (WAT)\n\n- 9:12 PM: 🔥 Alert fires 🔥\n- 9:42 PM: ‸\n- 10:05 PM: ✅ Back\n');
    });

    it('changes nothing in a document too large to analyse', () => {
      const text = `## Timeline\n\n- 10:00: a\n${'x'.repeat(600_000)}`;
      assert.deepEqual(insertTimelineEntry(analyze(text), 3, { now: NOW, defaultTimeZone: null }), { edits: [], selection: { start: 3, end: 3 } });
    });
  });
});
