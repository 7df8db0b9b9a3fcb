import assert from 'node:assert/strict';
import { analyze, repairMojibake } from '../../../server/src/model';
import { marked } from '../helpers';

describe('model: mojibake', () => {
  it('finds double-encoded runs and what they meant', () => {
    const doc = marked('We⟦â€™⟧ve fixed it ⟦â€”⟧ the caf⟦Ã©⟧ is open.\n');
    const runs = analyze(doc.text).mojibake;
    assert.deepEqual(runs.map((r) => r.range), doc.ranges);
    assert.deepEqual(runs.map((r) => [r.raw, r.repaired]), [['â€™', '’'], ['â€”', '—'], ['Ã©', 'é']]);
  });

  it('leaves correctly encoded accents, quotes and dashes alone', () => {
    assert.deepEqual(analyze('Naïve café résumé — “quoted” – Größe, Ça va, señor.\n').mojibake, []);
  });

  it('leaves a lone lead character alone, since it decodes to nothing', () => {
    assert.deepEqual(analyze('Ã alone, and Â then text.\n').mojibake, []);
  });

  describe('repairMojibake', () => {
    it('decodes a run back to the intended text', () => {
      assert.equal(repairMojibake('â€™'), '’');
      assert.equal(repairMojibake('Ã©'), 'é');
      assert.equal(repairMojibake('Ã¼berprÃ¼fen'), 'überprüfen');
    });

    it('gives null for bytes that are not UTF-8', () => {
      assert.equal(repairMojibake('Ã'), null);
      assert.equal(repairMojibake('€'), null);
    });
  });
});
