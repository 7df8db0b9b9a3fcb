// The README's rule and settings tables are documentation users rely on: keep them true.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules';
import { REPO } from '../support/paths';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

function ruleRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readme.split('\n')) {
    const m = /^\| <a id="([a-z-]+)"><\/a>`\1` \|(.*)\|\s*$/.exec(line);
    if (m) rows.set(m[1], m[2].split(' | ').map((c) => c.trim()));
  }
  return rows;
}

describe('README', () => {
  it('has one rule-table row per rule, with its anchor, default severity and fixability', () => {
    const rows = ruleRows();
    assert.deepEqual([...rows.keys()], RULES.map((r) => r.meta.id));
    for (const rule of RULES) {
      const [description, severity, fixable] = rows.get(rule.meta.id)!;
      assert.equal(description, rule.meta.description, rule.meta.id);
      assert.ok(severity.startsWith(rule.meta.defaultSeverity), `${rule.meta.id}: ${severity}`);
      assert.equal(fixable, rule.meta.fixable ? 'yes' : 'no', rule.meta.id);
    }
  });

  it('documents every setting and command the extension contributes', () => {
    for (const setting of Object.keys(packageJson.contributes.configuration.properties)) {
      assert.ok(readme.includes(`\`${setting}\``), setting);
    }
    for (const command of packageJson.contributes.commands) {
      assert.ok(readme.includes(`**${command.title}**`), command.title);
    }
  });

  it('offers every rule in the settings schema and the CLI config schema', () => {
    const ids = RULES.map((r) => r.meta.id).sort();
    assert.deepEqual(Object.keys(packageJson.contributes.configuration.properties['postmortem.rules'].properties).sort(), ids);
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'postmortem-lint-config.schema.json'), 'utf8'));
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), ids);
  });

  it('has a Quick start of exactly two commands', () => {
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1];
    assert.deepEqual(quickStart.trim().split('\n').map((l) => l.replace(/\s+#.*$/, '')), ['npm ci && npm run examples', 'npm test']);
  });

  it('documents the VS Code test runners, and CI runs the README test command and the offline runner', () => {
    for (const script of ['test:vscode', 'test:vscode:offline']) {
      assert.ok(packageJson.scripts[script], script);
      assert.ok(readme.includes(`\`npm run ${script}\``), script);
    }
    const ci = readFileSync(join(REPO, '.ci', 'run'), 'utf8').split('\n');
    assert.ok(ci.includes('POSTMORTEM_REQUIRE_CHROMIUM=1 npm test'));
    assert.ok(ci.includes('npm run test:vscode:offline'));
  });

  it('documents the runs at other hours and zones, and CI runs them', () => {
    for (const script of ['test:clocks', 'test:vscode:clocks']) {
      assert.ok(packageJson.scripts[script], script);
      assert.ok(readme.includes(`\`npm run ${script}\``), script);
    }
    const ci = readFileSync(join(REPO, '.ci', 'run'), 'utf8').split('\n');
    assert.ok(ci.includes('POSTMORTEM_REQUIRE_CHROMIUM=1 npm run test:clocks'));
    assert.ok(ci.includes('npm run test:vscode:clocks'));
  });
});
