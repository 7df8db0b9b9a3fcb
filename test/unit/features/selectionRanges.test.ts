import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, Range, SelectionRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/model';
import { selectionRanges } from '../../../server/src/features/selectionRanges';
import { REPO } from '../../support/paths';
import { dedent, marked } from '../helpers';

function documentOf(text: string): TextDocument {
  return TextDocument.create('file:///postmortem.md', 'markdown', 1, text);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** LSP: the innermost range holds the position, and each parent strictly contains its child. */
function assertWellFormed(selection: SelectionRange, position: Position): void {
  assert.ok(before(selection.range.start, position) && before(position, selection.range.end), `the innermost range does not hold ${JSON.stringify(position)}`);
  for (let child = selection; child.parent; child = child.parent) {
    const { parent } = child;
    assert.ok(before(parent.range.start, child.range.start) && before(child.range.end, parent.range.end) && !same(parent.range, child.range), `${JSON.stringify(parent.range)} does not strictly contain ${JSON.stringify(child.range)}`);
  }
}

/** The ranges expand selection goes through from the `‸`, innermost first, as the text each selects. */
function expansions(source: string): string[] {
  const doc = marked(source);
  const document = documentOf(doc.text);
  const position = document.positionAt(doc.cursor!);
  const [selection] = selectionRanges(document, analyze(doc.text), [position]);
  assertWellFormed(selection, position);
  const texts: string[] = [];
  for (let s: SelectionRange | undefined = selection; s; s = s.parent) texts.push(document.getText(s.range));
  return texts;
}

const REPORT = dedent`
  # Outage

  ## Summary

  From 10:00 to 10:45 UTC checkout failed.
  Every region was hit.

  More detail.

  ## Timeline

  - 10:00: Deploy starts
  - 10:05: Alert fires
    and pages the on-call
  - 10:45: Recovered

  ## Root cause

  A bad flag.
`;

function at(cursorBefore: string, text = REPORT): string {
  assert.equal(text.split(cursorBefore).length, 2, `\`${cursorBefore}\` is not unique in the report`);
  return text.replace(cursorBefore, `‸${cursorBefore}`);
}

describe('feature: selection ranges', () => {
  it('expands a timeline time to the entry line, the entry, the timeline, the section and the document', () => {
    assert.deepEqual(expansions(at('5: Alert')), [
      '05',
      '10:05',
      '10:05: Alert fires',
      '- 10:05: Alert fires',
      '- 10:05: Alert fires\n  and pages the on-call',
      '- 10:00: Deploy starts\n- 10:05: Alert fires\n  and pages the on-call\n- 10:45: Recovered',
      '## Timeline\n\n- 10:00: Deploy starts\n- 10:05: Alert fires\n  and pages the on-call\n- 10:45: Recovered\n',
      REPORT.slice(REPORT.indexOf('## Summary')),
      REPORT,
    ]);
  });

  it('expands event text through the event, then the entry', () => {
    assert.deepEqual(expansions(at('Recovered')).slice(0, 4), ['Recovered', '10:45: Recovered', '- 10:45: Recovered', '- 10:00: Deploy starts\n- 10:05: Alert fires\n  and pages the on-call\n- 10:45: Recovered']);
  });

  it('expands prose by word, line, paragraph, section body, section and document', () => {
    assert.deepEqual(expansions(at('region')), [
      'region',
      'Every region was hit.',
      'From 10:00 to 10:45 UTC checkout failed.\nEvery region was hit.',
      'From 10:00 to 10:45 UTC checkout failed.\nEvery region was hit.\n\nMore detail.',
      '## Summary\n\nFrom 10:00 to 10:45 UTC checkout failed.\nEvery region was hit.\n\nMore detail.\n',
      REPORT.slice(REPORT.indexOf('## Summary')),
      REPORT,
    ]);
  });

  it('expands a time in prose to the time, then with its zone', () => {
    assert.deepEqual(expansions(at('45 UTC')).slice(0, 4), ['45', '10:45', '10:45 UTC', 'From 10:00 to 10:45 UTC checkout failed.']);
  });

  it('expands a heading to its words, its line, then its section', () => {
    assert.deepEqual(expansions(at('cause')), ['cause', 'Root cause', '## Root cause', '## Root cause\n\nA bad flag.', REPORT.slice(REPORT.indexOf('## Summary')), REPORT]);
  });

  it('expands a setext heading to both its lines, and a bold one to its line', () => {
    assert.deepEqual(expansions('Sum‸mary\n=======\n\nText.\n'), ['Summary', 'Summary\n=======', 'Summary\n=======\n\nText.', 'Summary\n=======\n\nText.\n']);
    assert.deepEqual(expansions('**Sum‸mary**\n\nText.\n\n**Impact**\n\nMore.\n'), ['Summary', '**Summary**', '**Summary**\n\nText.\n', '**Summary**\n\nText.\n\n**Impact**\n\nMore.\n']);
  });

  it('expands a table row to the table, the timeline section and the document', () => {
    const text = '## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| 10:‸05 | Alert |\n\nLater notes.\n';
    assert.deepEqual(expansions(text), [
      '05',
      '10:05',
      '| 10:05 | Alert |',
      '| Time | Event |\n| ---- | ----- |\n| 10:05 | Alert |',
      '| Time | Event |\n| ---- | ----- |\n| 10:05 | Alert |\n\nLater notes.',
      '## Timeline\n\n| Time | Event |\n| ---- | ----- |\n| 10:05 | Alert |\n\nLater notes.',
      text.replace('‸', ''),
    ]);
  });

  it('expands a front matter value to its line, then the front matter', () => {
    assert.deepEqual(expansions('---\ntimezone: Europe/Ber‸lin\n---\n# Outage\n'), ['Berlin', 'Europe/Berlin', 'timezone: Europe/Berlin', '---\ntimezone: Europe/Berlin\n---', '---\ntimezone: Europe/Berlin\n---\n# Outage\n']);
  });

  it('answers each position in order', () => {
    const text = '## Summary\n\nText here.\n';
    const document = documentOf(text);
    const positions = [document.positionAt(text.indexOf('here')), document.positionAt(1)];
    const selections = selectionRanges(document, analyze(text), positions);
    assert.deepEqual(selections.map((s) => document.getText(s.range)), ['here', '## Summary']);
  });

  it('counts positions in UTF-16 code units after an emoji, in a CRLF document with a BOM', () => {
    const text = '\uFEFF## Timeline\r\n\r\n| Sev | Time | Event |\r\n| --- | ---- | ----- |\r\n| 🔥 | 10:05 | Pager 🚨 fires |\r\n';
    const document = documentOf(text);
    const position = { line: 4, character: 10 };
    const [selection] = selectionRanges(document, analyze(text), [position]);
    assertWellFormed(selection, position);
    assert.deepEqual(selection.range, { start: { line: 4, character: 10 }, end: { line: 4, character: 12 } });
    assert.deepEqual(selection.parent?.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 12 } });
    assert.equal(document.getText(selection.parent!.range), '10:05');
  });

  it('gives the document as a whole when there are no headings, and an empty range in an empty document', () => {
    assert.deepEqual(expansions('We restarted ‸the server.\n\nIt worked.\n'), ['the', 'We restarted the server.', 'We restarted the server.\n\nIt worked.\n']);
    const document = documentOf('');
    assert.deepEqual(selectionRanges(document, analyze(''), [{ line: 0, character: 0 }]), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
  });

  it('is well formed at every position of every example report', () => {
    const folder = join(REPO, 'examples');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const document = documentOf(text);
      const positions = Array.from({ length: text.length + 1 }, (_, offset) => document.positionAt(offset));
      const selections = selectionRanges(document, analyze(text), positions);
      assert.equal(selections.length, positions.length);
      selections.forEach((selection, i) => assertWellFormed(selection, positions[i]));
    }
  });
});
