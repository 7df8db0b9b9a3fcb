import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { refactoringsAt } from '../../../server/src/refactorings';
import { applyEdits } from '../../../server/src/rules';
import { marked } from '../helpers';

/** The titles of the refactorings offered at the cursor `‸`. */
function titlesAt(source: string): string[] {
  const doc = marked(source);
  return refactoringsAt(analyze(doc.text), doc.cursor!).map((r) => r.title);
}

describe('refactorings at the cursor', () => {
  it('offers converting a list timeline to a table, and normalizing its times when one differs', () => {
    assert.deepEqual(titlesAt('## Timeline (UTC)\n\n- 9:45 AM: a\n- 10:00 AM: ‸b\n- 10:20: c\n'), ['Convert timeline to a table', 'Normalize timeline times']);
    assert.deepEqual(titlesAt('## Timeline (UTC)\n\n- 9:45 AM: a\n- 10:00 AM: ‸b\n'), ['Convert timeline to a table']);
  });

  it('offers converting a table timeline to a list', () => {
    assert.deepEqual(titlesAt('## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 10:00 | ‸a |\n'), ['Convert timeline to a list']);
  });

  it('offers normalizing anywhere in the timeline section, and nothing outside it', () => {
    const doc = marked('## Timeline (UTC)\n\nNotes‸ first.\n\n- 9:45 AM: a\n- 10:20: b\n\n## Root cause\n\nA bad config.\n');
    const [normalize, ...others] = refactoringsAt(analyze(doc.text), doc.cursor!);
    assert.deepEqual([normalize.title, others], ['Normalize timeline times', []]);
    assert.equal(applyEdits(doc.text, normalize.edits), doc.text.replace('10:20', '10:20 AM'));
    assert.deepEqual(titlesAt('## Timeline (UTC)\n\n- 9:45 AM: a\n- 10:20: b\n\n## Root cause\n\nA bad ‸config.\n'), []);
  });
});
