import assert from 'node:assert/strict';
import { InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMPLETION_TRIGGER_CHARACTERS, completions } from '../../../server/src/features/completion';
import type { CompletionOptions } from '../../../server/src/features/completion';
import { analyze } from '../../../server/src/model';
import type { TextRange } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

/** 23:45 UTC on 1 May: 00:45 on 2 May in WAT, 05:15 on 2 May in IST. */
const NOW = new Date('2024-05-01T23:45:00Z');

interface Completed {
  items: CompletionItem[];
  /** Where each item's edit goes, as offsets into the document. */
  ranges: TextRange[];
  /** The `⟦…⟧` marks of the document. */
  expected: TextRange[];
}

/** Completion at the `‸` of a marked document. */
function complete(source: string, options: Partial<CompletionOptions> = {}): Completed {
  const doc = marked(source);
  assert.ok(doc.cursor !== undefined, 'the document has no ‸');
  const document = TextDocument.create('file:///incident-postmortem.md', 'markdown', 1, doc.text);
  const items = completions(document, analyze(doc.text), document.positionAt(doc.cursor), { now: NOW, defaultTimeZone: null, ...options });
  const ranges = items.map((item) => {
    assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has no text edit with a range`);
    return { start: document.offsetAt(item.textEdit.range.start), end: document.offsetAt(item.textEdit.range.end) };
  });
  return { items, ranges, expected: doc.ranges };
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

function inserted(items: CompletionItem[]): string[] {
  return items.map((i) => (i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : ''));
}

function details(items: CompletionItem[]): Array<string | undefined> {
  return items.map((i) => i.detail);
}

/** Every item replaces exactly the marked range. */
function assertReplaces(completed: Completed): void {
  assert.equal(completed.expected.length, 1, 'mark the replaced range with ⟦…⟧');
  assert.ok(completed.items.length > 0, 'no items');
  assert.deepEqual(completed.ranges, completed.items.map(() => completed.expected[0]));
}

/** Each item replaces the `⟦…⟧` range of the marked document, with `expected` in order. */
function assertInserts(source: string, expected: string[]): void {
  const completed = complete(source);
  assertReplaces(completed);
  assert.deepEqual(inserted(completed.items), expected);
}

/** The items keep the order they are returned in. */
function assertSorted(items: CompletionItem[]): void {
  const keys = items.map((i) => i.sortText ?? '');
  assert.deepEqual(keys, [...keys].sort());
  assert.equal(new Set(keys).size, keys.length);
}

describe('features: completion', () => {
  it('asks for completion after the characters that start a heading, an entry, a zone or an event', () => {
    assert.deepEqual(COMPLETION_TRIGGER_CHARACTERS, ['#', '-', '|', ' ', ':']);
  });

  describe('a new timeline entry', () => {
    it('continues a 12-hour timeline at the last entry\'s time, the time selected to type over, and offers now below it while the report is live', () => {
      const completed = complete(dedent`
        ## Timeline

        - 11:32 PM: ORM library updated
        - 11:40 PM: App cannot reach the database
        ⟦- ‸⟧
      `);
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['11:40 PM', '11:45 PM (now)']);
      assert.deepEqual(inserted(completed.items), ['- ${1:11:40 PM}: $2', '- ${1:11:45 PM}: $2']);
      assert.deepEqual(details(completed.items), ['Time of the entry above', 'Now: 2024-05-01 in UTC (UTC+00:00), the report names no zone']);
      assert.deepEqual(completed.items.map((i) => i.insertTextFormat), [InsertTextFormat.Snippet, InsertTextFormat.Snippet]);
      assert.deepEqual(completed.items.map((i) => i.preselect), [true, undefined]);
      assert.deepEqual(completed.items.map((i) => i.filterText), ['- 11:40 PM', '- 11:45 PM (now)']);
      assertSorted(completed.items);
    });

    it('offers no now in a report written after the fact: dated another day, or its last entry hours old', () => {
      assertInserts('---\ndate: 2024-04-12\n---\n## Timeline\n\n- 11:40 PM: Alert fires\n⟦- ‸⟧\n', ['- ${1:11:40 PM}: $2']);
      assertInserts('## Timeline\n\n- 8:40 PM: Alert fires\n⟦- ‸⟧\n', ['- ${1:8:40 PM}: $2']);
    });

    it('offers now in a report dated today, when now falls after the entry above', () => {
      const completed = complete('---\ndate: 2024-05-01\n---\n## Timeline\n\n- 10:00 AM: Alert fires\n⟦- ‸⟧\n');
      assert.deepEqual(labels(completed.items), ['10:00 AM', '11:45 PM (now)']);
      const between = complete('---\ndate: 2024-05-01\n---\n## Timeline\n\n- 10:00 AM: Alert fires\n⟦- ‸⟧\n- 10:30 AM: Paged\n');
      assert.deepEqual(labels(between.items), ['10:00 AM'], 'now is after the entry below');
    });

    it('writes `11:40pm` and the ` - ` separator when the timeline does, on an empty line', () => {
      assertInserts(dedent`
        ## Timeline

        - 9:05pm - Deploy starts
        - 11:40pm - Alert fires
        ⟦‸⟧
      `, ['- ${1:11:40pm} - $2', '- ${1:11:45pm} - $2']);
    });

    it('writes 24-hour times, `—` separators and the next number of an ordered list', () => {
      assertInserts(dedent`
        ## Timeline

        1. 09:32 — ORM library updated
        2. 09:40 — App cannot reach the database
        ⟦‸⟧
      `, ['3. ${1:09:40} — $2']);
    });

    it('keeps the marker the writer typed', () => {
      assertInserts('## Timeline\n\n- 10:00: Deploy\n⟦*‸⟧\n', ['* ${1:10:00}: $2']);
    });

    it('writes the time in bold, with its zone, when the entries do', () => {
      const completed = complete(dedent`
        ## Timeline

        - **23:30 UTC** - Deploy starts
        - **23:35 UTC** - Alert fires
        ⟦- ‸⟧
      `);
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['23:35 UTC', '23:45 UTC (now)']);
      assert.deepEqual(inserted(completed.items), ['- **${1:23:35} UTC** - $2', '- **${1:23:45} UTC** - $2']);
    });

    it('leaves out an emoji the entry above starts with: it belongs to that entry', () => {
      const completed = complete('## Timeline\n\n- 10:00: Deploy\n- 🔥 10:05: Alert fires\n⟦- ‸⟧\n');
      assertReplaces(completed);
      assert.deepEqual(inserted(completed.items), ['- ${1:10:05}: $2']);
      const skinToned = complete('## Timeline\n\n- 10:00: Deploy\n- 👍🏽 ⚠️ 10:05 - Alert fires\n⟦- ‸⟧\n');
      assert.deepEqual(inserted(skinToned.items), ['- ${1:10:05} - $2']);
    });

    it('writes bare lines without a marker when the timeline has no list', () => {
      assertInserts('## Timeline\n\n10:00 - Deploy\n10:05 - Alert\n\n⟦‸⟧\n', ['${1:10:05} - $2']);
    });

    it('between two entries, suggests the time of the entry above', () => {
      const completed = complete(dedent`
        ## Timeline

        - 11:32 PM: ORM library updated
        ⟦- ‸⟧
        - 11:50 PM: Rollback starts
      `);
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['11:32 PM']);
      assert.equal(completed.items[0].detail, 'Time of the entry above');
    });

    it('above the first entry, suggests the time of the entry below', () => {
      const completed = complete('## Timeline\n\n⟦‸⟧\n- 11:32 PM: ORM library updated\n');
      assertReplaces(completed);
      assert.deepEqual(inserted(completed.items), ['- ${1:11:32 PM}: $2', '- ${1:11:45 PM}: $2'].slice(0, 1));
      assert.equal(completed.items[0].detail, 'Time of the entry below');
    });

    it('in an empty timeline, starts at the summary\'s start, or leaves the time to type', () => {
      assertInserts('## Summary\n\nFrom 9:12 PM to 10:05 PM UTC, checkout failed.\n\n## Timeline\n\n⟦‸⟧\n\n## Root cause\n\nA bad push.\n', ['- ${1:9:12 PM}: $2']);
      const completed = complete('## Timeline\n\n⟦‸⟧\n\n## Root cause\n\nA bad push.\n');
      assertReplaces(completed);
      assert.deepEqual(inserted(completed.items), ['- ${1:h:mm AM/PM}: $2']);
      assert.equal(completed.items[0].detail, 'Type the time');
    });

    it('in an empty timeline of a report dated today, offers only now', () => {
      assertInserts('---\ndate: 2024-05-01\n---\n## Timeline\n\n⟦‸⟧\n\n## Root cause\n\nA bad push.\n', ['- ${1:11:45 PM}: $2']);
    });

    it('keeps a date written before the time, and writes today\'s date for now', () => {
      const completed = complete('## Timeline\n\n- May 1st, 11:32 PM: Deploy\n⟦- ‸⟧\n', { defaultTimeZone: 'WAT' });
      assertReplaces(completed);
      assert.deepEqual(inserted(completed.items), ['- May 1st, ${1:11:32 PM}: $2', '- May 2nd, ${1:12:45 AM}: $2']);
      const iso = complete('## Timeline\n\n- 2024-05-01 23:32 UTC: Deploy\n⟦- ‸⟧\n', { defaultTimeZone: 'IST' });
      assert.deepEqual(inserted(iso.items), ['- 2024-05-01 ${1:23:32} UTC: $2', '- 2024-05-01 ${1:23:45} UTC: $2']);
    });

    it('drops the `~` of an approximate time', () => {
      assertInserts('## Timeline\n\n- ~10:00: Deploy, roughly\n⟦‸⟧\n', ['- ${1:10:00}: $2']);
    });

    it('leaves the cursor on the time, so it does not ask for events straight away', () => {
      const { items } = complete('## Timeline\n\n- 23:40: Deploy\n- ‸\n');
      assert.equal(items.length, 2);
      assert.deepEqual(items.map((i) => i.command), [undefined, undefined]);
    });
  });

  describe('now', () => {
    it('is in the timeline\'s zone, here IST with its half hour, on the next day', () => {
      const completed = complete(dedent`
        ## Timeline (all times IST)

        - 04:32: ORM library updated
        ⟦‸⟧
      `);
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['04:32', '05:15 (now)']);
      assert.equal(completed.items[1].detail, 'Now: 2024-05-02 in IST (UTC+05:30), the timeline\'s zone, from the timeline heading');
      assert.equal(completed.items[1].documentation, 'A new timeline entry at the current time, 05:15 on 2024-05-02 in IST (UTC+05:30), the timeline\'s zone, from the timeline heading. Offered while the report is written live: it is dated today, or its last entry is at most 3 hours old.');
    });

    it('writes the entries\' zone, which their clock runs in, even when the front matter names another', () => {
      const completed = complete(dedent`
        ---
        timezone: WAT
        ---
        ## Timeline

        - 23:00 UTC: Deploy
        - ‸
      `);
      assert.deepEqual(inserted(completed.items), ['- ${1:23:00} UTC: $2', '- ${1:23:45} UTC: $2']);
      assert.equal(completed.items[1].detail, 'Now: 2024-05-01 in UTC (UTC+00:00), the timeline\'s zone, from the timeline');
    });

    it('names the incident\'s zone when the timeline states none', () => {
      const completed = complete('---\ntimezone: WAT\n---\n## Timeline\n\n- 00:30: Deploy\n- ‸\n');
      assert.deepEqual(labels(completed.items), ['00:30', '00:45 (now)']);
      assert.equal(completed.items[1].detail, 'Now: 2024-05-02 in WAT (UTC+01:00), the incident\'s zone, from the front matter');
    });

    it('takes an IANA zone\'s offset on the day of the request', () => {
      // The report is dated today in summer (UTC+2); its zone in winter would be UTC+1.
      const { items } = complete('---\ntimezone: Europe/Berlin\ndate: 2024-05-02\n---\n## Timeline\n\n- 01:00: Deploy\n- ‸\n');
      assert.deepEqual(labels(items), ['01:00', '01:45 (now)']);
      assert.equal(items[1].detail, 'Now: 2024-05-02 in Europe/Berlin (UTC+02:00), the incident\'s zone, from the front matter');
    });

    it('falls back on postmortem.defaultTimeZone, then on the writer\'s own zone, then on UTC', () => {
      const source = '## Timeline\n\n- 23:40: Deploy\n- ‸\n';
      assert.equal(complete(source, { defaultTimeZone: 'Africa/Lagos' }).items[1]?.detail, 'Now: 2024-05-02 in Africa/Lagos (UTC+01:00), from postmortem.defaultTimeZone');
      assert.equal(complete(source, { defaultTimeZone: 'Africa/Lagos', localTimeZone: 'Asia/Tokyo' }).items[1]?.detail, 'Now: 2024-05-02 in Africa/Lagos (UTC+01:00), from postmortem.defaultTimeZone');
      assert.equal(complete(source, { localTimeZone: 'Africa/Lagos' }).items[1]?.detail, 'Now: 2024-05-02 in Africa/Lagos (UTC+01:00), your computer\'s zone, as the report names none');
      assert.equal(complete('## Timeline (WAT)\n\n- 00:30: Deploy\n- ‸\n', { localTimeZone: 'Asia/Tokyo' }).items[1]?.label, '00:45 (now)', 'the report\'s zone wins');
      assert.equal(complete(source, { defaultTimeZone: 'WAT' }).items[1]?.label, '00:45 (now)');
      assert.equal(complete(source, { defaultTimeZone: 'Mars/Olympus' }).items[1]?.detail, 'Now: 2024-05-01 in UTC (UTC+00:00), postmortem.defaultTimeZone "Mars/Olympus" is not a zone');
      assert.equal(complete(source).items[1]?.detail, 'Now: 2024-05-01 in UTC (UTC+00:00), the report names no zone');
    });
  });

  describe('a table timeline', () => {
    const table = (row: string) => dedent`
      ## Timeline

      | Time (WAT) | Event | Owner |
      | ---------- | ----- | ----- |
      | 00:30 | Deploy starts | Ana |
      ${row}
    `;

    it('fills the time cell of an empty row and leaves the event cell as the tab stop, for every column of the header', () => {
      assertInserts(table('⟦| ‸⟧'), ['| ${1:00:30} | $2 |  |', '| ${1:00:45} | $2 |  |']);
    });

    it('starts a row on the empty line right under the table', () => {
      assertInserts(table('⟦‸⟧'), ['| ${1:00:30} | $2 |  |', '| ${1:00:45} | $2 |  |']);
    });

    it('offers no row on an empty line away from the table: it would have no header', () => {
      assert.deepEqual(complete(table('\n‸')).items, []);
    });

    it('copies the time cell up to its zone, without the row\'s own note', () => {
      assertInserts('## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| **10:00 UTC** (approx.) | Deploy |\n⟦| ‸⟧\n', ['| **${1:10:00} UTC** | $2 |']);
    });

    it('finds the time in a later column', () => {
      assertInserts('## Timeline\n\n| # | Time | Event |\n| - | ---- | ----- |\n| 1 | 10:00 UTC | Deploy |\n⟦|‸⟧\n', ['|  | ${1:10:00} UTC | $2 |']);
    });
  });

  describe('events', () => {
    const timeline = (line: string) => dedent`
      ## Timeline

      - 10:00 UTC: Alert fired for checkout errors
      - 10:02 UTC: On-call engineer paged
      - 10:20 UTC: Rolled back the 9:50 deploy
      ${line}
    `;

    it('suggests, after the separator, the events the timeline still lacks, in the usual order', () => {
      const completed = complete(timeline('- 10:25 UTC: ⟦‸⟧'));
      assertReplaces(completed);
      // A rollback is a mitigation: "Mitigation applied" is there already, "Fix deployed" is not.
      assert.deepEqual(labels(completed.items), ['Page acknowledged', 'Investigation started', 'Escalated', 'Fix deployed', 'Recovery observed', 'Incident resolved']);
      assert.deepEqual(inserted(completed.items).slice(0, 3), ['Page acknowledged by ${1:name}', 'Investigation started', 'Escalated to ${1:team}']);
      assertSorted(completed.items);
    });

    it('offers both ways an incident is detected while neither is in the timeline', () => {
      const { items } = complete('## Timeline\n\n- 10:00: Deploy starts\n- 10:05: ‸\n');
      assert.deepEqual(labels(items).slice(0, 3), ['Alert fired', 'Customer reported', 'On-call engineer paged']);
      assert.deepEqual(inserted(items).slice(0, 2), ['Alert fired for ${1:what}', 'Customer reported ${1:problem}']);
    });

    it('no longer offers a phrase once an entry says it', () => {
      const offered = labels(complete('## Timeline\n\n- 10:05: ‸\n').items);
      assert.equal(offered.length, 11);
      for (const item of complete('## Timeline\n\n- 10:05: ‸\n').items) {
        const phrase = item.filterText!;
        const after = labels(complete(`## Timeline\n\n- 10:00: ${phrase}\n- 10:05: ‸\n`).items);
        assert.ok(!after.includes(item.label), `"${phrase}" in the timeline, and "${item.label}" still offered`);
      }
    });

    it('reads entries as the incident metrics do: an alert that did not fire detected nothing', () => {
      assert.equal(labels(complete('## Timeline\n\n- 10:00: Alert did not fire\n- 10:05: ‸\n').items)[0], 'Alert fired');
      assert.deepEqual(labels(complete('## Timeline\n\n- 10:00: Datadog monitor flagged 5xx errors\n- 10:05: ‸\n').items).slice(0, 2), ['On-call engineer paged', 'Page acknowledged']);
    });

    it('narrows to the phrases that start with what is typed, replacing it', () => {
      const completed = complete(timeline('- 10:25 UTC: ⟦inv‸⟧'));
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['Investigation started']);
    });

    it('offers nothing once the event says something of its own, or is typed out', () => {
      assert.deepEqual(complete(timeline('- 10:25 UTC: Traffic moved to the other region ‸')).items, []);
      assert.deepEqual(complete(timeline('- 10:25 UTC: Investigation started‸')).items, []);
    });

    it('brings its own space right after `:`', () => {
      const { items } = complete(timeline('- 10:25 UTC:‸'));
      assert.equal(inserted(items)[0], ' Page acknowledged by ${1:name}');
    });

    it('reads ` — ` and ` - ` as separators too', () => {
      assert.equal(complete('## Timeline\n\n- 10:05 — ‸\n').items[0].label, 'Alert fired');
      assert.equal(complete('## Timeline\n\n- 10:05 PM - ‸\n').items[0].label, 'Alert fired');
    });

    it('offers nothing after the closing pipe of a finished row', () => {
      assert.deepEqual(complete('## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| 10:00 | Deploy starts |‸\n').items, []);
      assert.equal(complete('## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| 10:00 | Deploy starts |\n| 10:05 |‸\n').items[0].label, 'Alert fired');
    });

    it('suggests events in the cell after the time in a table', () => {
      const completed = complete('## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| 10:00 | Customer reported errors |\n| 10:05 | ⟦‸⟧ |\n');
      assertReplaces(completed);
      assert.equal(labels(completed.items)[0], 'On-call engineer paged');
    });

    it('does not count the entry being written', () => {
      const { items } = complete('## Timeline\n\n- 10:00: Deploy starts\n- 10:05: Alert‸\n');
      assert.deepEqual(labels(items), ['Alert fired']);
    });
  });

  describe('zones', () => {
    const timeline = (line: string) => dedent`
      ## Timeline (times in WAT unless noted)

      - 10:00 WAT: Deploy starts
      - 10:05 CET: Alert fires in the Berlin cluster
      - 10:10 WAT: Rollback
      ${line}
    `;

    it('after a time and a space: the document\'s zones, most used first, then UTC, then common ones, each with its offset', () => {
      const completed = complete(timeline('- 10:12 ⟦‸⟧'));
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items).slice(0, 5), ['WAT', 'CET', 'UTC', 'GMT', 'CAT']);
      assert.deepEqual(details(completed.items).slice(0, 5), ['UTC+01:00', 'UTC+01:00', 'UTC+00:00', 'UTC+00:00', 'UTC+02:00']);
      assert.equal(new Set(labels(completed.items)).size, completed.items.length);
      assertSorted(completed.items);
    });

    it('narrows to the zones that start with the letters typed, replacing them', () => {
      const completed = complete(timeline('- 10:12 ⟦E‸⟧'));
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['EAT', 'EET', 'EEST', 'EST', 'EDT']);
      assert.deepEqual(inserted(completed.items), ['EAT', 'EET', 'EEST', 'EST', 'EDT']);
    });

    it('offers nothing once a zone is typed out', () => {
      assert.deepEqual(complete(timeline('- 10:12 UTC‸')).items, []);
    });

    it('after a 12-hour time too', () => {
      assert.deepEqual(labels(complete('## Timeline\n\n- 11:40 PM: Deploy\n- 11:42 PM P‸\n').items), ['PST', 'PDT']);
    });

    it('not while the AM or PM of a 12-hour timeline is being typed', () => {
      assert.deepEqual(complete('## Timeline\n\n- 11:40 PM: Deploy\n- 11:42 P‸\n').items, []);
      assert.deepEqual(complete('## Timeline\n\n- 11:40 PM: Deploy\n- 11:42 ‸\n').items, []);
    });

    it('in the time cell of a table row', () => {
      const completed = complete('## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| 10:00 | Deploy |\n| 10:05 ⟦U‸⟧| |\n');
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['UTC']);
    });
  });

  describe('headings', () => {
    const report = (line: string) => dedent`
      # Checkout outage

      ## Summary

      Checkout failed for 45 minutes.

      **Timeline**

      - 10:00: Deploy

      ${line}
    `;

    it('after `#`, offers the missing sections in canonical order at the level the document uses', () => {
      const completed = complete(report('⟦#‸⟧'));
      assertReplaces(completed);
      assert.deepEqual(labels(completed.items), ['Impact', 'Root Cause', 'Trigger', 'Resolution', 'Detection', 'Action Items', 'Lessons Learned']);
      assert.deepEqual(inserted(completed.items).slice(0, 2), ['## Impact', '## Root Cause']);
      assert.deepEqual(completed.items.map((i) => i.insertTextFormat), completed.items.map(() => InsertTextFormat.PlainText));
      assertSorted(completed.items);
    });

    it('replaces the `#`s typed with the document\'s level, and narrows to the words typed', () => {
      const completed = complete(report('⟦### ro‸⟧'));
      assertReplaces(completed);
      assert.deepEqual(inserted(completed.items), ['## Root Cause']);
      assert.deepEqual(completed.items.map((i) => i.filterText), ['### Root Cause']);
    });

    it('uses the level of the document\'s sections, and counts every way of naming one', () => {
      assertInserts('# Outage\n\n### Summary and impact\n\nx\n\n### Root cause\n\nx\n\n⟦## ‸⟧\n', ['### Timeline', '### Trigger', '### Resolution', '### Detection', '### Action Items', '### Lessons Learned']);
    });

    it('takes the sections\' level from top-level sections only, as the heading-level rule and the missing-section fix do', () => {
      const text = '# Outage\n\n## Summary\n\nx\n\n### Impact on customers\n\nx\n\n### Impact on partners\n\nx\n\n### Impact on staff\n\nx\n\n## Timeline\n\n- 10:00: Deploy\n\n⟦## ‸⟧\n';
      assertInserts(text, ['## Root Cause', '## Trigger', '## Resolution', '## Detection', '## Action Items', '## Lessons Learned']);
    });

    it('does not count the heading being written as present, and offers nothing once it is written out', () => {
      assert.deepEqual(labels(complete(report('## Imp‸')).items), ['Impact']);
      assert.deepEqual(labels(complete(report('## Impact‸')).items), []);
      assert.deepEqual(labels(complete(report('## impact ‸')).items), []);
    });

    it('offers nothing for a `#` in a code block or the front matter', () => {
      assert.deepEqual(complete('## Summary\n\nRestart it:\n\n```sh\n#‸\n```\n').items, []);
      assert.deepEqual(complete('---\n#‸\ntimezone: UTC\n---\n# Outage\n').items, []);
    });

    it('offers nothing once every section is there', () => {
      const all = ['Summary', 'Impact', 'Timeline', 'Root cause', 'Trigger', 'Resolution', 'Detection', 'Action items', 'Lessons learned'].map((t) => `## ${t}\n\nx\n`).join('\n');
      assert.deepEqual(complete(`${all}\n## ‸\n`).items, []);
    });
  });

  describe('line ends and characters', () => {
    it('handles CRLF documents: the range stops before the CR', () => {
      const entry = complete('## Timeline\r\n\r\n- 11:32 PM: Deploy\r\n⟦- ‸⟧\r\n- 11:50 PM: Rollback\r\n');
      assertReplaces(entry);
      assert.deepEqual(inserted(entry.items), ['- ${1:11:32 PM}: $2']);
      const table = complete('## Timeline\r\n\r\n| Time | Event |\r\n| --- | --- |\r\n| 10:00 | Deploy |\r\n⟦‸⟧\r\n');
      assertReplaces(table);
      assert.deepEqual(inserted(table.items), ['| ${1:10:00} | $2 |']);
      const event = complete('## Timeline\r\n\r\n- 10:00: Deploy\r\n- 10:05: ⟦Al‸⟧\r\n');
      assertReplaces(event);
      assert.deepEqual(labels(event.items), ['Alert fired']);
      const heading = complete('## Summary\r\n\r\nx\r\n\r\n⟦#‸⟧\r\n');
      assertReplaces(heading);
    });

    it('counts UTF-16 code units after an emoji, and skips a byte order mark', () => {
      const emoji = complete('## Timeline\n\n- 10:00: 🚨 Deploy 🚀 starts\n- 10:05: ⟦Al‸⟧\n');
      assertReplaces(emoji);
      const bom = complete('\uFEFF⟦#‸⟧\n\n## Summary\n\nx\n');
      assertReplaces(bom);
      assert.equal(labels(bom.items)[0], 'Impact');
    });
  });

  describe('nothing outside the timeline and headings', () => {
    const report = (summary: string, timelineLine: string, rootCause: string) => dedent`
      # Outage

      ## Summary

      ${summary}

      ## Timeline

      All times are UTC.

      - 10:00: Deploy
      ${timelineLine}

      ## Root cause

      ${rootCause}

      ## Action items

      - [ ] Add a check @dana
    `;

    it('offers nothing in prose, in other sections, or on a line that is not an entry', () => {
      const cases = [
        report('Checkout failed from 10:00 ‸', '', ''),
        report('Checkout failed ‸', '', ''),
        report('', '', '‸'),
        report('', '', '- ‸'),
        report('', '', 'At 10:00: ‸'),
        report('', 'Traffic was ‸', ''),
        report('', '- Deploy ‸', ''),
        report('', '- 10:05: Rollback begins, ‸then nothing', ''),
        '## Timeline\n\n- 10:00: Deploy\n\n## Action items\n\n‸\n',
      ];
      for (const source of cases) assert.deepEqual(labels(complete(source).items), [], source);
    });

    it('offers nothing in a document too large to analyse', () => {
      const text = `## Timeline\n\n- 10:00: x\n${'a'.repeat(600_000)}\n`;
      const document = TextDocument.create('file:///big.md', 'markdown', 1, text);
      const model = analyze(text);
      assert.ok(model.tooLarge);
      assert.deepEqual(completions(document, model, { line: 2, character: 2 }, { now: NOW, defaultTimeZone: null }), []);
    });
  });
});
