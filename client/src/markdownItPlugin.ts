// VS Code's built-in Markdown preview, extended (`markdown.markdownItPlugins`): in a report, a
// fenced block ```postmortem-timeline``` shows the same timeline picture as our own preview.
// The built-in preview runs no script of ours, so the picture carries its stylesheet along.

import { analyze, incidentMetrics } from '../../server/src/model';
import { DEFAULT_GAP_MINUTES } from '../../server/src/preview/protocol';
import { TIMELINE_CSS, TIMELINE_FENCE, timelineSvg } from '../../server/src/preview/timeline';

/** What this plugin uses of markdown-it (whose types are not among our dependencies). */
export interface MarkdownIt {
  core: { ruler: { push(name: string, rule: (state: MarkdownItCoreState) => void): void } };
  renderer: MarkdownItRenderer;
}

export interface MarkdownItCoreState {
  src: string;
  tokens: MarkdownItToken[];
}

export interface MarkdownItToken {
  type: string;
  info: string;
  attrJoin(name: string, value: string): void;
}

export type MarkdownItRenderRule = (tokens: MarkdownItToken[], index: number, options: unknown, env: unknown, self: MarkdownItRenderer) => string;

export interface MarkdownItRenderer {
  rules: Record<string, MarkdownItRenderRule | undefined>;
  renderAttrs(token: MarkdownItToken): string;
  renderToken(tokens: MarkdownItToken[], index: number, options: unknown): string;
}

export interface TimelineFenceSettings {
  /** `postmortem.preview.gapMinutes`, read at each rendering so that a change applies at once. */
  gapMinutes(): number;
}

const DEFAULT_SETTINGS: TimelineFenceSettings = { gapMinutes: () => DEFAULT_GAP_MINUTES };

/** Adds the `postmortem-timeline` fence; every other fence renders as before. */
export function extendMarkdownIt(md: MarkdownIt, settings: TimelineFenceSettings = DEFAULT_SETTINGS): MarkdownIt {
  // The renderer sees one token and the whole document only in the core state; VS Code parses and
  // renders with different `env` objects, so the source goes with the token itself.
  const sources = new WeakMap<MarkdownItToken, string>();
  md.core.ruler.push('postmortem_timeline_source', (state) => {
    for (const token of state.tokens) if (isTimelineFence(token)) sources.set(token, state.src);
  });
  const renderFence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (!isTimelineFence(token)) return renderFence ? renderFence(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    const source = sources.get(token);
    // Keeps the attributes the preview puts on blocks (`data-line`, `code-line`) for its scroll sync.
    token.attrJoin('class', 'pm-timeline-block');
    const picture = source === undefined ? missingSource() : pictureOf(source, settings.gapMinutes());
    return `<div${self.renderAttrs(token)}><style>${TIMELINE_CSS}</style>${picture}</div>\n`;
  };
  return md;
}

function isTimelineFence(token: MarkdownItToken): boolean {
  return token.type === 'fence' && token.info.trim().split(/\s+/)[0] === TIMELINE_FENCE;
}

let cached: { source: string; gapMinutes: number; picture: string } | null = null;

/** The picture of a whole document; the preview renders again on every keystroke, and a report may hold several fences. */
function pictureOf(source: string, gapMinutes: number): string {
  if (cached?.source !== source || cached.gapMinutes !== gapMinutes) {
    const model = analyze(source);
    cached = { source, gapMinutes, picture: timelineSvg(model, incidentMetrics(model), { gapMinutes }) };
  }
  return cached.picture;
}

function missingSource(): string {
  return '<p class="pm-timeline-note">The timeline picture needs the whole document, which this renderer did not give.</p>';
}
