// The report itself as HTML: remark → rehype → GitHub's sanitising schema → HTML. Nothing
// the document says can run: raw HTML is dropped, `javascript:` and `file:` URLs are removed,
// and only elements and attributes GitHub allows remain. Block elements carry `data-line`
// (0-based source line) for scroll sync.

import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
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

/** mdast blocks that get a `data-line`. */
const LINE_MARKED = new Set(['heading', 'paragraph', 'listItem', 'tableRow', 'code', 'blockquote', 'thematicBreak', 'table']);

/** Adds `data-line` to block elements; the front matter is dropped by remark-rehype, which has no HTML for it. */
function markSourceLines() {
  return (tree: MdastRoot) => {
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if (!LINE_MARKED.has(node.type) || line === undefined) return;
      node.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: object } | undefined)?.hProperties, dataLine: line - 1 } };
    });
  };
}

const SCHEMA = { ...defaultSchema, attributes: { ...defaultSchema.attributes, '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataLine'] } };

const markdownToSafeHast = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(markSourceLines).use(remarkRehype).use(rehypeSanitize, SCHEMA).freeze();
// `raw` nodes are only ever added after sanitising, by `finishCodeBlocks`: remark-rehype drops the document's own HTML.
const hastToHtml = unified().use(rehypeStringify, { allowDangerousHtml: true }).freeze();

/** The report's Markdown as sanitised HTML, without its front matter. */
export function renderReportBody(text: string, options: ReportBodyOptions): string {
  const tree = markdownToSafeHast.runSync(markdownToSafeHast.parse(text)) as HastRoot;
  resolveImages(tree, options.resourceBase);
  finishCodeBlocks(tree, options.timelinePicture);
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
 * Each fenced block's `data-line` moved from its `<code>` (where remark-rehype puts it) to the
 * `<pre>`, the block the page scrolls to; a `postmortem-timeline` fence becomes the picture.
 */
function finishCodeBlocks(tree: HastRoot, picture: string): void {
  visit(tree, 'element', (element: Element, index, parent) => {
    if (element.tagName !== 'pre' || index === undefined || !parent) return;
    const code = element.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
    if (!code) return;
    const line = code.properties.dataLine;
    delete code.properties.dataLine;
    const classes = code.properties.className;
    if (Array.isArray(classes) && classes.includes(`language-${TIMELINE_FENCE}`)) {
      const lineAttribute = typeof line === 'number' ? ` data-line="${line}"` : '';
      const replacement: RootContent & ElementContent = { type: 'raw', value: `<div class="pm-timeline-block"${lineAttribute}>${picture}</div>` };
      parent.children[index] = replacement;
    } else if (line !== undefined) {
      element.properties.dataLine = line;
    }
  });
}
