// Performance bench for the analysis engine (analyze + lint), the work the language
// server repeats after every keystroke (debounced). Run with `npm run bench`, or
// `node bench/run.mjs [--quick]`. Exits 1 when a median exceeds its budget.
//
// Budgets are medians of analyze + lint per document, by document size, chosen from what
// this bench measured on the development machine (shared 2-core AMD EPYC VM, Node 20,
// noisy: the same file varies up to 2x between runs) with about 2-3x headroom, so a slower
// laptop or a busy CI runner passes while a real regression (a quadratic loop, a second
// parse, a scan before the size check) fails. Nearly all the time is remark's parse
// (≈ 1.5-3.5 ms per KB); the model and rules add 10-30% and lint alone is under 1%.
//
// - Up to 10 KB (every real postmortem we have; most are 1-5 KB): measured 1.5-10 ms on a
//   quiet machine, up to 25 ms when it was loaded. Diagnostics should follow typing
//   within a frame or two after the debounce, and below ~50 ms nobody notices a lag:
//   budget 40 ms (3-4x the quiet worst case, 1.6x the loaded one).
// - 50 KB (a long report, a big timeline or pasted logs): measured 140-195 ms. On such a
//   rare file a pause of well under half a second before diagnostics refresh is
//   tolerable, but the server is blocked meanwhile: budget 400 ms.
// - 400 KB (just under MAX_ANALYSED_LENGTH, the largest file still analysed): measured
//   1.4-1.8 s. That already blocks the server (hover, completion) for over a second per
//   re-check; the budget only guards against it getting worse: 4000 ms.
// - Rejecting 10 MB (a log file or dump opened as Markdown): must return tooLarge before
//   touching the text; measured ≈ 0.01 ms. Any single pass over 10 MB costs more (a line
//   split ≈ 4 ms, one regex scan ≈ 8 ms here), so the budget is 2 ms.
//
// p95 is printed to show jank (GC pauses, a busy machine) but is not enforced: on shared
// runners it mostly measures the neighbours.
//
// The bench bundles its own entry (bench/engine.ts: the pure model and rule layers) with
// esbuild's API, so it depends neither on dist/ nor on the CLI or server builds.

/** Size classes, smallest first: a document is held to the first class it fits in. */
const BUDGETS = [
  { name: '≤ 10 KB report', maxBytes: 10 * 1024, medianMs: 40 },
  { name: '≤ 50 KB report', maxBytes: 50 * 1024, medianMs: 400 },
  { name: '≤ 400 KB report', maxBytes: 400 * 1024, medianMs: 4000 },
];
const REJECT_BUDGET = { name: 'reject 10 MB', medianMs: 2 };

import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

// ---------------------------------------------------------------------------------------
// Bundle and load the engine.

