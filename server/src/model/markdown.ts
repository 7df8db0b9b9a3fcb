// The one Markdown parser of the project: remark with GFM tables and YAML front matter.

import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Nodes, Root, RootContent } from 'mdast';
import type { TextRange } from './types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  const root = processor.parse(text);
  // micromark drops a leading byte order mark and counts offsets without it; the model's
  // offsets are into the text as given, so move every node one code unit on.
  if (text.charCodeAt(0) === 0xfeff) {
    visit(root, (node) => {
      if (node.position?.start.offset !== undefined) node.position.start.offset += 1;
      if (node.position?.end.offset !== undefined) node.position.end.offset += 1;
    });
  }
  return root;
}

/** The source range of a node, or null for generated nodes without a position. */
export function rangeOf(node: Nodes): TextRange | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** The end of the line that contains `offset` (before its `\r\n` or `\n`). */
export function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

/** Where the line after the one holding `offset` starts, or the end of the text. */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The range between `start` and `end` without the whitespace at either end. */
export function trimRange(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** The lines of `text` between `start` and `end`, each with its own offsets (line ends excluded). */
export function linesIn(text: string, start: number, end: number): TextRange[] {
  const lines: TextRange[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const lineEnd = Math.min(lineEndAt(text, lineStart), end);
    lines.push({ start: lineStart, end: lineEnd });
    const newline = text.indexOf('\n', lineEnd);
    if (newline === -1 || newline >= end) break;
    lineStart = newline + 1;
  }
  return lines;
}

/**
 * Top-level blocks overlapping a range (a section's content). A section can start or end inside
 * a block (a `Timeline:` line inside a paragraph, a `- **Root Cause:**` item inside a list), so
 * readers clip what they take from a block to the range.
 */
export function blocksIn(root: Root, range: TextRange): RootContent[] {
  return root.children.filter((block) => {
    const r = rangeOf(block);
    return r !== null && r.start < range.end && r.end > range.start;
  });
}

/** The part of `inner` inside `outer` (empty at `outer`'s start when they do not meet). */
export function clip(inner: TextRange, outer: TextRange): TextRange {
  const start = Math.min(Math.max(inner.start, outer.start), outer.end);
  return { start, end: Math.max(start, Math.min(inner.end, outer.end)) };
}

/** Whether any of the ascending `starts` lies inside `range` (binary search: timelines can be long). */
export function hasStartWithin(starts: number[], range: TextRange): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle] < range.start) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low] < range.end;
}

/**
 * HTML source with its markup blanked out: tags, comments, entities and emoji shortcodes
 * (`:small_orange_diamond:`) become spaces of the same length, so what the writer typed between
 * them can be read with the offsets it has in the document.
 */
export function maskHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>|&(?:#\d+|#x[\da-f]+|\w+);|:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:/gi, (markup) => markup.replace(/[^\r\n]/g, ' '));
}
