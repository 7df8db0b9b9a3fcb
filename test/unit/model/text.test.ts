import assert from 'node:assert/strict';
import { analyze, MAX_ANALYSED_LENGTH } from '../../../server/src/model';
import type { PostmortemModel } from '../../../server/src/model';
import { lint } from '../../../server/src/rules';
import { dedent, slices } from '../helpers';

/** The text at every range a reader would look at, by kind. */
function pointedAt(model: PostmortemModel) {
  const { text } = model;
  return {
    headings: slices(text, model.headings.map((h) => h.range)),
    headingWords: slices(text, model.headings.map((h) => h.textRange)),
    times: slices(text, model.timeline.entries.flatMap((e) => (e.time ? [e.time.range] : []))),
    events: slices(text, model.timeline.entries.map((e) => e.textRange)),
    entryLines: slices(text, model.timeline.entries.map((e) => e.lineRange)),
    zones: slices(text, model.zones.map((z) => z.range)),
    window: slices(text, [model.summary.start, model.summary.end].flatMap((c) => (c ? [c.range] : []))),
    mojibake: slices(text, model.mojibake.map((r) => r.range)),
  };
}

const REPORT = dedent`
  ---
  timezone: WAT
  ---
  # 🔥 Checkout outage 🔥

  ## 📋 Summary

  From 10:00 to 10:30 WAT 😱 users could not pay, caused by a bad deploy.

  ## Timeline 🕒

  - 10:00: 🚀 deploy
  - 10:30 (WAT): ✅ rolled back

  **Root cause**

  Weâ€™ve shipped a bad config 👎.
`;

const EXPECTED = {
  headings: ['# 🔥 Checkout outage 🔥', '## 📋 Summary', '## Timeline 🕒', '**Root cause**'],
  headingWords: ['🔥 Checkout outage 🔥', '📋 Summary', 'Timeline 🕒', 'Root cause'],
  times: ['10:00', '10:30'],
  events: ['🚀 deploy', '✅ rolled back'],
  entryLines: ['10:00: 🚀 deploy', '10:30 (WAT): ✅ rolled back'],
  zones: ['WAT', 'WAT', 'WAT'],
  window: ['10:00', '10:30 WAT'],
  mojibake: ['â€™'],
};

describe('model: offsets into the text as given', () => {
  it('are UTF-16 offsets that slice to the expected text around emoji', () => {
    assert.deepEqual(pointedAt(analyze(REPORT)), EXPECTED);
  });

  it('slice to the same text, without line breaks, in a CRLF document', () => {
    const crlf = REPORT.replace(/\n/g, '\r\n');
    const model = analyze(crlf);
    assert.deepEqual(pointedAt(model), EXPECTED);
    assert.equal(model.frontMatter?.data?.timezone, 'WAT');
    assert.equal(crlf.slice(model.frontMatter!.valueRanges.get('timezone')!.start, model.frontMatter!.valueRanges.get('timezone')!.end), 'WAT');
  });

  it('count a leading byte order mark', () => {
    const withBom = `\uFEFF${REPORT}`;
    const model = analyze(withBom);
    assert.deepEqual(pointedAt(model), EXPECTED);
    assert.equal(model.frontMatter?.data?.timezone, 'WAT');
    assert.equal(model.frontMatter!.range.start, 1);
  });

  it('count a byte order mark in a CRLF document', () => {
    assert.deepEqual(pointedAt(analyze(`\uFEFF${REPORT.replace(/\n/g, '\r\n')}`)), EXPECTED);
  });

  it('read setext headings and bare timeline lines in CRLF documents', () => {
    const text = 'Timeline\r\n--------\r\n\r\n10:00 - deploy\r\n10:05 - alert\r\n';
    const model = analyze(text);
    assert.deepEqual(slices(text, model.headings.map((h) => h.range)), ['Timeline\r\n--------']);
    assert.deepEqual(slices(text, model.timeline.entries.map((e) => e.range)), ['10:00 - deploy', '10:05 - alert']);
    assert.deepEqual(model.timeline.entries.map((e) => e.text), ['deploy', 'alert']);
  });

  it('leave each diagnostic\'s range within the text, on emoji boundaries', () => {
    const text = REPORT.replace(/\n/g, '\r\n');
    for (const d of lint(analyze(text))) {
      assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `${d.rule} range in the text`);
      for (const offset of [d.range.start, d.range.end]) {
        const code = text.charCodeAt(offset);
        assert.ok(!(code >= 0xdc00 && code <= 0xdfff), `${d.rule} does not cut an emoji in two`);
      }
    }
  });
});

describe('model: texts too large to analyse', () => {
  it('gives `tooLarge` and an otherwise empty model, without parsing', () => {
    const text = `# Outage\n\n## Timeline\n\n${'- 10:00: event\n'.repeat(10)}${'x'.repeat(MAX_ANALYSED_LENGTH)}`;
    const model = analyze(text);
    assert.deepEqual(model.tooLarge, { size: text.length, limit: MAX_ANALYSED_LENGTH });
    assert.equal(model.text, text);
    assert.deepEqual([model.headings, model.sections, model.timeline.entries, model.zones, model.mojibake], [[], [], [], [], []]);
    assert.equal(model.frontMatter, null);
  });

  it('analyses a text of exactly the limit', () => {
    assert.equal(analyze('a'.repeat(MAX_ANALYSED_LENGTH)).tooLarge, null);
  });

  it('analyses the empty text', () => {
    const model = analyze('');
    assert.equal(model.tooLarge, null);
    assert.deepEqual(model.sections, []);
  });
});
