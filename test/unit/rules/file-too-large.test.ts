import assert from 'node:assert/strict';
import { analyze, MAX_ANALYSED_LENGTH } from '../../../server/src/model';
import { lint } from '../../../server/src/rules';
import { CLEAN_REPORT, configWith, diagnosticsOf } from '../helpers';

const RULE = 'file-too-large';

/** A report that would give many diagnostics, padded past the limit. */
const HUGE = `**Timeline**\n10:00 - a\n09:00 - b\nWeâ€™ve\n\n${'x'.repeat(MAX_ANALYSED_LENGTH)}`;

describe(`rule: ${RULE}`, () => {
  it('reports a text over the limit at its start, as information, saying what to do', () => {
    assert.deepEqual(diagnosticsOf(HUGE, RULE), [{
      rule: RULE,
      text: '',
      severity: 'information',
      // Found by this test: a file just over the limit used to read `This file (500 KB) is larger than the 500 KB`.
      message: 'This file (501 KB) is larger than the 500 KB a postmortem check handles, so it was not analysed. Split it into smaller files.',
    }]);
    assert.deepEqual(lint(analyze(HUGE)).map((d) => d.range), [{ start: 0, end: 0 }]);
  });

  it('is the only diagnostic on such a text', () => {
    assert.deepEqual(lint(analyze(HUGE)).map((d) => d.rule), [RULE]);
  });

  it('can be turned off, leaving nothing', () => {
    assert.deepEqual(lint(analyze(HUGE), configWith({ rules: { [RULE]: 'off' } })), []);
  });

  it('is silent on a text within the limit', () => {
    assert.deepEqual(diagnosticsOf(CLEAN_REPORT, RULE), []);
    assert.deepEqual(diagnosticsOf('x'.repeat(MAX_ANALYSED_LENGTH), RULE), []);
  });
});
