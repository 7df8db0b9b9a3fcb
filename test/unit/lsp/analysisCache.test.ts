import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../../server/src/lsp/analysisCache';
import { DEFAULT_CONFIG } from '../../../server/src/rules';
import { CLEAN_REPORT, configWith } from '../helpers';

const URI = 'file:///report.md';

describe('analysis cache', () => {
  it('analyses each version once', () => {
    const cache = new AnalysisCache();
    const first = TextDocument.create(URI, 'markdown', 1, CLEAN_REPORT);
    assert.equal(cache.get(first), cache.get(first));
    const firstModel = cache.get(first);
    const second = TextDocument.create(URI, 'markdown', 2, CLEAN_REPORT.replace('23:52', '23;52'));
    const secondModel = cache.get(second);
    assert.notEqual(secondModel, firstModel);
    assert.equal(cache.get(second), secondModel);
  });

  it('lints a model once per configuration, and again for a new configuration', () => {
    const cache = new AnalysisCache();
    const model = cache.get(TextDocument.create(URI, 'markdown', 1, CLEAN_REPORT.replace('23:52', '23;52')));
    const diagnostics = cache.diagnostics(model, DEFAULT_CONFIG);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['timestamp-format']);
    assert.equal(cache.diagnostics(model, DEFAULT_CONFIG), diagnostics);
    const off = configWith({ rules: { 'timestamp-format': 'off' } });
    assert.deepEqual(cache.diagnostics(model, off), []);
  });
});
