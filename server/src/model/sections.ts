// Sections: real headings (Markdown or HTML) and the lines writers use as headings (bold lines,
// `Timeline:` labels, a section's name alone on its line, on any line of a paragraph; list items
// and HTML lines that are only a label), each classified into the fixed set of section kinds by
// the names of `sectionNames.ts`. Sections nest: a real heading under a deeper one, a line under
// the combined line above it, a timeline's phases under the timeline.

import type { Html, List, Heading as MdHeading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineEndAt, linesIn, maskHtml, nextLineStart, rangeOf } from './markdown';
import { LANGUAGES } from './sectionNames';
import type { LanguageTable } from './sectionNames';
import type { Heading, Section, SectionKind, TextRange } from './types';

/** Lower-cases, drops parentheses, numbering, Markdown marks and trailing punctuation. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]?/g, ' ')
    .replace(/[*_`~#>]/g, '')
    .replace(/^\s*(?:\d+|[ivx]+)[.)]\s+/, '')
    // `# h1 Timeline`, copied from a Markdown cheat sheet.
    .replace(/^\s*h[1-6]\s+/, '')
    .replace(/[^\p{L}\p{N}\s;&/'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section kinds a heading's words name, in any language we have names for: `Root cause and resolution` names two. */
export function classifyHeading(text: string): SectionKind[] {
  return namedKinds(withoutTypos(normalise(text)), (table) => table.patterns);
}

/** The words that carry a section's name, which writers misspell (`Sumary`, `Root casue`, `Timline`). */
const KEY_WORDS = ['summary', 'overview', 'timeline', 'chronology', 'cause', 'causes', 'resolution', 'recovery', 'mitigation', 'remediation', 'detection', 'lessons', 'learned', 'corrective', 'preventive', 'preventative', 'prevention', 'measures', 'impact', 'trigger'];

/** Each word one slip away from a key word (two letters swapped, or for longer words one letter added, lost or changed) read as that word. */
function withoutTypos(normalised: string): string {
  return normalised.replace(/\p{L}{5,}/gu, (word) => {
    if (KEY_WORDS.includes(word) || NAME_WORDS.has(word)) return word;
    return KEY_WORDS.find((key) => (word.length >= 6 ? oneEditApart(word, key) : swappedPair(word, key))) ?? word;
  });
}

function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

/** One letter changed, added or lost, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ = [...a].filter((char, i) => char !== b[i]).length;
    return differ === 1 || swappedPair(a, b);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** What a heading's kinds stand for: those it names, and those a name does the work of (`Remediation`: resolution too). */
export function coveredKinds(text: string, kinds: SectionKind[]): SectionKind[] {
  const covered = namedKinds(normalise(text), (table) => table.covers ?? []);
  return [...kinds, ...covered.filter((kind) => !kinds.includes(kind))];
}

function namedKinds(normalised: string, patternsOf: (table: LanguageTable) => Array<[SectionKind, RegExp]>): SectionKind[] {
  if (!normalised) return [];
  const kinds: SectionKind[] = [];
  for (const table of LANGUAGES) {
    for (const part of normalised.split(table.joiners)) {
      const kind = patternsOf(table).find(([, pattern]) => pattern.test(part.trim()))?.[0];
      if (kind && !kinds.includes(kind)) kinds.push(kind);
    }
    if (kinds.length) return kinds;
  }
  return kinds;
}

const MAX_PSEUDO_HEADING_WORDS = 8;

/**
 * Words that section names are made of, in every language we have names for. A line that only
 * looks like a heading must be a section's name (`Root cause and resolution`, `Timeline of
 * events`), with at most one other word (`Summary of the DNS outage`): `Root cause and
 * resolution must contain` is a sentence.
 */
const NAME_WORDS = new Set(LANGUAGES.flatMap((table) => table.nameWords.split(' ').filter(Boolean)));

