// How well the engine reads real reports, measured the way the product is judged: the shared
// hand labels (../shared/corpus/labels.jsonl) scored by ../shared/tools/eval-labels.mjs (sections,
// timeline entries, entry times, stated window, zone, stated duration) and
// ../shared/tools/false-findings.mjs (findings the labels prove false), both run unchanged against
// the built CLI. `npm run eval` builds first; `node bench/eval.mjs [LABELS.jsonl DOCS_DIR]...`
// scores further labelled folders too. Without ../shared it says so and exits 0: the corpus is
// not part of the repository.

import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const cli = `node ${join(root, 'dist', 'cli.js')}`;

if (!existsSync(join(shared, 'tools', 'eval-labels.mjs'))) {
  console.log(`eval: skipped: ${shared} (the shared corpus and its scoring tools, kept beside the repository) is not here.`);
  process.exit(0);
}
const sets = [];
if (existsSync(join(shared, 'corpus', 'labels.jsonl'))) sets.push({ labels: join(shared, 'corpus', 'labels.jsonl'), docs: join(shared, 'corpus') });
else console.log(`eval: ${shared}/corpus is not here, so the shared corpus is not scored (it lives beside the repository, not in it).`);
const extra = process.argv.slice(2);
for (let i = 0; i + 1 < extra.length; i += 2) sets.push({ labels: resolve(extra[i]), docs: resolve(extra[i + 1]) });
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('eval: dist/cli.js is missing; run npm run build (npm run eval does).');
  process.exit(2);
}

const verbose = process.env.POSTMORTEM_EVAL_VERBOSE === '1';
for (const { labels, docs } of sets) {
  console.log(`\n== ${docs}`);
  for (const tool of ['eval-labels.mjs', 'false-findings.mjs']) {
    const args = [join(shared, 'tools', tool), labels, docs, '--cli', cli, ...(verbose ? ['--verbose'] : [])];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(run.stdout);
    if (run.stderr) process.stderr.write(run.stderr);
  }
}
