import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../support/paths';

const CLEAN = `# Queue backlog

## Summary

From 10:00 to 10:20 UTC, 30% of orders were delayed. The root cause was a full disk on the queue host.

## Timeline (all times UTC)

- 10:00: Disk alert fires
- 10:20: Disk cleaned, queue drained

## Root Cause

Logs filled the disk.

## Resolution

Old logs were deleted.

## Action Items

- [ ] Rotate logs daily — owner @sam — due 2024-06-01
`;

const BROKEN = `# Login errors

## Timeline (UTC)

- 10:15: Rollback
- 10:00: Alert
`;

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('postmortem-lint', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
    writeFileSync(join(folder, 'clean-postmortem.md'), CLEAN);
    mkdirSync(join(folder, 'reports'));
    writeFileSync(join(folder, 'reports', 'broken-incident.md'), BROKEN);
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('exits 0 and prints only the summary line for a clean report', () => {
    const { code, stdout, stderr } = run(['clean-postmortem.md'], folder);
    assert.equal(stderr, '');
    assert.equal(stdout, '1 file checked, 0 with problems: 0 errors, 0 warnings, 0 information, 0 hints.\n');
    assert.equal(code, 0);
  });

  it('prints file:line:col severity rule message and exits 1 when an error is found', () => {
    const { code, stdout } = run(['reports/broken-incident.md'], folder);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.includes('reports/broken-incident.md:1:1 error missing-section The report has no Summary section. Add a `## Summary` heading with when it started and ended (with time zone), the impact, and the root cause in brief.'), stdout);
    assert.ok(lines.some((l) => l.startsWith('reports/broken-incident.md:6:3 warning timeline-order 10:00 ')), stdout);
    assert.match(lines[lines.length - 1], /^1 file checked, 1 with problems: 4 errors, 1 warning, 0 information, 0 hints\.$/);
    assert.equal(code, 1);
  });

  it('expands globs and writes the JSON contract', () => {
    const { code, stdout } = run(['--format', 'json', '**/*.md'], folder);
    assert.equal(code, 1);
    const reports = JSON.parse(stdout);
    assert.deepEqual(reports.map((r: { file: string }) => r.file), ['clean-postmortem.md', 'reports/broken-incident.md']);
    const clean = reports[0];
    assert.deepEqual(clean.sections.map((s: { kind: string; title: string; line: number }) => [s.kind, s.title, s.line]), [
      ['summary', 'Summary', 3],
      ['timeline', 'Timeline (all times UTC)', 7],
      ['root_cause', 'Root Cause', 12],
      ['resolution', 'Resolution', 16],
      ['action_items', 'Action Items', 20],
    ]);
    assert.deepEqual(clean.timeline.map((e: { line: number; time: string; text: string }) => [e.line, e.time, e.text]), [
      [9, '10:00', 'Disk alert fires'],
      [10, '10:20', 'Disk cleaned, queue drained'],
    ]);
    assert.equal(clean.timezone, 'UTC+00:00');
    assert.deepEqual(clean.window, { start: '10:00', end: '10:20' });
    assert.equal(clean.statedDurationMinutes, null);
    assert.deepEqual(clean.diagnostics, []);
    const order = reports[1].diagnostics.find((d: { rule: string }) => d.rule === 'timeline-order');
    assert.deepEqual({ ...order, message: undefined }, { rule: 'timeline-order', severity: 'warning', line: 6, column: 3, endLine: 6, endColumn: 8, message: undefined });
  });

  it('gives as `timezone` the zone the timeline\'s times are in, over a zone named in the summary', () => {
    const own = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
    writeFileSync(join(own, 'gulf.md'), '# Chain halt\n\n**Date of incident:** 14:32 UTC\n\n## Timeline\n\n13:50 GST: testnet halted\n18:32 GST: mainnet halted\n');
    const [report] = JSON.parse(run(['--format', 'json', 'gulf.md'], own).stdout);
    rmSync(own, { recursive: true });
    assert.equal(report.timezone, 'UTC+04:00');
  });

  it('stops quietly when the reader of its output goes away (`| head`)', () => {
    // Far more output than a pipe holds, so writing goes on after `head` has left.
    const files = Array.from({ length: 2000 }, () => 'reports/broken-incident.md').join(' ');
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(join(DIST, 'cli.js'))} ${files} | head -c 1`], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.stderr, '');
  });

  it('exits 2 for an unreadable file but still checks the others', () => {
    const { code, stdout, stderr } = run(['missing.md', 'clean-postmortem.md'], folder);
    assert.match(stderr, /missing\.md: no such file, and no file matches it as a glob\./);
    assert.match(stdout, /^1 file checked/m);
    assert.equal(code, 2);
  });

  it('exits 2 with the usage on bad usage', () => {
    for (const args of [[], ['--format', 'xml', 'a.md'], ['--frobnicate', 'a.md']]) {
      const { code, stderr } = run(args, folder);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: postmortem-lint/);
    }
  });

  it('applies a config file and rejects an unreadable or wrong one', () => {
    writeFileSync(join(folder, 'config.json'), JSON.stringify({ rules: { 'timeline-order': 'off', 'missing-section': 'warning' } }));
    const configured = run(['--config', 'config.json', 'reports/broken-incident.md'], folder);
    assert.doesNotMatch(configured.stdout, /timeline-order/);
    assert.match(configured.stdout, /warning missing-section/);
    assert.equal(configured.code, 0);

    writeFileSync(join(folder, 'bad.json'), '{ "rules": ');
    const unreadable = run(['--config', 'bad.json', 'clean-postmortem.md'], folder);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /Cannot read config bad\.json/);

    writeFileSync(join(folder, 'wrong.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const wrong = run(['--config', 'wrong.json', 'clean-postmortem.md'], folder);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /Unknown rule `no-such-rule`/);
  });
});