function isSectionName(words: string, otherWords = 1): boolean {
  const unknown = normalise(words)
    .split(/[\s;&/'-]+/)
    .filter((word) => word && !NAME_WORDS.has(word) && !/^\d+$/.test(word));
  return unknown.length <= otherWords;
}

/** Finds every heading and heading-like line among the top-level blocks. */
export function findHeadings(text: string, root: Root): Heading[] {
  const headings: Heading[] = [];
  /** The heading of the section being read, as `buildSections` will cut it. */
  let open: Heading | null = null;
  for (const block of root.children) {
    const found: Heading[] = [];
    if (block.type === 'heading') found.push(realHeading(text, block));
    else if (block.type === 'html') found.push(...htmlHeadings(text, block));
    else if (block.type === 'paragraph') found.push(...pseudoHeadings(text, block));
    else if (block.type === 'list') found.push(...labelItems(text, block).filter((heading) => !(open && isSummaryField(heading, open))));
    for (const heading of found) {
      if (open && isLeadIn(heading, open)) continue;
      headings.push(heading);
      if (!open || endsSection(open, heading)) open = heading.kinds.length > 0 ? heading : null;
    }
  }
  if (isTitleNamingAKind(headings)) headings[0] = { ...headings[0], kinds: [] };
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
      headings.push({ style: 'html', depth: Number(match[1]), text: words, range: { start: lineStart, end: lineEnd }, textRange: { start: innerStart, end: Math.max(innerStart, innerEnd) }, kinds: headingKinds(words) });
    } else {
      const label = htmlLabel(text, start, end);
      if (label) headings.push(label);
    }
    start = nextLineStart(text, end);
  }
  return headings;
}

/**
 * `<strong>Impact:</strong><br>` on a line of its own: a label in bold, or closing its line, with
 * the content on the lines after it; a heading without a level.
 */
function htmlLabel(text: string, start: number, end: number): Heading | null {
  const line = text.slice(start, end);
  if (!/<(?:strong|b)\b[^>]*>|<br\s*\/?>\s*$/i.test(line)) return null;
  const masked = maskHtml(line);
  const label = /^(\s*)(\S[^:]*?)\s*:\s*$/.exec(masked);
  if (!label || !isSectionName(label[2]) || wordCount(label[2]) > MAX_PSEUDO_HEADING_WORDS) return null;
  const kinds = headingKinds(label[2]);
  if (kinds.length === 0) return null;
  const wordsStart = start + label[1].length;
  const trimmed = line.trimEnd().length;
  return { style: 'html', depth: null, text: label[2], range: { start: start + (line.length - line.trimStart().length), end: start + trimmed }, textRange: { start: wordsStart, end: wordsStart + label[2].length }, kinds };
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
  if (heading.style !== 'plain' || !heading.kinds.every((kind) => open.kinds.includes(kind))) return false;
  // `Root Cause:` under `Root Cause and Resolution` is a sub-section; `In summary:` or `Timeline of what we did:` introduces.
  return LEAD_IN_START.test(heading.text) || !isSectionName(heading.text, 0);
}

/** `- Impact:` in a summary's list is one of its fields (with `- Duration:`), not a section of its own. */
function isSummaryField(heading: Heading, open: Heading): boolean {
  return heading.style === 'plain' && open.kinds.includes('summary') && heading.kinds.every((kind) => SUMMARY_FIELDS.includes(kind));
}

const SUMMARY_FIELDS: readonly SectionKind[] = ['impact', 'root_cause', 'trigger'];

const LEAD_IN_START = /^(?:in|here|below|see|the following|as follows|our|this|these)\b/i;

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
  return { style: atx ? 'atx' : 'setext', depth: node.depth, text: words, range, textRange, kinds: headingKinds(words) };
}

/**
 * The kinds a real heading names: a section's name, maybe with a subtitle after a colon or dash
 * (`Issue Summary: how login broke`), or with a few words of its own (`Summary of the DNS
 * outage`). A sentence that only mentions one (`A postmortem details the root cause and the
 * steps taken`) names none.
 */
