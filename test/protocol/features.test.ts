import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint, SelectionRange, TextEdit } from 'vscode-languageserver/node';
import { TestClient } from '../support/lspClient';

const FOLDER = 'file:///workspace';
const REPORT = `${FOLDER}/postmortems/cache-stampede.md`;
const NOTES = `${FOLDER}/notes/groceries.md`;

// Line numbers matter below: 0 title, 2 Summary, 4 summary text, 6 Timeline, 8–11 entries.
const DOCUMENT = `# Cache stampede

## Summary

From 9:10 PM to 9:55 PM WAT, 30% of product pages failed to load after the cache was flushed. The root cause was a flush without warm-up.

## Timeline (WAT)

- 9:10 PM: Cache flushed by the nightly job
- 9:14PM: Alert fired for page errors
- 9:30 PM: Rolled back the flush job and warmed the cache
- 9:55 PM: Error rate back to normal

## Root Cause

The nightly job flushed the whole cache at once.

## Resolution

The cache was warmed from the previous snapshot.

## Action Items

- [ ] Warm the cache before a flush — owner @ada — due 2026-04-01
`;

const position = (line: number, character: number) => ({ line, character });

describe('language server over stdio: editing features', function () {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize(FOLDER);
    await client.open(REPORT, DOCUMENT, 1);
    await client.diagnostics(REPORT, (p) => p.version === 1);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  const request = <T>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<T>;
  const textDocument = { uri: REPORT };

  it('outlines the title, the sections and each timeline entry', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Cache stampede');
    const sections = symbols[0].children!;
    assert.deepEqual(sections.map((s) => s.name), ['Summary', 'Timeline (WAT)', 'Root Cause', 'Resolution', 'Action Items']);
    const timeline = sections[1];
    assert.deepEqual(timeline.children!.map((e) => e.name).slice(0, 2), ['9:10 PM Cache flushed by the nightly job', '9:14PM Alert fired for page errors']);
    assert.deepEqual(timeline.children![0].selectionRange, { start: position(8, 2), end: position(8, 9) });
  });

  it('folds sections and the timeline, and expands a selection from a time to its entry', async () => {
    const folds = await request<FoldingRange[]>('textDocument/foldingRange', { textDocument });
    assert.ok(folds.some((f) => f.startLine === 6 && f.endLine === 11), JSON.stringify(folds));
    const [selection] = await request<SelectionRange[]>('textDocument/selectionRange', { textDocument, positions: [position(10, 4)] });
    const chain: SelectionRange['range'][] = [];
    for (let at: SelectionRange | undefined = selection; at; at = at.parent) chain.push(at.range);
    const time = chain.findIndex((r) => r.start.line === 10 && r.start.character === 2 && r.end.line === 10 && r.end.character === 9);
    assert.ok(time >= 0, `no step selects the time: ${JSON.stringify(chain)}`);
    assert.deepEqual(chain[time + 1].start, position(10, 2));
    assert.equal(chain[time + 1].end.line, 10);
    assert.ok(chain[time + 1].end.character > 9);
  });

  it('completes the next entry in the timeline in the document’s style', async () => {
    const lastEntryEnd = position(11, DOCUMENT.split('\n')[11].length);
    await client.change(REPORT, 2, [{ range: { start: lastEntryEnd, end: lastEntryEnd }, text: '\n- ' }]);
    const items = await request<CompletionItem[]>('textDocument/completion', { textDocument, position: position(12, 2) });
    const next = items[0];
    assert.ok(next, 'no completion item');
    // The entry above's time comes first at any hour; "now" follows it only while the report reads as live.
    assert.equal((next.textEdit as TextEdit).newText, '- ${1:9:55 PM}: $2');
    assert.deepEqual((next.textEdit as TextEdit).range, { start: position(12, 0), end: position(12, 2) });
  });

  it('hovers a time with its UTC equivalent and the time since the start', async () => {
    const result = await request<Hover>('textDocument/hover', { textDocument, position: position(10, 4) });
    const text = (result.contents as { value: string }).value;
    assert.match(text, /8:30 PM UTC|20:30 UTC/);
    assert.match(text, /T\+20m/);
  });

  it('shows elapsed-time inlay hints only when postmortem.inlayHints.elapsed is on', async () => {
    const range = { start: position(0, 0), end: position(30, 0) };
    assert.deepEqual(await request<InlayHint[]>('textDocument/inlayHint', { textDocument, range }), []);
    await client.changeSettings({ inlayHints: { elapsed: true } });
    const hints = await request<InlayHint[]>('textDocument/inlayHint', { textDocument, range });
    assert.deepEqual(hints.map((h) => [h.position.line, h.label]), [[8, 'T+0m'], [9, 'T+4m'], [10, 'T+20m'], [11, 'T+45m']]);
  });

  it('puts the incident figures in a code lens above the timeline', async () => {
    const [lens, ...others] = await request<CodeLens[]>('textDocument/codeLens', { textDocument });
    assert.equal(others.length, 0);
    assert.equal(lens.range.start.line, 6);
    assert.equal(lens.command!.command, 'postmortem.showPreview');
    assert.match(lens.command!.title, /45m/);
    assert.match(lens.command!.title, /4 entries/);
  });

  it('offers the timestamp-format quick fix, whose edit removes the diagnostic', async () => {
    const diagnostics = await client.diagnostics(REPORT, (p) => p.version === 1);
    const diagnostic = diagnostics.find((d) => d.code === 'timestamp-format')!;
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
    assert.equal(fix.title, 'Write 9:14 PM');
    const fixed = TextDocument.applyEdits(TextDocument.create(REPORT, 'markdown', 1, DOCUMENT), fix.edit!.changes![REPORT]);
    assert.equal(fixed, DOCUMENT.replace('9:14PM', '9:14 PM'));
    await client.change(REPORT, 2, [{ text: fixed }]);
    assert.deepEqual(await client.diagnostics(REPORT, (p) => p.version === 2), []);
  });

  it('fixes everything fixable as the source action source.fixAll.postmortem', async () => {
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument, range: { start: position(0, 0), end: position(0, 0) }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.postmortem']);
    const edits = actions[0].edit!.changes![REPORT];
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0], { range: { start: position(9, 6), end: position(9, 6) }, newText: ' ' });
  });

  it('offers the timeline refactorings where the cursor is', async () => {
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument, range: { start: position(8, 3), end: position(8, 3) }, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Convert timeline to a table', 'refactor.rewrite'], ['Normalize timeline times', 'refactor.rewrite']]);
    const normalized = TextDocument.applyEdits(TextDocument.create(REPORT, 'markdown', 1, DOCUMENT), actions[1].edit!.changes![REPORT]);
    assert.equal(normalized, DOCUMENT.replace('9:14PM', '9:14 PM'));
  });

  it('leaves ordinary Markdown alone', async () => {
    await client.open(NOTES, '# Groceries\n\n- 9:14PM: milk\n', 1);
    await client.diagnostics(NOTES, (p) => p.version === 1);
    const notes = { uri: NOTES };
    assert.deepEqual(await request('textDocument/documentSymbol', { textDocument: notes }), []);
    assert.equal(await request('textDocument/hover', { textDocument: notes, position: position(2, 3) }), null);
    assert.deepEqual(await request('textDocument/completion', { textDocument: notes, position: position(2, 0) }), []);
    assert.deepEqual(await request('textDocument/codeAction', { textDocument: notes, range: { start: position(2, 2), end: position(2, 8) }, context: { diagnostics: [] } }), []);
  });
});
