import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

describe('model: front matter', () => {
  it('reads the fields, with the source range of each value', () => {
    const doc = marked(dedent`
      ---
      title: ⟦Checkout outage⟧
      timezone: ⟦Africa/Lagos⟧
      severity: ⟦2⟧
      ---
      # Checkout outage
    `);
    const frontMatter = analyze(doc.text).frontMatter!;
    assert.deepEqual(frontMatter.data, { title: 'Checkout outage', timezone: 'Africa/Lagos', severity: 2 });
    assert.deepEqual(frontMatter.errors, []);
    assert.deepEqual([...frontMatter.valueRanges.values()], doc.ranges);
    assert.deepEqual([...frontMatter.valueRanges.keys()], ['title', 'timezone', 'severity']);
  });

  it('covers the block with its fences, and says where the YAML starts', () => {
    const doc = marked('⟦---\n⟦⟧timezone: UTC\n---⟧\n# Outage\n');
    const frontMatter = analyze(doc.text).frontMatter!;
    assert.deepEqual(frontMatter.range, doc.ranges[0]);
    assert.equal(frontMatter.contentOffset, doc.ranges[1].start);
  });

  it('reads an empty block as no fields', () => {
    const frontMatter = analyze('---\n---\n# Outage\n').frontMatter!;
    assert.deepEqual(frontMatter.data, {});
    assert.deepEqual(frontMatter.errors, []);
  });

  it('is absent without a leading `---` block', () => {
    assert.equal(analyze('# Outage\n\n---\ntimezone: UTC\n---\n').frontMatter, null);
  });

  describe('invalid YAML', () => {
    const invalid: Array<[string, string, RegExp]> = [
      ['an unclosed flow sequence', 'title: [unclosed\ntimezone: UTC\n', /Flow sequence/],
      ['a tab as indentation', '\tseverity: 2\n', /Tabs/],
      ['a duplicated key', 'timezone: UTC\ntimezone: WAT\n', /unique/],
      ['a list instead of fields', '- a\n- b\n', /mapping of `key: value` lines/],
      ['an alias to no anchor', 'owner: *nobody\n', /alias/i],
    ];
    for (const [what, yaml, message] of invalid) {
      it(`gives an error, no data and no throw for ${what}`, () => {
        const text = `---\n${yaml}---\n# Outage\n`;
        let model: ReturnType<typeof analyze> | undefined;
        // Found by this test: an alias to no anchor used to throw out of `analyze`.
        assert.doesNotThrow(() => (model = analyze(text)));
        const frontMatter = model!.frontMatter!;
        assert.equal(frontMatter.data, null);
        assert.equal(frontMatter.errors.length, 1);
        assert.match(frontMatter.errors[0].message, message);
        const { start, end } = frontMatter.errors[0].range;
        assert.ok(start >= frontMatter.contentOffset && end <= frontMatter.range.end, 'the error lies inside the front matter');
        assert.equal(frontMatter.errors[0].message.includes('\n'), false);
      });
    }

    it('points at the repeated key, not the first one', () => {
      const doc = marked('---\ntimezone: UTC\n⟦⟧timezone: WAT\n---\n');
      const [error] = analyze(doc.text).frontMatter!.errors;
      assert.equal(error.range.start, doc.ranges[0].start);
    });

    it('states no zone from front matter it cannot read', () => {
      const model = analyze('---\ntimezone: UTC\ntimezone: WAT\n---\n# Outage\n');
      assert.deepEqual(model.zones, []);
    });
  });
});