function headingKinds(words: string): SectionKind[] {
  const subtitled = /^(.+?)\s*(?::|\s[-–—]\s)\s*(\S.*)$/.exec(words);
  if (subtitled && isSectionName(subtitled[1], 0)) {
    // `Prevention: Lessons Learned` names both; `Issue Summary: how login broke` only the first.
    const subtitle = isSectionName(subtitled[2], 0) ? classifyHeading(subtitled[2]) : [];
    return [...new Set([...classifyHeading(subtitled[1]), ...subtitle])];
  }
  return isSectionName(words, 3) ? classifyHeading(words) : [];
}

/**
 * The lines of a paragraph that act as headings: a line that is only bold text (`**Timeline**`),
 * a short line naming a section with a colon (`Issue Summary:`), or one standing alone (its
 * paragraph's only line, or the last before a blank line or an entry, after a line that ends
 * a sentence). Writers who leave no blank lines put them anywhere in a paragraph.
 */
function pseudoHeadings(text: string, node: Paragraph): Heading[] {
  const range = rangeOf(node);
  if (!range) return [];
  const lines = linesIn(text, range.start, range.end);
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    const heading = pseudoHeadingLine(text, node, line, {
      previous: index > 0 ? text.slice(lines[index - 1].start, lines[index - 1].end) : null,
      next: index + 1 < lines.length ? text.slice(lines[index + 1].start, lines[index + 1].end) : null,
      setApart: lines.length === 1,
    });
    if (heading) headings.push(heading);
  });
  return headings;
}

interface Neighbourhood {
  /** The paragraph's line before, or null on its first line. */
  previous: string | null;
  /** The paragraph's line after, or null on its last line. */
  next: string | null;
  /** Set apart as a heading is (alone in its paragraph), so its words need only name a section, not be a name and no more. */
  setApart: boolean;
}

