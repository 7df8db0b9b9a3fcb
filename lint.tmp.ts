import { readFileSync } from 'node:fs';
import { analyze } from './server/src/model';
import { lint } from './server/src/rules';
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8'); const m = analyze(t);
  console.log('=====', f);
  for (const d of lint(m)) console.log(' ', d.severity, d.rule, JSON.stringify(t.slice(d.range.start, d.range.end).slice(0, 30)), d.message);
}
