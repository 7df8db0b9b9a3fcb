import type { Heading, PostmortemModel, Section, TextRange } from '../model';
import { nextLineStart } from '../model/markdown';
import { dominantDepth, isBlankLine, lineStartAt, linesOf } from './layout';
import type { Rule, RuleFinding, TextEdit } from './rule';

export const headingLevel: Rule = {
  meta: {
    id: 'heading-level',
    description: 'Section headings at inconsistent levels, above the title, or an empty heading such as a lone `#`.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: RuleFinding[] = [];
    for (const heading of model.headings) {
      if (heading.depth !== null && heading.style !== 'html' && heading.text === '') {
        findings.push({ range: heading.range, message: 'This heading is empty. Remove the lone `#`, or give the heading its text.', data: { remove: true } });
      }
    }
    // Sub-sections (`### Impact` under `## Summary`) are deeper on purpose.
    const sectionHeadings = model.sections.filter((s) => s.parent === null).map((s) => s.heading).filter((h): h is Heading & { depth: number } => h.depth !== null);
    const titleDepth = model.title?.depth ?? null;
    if (titleDepth !== null) {
      const above = sectionHeadings.filter((h) => h.depth <= titleDepth);
      for (const heading of above) {
        findings.push({
          range: heading.range,
          message: `“${heading.text}” is a level-${heading.depth} heading, not below the title (level ${titleDepth}). Make the title \`#\` and every section \`##\`.`,
          data: { depth: 2, titleDepth: 1 },
        });
      }
      if (above.length) return findings;
    }
    const expected = dominantDepth(sectionHeadings.map((h) => h.depth));
    for (const heading of sectionHeadings) {
      if (expected !== null && heading.depth !== expected) {
        findings.push({
          range: heading.range,
          message: `“${heading.text}” is a level-${heading.depth} heading while the other sections are level ${expected}. Write it as \`${heading.style === 'html' ? `<h${expected}>…</h${expected}>` : `${'#'.repeat(expected)} ${heading.text}`}\`.`,
          data: { depth: expected },
        });
      }
    }
    return findings;
  },
  fix(model, diagnostic) {
    const heading = model.headings.find((h) => h.depth !== null && h.range.start === diagnostic.range.start);
    if (!heading) return [];
    const { depth, titleDepth, remove } = diagnostic.data ?? {};
    if (remove === true) return [{ title: 'Remove the empty heading', edits: [removeLine(model.text, heading.range)], preferred: true }];
    if (typeof depth !== 'number') return [];
    if (typeof titleDepth === 'number') {
      let edits = documentRelevels.get(model);
      if (edits === undefined) {
        edits = relevelDocument(model, titleDepth, depth);
        documentRelevels.set(model, edits);
      }
      return edits ? [{ title: `Make the title ${'#'.repeat(titleDepth)} and every section ${'#'.repeat(depth)}`, edits, preferred: true }] : [];
    }
    const section = model.sections.find((s) => s.heading === heading);
    const edits = section && relevelSection(model, section, depth);
    return edits ? [{ title: `Make “${heading.text.replace(/\s+/g, ' ')}” a level-${depth} heading`, edits, preferred: true }] : [];
  },
};

/** Every section above the title offers the same edits; "Fix all" asks for each, so they are worked out once per model. */
const documentRelevels = new WeakMap<PostmortemModel, TextEdit[] | null>();

/** The title at `titleDepth` and every real section heading at `sectionDepth`, each with its sub-headings. */
function relevelDocument(model: PostmortemModel, titleDepth: number, sectionDepth: number): TextEdit[] | null {
  const edits: TextEdit[] = [];
  if (model.title && model.title.depth !== titleDepth) edits.push(...headingEdits(model.text, model.title, titleDepth));
  for (const section of model.sections) {
    if (section.heading.depth === null || section.parent !== null) continue;
    const sectionEdits = relevelSection(model, section, sectionDepth);
    if (!sectionEdits) return null;
    edits.push(...sectionEdits);
  }
  return edits;
}

/**
 * The section's heading at `depth`, and the headings inside the section moved by as many
 * levels, so that they stay inside it; null when one would leave levels 1–6.
 */
