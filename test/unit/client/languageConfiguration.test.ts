import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../support/paths';

interface OnEnterRule {
  beforeText: string;
  action: { indent: string; appendText?: string };
}

const configuration = JSON.parse(readFileSync(join(REPO, 'language-configuration.json'), 'utf8')) as { onEnterRules: OnEnterRule[] };

/** What VS Code appends after Enter at the end of `line`: the first rule whose beforeText matches. */
function continuationAfter(line: string): string | null {
  const rule = configuration.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
  return rule?.action.appendText ?? null;
}

describe('language configuration of *.postmortem.md', () => {
  it('continues a timeline list item with the same marker', () => {
    assert.equal(continuationAfter('- 10:42 PM: Alert fired for checkout errors'), '- ');
    assert.equal(continuationAfter('* 22:42 - Alert fired'), '* ');
    assert.equal(continuationAfter('  + 22:42 - nested entry'), '+ ');
  });

  it('continues an action item as a new open checkbox', () => {
    assert.equal(continuationAfter('- [ ] Add a smoke test — owner @ada — due 2026-03-01'), '- [ ] ');
    assert.equal(continuationAfter('- [x] Rotate the key — owner @sam'), '- [ ] ');
  });

  it('starts a new row after a table row', () => {
    assert.equal(continuationAfter('| 10:42 PM | Alert fired |'), '| ');
    assert.equal(continuationAfter('| --- | --- | --- |'), '| ');
  });

  it('does not continue an empty item, a heading or prose', () => {
    assert.equal(continuationAfter('- '), null);
    assert.equal(continuationAfter('## Timeline'), null);
    assert.equal(continuationAfter('The cache was flushed - then warmed.'), null);
    assert.equal(continuationAfter('| lonely pipe'), null);
  });
});
