import { dominantTimeStyle, formatTime, SECTION_KINDS } from '../model';
import type { ClockTime, PostmortemModel, SectionKind } from '../model';
import { lineEndAt } from '../model/markdown';
import { closestTemplate, templateKinds, templateReference, TEMPLATES } from '../model/templates';
import { firstEntry, lastEntry, timedEntries } from './incident-times';
import { isBlankLine, lineBreakOf, lineStartAt, sectionDepth } from './layout';
import type { Rule, RuleFinding, Severity, TextEdit } from './rule';
import { DEFAULT_REQUIRED_SECTIONS, SECTION_TITLES } from './rule';

const GUIDANCE: Record<string, string> = {
  summary: 'when it started and ended (with time zone), the impact, and the root cause in brief',
  impact: 'who and what was affected, and how much',
  timeline: 'one list item per event: `- 10:42 PM: what happened`',
  root_cause: 'why it happened, not only what broke',
  trigger: 'the change or event that set it off',
  resolution: 'how service was restored and when',
  detection: 'how and when the problem was noticed',
  action_items: 'concrete actions, each with an owner and a due date',
  lessons_learned: 'what went well, what went wrong, where you got lucky',
};

export const missingSection: Rule = {
  meta: {
    id: 'missing-section',
    description: 'A required section (by default Summary, Timeline, Root Cause, Resolution, Action Items) is absent.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(model, context) {
    // Section names of a language we do not know cannot be read: say nothing rather than something false.
    if (!model.language.known) return [];
    const anchor = model.title?.range ?? { start: 0, end: lineEndAt(model.text, 0) };
    if (model.sections.length === 0) {
      return [{
        range: anchor,
        severity: 'warning',
        message: 'No heading in this file names a part of a postmortem, so its parts cannot be checked. Give each part a heading that says what it holds (`## Issue Summary`, `## Timeline`, ...), or, if this is not a postmortem, leave it out of `postmortem.files`.',
      }];
    }
    const present = new Set(model.sections.flatMap((s) => s.covers));
    const { kinds: required, requiredBy, severity } = requirement(model, context.requiredSections, present);
    const findings: RuleFinding[] = SECTION_KINDS.filter((kind) => required.includes(kind) && !present.has(kind)).map((kind) => ({
      range: anchor,
      message: `The report has no ${SECTION_TITLES[kind]} section${requiredBy}. Add a \`## ${SECTION_TITLES[kind]}\` heading with ${GUIDANCE[kind]}.`,
      data: { kind },
      ...(severity ? { severity } : {}),
    }));
    const reference = templateReference(model);
    if (reference && !reference.template) {
      findings.unshift({
        range: reference.range,
        message: `The front matter names the template \`${reference.id}\`, which is not one of ${TEMPLATES.map((t) => `\`${t.id}\``).join(', ')}; until it names one of those, the required sections are the configured ones.`,
        severity: 'warning',
      });
    }
    return findings;
  },
  fix(model, diagnostic) {
    const kind = SECTION_KINDS.find((k) => k === diagnostic.data?.kind);
    if (!kind || model.sections.some((s) => s.covers.includes(kind))) return [];
    const body = skeleton(model, kind);
    const added = body === null ? null : sectionInsertion(model, kind, SECTION_TITLES[kind], body);
    return added ? [{ title: `Add a ${added.heading} section`, edits: [added.edit], preferred: true }] : [];
  },
};

export interface SectionInsertion {
  edit: TextEdit;
  /** The heading line as written (`## Timeline`). */
  heading: string;
  /** Where `body` starts in `edit.newText`. */
  bodyOffset: number;
}

/**
 * A new section of `kind` titled `title` holding `body`, where the missing-section fix puts it:
 * in its usual place, at the report's heading level, with its line breaks; null when the level
 * would be past 6. Insert Timeline Entry adds a Timeline the same way.
 */
export function sectionInsertion(model: PostmortemModel, kind: SectionKind, title: string, body: string): SectionInsertion | null {
  // While sections stand above the title, one level below it: heading-level's fix moves it to `##` with the others.
  const depth = Math.max(sectionDepth(model), (model.title?.depth ?? 0) + 1);
  if (depth > 6) return null;
  const { text } = model;
  const lineBreak = lineBreakOf(text);
  const heading = `${'#'.repeat(depth)} ${title}`;
  const underHeading = lineBreak + (blankLineAfterHeadings(model) ? lineBreak : '');
  const at = insertionPoint(model, kind);
  const breaks = lineBreaksBefore(text, at);
  const atStart = !/\S/.test(text.slice(0, at).replace(/^\uFEFF/, ''));
  const before = atStart ? '' : lineBreak.repeat(Math.max(0, 2 - breaks));
  // Before a section a blank line separates the two; at the end the text keeps its last line break, or its lack of one.
  const after = at < text.length ? lineBreak + lineBreak : breaks > 0 || atStart ? lineBreak : '';
  return {
    edit: { range: { start: at, end: at }, newText: before + heading + underHeading + body + after },
    heading,
    bodyOffset: before.length + heading.length + underHeading.length,
  };
}

/**
 * Where a missing section goes: after the section that comes closest before it in the usual
 * order (the last one, if several), else before the one closest after it, else at the end.
 * Sections naming several kinds are placed by their first; the document's own order stands.
 */
function insertionPoint(model: PostmortemModel, kind: SectionKind): number {
  const rank = (kinds: readonly SectionKind[]) => Math.min(...kinds.map((k) => SECTION_KINDS.indexOf(k)));
  const wanted = SECTION_KINDS.indexOf(kind);
  let preceding: { rank: number; end: number } | null = null;
  let following: { rank: number; start: number } | null = null;
  for (const section of model.sections) {
    const r = rank(section.kinds);
    if (r < wanted && (!preceding || r >= preceding.rank)) preceding = { rank: r, end: section.range.end };
    if (r > wanted && (!following || r < following.rank)) following = { rank: r, start: section.range.start };
  }
  if (preceding) return preceding.end === model.text.length ? preceding.end : lineStartAt(model.text, preceding.end);
  if (following) return lineStartAt(model.text, following.start);
  return model.text.length;
}

/** How many line breaks end the text before `offset`, counting whitespace-only lines. */
function lineBreaksBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = offset - 1; i >= 0 && /\s/.test(text[i]); i--) if (text[i] === '\n') count++;
  return count;
}

