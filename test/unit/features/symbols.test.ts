import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/model';
import type { TextRange } from '../../../server/src/model';
import { documentSymbols, SYMBOL_KINDS } from '../../../server/src/features/symbols';
import { REPO } from '../../support/paths';
import { CLEAN_REPORT, dedent, marked } from '../helpers';

function documentOf(text: string): TextDocument {
  return TextDocument.create('file:///postmortem.md', 'markdown', 1, text);
}

/** The symbols of `text`, after checking what LSP requires of them. */
function symbolsOf(text: string): DocumentSymbol[] {
  const symbols = documentSymbols(documentOf(text), analyze(text));
  assertWellFormed(symbols);
  return symbols;
}

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

/** The outline as the Outline view shows it: one line per symbol, `name [Kind] (detail)`, children indented. */
function outline(text: string): string[] {
  const lines = (symbols: DocumentSymbol[], indent: string): string[] =>
    symbols.flatMap((s) => [`${indent}${s.name} [${KIND_NAMES.get(s.kind)}]${s.detail ? ` (${s.detail})` : ''}`, ...lines(s.children ?? [], `${indent}  `)]);
  return lines(symbolsOf(text), '');
}

/** Every symbol in document order, depth first. */
function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function offsets(text: string, range: Range): TextRange {
  const document = documentOf(text);
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** LSP: `range` contains `selectionRange`, children lie inside their parent; and siblings come in order without overlapping. */
function assertWellFormed(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  symbols.forEach((symbol, i) => {
    assert.ok(symbol.name.trim(), 'a symbol without a name');
    assert.ok(inside(symbol.selectionRange, symbol.range), `${symbol.name}: selectionRange outside range`);
    if (parent) assert.ok(inside(symbol.range, parent.range), `${symbol.name}: outside its parent ${parent.name}`);
    if (i > 0) assert.ok(before(symbols[i - 1].range.end, symbol.range.start) && JSON.stringify(symbols[i - 1].range.end) !== JSON.stringify(symbol.range.start), `${symbol.name}: overlaps ${symbols[i - 1].name}`);
    assertWellFormed(symbol.children ?? [], symbol);
  });
}

describe('feature: document symbols', () => {
  it('puts the sections under the title, timeline entries and action items under their sections', () => {
    assert.deepEqual(outline(CLEAN_REPORT), [
      'Checkout outage [File]',
      '  Summary [Namespace]',
      '  Timeline (all times UTC) [Array] (Timeline)',
      '    23:35 Configuration push begins [Event]',
      '    23:40 Checkout error rate alert fires [Event]',
      '    23:52 On-call engineer starts the rollback [Event]',
      '    00:25 Error rate back to normal [Event] (day 2)',
      '  Root cause [Key]',
      '  Resolution [Method]',
      '  Action items [Enum]',
      '    Validate timeouts before a push @dana due 2024-05-01 [EnumMember]',
      '    Alert on configuration errors @lee [EnumMember] (done)',
    ]);
  });

  it('gives every section kind its own symbol kind, and says the kinds a heading counts as', () => {
    const kinds: SymbolKind[] = Object.values(SYMBOL_KINDS.sections);
    assert.equal(new Set(kinds).size, kinds.length);
    for (const kind of [SYMBOL_KINDS.title, SYMBOL_KINDS.heading, SYMBOL_KINDS.timelineEntry, SYMBOL_KINDS.actionItem]) assert.ok(!kinds.includes(kind));
    assert.deepEqual(
      outline(dedent`
        ## Issue summary
        ## Impact
        ## How we detected it
        ## Trigger
        ## Root cause and resolution
        ## Lessons learned
        ## Appendix
      `),
      [
        'Issue summary [Namespace] (Summary)',
        'Impact [Number]',
        'How we detected it [Property] (Detection)',
        'Trigger [Operator]',
        'Root cause and resolution [Key] (Root Cause, Resolution)',
        'Lessons learned [Constant]',
        'Appendix [String]',
      ],
    );
  });

  it('puts sections at the top level when there is no title', () => {
    assert.deepEqual(outline('## Summary\n\nText.\n\n## Timeline\n\n- 10:00 deploy\n'), ['Summary [Namespace]', 'Timeline [Array]', '  10:00 deploy [Event]']);
    // A first heading that names a section is no title, even at level 1.
    assert.deepEqual(outline('# Summary\n\nText.\n\n## Root cause\n\nText.\n'), ['Summary [Namespace]', '  Root cause [Key]']);
  });

  it('keeps the sections under a title written at their own level', () => {
    assert.deepEqual(outline('# Checkout outage\n\n# Summary\n\nText.\n\n# Resolution\n\nText.\n'), ['Checkout outage [File]', '  Summary [Namespace]', '  Resolution [Method]']);
  });

  it('nests headings by level, sections or not', () => {
    assert.deepEqual(
      outline(dedent`
        # Search outage
        ## Summary
        ### Impact
        #### Paying customers
        ### Background
        ## Root cause
        ### Details
        ## Appendix
        ### Graphs
      `),
      [
        'Search outage [File]',
        '  Summary [Namespace]',
        '    Impact [Number]',
        '      Paying customers [String]',
        '    Background [String]',
        '  Root cause [Key]',
        '    Details [String]',
        '  Appendix [String]',
        '    Graphs [String]',
      ],
    );
  });

  it('shows bold and plain lines that act as headings, nested under the real heading above them', () => {
    assert.deepEqual(
      outline(dedent`
        # Login errors

        **Summary**

        Logins failed.

        Timeline:
        10:00 - deploy
        10:05 - alert

        ## Root cause

        A bad certificate.

        Impact:
        All logins.
      `),
      [
        'Login errors [File]',
        '  Summary [Namespace]',
        '  Timeline [Array]',
        '    10:00 deploy [Event]',
        '    10:05 alert [Event]',
        '  Root cause [Key]',
        '    Impact [Number]',
      ],
    );
  });

  it('reads setext headings by their level', () => {
    assert.deepEqual(
      outline(dedent`
        Queue stall
        ===========

        Timeline
        --------

        - 10:00 queue stops

        Root cause
        ----------

        A full disk.
      `),
      ['Queue stall [File]', '  Timeline [Array]', '    10:00 queue stops [Event]', '  Root cause [Key]'],
    );
    assert.deepEqual(outline('What went\nwrong\n---------\n\nEverything.\n'), ['What went wrong [Constant] (Lessons Learned)']);
  });

  it('leaves out headings without words', () => {
    assert.deepEqual(outline('# Outage\n\n##\n\n## Summary\n\nText.\n'), ['Outage [File]', '  Summary [Namespace]']);
  });

  describe('ranges', () => {
    it('spans a heading to the end of the line before the next heading at its level, and selects its words', () => {
      const doc = marked(dedent`
        # Outage

        ⟦## ⟦Summary⟧

        Text.

        ### Impact

        More text.
        ⟧
        ## Root cause
      `);
      const summary = symbolsOf(doc.text)[0].children![0];
      assert.equal(summary.name, 'Summary');
      assert.deepEqual(offsets(doc.text, summary.range), doc.ranges[0]);
      assert.deepEqual(offsets(doc.text, summary.selectionRange), doc.ranges[1]);
    });

    it('ends a section on the line before the next heading, also when that heading is indented', () => {
      const doc = marked('⟦## Summary\n\nText.⟧\n   ## Root cause\n');
      assert.deepEqual(offsets(doc.text, symbolsOf(doc.text)[0].range), doc.ranges[0]);
    });

    it('spans the title to the end of the document, its last line break left out', () => {
      const doc = marked('---\ntimezone: UTC\n---\n⟦# ⟦Outage⟧\n\n## Summary\n\nText.⟧\n');
      const [title] = symbolsOf(doc.text);
      assert.deepEqual(offsets(doc.text, title.range), doc.ranges[0]);
      assert.deepEqual(offsets(doc.text, title.selectionRange), doc.ranges[1]);
    });

    it('spans a timeline entry with its continuation lines and selects its time', () => {
      const doc = marked(dedent`
        ## Timeline

        ⟦- ⟦10:00⟧: deploy starts
          and takes a while⟧
        ⟦- **⟦10:05 PM⟧** - alert fires⟧
      `);
      const entries = symbolsOf(doc.text)[0].children!;
      assert.deepEqual(
        entries.map((e) => [offsets(doc.text, e.range), offsets(doc.text, e.selectionRange)]),
        [
          [doc.ranges[0], doc.ranges[1]],
          [doc.ranges[2], doc.ranges[3]],
        ],
      );
    });

    it('selects the event of an entry without a time, and the first line of an action item', () => {
      const doc = marked(dedent`
        ## Timeline

        - 10:00 deploy
        - ⟦Someone noticed⟧

        ## Action items

        ⟦- [ ] Add an alert @dana⟧
          on the error rate
      `);
      const [timeline, actions] = symbolsOf(doc.text);
      assert.deepEqual(offsets(doc.text, timeline.children![1].selectionRange), doc.ranges[0]);
      assert.deepEqual(offsets(doc.text, actions.children![0].selectionRange), doc.ranges[1]);
      const crlf = marked('## Action items\r\n\r\n⟦- [ ] Add an alert @dana⟧\r\n  on the error rate\r\n');
      const [crlfActions] = symbolsOf(crlf.text);
      assert.deepEqual(offsets(crlf.text, crlfActions.children![0].selectionRange), crlf.ranges[0]);
    });

    it('counts positions in UTF-16 code units, after an emoji, in a CRLF document with a BOM', () => {
      const doc = marked(
        '\uFEFF# 🔥 Outage\r\n\r\n## Timeline\r\n\r\n| Sev | Time | Event |\r\n| --- | ---- | ----- |\r\n⟦| 🔥 | ⟦10:05⟧ | Pager 🚨 fires |⟧\r\n',
      );
      const symbols = symbolsOf(doc.text);
      assert.deepEqual(outline(doc.text), ['🔥 Outage [File]', '  Timeline [Array]', '    10:05 Pager 🚨 fires [Event]']);
      const [entry] = symbols[0].children![0].children!;
      assert.deepEqual(entry.selectionRange, { start: { line: 6, character: 7 }, end: { line: 6, character: 12 } });
      assert.deepEqual(offsets(doc.text, entry.range), doc.ranges[0]);
      assert.deepEqual(offsets(doc.text, entry.selectionRange), doc.ranges[1]);
      // The title starts after the BOM and ends before the last CRLF.
      assert.deepEqual(symbols[0].range, { start: { line: 0, character: 1 }, end: { line: 6, character: 31 } });
    });
  });

  describe('timeline entries', () => {
    it('are named by the time as written, then the event', () => {
      assert.deepEqual(outline('## Timeline\n\n- 0930 - push begins\n- [10:08] paged\n- 10:09 UTC: rolled back\n- 5;14 PM: recovered\n'), [
        'Timeline [Array]',
        '  0930 push begins [Event]',
        '  10:08 paged [Event]',
        '  10:09 rolled back [Event]',
        '  5;14 PM recovered [Event]',
      ]);
    });

    it('are named by their text without a time, and by the time as written when it is not a valid one', () => {
      assert.deepEqual(outline('## Timeline\n\n- Someone noticed\n- 25:10 - alert\n- 10:30\n'), ['Timeline [Array]', '  Someone noticed [Event]', '  25:10 alert [Event]', '  10:30 [Event]']);
    });

    it('read as plain text, cut between words when long', () => {
      const long = 'The on-call engineer restarts every worker in the eu-west pool and watches the queue drain for twenty minutes';
      assert.deepEqual(outline(`## Timeline\n\n- 10:00: **Deploy** of [v2.3](https://example.com/v2.3) with \`flag\` on\n- 10:05: ${long}\n`), [
        'Timeline [Array]',
        '  10:00 Deploy of v2.3 with flag on [Event]',
        '  10:05 The on-call engineer restarts every worker in the eu-west… [Event]',
      ]);
    });

    it('say their date as written, or the day a midnight rollover puts them on', () => {
      assert.deepEqual(outline('## Timeline\n\n- Jan 17, 11:32 PM: update\n- Jan 18, 00:13 AM: logs read\n'), ['Timeline [Array]', '  11:32 PM update [Event] (Jan 17)', '  00:13 AM logs read [Event] (Jan 18)']);
      assert.deepEqual(outline('## Timeline\n\n- 23:50: update\n- 00:10: alert\n'), ['Timeline [Array]', '  23:50 update [Event]', '  00:10 alert [Event] (day 2)']);
    });

    it('read table rows and bare lines', () => {
      assert.deepEqual(
        outline(dedent`
          ## Timeline

          | Time | Event | Who |
          | ---- | ----- | --- |
          | 9:45 AM | Upgrade begins | Ops |
          |  | Someone noticed |  |

          ## Detection

          Nobody noticed until:

          10:00 - the first ticket
          which was about logins
          10:05 - the second
        `),
        ['Timeline [Array]', '  9:45 AM Upgrade begins | Ops [Event]', '  Someone noticed [Event]', 'Detection [Property]'],
      );
      assert.deepEqual(outline('Timeline:\n\n10:00 - the first ticket\nwhich was about logins\n10:05 - the second\n'), ['Timeline [Array]', '  10:00 the first ticket [Event]', '  10:05 the second [Event]']);
    });

    it('stand under the sub-heading they are written under', () => {
      assert.deepEqual(outline('## Timeline\n\n### Day 1\n\n- 23:00 deploy\n\n### Day 2\n\n- 01:00 alert\n- 02:00 fixed\n'), [
        'Timeline [Array]',
        '  Day 1 [String]',
        '    23:00 deploy [Event]',
        '  Day 2 [String]',
        '    01:00 alert [Event] (day 2)',
        '    02:00 fixed [Event] (day 2)',
      ]);
    });
  });

  it('lists action items from lists and tables', () => {
    assert.deepEqual(outline('## Action items\n\n| Item | Owner |\n| ---- | ----- |\n| Add an alert | @dana |\n\n## Follow-ups\n\n- [x] Rotate the key\n- Write the runbook\n'), [
      'Action items [Enum]',
      '  Add an alert | @dana [EnumMember]',
      'Follow-ups [Enum] (Action Items)',
      '  Rotate the key [EnumMember] (done)',
      '  Write the runbook [EnumMember]',
    ]);
  });

  it('is empty for an empty document, blank lines, and a document without headings', () => {
    assert.deepEqual(symbolsOf(''), []);
    assert.deepEqual(symbolsOf('\n\n  \n'), []);
    assert.deepEqual(symbolsOf('We restarted the server at 10:00.\n\n- 10:05 it worked\n'), []);
  });

  it('is well formed on every example report', () => {
    const folder = join(REPO, 'examples');
    const files = readdirSync(folder).filter((f) => f.endsWith('.md'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8');
      const symbols = symbolsOf(text);
      assert.ok(symbols.length > 0, file);
      const model = analyze(text);
      const events = flatten(symbols).filter((s) => s.kind === SYMBOL_KINDS.timelineEntry);
      assert.equal(events.length, model.timeline.entries.length, `${file}: every timeline entry is a symbol`);
    }
  });
});
