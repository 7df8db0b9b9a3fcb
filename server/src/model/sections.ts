// Sections: real headings (Markdown or HTML), bold lines and `Timeline:` lines that act as
// headings, each classified into the fixed set of section kinds.

import type { Html, Heading as MdHeading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineEndAt, nextLineStart, rangeOf } from './markdown';
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
    const found: Heading[] = [];
    if (block.type === 'heading') found.push(realHeading(text, block));
    else if (block.type === 'html') found.push(...htmlHeadings(text, block));
    else if (block.type === 'paragraph') {
      const heading = pseudoHeading(text, block);
      if (heading && !(open && isLeadIn(heading, open))) found.push(heading);
    }
    for (const heading of found) {
      headings.push(heading);
      if (!open || endsSection(open, heading)) open = heading.kinds.length > 0 ? heading : null;
    }
  }
  return headings;
}

/** A line holding one HTML heading element: `<h2 align="center">Timeline</h2>`. */
const HTML_HEADING_LINE = /^[ \t]{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1\s*>[ \t]*$/i;

/**
 * The HTML headings of an HTML block, one per line: a block runs to the next blank line, so
 * `<h2>Impact</h2>` and the `<p>` under it share one.
 */
function htmlHeadings(text: string, node: Html): Heading[] {
  const range = rangeOf(node);
  if (!range) return [];
  const headings: Heading[] = [];
  for (let start = range.start; start < range.end; ) {
    const end = Math.min(lineEndAt(text, start), range.end);
    const match = HTML_HEADING_LINE.exec(text.slice(start, end));
    if (match) {
      const inner = text.slice(start, end).indexOf('>', match[0].indexOf('<')) + 1;
      const innerStart = start + inner + (match[2].length - match[2].trimStart().length);
      const innerEnd = start + inner + match[2].trimEnd().length;
      const words = htmlText(match[2]);
      const lineStart = start + match[0].length - match[0].trimStart().length;
      const lineEnd = start + match[0].trimEnd().length;
      headings.push({ style: 'html', depth: Number(match[1]), text: words, range: { start: lineStart, end: lineEnd }, textRange: { start: innerStart, end: Math.max(innerStart, innerEnd) }, kinds: classifyHeading(words) });
    }
    start = nextLineStart(text, end);
  }
  return headings;
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ' };

/** The words of an HTML fragment: tags and comments dropped, common entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')
    .replace(/&(\w+);/g, (entity, name: string) => HTML_ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
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
  if (!plain || (!plain[2] && !isWholeParagraph && !isUpperCaseLine(plain[1]))) return null;
  const words = plain[1];
  // A short sentence (`The root cause is known.`) is prose, not a heading.
  if (wordCount(words) > MAX_PSEUDO_HEADING_WORDS || /[.!?]$/.test(words)) return null;
  const kinds = classifyHeading(words);
  if (kinds.length === 0) return null;
  return { style: 'plain', depth: null, text: words, range: { start: range.start, end: lineEnd }, textRange: { start: range.start, end: range.start + words.length }, kinds };
}

/** `ROOT CAUSE` on its own line: capitals set it apart from the text it runs into, as a heading. */
function isUpperCaseLine(words: string): boolean {
  return /^[\p{Lu}\p{N}\s&/(),'-]+$/u.test(words) && /\p{Lu}{2}/u.test(words);
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
 * A deeper heading standing in a section is its sub-section when it names a part of it.
 */
export function buildSections(text: string, root: Root, headings: Heading[]): Section[] {
  const sections: Section[] = [];
  /** The real headings enclosing the current one, outermost first, with their sections. */
  const enclosing: Array<{ depth: number; section: Section | null }> = [];
  headings.forEach((heading, index) => {
    if (heading.depth === null) enclosing.length = 0;
    else while (enclosing.length && enclosing[enclosing.length - 1].depth >= heading.depth) enclosing.pop();
    if (heading.kinds.length === 0) {
      if (heading.depth !== null) enclosing.push({ depth: heading.depth, section: null });
      return;
    }
    let end = text.length;
    for (let i = index + 1; i < headings.length; i++) {
      if (endsSection(heading, headings[i])) {
        end = headings[i].range.start;
        break;
      }
    }
    const contentStart = Math.min(nextLineStart(text, heading.range.end), end);
    const contentRange = { start: contentStart, end };
    const around = innermostSection(enclosing);
    const section: Section = {
      kinds: heading.kinds,
      heading,
      range: { start: heading.range.start, end },
      contentRange,
      isEmpty: !hasWords(text, root, contentRange),
      parent: around && isPartOf(heading.kinds, around.kinds) ? around : null,
    };
    sections.push(section);
    if (heading.depth !== null) enclosing.push({ depth: heading.depth, section });
  });
  // Children follow their parent, so going backwards passes words up the whole chain.
  for (let i = sections.length - 1; i >= 0; i--) {
    const { isEmpty, parent } = sections[i];
    if (!isEmpty && parent) parent.isEmpty = false;
  }
  return sections;
}

function innermostSection(enclosing: ReadonlyArray<{ section: Section | null }>): Section | null {
  for (let i = enclosing.length - 1; i >= 0; i--) if (enclosing[i].section) return enclosing[i].section;
  return null;
}

/** Besides parts of their own kind, a summary holds the impact and a root cause its trigger. */
const PARTS: Partial<Record<SectionKind, SectionKind[]>> = { summary: ['impact'], root_cause: ['trigger'] };

/** Whether a section of `kinds` reads as a part of one of `parentKinds` (`Impact` of `Summary`, not `Timeline`). */
function isPartOf(kinds: readonly SectionKind[], parentKinds: readonly SectionKind[]): boolean {
  return kinds.every((kind) => parentKinds.some((parent) => parent === kind || PARTS[parent]?.includes(kind)));
}

/** Whether any block inside the range says something (comments and bare headings do not). */
function hasWords(text: string, root: Root, range: { start: number; end: number }): boolean {
  const said = (block: RootContent) => block.type !== 'thematicBreak' && block.type !== 'yaml' && block.type !== 'heading';
  for (const block of root.children) {
    const blockRange = rangeOf(block);
    if (!blockRange || blockRange.end <= range.start || blockRange.start >= range.end) continue;
    if (!said(block)) continue;
    const start = Math.max(blockRange.start, range.start);
    const end = Math.min(blockRange.end, range.end);
    const content = text.slice(start, end);
    // HTML says what its text says, outside comments and heading lines (`<p>Checkout failed.</p>`).
    const words = block.type === 'html' ? htmlText(content.split('\n').filter((line) => !HTML_HEADING_LINE.test(line.replace(/\r$/, ''))).join('\n')) : content;
    if (/[\p{L}\p{N}]/u.test(words)) return true;
  }
  return false;
}
