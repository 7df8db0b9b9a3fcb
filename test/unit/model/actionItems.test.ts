import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import type { ActionItem } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

/** The fields a reader checks on an action item, without its range. */
function fields(item: ActionItem) {
  return { text: item.text, checked: item.checked, owner: item.owner, due: item.due, link: item.link };
}

describe('model: action items', () => {
  it('reads list items with checkbox state, owner, due date and link', () => {
    const doc = marked(dedent`
      ## Action items

      ⟦- [ ] Add a canary stage @alice due 2024-05-01 https://tracker.example/42⟧
      ⟦- [x] Fix the ORM config, owner: Bob Smith, PROJ-12⟧
      ⟦- Review alert thresholds⟧
    `);
    const items = analyze(doc.text).actionItems;
    assert.deepEqual(items.map(fields), [
      { text: 'Add a canary stage @alice due 2024-05-01 https://tracker.example/42', checked: false, owner: 'alice', due: '2024-05-01', link: 'https://tracker.example/42' },
      { text: 'Fix the ORM config, owner: Bob Smith, PROJ-12', checked: true, owner: 'Bob Smith', due: null, link: 'PROJ-12' },
      { text: 'Review alert thresholds', checked: null, owner: null, due: null, link: null },
    ]);
    assert.deepEqual(items.map((i) => i.range), doc.ranges);
  });

  it('reads `by 2024-07-01` and an issue number `#123`', () => {
    const [item] = analyze('## Follow-ups\n\n- Fix #123 by 2024-07-01\n').actionItems;
    assert.deepEqual([item.due, item.link], ['2024-07-01', '#123']);
  });

  it('leaves the full stop that ends a sentence out of the owner and the link', () => {
    // Found by this test: `@alice.` gave the owner `alice.`, and a URL kept its full stop.
    const items = analyze(dedent`
      ## Action items

      - Add a canary stage, owned by @alice.
      - Rotate the keys. Owner: J. Smith.
      - Track it in https://tracker.example/PROJ-1.
    `).actionItems;
    assert.deepEqual(items.map((i) => [i.owner, i.link]), [['alice', null], ['J. Smith', null], [null, 'https://tracker.example/PROJ-1']]);
  });

  it('reads an owner in parentheses, with dots inside the name', () => {
    // Found by this test: `(@bob.smith)` gave no owner.
    const [item] = analyze('## Action items\n\n- Fix the ORM config (@bob.smith), due 2024-05-01\n').actionItems;
    assert.deepEqual([item.owner, item.due], ['bob.smith', '2024-05-01']);
  });

  it('does not take an e-mail address for an owner', () => {
    const [item] = analyze('## Action items\n\n- Mail ops@example.com about the pager\n').actionItems;
    assert.equal(item.owner, null);
  });

  it('reads table rows', () => {
    const [item] = analyze('## Action Items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add alert | @bob | 2024-05-01 |\n').actionItems;
    assert.deepEqual([item.owner, item.due, item.checked], ['bob', '2024-05-01', null]);
  });

  it('reads the lines of a paragraph, leaving out a lead-in ending with a colon', () => {
    const doc = marked(dedent`
      ## Preventive Measures

      These are the measures we have taken:
      ⟦Test every change in staging first⟧
      ⟦Roll out during low traffic hours⟧
    `);
    const items = analyze(doc.text).actionItems;
    assert.deepEqual(items.map((i) => i.range), doc.ranges);
  });

  it('does not read a one-line paragraph as an item', () => {
    assert.deepEqual(analyze('## Action items\n\nWe will follow up next week.\n').actionItems, []);
  });

  it('reads items only from action-item sections', () => {
    assert.deepEqual(analyze('## Resolution\n\n- [x] Rolled back\n').actionItems, []);
  });
});
