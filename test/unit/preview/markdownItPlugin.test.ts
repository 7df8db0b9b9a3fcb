import assert from 'node:assert/strict';
import { extendMarkdownIt } from '../../../client/src/markdownItPlugin';
import type { MarkdownIt, MarkdownItRenderRule, MarkdownItToken } from '../../../client/src/markdownItPlugin';
import { TIMELINE_CSS } from '../../../server/src/preview';
import { CLEAN_REPORT, dedent } from '../helpers';
import { findAll, markersOf } from './read';

/** markdown-it as VS Code's Markdown preview uses it (the version VS Code bundles is 14). */
interface MarkdownItEngine extends MarkdownIt {
  parse(src: string, env: object): MarkdownItToken[];
  render(src: string, env?: object): string;
  renderer: MarkdownIt['renderer'] & { render(tokens: MarkdownItToken[], options: unknown, env: object): string };
  options: object;
}

// No types for markdown-it among our dependencies: the interface above says what the tests use.
const markdownIt: (options?: object) => MarkdownItEngine = require('markdown-it');

function engine(gapMinutes?: number): MarkdownItEngine {
  const md = markdownIt({ html: true });
  extendMarkdownIt(md, ...(gapMinutes === undefined ? [] : [{ gapMinutes: () => gapMinutes }]));
  return md;
}

/** As VS Code renders: tokens parsed with one `env`, rendered with another, blocks given `data-line` and `code-line`. */
function renderLikeVsCode(md: MarkdownItEngine, text: string): string {
  const original = md.renderer.rules.fence!;
  const withLineNumbers: MarkdownItRenderRule = (tokens, index, options, env, self) => {
    const token = tokens[index] as MarkdownItToken & { map: [number, number] | null; attrSet(name: string, value: string): void };
    if (token.map) {
      token.attrSet('data-line', String(token.map[0]));
      token.attrJoin('class', 'code-line');
    }
    return original(tokens, index, options, env, self);
  };
  md.renderer.rules.fence = withLineNumbers;
  const tokens = md.parse(text, {});
  return md.renderer.render(tokens, md.options, { containingImages: new Set() });
}

const WITH_FENCE = CLEAN_REPORT.replace('## Root cause', '```postmortem-timeline\n```\n\n## Root cause');

describe('preview: Markdown preview plugin', () => {
  it('draws the report\'s timeline picture, with its stylesheet, for a postmortem-timeline fence', () => {
    const html = engine().render(WITH_FENCE);
    const [block] = findAll(html, 'div', 'pm-timeline-block');
    assert.ok(block, 'the fence became the picture');
    assert.ok(block.inner.startsWith(`<style>${TIMELINE_CSS}</style><svg class="pm-timeline"`));
    assert.deepEqual(markersOf(html).map((m) => m.classes.join(' ')), ['marker kind-trigger', 'marker kind-detection', 'marker kind-mitigation', 'marker kind-resolution']);
    assert.doesNotMatch(html, /language-postmortem-timeline/);
  });

  it('keeps the attributes VS Code puts on the block for scroll sync, when it parses and renders apart', () => {
    const html = renderLikeVsCode(engine(), WITH_FENCE);
    const line = WITH_FENCE.split('\n').indexOf('```postmortem-timeline');
    assert.match(html, new RegExp(`<div data-line="${line}" class="code-line pm-timeline-block"><style>`));
    assert.equal(markersOf(html).length, 4);
  });

  it('leaves every other fence to the renderer before it', () => {
    const text = '# Notes\n\n```js\nrun()\n```\n\n```\nplain\n```\n';
    assert.equal(engine().render(text), markdownIt({ html: true }).render(text));
  });

  it('marks gaps by the setting it is given', () => {
    const text = dedent`
      ## Timeline (UTC)

      - 10:00: Alert fires
      - 10:20: Investigation starts
      - 11:32: Rolled back

      \`\`\`postmortem-timeline
      \`\`\`
    `;
    assert.equal(findAll(engine().render(text), 'line', 'gap').length, 1, 'by default, silences over 30 minutes');
    assert.equal(findAll(engine(10).render(text), 'line', 'gap').length, 2);
  });

  it('says so in a document without a timeline, and follows edits', () => {
    const md = engine();
    const fence = '\n```postmortem-timeline\n```\n';
    assert.match(md.render(`# Notes${fence}`), /<p class="pm-timeline-note">No Timeline section yet/);
    assert.equal(markersOf(md.render(`# Notes\n\n## Timeline\n\n- 10:00: Alert fires\n${fence}`)).length, 1);
    assert.equal(markersOf(md.render(`# Notes\n\n## Timeline\n\n- 10:00: Alert fires\n- 10:05: Resolved\n${fence}`)).length, 2);
  });
});
