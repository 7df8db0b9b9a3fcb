import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/model';
import { DEFAULT_CONFIG, fixAll, lint, RULES } from '../../../server/src/rules';
import { REPO } from '../../support/paths';

const EXAMPLES = join(REPO, 'examples');
const findings = (text: string) => lint(analyze(text), DEFAULT_CONFIG);

describe('fixes across the rule set', () => {
  it('gives a fix to exactly the rules marked fixable', () => {
    for (const rule of RULES) assert.equal(typeof rule.fix === 'function', rule.meta.fixable, rule.meta.id);
  });

  for (const name of readdirSync(EXAMPLES).filter((file) => file.endsWith('.md')).sort()) {
    it(`Fix all on examples/${name}: no rule reports more, the writer's claims stay, a second run changes nothing`, () => {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      const before = findings(text);
      const { text: fixed } = fixAll(text);
      const after = findings(fixed);
      assert.ok(after.length <= before.length, `${after.length} findings after, ${before.length} before`);
      const ruleCounts = (list: typeof before) => list.reduce((counts, d) => counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1), new Map<string, number>());
      for (const [rule, count] of ruleCounts(after)) assert.ok(count <= (ruleCounts(before).get(rule) ?? 0), `${rule} grew to ${count}`);
      for (const claim of before.filter((d) => d.rule === 'window-mismatch' || d.rule === 'duration-mismatch')) {
        assert.ok(fixed.includes(text.slice(claim.range.start, claim.range.end)), `Fix all changed the ${claim.rule} claim`);
      }
      assert.equal(fixAll(fixed).text, fixed);
    });
  }
});
