// Sections: real headings, bold lines and `Timeline:` lines that act as headings, each
// classified into the fixed set of section kinds.

import type { Heading as MdHeading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineEndAt, rangeOf } from './markdown';
import type { Heading, Section, SectionKind } from './types';

const KIND_PATTERNS: Array<[SectionKind, RegExp]> = [
  ['timeline', /\btimeline\b|^chronology\b|^sequence of events\b/],
  ['root_cause', /\broot[\s-]?causes?\b|^what caused\b|^causes?\b|^contributing factors?\b/],
  ['trigger', /^triggers?\b/],
  ['action_items', /^action items?\b|^(?:corrective|preventi(?:ve|ative)|prevention)\b|^follow[\s-]?ups?\b|^next steps\b|^remediation (?:items|actions)\b/],
  ['resolution', /^(?:resolution|recovery|mitigation|remediation|the fix|fix|solution)\b|\bresolution$/],
  ['detection', /^detection\b|^how (?:it|we|the issue) (?:was )?detected\b/],
  ['lessons_learned', /^lessons?\b|^what went (?:well|wrong|badly)\b|^(?:key )?takeaways?\b|^where we got lucky\b/],
  ['summary', /^(?:summary|overview)\b|\b(?:summary|overview)$|^tl;?dr\b/],
  ['impact', /^impact\b|\bimpact$/],
];

/** Lower-cases, drops parentheses, numbering, Markdown marks and trailing punctuation. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[*_`~#>]/g, '')
    .replace(/^\s*(?:\d+|[ivx]+)[.)]\s+/, '')
    .replace(/[^\p{L}\p{N}\s;&/'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section kinds a heading's words name: `Root cause and resolution` names two. */
