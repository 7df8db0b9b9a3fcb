import { classifyHeading } from '../model';
import type { Heading, PostmortemModel } from '../model';
import { lineBreakOf, linesOf, sectionDepth } from './layout';
import type { Rule, TextEdit } from './rule';

export const pseudoHeading: Rule = {
  meta: {
    id: 'pseudo-heading',
    description: 'A bold line (`**Timeline**`) or a plain line (`Timeline:`) is used instead of a Markdown heading.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const level = sectionDepth(model);
    return model.headings
      .filter((h) => (h.style === 'bold' || h.style === 'plain') && h.kinds.length > 0)
      .map((h) => ({
        range: h.range,
        message: `“${h.text}” ${h.style === 'bold' ? 'is bold text' : 'is a plain line'} acting as a heading, so outlines, links and tools do not see it. Write it as a heading: \`${'#'.repeat(level)} ${h.text}\`.`,
        data: { depth: level },
      }));
  },
  fix(model, diagnostic) {
    const heading = model.headings.find((h) => (h.style === 'bold' || h.style === 'plain') && h.range.start === diagnostic.range.start);
    const depth = diagnostic.data?.depth;
    if (!heading || typeof depth !== 'number' || depth < 1 || depth > 6) return [];
    // At the title's level or above it heading-level would report the new heading: its fix goes first.
    const titleDepth = model.title?.depth ?? null;
    if (titleDepth !== null && depth <= titleDepth) return [];
    const { words, runIn } = splitRunIn(heading);
    const written = `${'#'.repeat(depth)} ${words}`;
    const lineBreak = lineBreakOf(model.text);
    return [{
      title: `Write as a heading: ${written}`,
      edits: [{ range: heading.range, newText: runIn === null ? written : written + lineBreak + lineBreak + runIn }, ...outdentedContent(model, heading)],
      preferred: true,
    }];
  },
};

/**
 * A list item's label (`- **Root Cause:**`) becomes a heading; what was nested under it moves out
 * by the item's indentation, so it stays a list or paragraph under the heading (four spaces more
 * would make it code).
 */
function outdentedContent(model: PostmortemModel, heading: Heading): TextEdit[] {
  if (!heading.inListItem) return [];
  const { text } = model;
  const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(text.slice(heading.range.start, heading.range.end));
  const section = model.sections.find((s) => s.heading === heading);
  if (!marker || !section) return [];
  const column = marker[0].length;
  return linesOf(text, section.contentRange).flatMap((line) => {
    const indent = /^ */.exec(text.slice(line.start, line.end))![0].length;
    return indent >= column ? [{ range: { start: line.start, end: line.start + column }, newText: '' }] : [];
  });
}

/**
 * A plain line can run the section's text in after a colon (`Root cause: the cache`): the words
 * before it are the heading and the rest its first paragraph, provided the heading still names
 * the same sections and the rest names none and cannot be read as a timeline entry. A note in
 * parentheses (`Timeline: (UTC)`) stays with the heading.
 */
function splitRunIn(heading: Heading): { words: string; runIn: string | null } {
  const colon = heading.style === 'plain' ? /:\s+/.exec(heading.text) : null;
  if (!colon) return { words: heading.text, runIn: null };
  const words = heading.text.slice(0, colon.index).trim();
  const rest = heading.text.slice(colon.index + colon[0].length).trim();
  if (classifyHeading(words).join() !== heading.kinds.join()) return { words: heading.text, runIn: null };
  if (/^\(.*\)$/.test(rest)) return { words: `${words} ${rest}`, runIn: null };
  if (classifyHeading(rest).length > 0 || /^\d/.test(rest)) return { words: heading.text, runIn: null };
  return { words, runIn: rest };
}
