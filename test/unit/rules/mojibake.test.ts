import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { fixAll, lint, RULES } from '../../../server/src/rules';
import { applyFix, CLEAN_REPORT, configWith, diagnosticsOf, fixesOf, marked, rangesOf } from '../helpers';

const RULE = 'mojibake';
/** Fix all with every other rule off, so other rules' fixes do not change the expected text. */
const ONLY_THIS_RULE = configWith({ rules: Object.fromEntries(RULES.filter((r) => r.meta.id !== RULE).map((r) => [r.meta.id, 'off'])) });

describe(`rule: ${RULE}`, () => {
  it('reports each garbled run, on the run, with the text to write instead', () => {
    const doc = marked('## Action items\n\nWe⟦â€™⟧ve reviewed the caf⟦Ã©⟧ service.\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [
      { rule: RULE, text: 'â€™', severity: 'warning', message: '`â€™` is garbled text: UTF-8 read as Windows-1252. Replace it with `’`.' },
      { rule: RULE, text: 'Ã©', severity: 'warning', message: '`Ã©` is garbled text: UTF-8 read as Windows-1252. Replace it with `é`.' },
    ]);
  });

  it('gives the replacement for a quick fix', () => {
    const [d] = lint(analyze('Weâ€™ve\n')).filter((x) => x.rule === RULE);
    assert.deepEqual(d.data, { replacement: '’' });
  });

  it('is silent on correctly encoded text', () => {
    assert.deepEqual(diagnosticsOf('We’ve reviewed the café — “naïve” señor.\n', RULE), []);
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
  });

  describe('fix', () => {
    it('writes the repaired text in place of the garbled run', () => {
      const text = '## Action items\n\nWeâ€™ve reviewed the cafÃ© service.\n';
      assert.deepEqual(fixesOf(text, RULE).map((f) => [f.title, f.preferred]), [['Replace â€™ with ’', true]]);
      assert.equal(applyFix(text, RULE), '## Action items\n\nWe’ve reviewed the cafÃ© service.\n');
      assert.equal(applyFix(text, RULE, { index: 1 }), '## Action items\n\nWeâ€™ve reviewed the café service.\n');
    });

    it('keeps CRLF line ends and the emoji around the run', () => {
      assert.equal(applyFix('🔥 Outage\r\n\r\n😱 Weâ€™ve 🚀\r\n', RULE), '🔥 Outage\r\n\r\n😱 We’ve 🚀\r\n');
    });

    it('is applied by Fix all to every run', () => {
      assert.equal(fixAll('Weâ€™ve reviewed the cafÃ© service.\n', ONLY_THIS_RULE).text, 'We’ve reviewed the café service.\n');
    });
  });
});
