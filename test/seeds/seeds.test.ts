// The real reports the product was designed from, checked through the CLI's JSON output.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/model';
import { fixAll, lint } from '../../server/src/rules';
import { DIST, sharedFolder } from '../support/paths';

interface Report {
  file: string;
  timeline: Array<{ time: string | null; text: string }>;
  diagnostics: Array<{ rule: string; message: string }>;
}

const EXPECTED_TIMES: Record<string, string[]> = {
  '000': ['23:32', '23:36', '23:36', '23:38', '00:13', '00:32', '00:33', '00:54', '00:57', '01:02', '01:48'],
  '001': ['17:14', '17:35', '17:35', '17:50', '18:00', '18:20', '18:24', '18:42'],
  '002': ['16:30', '17:24', '17:46', '17:58', '18:04', '18:16', '18:35', '18:49', '18:55', '19:10'],
  '003': ['09:45', '10:00', '10:00', '10:10', '10:15', '10:20', '10:20', '10:22'],
  '004': ['08:30', '09:00', '09:15', '09:17', '10:15', '11:10', '11:12', '11:17'],
};

describe('the seed reports', function () {
  const shared = sharedFolder();
  let reports: Map<string, Report>;

  before(function () {
    if (!shared) {
      console.log('    (skipped: ../shared/seeds is not beside the repository; these tests read the real reports there)');
      this.skip();
    }
    const seeds = readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--format', 'json', ...seeds.map((f) => join(shared, 'seeds', f))], { encoding: 'utf8' });
    assert.equal(result.stderr, '');
    reports = new Map((JSON.parse(result.stdout) as Report[]).map((r) => [r.file.split('/').pop()!.slice(0, 3), r]));
  });

  const rules = (seed: string) => reports.get(seed)!.diagnostics.map((d) => d.rule);

  it('003: the stated 37 minutes contradicts the timeline, and there is no Resolution section', () => {
    assert.ok(rules('003').includes('duration-mismatch'));
    assert.ok(reports.get('003')!.diagnostics.some((d) => d.rule === 'missing-section' && /no Resolution section/.test(d.message)));
  });

  it('004: the summary end contradicts the timeline, and `Weâ€™ve` is mojibake', () => {
    assert.ok(rules('004').includes('window-mismatch'));
    assert.ok(rules('004').includes('mojibake'));
  });

  it('001: bold lines act as headings', () => {
    assert.ok(rules('001').includes('pseudo-heading'));
  });

  it('002: the timeline is bare lines, and PT contradicts UTC +1', () => {
    assert.ok(rules('002').includes('timeline-not-list'));
    assert.ok(rules('002').includes('timezone-inconsistent'));
  });

  it('000: a timeline that crosses midnight is in order', () => {
    assert.ok(!rules('000').includes('timeline-order'));
  });

  for (const [seed, times] of Object.entries(EXPECTED_TIMES)) {
    it(`${seed}: every timeline entry has the right time`, () => {
      assert.deepEqual(reports.get(seed)!.timeline.map((e) => e.time), times);
    });
  }
});

describe('Fix all on the real reports (seeds and corpus)', function () {
  const shared = sharedFolder();
  const files = shared
    ? [
        ...readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'seeds', f)),
        ...readdirSync(join(shared, 'corpus')).filter((f) => f.endsWith('.md')).map((f) => join(shared, 'corpus', f)),
      ].sort()
    : [];

  before(function () {
    if (!shared) this.skip();
  });

  it('never makes a rule report more, and a second run changes nothing', () => {
    const countByRule = (text: string) => lint(analyze(text)).reduce((counts, d) => counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1), new Map<string, number>());
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { text: fixed } = fixAll(text);
      const before = countByRule(text);
      for (const [rule, count] of countByRule(fixed)) assert.ok(count <= (before.get(rule) ?? 0), `${file}: ${rule} ${before.get(rule) ?? 0} → ${count}`);
      assert.equal(fixAll(fixed).text, fixed, `${file}: a second Fix all still changed the text`);
    }
  });
});
