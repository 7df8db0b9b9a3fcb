// The document's outline as a writer reads it: headings nested by level, each spanning its
// sub-headings. Shared by document symbols, folding and selection ranges; offsets only.

import type { Heading, PostmortemModel, Section, TextRange } from '../model';

export interface OutlineNode {
  heading: Heading;
  /** The section the heading opens, or null for a heading that names no section. */
  section: Section | null;
  /**
   * From the heading to the end of the line before the next heading at its level or above
   * (or to the end of the document), so `### Impact` under `## Summary` stays inside it.
   */
  range: TextRange;
  /** Nested headings, in document order. */
  children: OutlineNode[];
}

/**
 * Bold and plain lines rank below every real heading: any heading ends them, as it ends
 * their section in the model, and nothing nests under them.
 */
const PSEUDO_HEADING_LEVEL = 7;

/**
 * The outline's top-level nodes. The title holds every other heading, whatever its level
 * (`# Title` followed by `# Summary` still reads as a title over its sections). Headings
 * without words are left out: they name nothing to navigate to.
 */
export function buildOutline(model: PostmortemModel): OutlineNode[] {
  const { text } = model;
  const sectionOf = new Map(model.sections.map((section) => [section.heading, section]));
  const nodeOf = (heading: Heading): OutlineNode => ({ heading, section: sectionOf.get(heading) ?? null, range: { start: heading.range.start, end: heading.range.end }, children: [] });
  const roots: OutlineNode[] = [];
  const title = model.title ? nodeOf(model.title) : null;
  if (title) {
    title.range.end = endOfLineBefore(text, text.length);
    roots.push(title);
  }
  const open: Array<{ node: OutlineNode; level: number }> = [];
  for (const heading of model.headings) {
    if (heading === model.title || heading.text === '') continue;
    const level = heading.depth ?? PSEUDO_HEADING_LEVEL;
    while (open.length && open[open.length - 1].level >= level) open.pop()!.node.range.end = endOfLineBefore(text, heading.range.start);
    const node = nodeOf(heading);
    (open.length ? open[open.length - 1].node.children : (title?.children ?? roots)).push(node);
    open.push({ node, level });
  }
  for (const { node } of open) node.range.end = endOfLineBefore(text, text.length);
  return roots;
}

/** The nodes that contain `range`, outermost first. */
export function nodesContaining(roots: OutlineNode[], range: TextRange): OutlineNode[] {
  const path: OutlineNode[] = [];
  let level = roots;
  for (;;) {
    const node = level.find((n) => n.range.start <= range.start && range.end <= n.range.end);
    if (!node) return path;
    path.push(node);
    level = node.children;
  }
}

/**
 * Each timeline section's entries as one block: from its first entry (or the table's
 * header row) to its last entry. Notes between entries belong to the block.
 */
export function timelineBlocks(model: PostmortemModel): TextRange[] {
  return model.timeline.sections.flatMap((section) => {
    const inSection = (range: TextRange) => range.start >= section.contentRange.start && range.start < section.contentRange.end;
    const parts = [...model.timeline.entries.map((e) => e.range), ...model.timeline.tables.map((t) => t.range)].filter(inSection);
    if (parts.length === 0) return [];
    return [{ start: parts.reduce((min, p) => Math.min(min, p.start), Infinity), end: parts.reduce((max, p) => Math.max(max, p.end), 0) }];
  });
}

/** The end of the line before the one `offset` stands on (after a heading's indentation, or at its start). */
function endOfLineBefore(text: string, offset: number): number {
  let end = offset;
  while (text[end - 1] === ' ' || text[end - 1] === '\t') end--;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}
