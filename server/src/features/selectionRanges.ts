// Expand selection: from the word or time under the cursor outwards through the entry, its
// line, the timeline, the paragraph, the section and its parents, to the whole document.

import type { Position, SelectionRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostmortemModel, TextRange } from '../model';
import { lineEndAt, trimRange } from '../model/markdown';
import { buildOutline, nodesContaining, timelineBlocks } from './outline';

export function selectionRanges(document: TextDocument, model: PostmortemModel, positions: Position[]): SelectionRange[] {
  const outline = buildOutline(model);
  const blocks = timelineBlocks(model);
  const headingLines = headingLineStarts(model);
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const candidates = [
      ...aroundCursor(model, offset, headingLines),
      ...blocks,
      ...model.tables,
      ...nodesContaining(outline, { start: offset, end: offset }).flatMap((node) => [node.heading.textRange, node.heading.range, bodyOf(model.text, node.heading.range, node.range), node.range]),
      { start: 0, end: model.text.length },
    ];
    return chainOf(document, candidates, offset) ?? { range: { start: position, end: position } };
  });
}

/** The small ranges at the cursor: the word, a time and its zone, the timeline entry or action item, the front matter, the line and the paragraph. */
function aroundCursor(model: PostmortemModel, offset: number, headingLines: Set<number>): TextRange[] {
  const { text } = model;
  const ranges: TextRange[] = [wordAt(text, offset)];
  const at = (range: TextRange) => range.start <= offset && offset <= range.end;
  for (const mention of model.timeMentions) if (at(mention.range)) ranges.push(mention.time.range, mention.range);
  for (const entry of model.timeline.entries) {
    if (!at(entry.range)) continue;
    const time = entry.time ?? entry.invalidTime;
    if (time) ranges.push(time.range, { start: (entry.date ?? time).range.start, end: entry.zone && entry.zone.range.start >= time.range.end ? entry.zone.range.end : time.range.end });
    ranges.push(entry.textRange, entry.lineRange, entry.range);
  }
  for (const item of model.actionItems) if (at(item.range)) ranges.push(item.range);
  if (model.frontMatter && at(model.frontMatter.range)) ranges.push(...model.frontMatter.valueRanges.values(), model.frontMatter.range);
  const line = lineAt(text, offset);
  ranges.push(trimRange(text, line.start, line.end), paragraphAt(text, line, headingLines));
  return ranges;
}

/**
 * The selection ranges for `offset`, innermost first: of the candidates around it, from the
 * largest down, each one kept only if it lies strictly inside the one kept before (LSP
 * requires every parent to contain its child; equal or crossing ranges are dropped).
 */
function chainOf(document: TextDocument, candidates: TextRange[], offset: number): SelectionRange | null {
  const around = candidates.filter((r) => r.start < r.end && r.start <= offset && offset <= r.end).sort((a, b) => b.end - b.start - (a.end - a.start));
  let selection: SelectionRange | null = null;
  let outer: TextRange | null = null;
  for (const range of around) {
    if (outer && !(outer.start <= range.start && range.end <= outer.end && (outer.start < range.start || range.end < outer.end))) continue;
    selection = { range: { start: document.positionAt(range.start), end: document.positionAt(range.end) }, ...(selection ? { parent: selection } : {}) };
    outer = range;
  }
  return selection;
}

/** Letters, digits and `_` around the cursor; a time's digits are the word before the whole time. */
function wordAt(text: string, offset: number): TextRange {
  const isWordChar = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}_]/u.test(text[i]);
  let start = offset;
  let end = offset;
  while (isWordChar(start - 1)) start--;
  while (isWordChar(end)) end++;
  return { start, end };
}

/** The line holding `offset`, without its line break. */
function lineAt(text: string, offset: number): TextRange {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return { start, end: lineEndAt(text, start) };
}

/** The lines around `line` up to a blank line or a heading; nothing on a blank or heading line. */
function paragraphAt(text: string, line: TextRange, headingLines: Set<number>): TextRange {
  const isProse = (l: TextRange) => !headingLines.has(l.start) && /\S/.test(text.slice(l.start, l.end));
  if (!isProse(line)) return { start: line.start, end: line.start };
  let first = line;
  let last = line;
  while (first.start > 0) {
    const previous = lineAt(text, first.start - 1);
    if (!isProse(previous)) break;
    first = previous;
  }
  for (let newline = text.indexOf('\n', last.end); newline !== -1; newline = text.indexOf('\n', last.end)) {
    const next = lineAt(text, newline + 1);
    if (!isProse(next)) break;
    last = next;
  }
  return trimRange(text, first.start, last.end);
}

/** Where each line of every heading starts (a setext heading has two). */
function headingLineStarts(model: PostmortemModel): Set<number> {
  const starts = new Set<number>();
  for (const heading of model.headings) {
    starts.add(lineAt(model.text, heading.range.start).start);
    for (let i = model.text.indexOf('\n', heading.range.start); i !== -1 && i < heading.range.end; i = model.text.indexOf('\n', i + 1)) starts.add(i + 1);
  }
  return starts;
}

/** A section without its heading: from the line after the heading to the section's last words. */
function bodyOf(text: string, heading: TextRange, section: TextRange): TextRange {
  const newline = text.indexOf('\n', heading.end);
  return trimRange(text, newline === -1 ? section.end : Math.min(newline + 1, section.end), section.end);
}
