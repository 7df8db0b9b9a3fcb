import assert from 'node:assert/strict';
import { CLEAN_REPORT, diagnosticsOf, marked, rangesOf } from '../helpers';

const RULE = 'front-matter-invalid';

describe(`rule: ${RULE}`, () => {
  it('reports YAML it cannot read as an error, where the parser stopped, saying its fields are ignored', () => {
    const doc = marked('---\ntimezone: UTC\n⟦t⟧imezone: WAT\n---\n# Outage\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
    assert.deepEqual(diagnosticsOf(doc.text, RULE), [{
      rule: RULE,
      text: 't',
      severity: 'error',
      message: 'The front matter is not valid YAML (Map keys must be unique). Fix it; until then its fields (time zone, date, ...) are ignored.',
    }]);
  });

  it('reports front matter that is not `key: value` lines, over the whole block', () => {
    const doc = marked('---\n⟦- timezone\n- UTC⟧\n---\n# Outage\n');
    assert.deepEqual(rangesOf(doc.text, RULE), doc.ranges);
  });

  it('reports an alias to no anchor instead of failing', () => {
    const [d] = diagnosticsOf('---\nowner: *nobody\n---\n# Outage\n', RULE);
    assert.equal(d.text, 'owner: *nobody');
    assert.match(d.message, /^The front matter is not valid YAML \(Unresolved alias/);
  });

  it('is silent on valid front matter, empty front matter and none', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
    assert.deepEqual(diagnosticsOf('---\n---\n# Outage\n', RULE), []);
    assert.deepEqual(diagnosticsOf('# Outage\n', RULE), []);
  });
});