function relevelSection(model: PostmortemModel, section: Section, depth: number): TextEdit[] | null {
  const shift = depth - section.heading.depth!;
  if (shift === 0) return [];
  const inside = headingsIn(model.headings, { start: section.range.start, end: extentEnd(model, section) }).filter((h) => h.depth !== null);
  if (inside.some((h) => h.depth! + shift < 1 || h.depth! + shift > 6)) return null;
  return inside.flatMap((h) => headingEdits(model.text, h, h.depth! + shift));
}

/** Where the section ends with its sub-sections, which follow it in document order. */
function extentEnd(model: PostmortemModel, section: Section): number {
  let end = section.range.end;
  for (let i = model.sections.indexOf(section) + 1; i < model.sections.length; i++) {
    const later = model.sections[i];
    if (!isWithin(later, section)) break;
    end = Math.max(end, later.range.end);
  }
  return end;
}

function isWithin(section: Section, ancestor: Section): boolean {
  for (let parent = section.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

/** The headings (in document order) that start inside `range`, found by binary search: "Fix all" asks once per section. */
function headingsIn(headings: readonly Heading[], range: TextRange): Heading[] {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings[middle].range.start < range.start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < headings.length && headings[end].range.start < range.end) end++;
  return headings.slice(low, end);
}

/**
 * Rewrites a real heading at another level. An ATX heading gets new `#` runs (opening and
 * closing); a setext heading keeps its style through levels 1 and 2 (a new underline) and
 * becomes an ATX heading below that, which setext cannot write; an HTML heading gets the new
 * digit in both tags, its attributes and inner tags untouched.
 */
function headingEdits(text: string, heading: Heading, depth: number): TextEdit[] {
  if (heading.style === 'html') {
    const line = text.slice(heading.range.start, heading.range.end);
    const closing = line.lastIndexOf('</') + 3;
    return [
      { range: { start: heading.range.start + 2, end: heading.range.start + 3 }, newText: String(depth) },
      { range: { start: heading.range.start + closing, end: heading.range.start + closing + 1 }, newText: String(depth) },
    ];
  }
  if (heading.style === 'atx') {
    const opening = /^#+/.exec(text.slice(heading.range.start, heading.range.end))![0];
    const edits: TextEdit[] = [{ range: { start: heading.range.start, end: heading.range.start + opening.length }, newText: '#'.repeat(depth) }];
    const closing = /^(\s+)(#+)\s*$/.exec(text.slice(heading.textRange.end, heading.range.end));
    if (closing && heading.text !== '') {
      const start = heading.textRange.end + closing[1].length;
      edits.push({ range: { start, end: start + closing[2].length }, newText: '#'.repeat(depth) });
    }
    return edits;
  }
  const underlineStart = lineStartAt(text, heading.range.end);
  const underline = /^\s*([=-]+)/.exec(text.slice(underlineStart, heading.range.end))!;
  if (depth <= 2) {
    const start = underlineStart + underline[0].length - underline[1].length;
    return [{ range: { start, end: start + underline[1].length }, newText: (depth === 1 ? '=' : '-').repeat(underline[1].length) }];
  }
  const words = text.slice(heading.textRange.start, heading.textRange.end).replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  return [{ range: heading.range, newText: `${'#'.repeat(depth)} ${words}` }];
}

/**
 * Deletes a line with its line break. Between two blank lines (or a blank line and either end
 * of the document) one blank line goes with it; between two lines of text it leaves a blank
 * line, so the blocks it stood between do not run together.
 */
function removeLine(text: string, range: TextRange): TextEdit {
  const start = lineStartAt(text, range.start);
  const next = nextLineStart(text, range.end);
  const previousStart = text.lastIndexOf('\n', start - 1) === -1 ? null : lineStartAt(text, start - 1);
  const blankBefore = previousStart === null || isBlankLine(text, previousStart);
  const blankAfter = next === text.length || isBlankLine(text, next);
  if (blankBefore && blankAfter) {
    if (next < text.length) return { range: { start, end: nextLineStart(text, next) }, newText: '' };
    if (previousStart !== null) return { range: { start: previousStart, end: next }, newText: '' };
  }
  if (!blankBefore && !blankAfter) return { range: linesOf(text, { start, end: start })[0], newText: '' };
  return { range: { start, end: next }, newText: '' };
}
