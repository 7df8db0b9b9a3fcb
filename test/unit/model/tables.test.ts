import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { dedent, marked } from '../helpers';

describe('model: tables', () => {
  it('gives the range of every top-level table, header row included, in and out of the timeline', () => {
    const doc = marked(dedent`
      ## Timeline

      ⟦| Time | Event |
      | ---- | ----- |
      | 10:00 | Deploy |⟧

      ## Action items

      ⟦| Item | Owner |
      | ---- | ----- |
      | Add an alert | @dana |⟧
    `);
    assert.deepEqual(analyze(doc.text).tables, doc.ranges);
  });

  it('does not read pipes in prose as a table', () => {
    const model = analyze('## Root cause\n\nThe a | b pipe\nwas | wrong.\n');
    assert.deepEqual(model.tables, []);
  });

  it('counts offsets from before a byte order mark, like every other range', () => {
    const doc = marked('\uFEFF## Impact\n\n⟦| Users | Share |\n| --- | --- |\n| EU | 40% |⟧\n');
    assert.deepEqual(analyze(doc.text).tables, doc.ranges);
  });

  it('is empty for a text too large to analyse', () => {
    assert.deepEqual(analyze(`| a |\n| - |\n${'x'.repeat(600_000)}`).tables, []);
  });
});