interface Requirement {
  kinds: readonly SectionKind[];
  /** Why, for the message: `, which the \`alx\` template requires`. */
  requiredBy: string;
  /** Set when the requirement is only assumed, so a finding is a suggestion, not an error. */
  severity: Severity | null;
}

/**
 * The sections the report must have: those of the template its front matter names; else the
 * configured ones; else, with the setting at its default, those of the bundled template its
 * headings follow most closely (a company report is not held to the student template).
 */
function requirement(model: PostmortemModel, configured: readonly SectionKind[], present: ReadonlySet<SectionKind>): Requirement {
  const declared = templateReference(model)?.template;
  if (declared) return { kinds: templateKinds(declared), requiredBy: `, which the \`${declared.id}\` template requires`, severity: null };
  if (!sameKinds(configured, DEFAULT_REQUIRED_SECTIONS)) return { kinds: configured, requiredBy: '', severity: null };
  const assumed = closestTemplate(present);
  const kinds = templateKinds(assumed);
  if (sameKinds(kinds, DEFAULT_REQUIRED_SECTIONS)) return { kinds, requiredBy: '', severity: null };
  return { kinds, requiredBy: `, which the \`${assumed.id}\` template has (assumed from the report's headings; name a template in the front matter to choose)`, severity: 'warning' };
}

function sameKinds(a: readonly SectionKind[], b: readonly SectionKind[]): boolean {
  return a.length === b.length && a.every((kind) => b.includes(kind));
}

/** Whether most section headings have a blank line under them (so does a document without any). */
function blankLineAfterHeadings(model: PostmortemModel): boolean {
  const { text } = model;
  const withContent = model.sections.filter((s) => s.contentRange.start < text.length);
  const blank = withContent.filter((s) => isBlankLine(text, s.contentRange.start)).length;
  return blank * 2 >= withContent.length;
}

/**
 * What the new section holds: a line saying what belongs there, in italics so it reads as a
 * placeholder, and written so that no rule finds fault with it. The summary must state the
 * window, which it takes from the timeline's first and last times, so without two distinct
 * times there is no summary to write (null).
 */
function skeleton(model: PostmortemModel, kind: SectionKind): string | null {
  if (kind === 'summary') {
    const entries = timedEntries(model);
    const first = firstEntry(entries);
    const last = lastEntry(entries);
    if (!first || !last || first.absoluteMinutes === last.absoluteMinutes) return null;
    const style = dominantTimeStyle(entries.map((e) => e.time));
    return `From ${formatTime(first.time, style)} to ${formatTime(last.time, style)}, _who or what was affected, and how much_. _The root cause, in one sentence._`;
  }
  if (kind === 'timeline') {
    const times = model.timeMentions.map((m) => m.time);
    return `_One list item per event, in order: \`- ${formatTime(exampleTime, dominantTimeStyle(times))}: what happened\`._`;
  }
  const guidance = GUIDANCE[kind];
  return `_${guidance[0].toUpperCase()}${guidance.slice(1)}._`;
}

/** The time the timeline's example entry shows. */
const exampleTime: ClockTime = {
  minutes: 22 * 60 + 42,
  range: { start: 0, end: 0 },
  raw: '22:42',
  hourMinuteSeparator: ':',
  meridiem: null,
  meridiemText: null,
  spaceBeforeMeridiem: false,
  hasSeconds: false,
  problems: [],
};
