// The report itself as HTML: remark → rehype → GitHub's sanitising schema → HTML. Nothing
// the document says can run: raw HTML is dropped, `javascript:` and `file:` URLs are removed,
// and only elements and attributes GitHub allows remain. Block elements carry `data-line`
// (0-based source line) for scroll sync.

import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { TIMELINE_FENCE } from './timeline';

export interface ReportBodyOptions {
  /** The URL relative image paths are resolved against (the document's folder); null drops them. */
  resourceBase: string | null;
  /** Drawn in place of each `postmortem-timeline` fence. */
  timelinePicture: string;
}

/**
 * The HTML elements of the mdast blocks that get a `data-line` (heading, paragraph, list item,
 * table row, code, blockquote, thematic break, table). remark-rehype gives each its block's
 * position, and the sanitiser keeps it; the front matter has no HTML.
 */
const LINE_MARKED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'tr', 'pre', 'blockquote', 'hr', 'table']);

// The mdast tree is only read: the model's own tree can be rendered without being changed.
const mdastToSafeHast = unified().use(remarkRehype).use(rehypeSanitize, defaultSchema).freeze();
// `raw` nodes are only ever added after sanitising, by `finishBlocks`: remark-rehype drops the document's own HTML.
const hastToHtml = unified().use(rehypeStringify, { allowDangerousHtml: true }).freeze();

/** The report's Markdown (parsed by the model's `parseMarkdown`) as sanitised HTML, without its front matter. */
export function renderReportBody(root: MdastRoot, options: ReportBodyOptions): string {
  const tree = mdastToSafeHast.runSync(root) as HastRoot;
  resolveImages(tree, options.resourceBase);
  finishBlocks(tree, options.timelinePicture);
  return hastToHtml.stringify(tree);
}

/** Relative image paths against the document's folder; absolute `http(s):` kept (the sanitiser let nothing else through). */
function resolveImages(tree: HastRoot, resourceBase: string | null): void {
  visit(tree, 'element', (element: Element) => {
    const src = element.tagName === 'img' ? element.properties.src : undefined;
    if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(src)) return;
    const resolved = resourceBase === null ? null : resolveAgainst(src, resourceBase);
    if (resolved === null) delete element.properties.src;
    else element.properties.src = resolved;
  });
}

function resolveAgainst(path: string, base: string): string | null {
  try {
    return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
  } catch {
    return null;
  }
}

/**
 * Each block's `data-line` (0-based source line) for the page's scroll sync; a
 * `postmortem-timeline` fence becomes the picture.
 */
function finishBlocks(tree: HastRoot, picture: string): void {
  visit(tree, 'element', (element: Element, index, parent) => {
    const line = LINE_MARKED.has(element.tagName) ? element.position?.start.line : undefined;
    if (line !== undefined) element.properties.dataLine = line - 1;
    if (element.tagName !== 'pre' || index === undefined || !parent) return;
    const code = element.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
    const classes = code?.properties.className;
    if (Array.isArray(classes) && classes.includes(`language-${TIMELINE_FENCE}`)) {
      const lineAttribute = line !== undefined ? ` data-line="${line - 1}"` : '';
      const replacement: RootContent & ElementContent = { type: 'raw', value: `<div class="pm-timeline-block"${lineAttribute}>${picture}</div>` };
      parent.children[index] = replacement;
    }
  });
}
