import { strict as assert } from 'node:assert';
import { TestClient } from '../support/lspClient';

const FOLDER = 'file:///workspace';
const REPORT = `${FOLDER}/reports/db-postmortem.md`;

const DOCUMENT = `# Database failover

## Summary

From 10:00 to 10:30 UTC, 20% of writes failed because a replica fell behind.

## Timeline (UTC)

- 10:00: Replication lag alert
- 10:30: Failover complete

## Root Cause

A long transaction.

## Resolution

Failover to the healthy replica.

## Action Items

- [ ] Alert on long transactions — owner @kim
`;

describe('language server over stdio: diagnostics', function () {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize(FOLDER);
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('publishes no diagnostics for a clean report, then the diagnostics of each version as it is edited', async () => {
    await client.open(REPORT, DOCUMENT, 1);
    assert.deepEqual(await client.diagnostics(REPORT, (p) => p.version === 1), []);

    // Line 9 is `- 10:30: Failover complete`; typing makes it earlier than the entry above.
    await client.change(REPORT, 2, [{ range: { start: { line: 9, character: 2 }, end: { line: 9, character: 7 } }, text: '09:30' }]);
    const second = await client.diagnostics(REPORT, (p) => p.version === 2);
    assert.deepEqual(
      second.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['window-mismatch', 2, 4, 14, 23], ['timeline-order', 2, 9, 2, 7]],
    );
    const order = second[1];
    assert.equal(order.source, 'postmortem');
    assert.match(order.codeDescription!.href, /^file:\/\/.*\/README\.md#timeline-order$/);
    assert.match(String(order.message), /Move the entry to its place in time/);

    await client.change(REPORT, 3, [{ range: { start: { line: 9, character: 2 }, end: { line: 9, character: 7 } }, text: '10:30' }]);
    assert.deepEqual(await client.diagnostics(REPORT, (p) => p.version === 3), []);
  });

  it('checks only the last of quickly typed versions', async () => {
    await client.open(REPORT, DOCUMENT, 1);
    await client.diagnostics(REPORT, (p) => p.version === 1);
    for (let version = 2; version <= 6; version++) {
      await client.change(REPORT, version, [{ text: `${DOCUMENT}\nnote ${version}\n` }]);
    }
    await client.diagnostics(REPORT, (p) => p.version === 6);
    const versions = client.publishedFor(REPORT).map((p) => p.version);
    assert.deepEqual(versions, [1, 6]);
  });

  it('leaves ordinary Markdown alone', async () => {
    const readme = `${FOLDER}/README.md`;
    await client.open(readme, '# My project\n\n## Install\n\n- 10:15: not a timeline\n- 10:00: really\n');
    assert.deepEqual(await client.diagnostics(readme), []);
  });

  it('detects a postmortem by its headings or its front matter, whatever the file name', async () => {
    const detected = `${FOLDER}/notes/march.md`;
    await client.open(detected, '# March\n\n## Timeline\n\n- 10:15: b\n- 10:00: a\n\n## Root cause\n\nx\n');
    assert.ok((await client.diagnostics(detected)).some((d) => d.code === 'timeline-order'));

    const declared = `${FOLDER}/notes/april.md`;
    await client.open(declared, '---\ntype: postmortem\n---\n# April\n\nNothing yet.\n');
    assert.ok((await client.diagnostics(declared)).some((d) => d.code === 'missing-section'));
  });

  it('applies a settings change without a restart', async () => {
    const broken = `${FOLDER}/outage-incident.md`;
    await client.open(broken, '# Outage\n\n## Timeline (UTC)\n\n- 10:15: b\n- 10:00: a\n');
    const before = await client.diagnostics(broken);
    assert.ok(before.some((d) => d.code === 'timeline-order'));
    assert.ok(before.some((d) => d.code === 'missing-section' && d.severity === 1));

    const count = client.publishedFor(broken).length;
    await client.changeSettings({ rules: { 'timeline-order': 'off', 'missing-section': 'information' } });
    const after = await client.diagnostics(broken, () => client.publishedFor(broken).length > count);
    assert.ok(!after.some((d) => d.code === 'timeline-order'));
    assert.ok(after.filter((d) => d.code === 'missing-section').every((d) => d.severity === 3));
  });

  it('positions diagnostics in UTF-16 code units after emoji and CRLF', async () => {
    const uri = `${FOLDER}/emoji-postmortem.md`;
    const text = '# 🔥 Fire\r\n\r\n## Timeline 🕒 (UTC)\r\n\r\n- 10:15: 🚒 trucks\r\n- 10:00: 🔔 alarm\r\n';
    await client.open(uri, text);
    const order = (await client.diagnostics(uri)).find((d) => d.code === 'timeline-order')!;
    assert.deepEqual(order.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 7 } });
  });
});

describe('language server over Node IPC', () => {
  it('serves the same diagnostics as over stdio', async () => {
    const client = new TestClient('ipc');
    await client.initialize(FOLDER);
    const uri = `${FOLDER}/ipc-incident.md`;
    await client.open(uri, '# Outage\n\n## Timeline (UTC)\n\n- 10:15: b\n- 10:00: a\n');
    assert.ok((await client.diagnostics(uri)).some((d) => d.code === 'timeline-order'));
    await client.shutdown();
  });
});
