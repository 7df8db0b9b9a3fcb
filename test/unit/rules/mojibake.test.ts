import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { lint } from '../../../server/src/rules';
import { CLEAN_REPORT, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'mojibake';

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
});
