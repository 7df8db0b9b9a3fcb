import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerCapabilities, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import type { InsertedEntryResult } from '../../server/src/lsp/protocol';
import { TestClient } from '../support/lspClient';

const FOLDER = 'file:///workspace';
const REPORT = `${FOLDER}/postmortems/cache-stampede.md`;

// Dated in the past, so the report is never read as written live, whatever the hour the tests run.
const DOCUMENT = `---
date: 2026-03-10
---
# Cache stampede

## Summary

From 21:10 to 21:55 UTC, 30% of product pages failed to load after the cache was flushed. The root cause was a flush without warm-up.

## Timeline (UTC)

- 21:10: Cache flushed by the nightly job
- 21:30: Rolled back the flush job
- 21:14: Alert fired for page errors
- 21:55: Error rate back to normal

## Root Cause

The nightly job flushed the whole cache at once.

## Resolution

The cache was warmed from the previous snapshot.

## Action Items

- [ ] Warm the cache before a flush — owner @ada — due 2026-04-01
`;

describe('language server over stdio: commands (workspace/executeCommand)', function () {
  let client: TestClient;
  let capabilities: ServerCapabilities;

  beforeEach(async () => {
    client = new TestClient();
    ({ capabilities } = await client.initialize(FOLDER));
    await client.open(REPORT, DOCUMENT, 1);
    await client.diagnostics(REPORT, (p) => p.version === 1);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  const execute = (command: string, ...args: unknown[]) => client.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  const appliedText = () => {
    const edit = client.appliedEdits.at(-1)!.edit;
    const edits = (edit.changes?.[REPORT] ?? []) as TextEdit[];
    return TextDocument.applyEdits(TextDocument.create(REPORT, 'markdown', 1, DOCUMENT), edits);
  };

  it('lists its commands under ids of their own, apart from the client’s palette commands', () => {
    assert.deepEqual(capabilities.executeCommandProvider!.commands, [
      'postmortem.server.insertTimelineEntry',
      'postmortem.server.sortTimeline',
      'postmortem.server.normalizeTimestamps',
      'postmortem.server.fixAll',
      'postmortem.server.copySummary',
    ]);
  });

  it('inserts a timeline entry after the entry under the cursor, at its time, and selects the time to type over', async () => {
    const result = (await execute('postmortem.server.insertTimelineEntry', REPORT, { line: 13, character: 5 })) as InsertedEntryResult;
    const lines = appliedText().split('\n');
    assert.equal(lines[13], '- 21:14: Alert fired for page errors');
    assert.equal(lines[14], '- 21:14: ');
    assert.deepEqual(result, { selection: { start: { line: 14, character: 2 }, end: { line: 14, character: 7 } }, snippet: false });
  });

  it('sorts the timeline', async () => {
    assert.deepEqual(await execute('postmortem.server.sortTimeline', REPORT), { changed: true });
    assert.equal(appliedText(), DOCUMENT.replace('- 21:30: Rolled back the flush job\n- 21:14: Alert fired for page errors', '- 21:14: Alert fired for page errors\n- 21:30: Rolled back the flush job'));
  });

  it('says when there is nothing to normalize', async () => {
    assert.deepEqual(await execute('postmortem.server.normalizeTimestamps', REPORT), { changed: false });
    assert.equal(client.appliedEdits.length, 0);
  });

  it('fixes all in one edit', async () => {
    assert.deepEqual(await execute('postmortem.server.fixAll', REPORT), { changed: true });
    assert.ok(appliedText().indexOf('21:14') < appliedText().indexOf('21:30'));
  });

  it('gives a plain-text summary to copy', async () => {
    const { text } = (await execute('postmortem.server.copySummary', REPORT)) as { text: string };
    assert.match(text, /^Incident: Cache stampede$/m);
    assert.match(text, /^Duration: 45 minutes$/m);
    assert.match(text, /^Action items: 1 \(1 open\)$/m);
  });

  it('answers null for a document that is not an open postmortem', async () => {
    assert.equal(await execute('postmortem.server.copySummary', `${FOLDER}/notes/unknown.md`), null);
  });
});

describe('language server over stdio: Insert Timeline Entry in a client that takes snippet edits', () => {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize(FOLDER, { documentChanges: true, snippetEditSupport: true });
    await client.open(REPORT, DOCUMENT, 7);
    await client.diagnostics(REPORT, (p) => p.version === 7);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('sends the entry as a versioned snippet edit: the time is the first tab stop, the event the second', async () => {
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'postmortem.server.insertTimelineEntry', arguments: [REPORT, { line: 13, character: 5 }] });
    assert.deepEqual(result, { selection: { start: { line: 14, character: 2 }, end: { line: 14, character: 7 } }, snippet: true });
    const [change] = client.appliedEdits.at(-1)!.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: REPORT, version: 7 });
    assert.deepEqual(change.edits, [{
      range: { start: { line: 13, character: 0 }, end: { line: 13, character: 36 } },
      snippet: { kind: 'snippet', value: '- 21:14: Alert fired for page errors\n- ${1:21:14}: $2' },
    }]);
  });
});