const outDir = join(repo, 'node_modules', '.cache', 'bench');
const outfile = join(outDir, 'engine.cjs');
mkdirSync(outDir, { recursive: true });
await esbuild.build({
  absWorkingDir: repo,
  entryPoints: [join(repo, 'bench', 'engine.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // CommonJS, like the dist/ bundles: some dependencies (yaml) are CommonJS and call
  // require('process'), which an ESM bundle cannot do.
  format: 'cjs',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
});
const { analyze, lint, MAX_ANALYSED_LENGTH } = createRequire(import.meta.url)(outfile);

// ---------------------------------------------------------------------------------------
// Measuring.

function run(text) {
  const model = analyze(text);
  return { model, diagnostics: lint(model) };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/**
 * Times analyze + lint on `text`: a warm-up (so the JIT has compiled the hot paths, as in
 * a server that has been running for a while), then samples until both a minimum count
 * and a minimum total time are reached. Slow documents stop at a time cap, with at least
 * a handful of samples, so the whole bench stays under a minute or so.
 */
function measure(text) {
  const warmup = quick ? { min: 1, max: 3, ms: 50 } : { min: 2, max: 20, ms: 300 };
  const sampling = quick ? { min: 7, hardMin: 3, max: 50, ms: 200, capMs: 2000 } : { min: 30, hardMin: 5, max: 400, ms: 1000, capMs: 8000 };
  let start = performance.now();
  for (let i = 0; i < warmup.max && (i < warmup.min || performance.now() - start < warmup.ms); i++) run(text);
  const samples = [];
  start = performance.now();
  for (;;) {
    const elapsed = performance.now() - start;
    const enough = samples.length >= sampling.min && elapsed >= sampling.ms;
    const capped = samples.length >= sampling.hardMin && elapsed >= sampling.capMs;
    if (enough || capped || samples.length >= sampling.max) break;
    const t0 = performance.now();
    run(text);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}

// ---------------------------------------------------------------------------------------
// Synthetic reports: our own text, generated deterministically so every run measures the
// same input. They look like a long incident (multi-day timeline with midnight rollovers,
// prose sections, a table, action items), the worst a real report gets.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SUBJECTS = ['The on-call engineer', 'The storage team', 'The database lead', 'Support', 'The incident commander', 'The network team', 'An automated check', 'The release manager'];
const VERBS = ['notices', 'confirms', 'rules out', 'escalates', 'rolls back', 'restarts', 'drains', 'reroutes', 'reviews', 'reports'];
const OBJECTS = ['elevated latency on the ingest queue', 'a spike in 502 responses from the edge', 'replica lag on the orders cluster', 'the disk pressure alert on cache nodes', 'the failed canary in the west region', 'customer reports of missing invoices', 'the connection storm after the restart', 'the stale feature flag on the billing path'];
const DETAILS = ['', ' See the attached graph.', ' Error rate at 14%.', ' No customer impact yet.', ' Paged the secondary.', ' Status page updated.', ' Dashboard: `ingest-p99`.', ' Ticket [OPS-4411](https://example.invalid/OPS-4411).'];
const SENTENCES = [
  'The queue consumers slowed down once the partition count doubled, because each consumer held a lock per partition.',
  'Nobody had measured how long a full resync takes with the current data volume, so the first estimate was off by hours.',
  'The retry policy multiplied the load: every failed write was retried five times with no jitter.',
  'Dashboards showed the symptom clearly, but the alert thresholds were tuned for the old traffic pattern.',
  'Rolling back the schema change was not possible once the backfill had started, so the team rolled forward instead.',
  'Half of the affected customers were on the annual plan, which routes through a separate billing service.',
  'A runbook existed for this failure, but it referred to hosts that were decommissioned last quarter.',
  'The cache warm-up after the restart took longer than expected because the key space had grown fourfold.',
];

function pick(next, list) {
  return list[Math.floor(next() * list.length)];
}

function syntheticReport(targetBytes, seed) {
  const next = rng(seed);
  const head = [
    '---',
    'title: Order pipeline degradation',
    'date: 2024-02-06',
    'severity: SEV-1',
    'status: draft',
    'timezone: UTC',
    '---',
    '',
    '# Order pipeline degradation',
    '',
    '## Summary',
    '',
    'From 08:00 to 11:30 UTC, 35% of orders placed at Brindle Market were delayed by more than ten minutes. The degradation was caused by a partition change on the ingest queue that left consumers contending for locks.',
    '',
    '## Impact',
    '',
    '- 35% of orders were delayed; 2% were dropped and replayed later.',
    '- Merchants saw late confirmation emails for the whole window.',
    '',
    '## Timeline (all times UTC)',
    '',
    '',
  ].join('\n');
  const tail = [
    '',
    '## Root Cause',
    '',
    ...Array.from({ length: 6 }, () => `${pick(next, SENTENCES)} ${pick(next, SENTENCES)}\n`),
    '## Resolution',
    '',
    'Consumers were restarted with one lock per consumer group, and the backlog drained within forty minutes.',
    '',
    '## Action Items',
    '',
    ...Array.from({ length: 8 }, (_, i) => `- [ ] ${pick(next, OBJECTS)}: add a check — owner @owner${i} — due 2024-03-${String(10 + i).padStart(2, '0')}`),
    '',
    '## Lessons Learned',
    '',
    '- Load tests must use the production partition count.',
    '',
  ].join('\n');

  const parts = [head];
  const bytes = (s) => Buffer.byteLength(s, 'utf8');
  let size = bytes(head) + bytes(tail);
  let minutes = 7 * 60 + 40;
  let entry = 0;
  for (;;) {
    let chunk;
    if (entry > 0 && entry % 120 === 0) {
      // A note, a log excerpt and a small table between stretches of entries, as long
      // reports have.
      chunk = [
        '',
        `Notes after entry ${entry}: ${pick(next, SENTENCES)} ${pick(next, SENTENCES)}`,
        '',
        '```',
        ...Array.from({ length: 4 }, (_, i) => `2024-02-06T${String(Math.floor((minutes / 60) % 24)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:${String(i * 7).padStart(2, '0')}Z ERROR ingest worker=${i} lag=${Math.floor(next() * 9000)}ms`),
        '```',
        '',
        '| Metric | Before | After |',
        '|--------|--------|-------|',
        `| p99 latency | ${Math.floor(next() * 900)} ms | ${Math.floor(next() * 900)} ms |`,
        `| error rate | ${Math.floor(next() * 20)}% | ${Math.floor(next() * 20)}% |`,
        '',
      ].join('\n');
    } else {
      minutes += 1 + Math.floor(next() * 6);
      const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
      const mm = String(minutes % 60).padStart(2, '0');
      chunk = `- ${hh}:${mm}: ${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)}.${pick(next, DETAILS)}`;
      if (next() < 0.15) chunk += `\n  - ${pick(next, SENTENCES)}`;
      chunk += '\n';
    }
    if (size + bytes(chunk) > targetBytes) break;
    entry++;
    parts.push(chunk);
    size += bytes(chunk);
  }
  parts.push(tail);
  return parts.join('');
}

// ---------------------------------------------------------------------------------------
// Inputs.

/** The shared seeds and corpus: POSTMORTEM_BENCH_SHARED (empty to skip), /work/shared, or ../shared. */
function findShared() {
  const override = process.env.POSTMORTEM_BENCH_SHARED;
  const candidates = override !== undefined ? [override].filter(Boolean) : ['/work/shared', resolve(repo, '..', 'shared')];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
  }
  return null;
}

const inputs = [];
const shared = findShared();
if (shared) {
  for (const [folder, pattern] of [['seeds', /\.txt$/], ['corpus', /\.md$/]]) {
    const dir = join(shared, folder);
    if (!existsSync(dir)) {
      console.log(`Skipping ${dir}: not found.`);
      continue;
    }
    for (const name of readdirSync(dir).filter((n) => pattern.test(n)).sort()) {
      inputs.push({ label: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
} else {
  console.log('Skipping seeds and corpus: no shared folder (POSTMORTEM_BENCH_SHARED, /work/shared or ../shared next to the repository).');
}
const examplesDir = join(repo, 'examples');
if (existsSync(examplesDir)) {
  for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.md')).sort()) {
    inputs.push({ label: `examples/${name}`, text: readFileSync(join(examplesDir, name), 'utf8') });
  }
}
inputs.push({ label: 'synthetic 50 KB report', text: syntheticReport(50 * 1024, 50) });
inputs.push({ label: 'synthetic 400 KB report', text: syntheticReport(400 * 1024, 400) });

// ---------------------------------------------------------------------------------------
// Run.

const kb = (text) => Buffer.byteLength(text, 'utf8') / 1024;

// Warm the engine on every small input first, so the first file measured does not pay
// for compiling the parser (a running server has long done that).
{
  const small = inputs.filter((input) => input.text.length <= 64 * 1024);
  const start = performance.now();
  for (let round = 0; round < 50 && (round < 2 || performance.now() - start < (quick ? 300 : 1000)); round++) {
    for (const input of small) {
      try {
        run(input.text);
      } catch {
        // Reported when the input is measured.
      }
    }
  }
}

const rows = [];
const failures = [];

for (const input of inputs) {
  const size = kb(input.text);
  const budget = BUDGETS.find((b) => size * 1024 <= b.maxBytes) ?? BUDGETS[BUDGETS.length - 1];
  let result;
  try {
    const { model } = run(input.text);
    if (model.tooLarge) {
      console.log(`Warning: ${input.label} (${size.toFixed(1)} KB) is over MAX_ANALYSED_LENGTH (${MAX_ANALYSED_LENGTH}) and was not analysed; its time measures rejection only.`);
    }
    result = measure(input.text);
  } catch (error) {
    failures.push(`${input.label}: analyze + lint threw: ${error instanceof Error ? error.stack : String(error)}`);
    rows.push({ label: input.label, size, median: NaN, p95: NaN, budget, status: 'THREW' });
    continue;
  }
  const over = result.median > budget.medianMs;
  if (over) failures.push(`${input.label} (${budget.name}): median ${result.median.toFixed(2)} ms > ${budget.medianMs} ms`);
  rows.push({ label: input.label, size, ...result, budget, status: over ? 'OVER' : 'ok' });
}

// A 10 MB text must be turned away before parsing.
{
  const unit = syntheticReport(64 * 1024, 10);
  const huge = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length)).slice(0, 10 * 1024 * 1024);
  const { model, diagnostics } = run(huge);
  if (!model.tooLarge) failures.push(`reject 10 MB: the model was not marked tooLarge (MAX_ANALYSED_LENGTH is ${MAX_ANALYSED_LENGTH}).`);
  if (!diagnostics.some((d) => d.rule === 'file-too-large')) failures.push('reject 10 MB: no file-too-large diagnostic.');
  const result = measure(huge);
  const over = result.median > REJECT_BUDGET.medianMs;
  if (over) failures.push(`reject 10 MB: median ${result.median.toFixed(3)} ms > ${REJECT_BUDGET.medianMs} ms`);
  rows.push({ label: 'synthetic 10 MB text (reject)', size: kb(huge), ...result, budget: REJECT_BUDGET, status: over ? 'OVER' : 'ok' });
}

// ---------------------------------------------------------------------------------------
// Report.

const ms = (v) => (Number.isNaN(v) ? '-' : v < 0.1 ? v.toFixed(4) : v.toFixed(2));
const header = ['file', 'size KB', 'median ms', 'p95 ms', 'budget ms', 'runs', ''];
const table = rows.map((r) => [
  r.label,
  r.size.toFixed(1),
  ms(r.median),
  ms(r.p95),
  `≤ ${r.budget.medianMs}`,
  String(r.samples ?? 0),
  r.status,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
console.log('');
console.log(`analyze + lint, Node ${process.version}${quick ? ' (quick mode: fewer samples)' : ''}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('');

if (failures.length) {
  console.log(`Budget exceeded (${failures.length}):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exitCode = 1;
} else {
  console.log(`All ${rows.length} measurements within budget.`);
}
console.log(`(bundle: ${relative(repo, outfile)})`);
