// How a document lays out its lines and section headings, for the fixes that add, move or
// rewrite lines: they must write the document's own line breaks and heading levels.

import type { PostmortemModel, TextRange } from '../model';
import { lineEndAt, nextLineStart } from '../model/markdown';

/** The document's line break: CRLF when its first line ends with one, else LF. */
export function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Where the line holding `offset` starts; the first line starts after a byte order mark. */
export function lineStartAt(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start === 0 && offset > 0 && text.charCodeAt(0) === 0xfeff ? 1 : start;
}

/** The lines that `range` touches, each without its line break. */
export function linesOf(text: string, range: TextRange): TextRange[] {
  const lines: TextRange[] = [];
  for (let start = lineStartAt(text, range.start); ; ) {
    lines.push({ start, end: lineEndAt(text, start) });
    start = nextLineStart(text, start);
    if (start >= range.end) return lines;
  }
}

/** Whether the line starting at `lineStart` holds only whitespace. */
export function isBlankLine(text: string, lineStart: number): boolean {
  const next = nextLineStart(text, lineStart);
  return !/\S/.test(text.slice(lineStart, next));
}

/** The level most of `depths` share; on a tie, the first one's. */
export function dominantDepth(depths: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const depth of depths) counts.set(depth, (counts.get(depth) ?? 0) + 1);
  let best: number | null = null;
  for (const depth of depths) if (best === null || counts.get(depth)! > counts.get(best)!) best = depth;
  return best;
}

/**
 * The level `heading-level` holds sections to: the level most sections use, one below the
 * title without any, and 2 while sections stand at or above the title (its fix then makes the
 * title `#` and every section `##`, so a heading written now at 2 keeps its level after that).
 */
export function sectionDepth(model: PostmortemModel): number {
  const depths = model.sections.flatMap((s) => (s.heading.depth === null || s.parent !== null ? [] : [s.heading.depth]));
  const titleDepth = model.title?.depth ?? null;
  if (titleDepth !== null && depths.some((d) => d <= titleDepth)) return 2;
  return dominantDepth(depths) ?? (titleDepth ?? 1) + 1;
}