export function classifyHeading(text: string): SectionKind[] {
  const normalised = normalise(text);
  if (!normalised) return [];
  const kinds: SectionKind[] = [];
  for (const part of normalised.split(/\s+(?:and|&)\s+|\s*[&/]\s*/)) {
    const kind = KIND_PATTERNS.find(([, pattern]) => pattern.test(part.trim()))?.[0];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

const MAX_PSEUDO_HEADING_WORDS = 8;

/** Finds every heading and heading-like line among the top-level blocks. */
export function findHeadings(text: string, root: Root): Heading[] {
  const headings: Heading[] = [];
  /** The heading of the section being read, as `buildSections` will cut it. */
  let open: Heading | null = null;
  for (const block of root.children) {
    let heading: Heading | null = null;
    if (block.type === 'heading') heading = realHeading(text, block);
    else if (block.type === 'paragraph') {
      heading = pseudoHeading(text, block);
      if (heading && open && isLeadIn(heading, open)) heading = null;
    }
    if (!heading) continue;
    headings.push(heading);
    if (!open || endsSection(open, heading)) open = heading.kinds.length > 0 ? heading : null;
  }
  return headings;
}

/** `Here is the timeline:` under `## Timeline` introduces the section's content; it opens no section. */
function isLeadIn(heading: Heading, open: Heading): boolean {
  return heading.style === 'plain' && heading.kinds.every((kind) => open.kinds.includes(kind));
}

/** Whether `next` ends the section `heading` opens: another section, or a real heading at its level or above. */
function endsSection(heading: Heading, next: Heading): boolean {
  return next.kinds.length > 0 || (next.depth !== null && (heading.depth === null || next.depth <= heading.depth));
}

function realHeading(text: string, node: MdHeading): Heading {
  const range = rangeOf(node)!;
  const atx = /^\s{0,3}#/.test(text.slice(range.start, range.start + 4));
  const first = node.children[0] ? rangeOf(node.children[0]) : null;
  const last = node.children.length ? rangeOf(node.children[node.children.length - 1]) : null;
  const textRange = first && last ? { start: first.start, end: last.end } : { start: atx ? lineEndAt(text, range.start) : range.start, end: atx ? lineEndAt(text, range.start) : range.start };
  const words = toString(node).trim();
  return { style: atx ? 'atx' : 'setext', depth: node.depth, text: words, range, textRange, kinds: classifyHeading(words) };
}

/**
 * A paragraph whose first line is only bold text (`**Timeline**`) or a short line naming
 * a section (`Issue Summary:`), the way writers fake headings.
 */
function pseudoHeading(text: string, node: Paragraph): Heading | null {
  const range = rangeOf(node);
  if (!range) return null;
  const lineEnd = lineEndAt(text, range.start);
  const line = text.slice(range.start, lineEnd);
  const isWholeParagraph = lineEnd >= range.end;

  const bold = /^(\*\*|__)(.+?)\1\s*:?\s*$/.exec(line) ?? /^(\*\*|__)(.+?):\1\s*$/.exec(line);
  if (bold && startsWithStrong(node)) {
    const words = bold[2].replace(/:\s*$/, '').trim();
    const kinds = classifyHeading(words);
    if (kinds.length === 0 || wordCount(words) > MAX_PSEUDO_HEADING_WORDS) return null;
    const textStart = range.start + bold[1].length + (bold[2].length - bold[2].trimStart().length);
    return { style: 'bold', depth: null, text: words, range: { start: range.start, end: lineEnd }, textRange: { start: textStart, end: textStart + words.length }, kinds };
  }

  const plain = /^(\S[^*_#|]*?)\s*(:?)\s*$/.exec(line);
  if (!plain || (!plain[2] && !isWholeParagraph)) return null;
  const words = plain[1];
  // A short sentence (`The root cause is known.`) is prose, not a heading.
  if (wordCount(words) > MAX_PSEUDO_HEADING_WORDS || /[.!?]$/.test(words)) return null;
  const kinds = classifyHeading(words);
  if (kinds.length === 0) return null;
  return { style: 'plain', depth: null, text: words, range: { start: range.start, end: lineEnd }, textRange: { start: range.start, end: range.start + words.length }, kinds };
}

function startsWithStrong(node: Paragraph): boolean {
  return node.children[0]?.type === 'strong';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The document title: the first real heading, when it comes before every section and names none. */
export function findTitle(headings: Heading[]): Heading | null {
  const first = headings[0];
  if (!first || first.depth === null || first.kinds.length > 0 || first.text === '') return null;
  return first;
}

/**
 * Cuts the document into sections. A section runs from its heading to the next section
 * heading, or to a real heading at its own level or above that starts something else.
 */
export function buildSections(text: string, root: Root, headings: Heading[]): Section[] {
  const sections: Section[] = [];
  headings.forEach((heading, index) => {
    if (heading.kinds.length === 0) return;
    let end = text.length;
    for (const next of headings.slice(index + 1)) {
      if (endsSection(heading, next)) {
        end = next.range.start;
        break;
      }
    }
    const contentStart = Math.min(nextLineStart(text, heading.range.end), end);
    const contentRange = { start: contentStart, end };
    sections.push({
      kinds: heading.kinds,
      heading,
      range: { start: heading.range.start, end },
      contentRange,
      isEmpty: !hasWords(text, root, contentRange),
    });
  });
  return sections;
}

function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Whether any block inside the range says something (comments and bare headings do not). */
function hasWords(text: string, root: Root, range: { start: number; end: number }): boolean {
  const said = (block: RootContent) => {
    if (block.type === 'html' || block.type === 'thematicBreak' || block.type === 'yaml') return false;
    if (block.type === 'heading') return false;
    return true;
  };
  for (const block of root.children) {
    const blockRange = rangeOf(block);
    if (!blockRange || blockRange.end <= range.start || blockRange.start >= range.end) continue;
    if (!said(block)) continue;
    const start = Math.max(blockRange.start, range.start);
    const end = Math.min(blockRange.end, range.end);
    if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) return true;
  }
  return false;
}
