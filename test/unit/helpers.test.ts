import assert from 'node:assert/strict';
import { analyze } from '../../server/src/model';
import { lint } from '../../server/src/rules';
import { CLEAN_REPORT, dedent, diagnosticsOf, marked, rangesOf } from './helpers';

describe('test helpers', () => {
  describe('marked', () => {
    it('removes the range markers and gives the ranges in the cleaned text', () => {
      const doc = marked('a ⟦bc⟧ d ⟦e⟧');
      assert.equal(doc.text, 'a bc d e');
      assert.deepEqual(doc.ranges, [{ start: 2, end: 4 }, { start: 7, end: 8 }]);
      assert.equal(doc.cursor, undefined);
    });

    it('gives nested ranges in the order they open', () => {
      const doc = marked('⟦a ⟦b⟧ c⟧');
      assert.equal(doc.text, 'a b c');
      assert.deepEqual(doc.ranges, [{ start: 0, end: 5 }, { start: 2, end: 3 }]);
    });

    it('gives the cursor offset and allows empty ranges', () => {
      const doc = marked('ab‸c⟦⟧');
      assert.equal(doc.text, 'abc');
      assert.equal(doc.cursor, 2);
      assert.deepEqual(doc.ranges, [{ start: 3, end: 3 }]);
    });

    it('counts offsets in UTF-16 code units, like the model', () => {
      const doc = marked('🚀 ⟦go⟧');
      assert.deepEqual(doc.ranges, [{ start: 3, end: 5 }]);
      assert.equal(doc.text.slice(3, 5), 'go');
    });

    it('refuses unbalanced markers', () => {
      assert.throws(() => marked('⟦a'), /never closed/);
      assert.throws(() => marked('a⟧'), /closes no/);
      assert.throws(() => marked('‸a‸'), /more than one/);
    });
  });

  describe('dedent', () => {
    it('strips the common indentation, the first line break and a blank last line', () => {
      const text = dedent`
        # Title

          - indented
        end
      `;
      assert.equal(text, '# Title\n\n  - indented\nend');
    });

    it('keeps interpolated values and works as a plain call', () => {
      assert.equal(dedent`
        a ${1 + 1}
      `, 'a 2');
      assert.equal(dedent('\n    x\n      y\n'), 'x\n  y');
    });
  });

  describe('diagnosticsOf', () => {
    it('gives one rule\'s findings with the text each points at', () => {
      const doc = marked('# Report\n\n## Summary\n\nText.\n\n⟦## Timeline⟧\n');
      const found = diagnosticsOf(doc.text, 'empty-section');
      assert.deepEqual(found.map((d) => [d.rule, d.text, d.severity]), [['empty-section', '## Timeline', 'warning']]);
      assert.deepEqual(rangesOf(doc.text, 'empty-section'), doc.ranges);
    });
  });
});

describe('the clean report the rule tests start from', () => {
  it('gives no diagnostic at all', () => {
    assert.deepEqual(lint(analyze(CLEAN_REPORT)).map((d) => `${d.rule}: ${d.message}`), []);
  });

  it('crosses midnight and states its zone, so the rules that could misfire on it are exercised', () => {
    const model = analyze(CLEAN_REPORT);
    assert.deepEqual(model.timeline.entries.map((e) => e.dayOffset), [0, 0, 0, 1]);
    assert.equal(model.incidentZone?.statement.source, 'front-matter');
    assert.equal(model.summary.duration?.minutes, 45);
  });
});
