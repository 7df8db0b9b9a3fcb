import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FoldingRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/model';
import { foldingRanges } from '../../../server/src/features/folding';
import { REPO } from '../../support/paths';
import { CLEAN_REPORT, dedent } from '../helpers';

/** The folds of `text`, after checking each hides a line and no two start on the same line. */
function foldsOf(text: string): FoldingRange[] {
  const document = TextDocument.create('file:///postmortem.md', 'markdown', 1, text);
  const folds = foldingRanges(document, analyze(text));
  for (const fold of folds) {
    assert.ok(fold.endLine > fold.startLine, `a fold hides nothing: ${JSON.stringify(fold)}`);
    assert.ok(fold.endLine < document.lineCount, `a fold ends after the document: ${JSON.stringify(fold)}`);
  }
  const startLines = folds.map((f) => f.startLine);
  assert.deepEqual(startLines, [...new Set(startLines)].sort((a, b) => a - b), 'folds come sorted, one per start line');
  return folds;
}

/** Each fold as `first line ⋯ last line`, with its kind when it has one. */
function folds(text: string): string[] {
  const lines = text.split(/\r?\n/);
  return foldsOf(text).map((f) => `${lines[f.startLine]} ⋯ ${lines[f.endLine]}${f.kind ? ` (${f.kind})` : ''}`);
}

describe('feature: folding ranges', () => {
  it('folds the front matter, the title, each section, and the timeline as a region', () => {
    assert.deepEqual(folds(CLEAN_REPORT), [
      '--- ⋯ --- (comment)',
      '# Checkout outage ⋯ - [x] Alert on configuration errors @lee',
      '## Summary ⋯ From 23:40 to 00:25 UTC, 40% of checkout requests failed. The outage lasted 45 minutes and was caused by a bad configuration push.',
      '## Timeline (all times UTC) ⋯ - 00:25: Error rate back to normal',
      '- 23:35: Configuration push begins ⋯ - 00:25: Error rate back to normal (region)',
      '## Root cause ⋯ The push set the payment client timeout to zero.',
      '## Resolution ⋯ We rolled the configuration back and restarted the checkout service.',
      '## Action items ⋯ - [x] Alert on configuration errors @lee',
    ]);
  });

  it('folds a heading with its sub-headings, up to its last line that is not blank', () => {
    assert.deepEqual(
      folds(dedent`
        ## Summary

        Text.

        ### Impact

        All users.


        ## Root cause
        ## Resolution

        Rolled back.
      `),
      ['## Summary ⋯ All users.', '### Impact ⋯ All users.', '## Resolution ⋯ Rolled back.'],
    );
  });

  it('folds bold and plain lines that act as headings', () => {
    assert.deepEqual(folds('**Summary**\n\nLogins failed.\n\nRoot cause:\nA bad certificate.\n'), ['**Summary** ⋯ Logins failed.', 'Root cause: ⋯ A bad certificate.']);
  });

  it('folds a setext heading from its words, but not when only its underline would be hidden', () => {
    assert.deepEqual(folds('Summary\n=======\n\nText.\n\nImpact\n======\n'), ['Summary ⋯ Text.']);
  });

  it('folds a table timeline once, as a region, and any other table', () => {
    assert.deepEqual(
      folds(dedent`
        ## Timeline

        | Time | Event |
        | ---- | ----- |
        | 10:00 | Deploy |
        | 10:05 | Alert |

        ## Action items

        | Item | Owner |
        | ---- | ----- |
        | Add an alert | @dana |
      `),
      ['## Timeline ⋯ | 10:05 | Alert |', '| Time | Event | ⋯ | 10:05 | Alert | (region)', '## Action items ⋯ | Add an alert | @dana |', '| Item | Owner | ⋯ | Add an alert | @dana |'],
    );
  });

  it('folds timeline entries and action items that run over several lines', () => {
    assert.deepEqual(
      folds(dedent`
        ## Timeline

        - 10:00: Deploy starts
        - 10:05: Alert fires
          and pages the on-call

          with a second paragraph

        10:30 - a bare line after the list
        with more words

        ## Action items

        - [ ] Add an alert
          on the error rate
        - [ ] Write the runbook
      `),
      [
        '## Timeline ⋯ with more words',
        '- 10:00: Deploy starts ⋯ with more words (region)',
        '- 10:05: Alert fires ⋯   with a second paragraph',
        '10:30 - a bare line after the list ⋯ with more words',
        '## Action items ⋯ - [ ] Write the runbook',
        '- [ ] Add an alert ⋯   on the error rate',
      ],
    );
  });

  it('keeps the timeline region when the first entry\'s own fold starts on the same line', () => {
    assert.deepEqual(folds('## Timeline\n\n- 10:00: Deploy starts\n  and takes a while\n'), ['## Timeline ⋯   and takes a while', '- 10:00: Deploy starts ⋯   and takes a while (region)']);
  });

  it('counts lines the same in a CRLF document with a BOM', () => {
    assert.deepEqual(foldsOf('\uFEFF# 🔥 Outage\r\n\r\n## Timeline\r\n\r\n- 10:00 deploy\r\n- 10:05 alert\r\n'), [
      { startLine: 0, endLine: 5 },
      { startLine: 2, endLine: 5 },
      { startLine: 4, endLine: 5, kind: 'region' },
    ]);
  });

  it('is empty for an empty document, a one-line section, and a document without headings', () => {
    assert.deepEqual(foldsOf(''), []);
    assert.deepEqual(foldsOf('## Summary\n'), []);
    assert.deepEqual(foldsOf('We restarted the server at 10:00.\n\nIt worked.\n'), []);
  });

  it('is well formed on every example report', () => {
    const folder = join(REPO, 'examples');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
      assert.ok(foldsOf(readFileSync(join(folder, file), 'utf8')).length > 0, file);
    }
  });
});