/** A line that ends what it says: a sentence, a closing mark, a figure, a tag (`<br>`). */
const ENDS_A_LINE = /[.!?:;)\]"'”’*_`%>]\s*$|\d\s*$/;
/** `Duration: 2 hours`, `**Impact:** 30% of users`: a label and its value, a line complete in itself. */
const LABEL_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?[\p{L}][\p{L}\p{N} /&'’()-]{0,40}:(?:\*\*|__)?\s+\S/u;

function pseudoHeadingLine(text: string, node: Paragraph, line: TextRange, around: Neighbourhood): Heading | null {
  const leading = text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length;
  const start = line.start + leading;
  const content = text.slice(start, line.end);
  // `**18:30 UTC: Issue resolved**` is a timeline entry, whatever its words name.
  if (startsWithTime(content)) return null;
  // A line alone in its paragraph is set apart as a heading is; one among other lines must be a section's name and no more.
  const named = (words: string) => around.setApart || isSectionName(words);
  const bold = /^(\*\*|__)(.+?)\1\s*:?\s*$/.exec(content) ?? /^(\*\*|__)(.+?):\1\s*$/.exec(content);
  if (bold && strongAt(node, start)) {
    const words = bold[2].replace(/:\s*$/, '').trim();
    const kinds = headingKinds(words);
    if (kinds.length === 0 || wordCount(words) > MAX_PSEUDO_HEADING_WORDS || !named(words)) return null;
    const textStart = start + bold[1].length + (bold[2].length - bold[2].trimStart().length);
    return { style: 'bold', depth: null, text: words, range: { start, end: line.end }, textRange: { start: textStart, end: textStart + words.length }, kinds };
  }

  // `#Issue Summary`: a heading without the space Markdown needs after the `#`.
  const hashes = /^#{1,6}(?=[^\s#])/.exec(content)?.[0].length ?? 0;
  // `--Impact--:`, `● Impact:`: marks around a label that only decorate it.
  const decorated = /^((?:[-–—=~]{2,}|[•●▪◆■►➤→])\s*)(.*?)\s*(?:[-–—=~]{2,})?\s*(:?)\s*$/.exec(content.slice(hashes));
  const lead = hashes + (decorated && /\p{L}/u.test(decorated[2]) ? decorated[1].length : 0);
  const plain = /^(\S[^*_#|]*?)\s*(:?)\s*$/.exec(lead > hashes ? `${decorated![2]}${decorated![3]}` : content.slice(hashes));
  if (!plain) return null;
  const words = plain[1];
  const wordsStart = start + lead;
  if (!plain[2] && !hashes) {
    // Without a colon, the line must stand apart: after a line that ends what it says (not
    // `The cause was found in the` running on into it), and alone, before an entry, in capitals,
    // or a section's name and nothing else with a new sentence, label or entry under it.
    const afterAnEnd = around.previous === null || ENDS_A_LINE.test(around.previous) || LABEL_LINE.test(around.previous) || startsWithTime(around.previous);
    const standsAlone = around.next === null || startsWithTime(around.next);
    const capitalised = /^\p{Lu}/u.test(words);
    const nameOverContent = capitalised && isSectionName(words, 0) && around.next !== null && STARTS_CONTENT.test(around.next);
    if (!afterAnEnd || !(isUpperCaseLine(words) || nameOverContent || (standsAlone && (around.previous === null || capitalised)))) return null;
  }
  // A short sentence (`The root cause is known.`) is prose, not a heading.
  if (wordCount(words) > MAX_PSEUDO_HEADING_WORDS || /[.!?]$/.test(words)) return null;
  const kinds = headingKinds(words);
  if (kinds.length === 0 || !named(words.replace(/:\s.*$/, ''))) return null;
  return { style: 'plain', depth: null, text: words, range: { start, end: line.end }, textRange: { start: wordsStart, end: wordsStart + words.length }, kinds };
}

/** What a section's content starts with: a capitalised word, a figure, a list marker, bold or a link. */
const STARTS_CONTENT = /^\s*(?:\p{Lu}|\d|[-*+]\s|\*\*|__|\[|`|>)/u;

/** Whether a line starts with a clock time, as a timeline entry does (`10:00 AM UTC: ...`, `**11:05** - ...`). */
function startsWithTime(line: string): boolean {
  return /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__|\*|_|\[|`|\()*\s*\d{1,2}(?:[:;.]\d{2}|\s?[ap]\.?m\b)/i.test(line);
}

/** Whether the paragraph has a strong (bold) node starting at `offset`: `**` that Markdown read as bold, not literal stars. */
function strongAt(node: Paragraph, offset: number): boolean {
  return node.children.some((child) => child.type === 'strong' && rangeOf(child)?.start === offset);
}

/**
 * List items that are only a section's label, their content nested under them:
 * `- **Root Cause:**` followed by indented items or lines.
 */
function labelItems(text: string, list: List): Heading[] {
  // A numbered list is a list of steps (`6. **The Fix**:`), whatever its labels say.
  if (list.ordered) return [];
  const headings: Heading[] = [];
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    const range = first?.type === 'paragraph' ? rangeOf(first) : null;
    if (!range || first.type !== 'paragraph') continue;
    const lineEnd = lineEndAt(text, range.start);
    // The label's content follows on the next lines, of its paragraph or nested under it.
    if (rest.length === 0 && lineEnd >= range.end) continue;
    const heading = pseudoHeadingLine(text, first, { start: range.start, end: lineEnd }, { previous: null, next: null, setApart: false });
    // Only a label: bold, or ending in a colon; a plain item (`- Timeline`) is an item.
    // The heading line is the item's line, marker included: the section before it ends there.
    const line = { start: rangeOf(item)!.start, end: lineEnd };
    if (heading && (heading.style === 'bold' || /:\s*$/.test(text.slice(range.start, lineEnd)))) headings.push({ ...heading, range: line, inListItem: true });
  }
  return headings;
}

/** `ROOT CAUSE` on its own line: capitals set it apart from the text it runs into, as a heading. */
function isUpperCaseLine(words: string): boolean {
  return /^[\p{Lu}\p{N}\s&/(),'-]+$/u.test(words) && /\p{Lu}{2}/u.test(words);
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
 * `# Root Cause Analysis: the cluster that stopped` over `##` sections is the report's title,
 * though its words name a kind: the only heading at its level, first, with words of its own.
 */
function isTitleNamingAKind(headings: Heading[]): boolean {
  const [first, ...rest] = headings;
  if (!first || first.depth === null || first.kinds.length === 0 || isSectionName(first.text, 0)) return false;
  return rest.some((h) => h.kinds.length > 0 && h.depth !== null && h.depth > first.depth!) && !rest.some((h) => h.depth !== null && h.depth <= first.depth!);
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
    const timeline = openTimeline(sections);
    const section: Section = {
      kinds: heading.kinds,
      covers: coveredKinds(heading.text, heading.kinds),
      heading,
      range: { start: heading.range.start, end },
      contentRange,
      isEmpty: !hasWords(text, root, contentRange),
      parent: timeline && isPhaseOf(text, heading, contentRange, timeline) ? timeline : around && isPartOf(heading.kinds, around.kinds) ? around : lineParent(heading, sections),
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

/**
 * Lines acting as headings have no levels, but `Root Cause:` right under `Root Cause and
 * Resolution:` (nothing between them) is its part, as is the `Resolution:` that follows it.
 */
function lineParent(heading: Heading, sections: readonly Section[]): Section | null {
  const last = sections[sections.length - 1];
  if (heading.depth !== null || !last || last.heading.depth !== null) return null;
  if (last.isEmpty && isPartOf(heading.kinds, last.kinds) && last.kinds.length > heading.kinds.length) return last;
  const parent = last.parent;
  return parent && parent.heading.depth === null && isPartOf(heading.kinds, parent.kinds) && !parent.kinds.includes('timeline') ? parent : null;
}

/** The timeline the last section belongs to, when it is a timeline or one of its phases. */
function openTimeline(sections: readonly Section[]): Section | null {
  const last = sections[sections.length - 1];
  if (!last) return null;
  if (last.kinds.includes('timeline')) return last;
  return last.parent?.kinds.includes('timeline') ? last.parent : null;
}

/**
 * Whether a heading after a timeline is one of its phases (`Detection:`, `**Resolution**`,
 * `### Escalation` with timed entries under it, or a label in the timeline's own list): its
 * entries belong to the timeline, and it stays a section of its kind as well.
 */
function isPhaseOf(text: string, heading: Heading, content: TextRange, timeline: Section): boolean {
  if (heading.kinds.includes('timeline')) return false;
  const timelineDepth = timeline.heading.depth;
  const below = heading.depth === null || timelineDepth === null ? timelineDepth === null || heading.depth === null : heading.depth > timelineDepth;
  if (!below) return false;
  const firstLine = linesIn(text, content.start, content.end).map((line) => text.slice(line.start, line.end)).find((line) => line.trim() !== '');
  if (firstLine !== undefined && startsWithTime(firstLine)) return true;
  // A label item continuing the timeline's list (`- **Resolution:**` after `  - Restarted the pool`).
  const lineBefore = text.slice(0, heading.range.start).replace(/\s+$/, '').split('\n').pop() ?? '';
  return (
    heading.inListItem === true &&
    !timeline.heading.inListItem &&
    heading.kinds.every((kind) => PHASE_KINDS.includes(kind)) &&
    /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(lineBefore)
  );
}

/** What a step of the incident can be called inside its timeline; a root cause or action items there start a section of their own. */
const PHASE_KINDS: readonly SectionKind[] = ['detection', 'resolution', 'trigger', 'impact'];

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
