// The postmortem model: what the analysis layer knows about one version of a document.
// Pure data. Offsets are UTF-16 code-unit offsets into the text given to `analyze`, so
// any consumer can map them to positions with its own line index.

import type { Root } from 'mdast';
import type { ReportLanguage } from './language';

export const SECTION_KINDS = [
  'summary',
  'impact',
  'timeline',
  'root_cause',
  'trigger',
  'resolution',
  'detection',
  'action_items',
  'lessons_learned',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

export interface TextRange {
  start: number;
  end: number;
}

/** How a heading was written: a real Markdown or HTML (`<h2>Timeline</h2>`) heading, or a line that only looks like one. */
export type HeadingStyle = 'atx' | 'setext' | 'html' | 'bold' | 'plain';

export interface Heading {
  style: HeadingStyle;
  /** 1–6 for ATX, setext and HTML headings; null for bold or plain lines. */
  depth: number | null;
  /** The heading's words, without `#`, `**` or a trailing colon. */
  text: string;
  /** The whole heading line (for setext, both lines). */
  range: TextRange;
  /** Where `text` stands in the source. */
  textRange: TextRange;
  /** The section kinds the text names; empty for headings that are not sections. */
  kinds: SectionKind[];
  /** Set for a list item that is only a label (`- **Root Cause:**`), its section's content nested under it. */
  inListItem?: boolean;
}

export interface Section {
  kinds: SectionKind[];
  /** The kinds the section does the work of: its `kinds`, and those a name implies (`Remediation` tells the resolution too). */
  covers: SectionKind[];
  heading: Heading;
  /** From the heading to the start of the next section (or the end of the document). */
  range: TextRange;
  /** After the heading line to the end of `range`. */
  contentRange: TextRange;
  /** True when the content, sub-sections included, holds no words (only whitespace, rules or empty headings). */
  isEmpty: boolean;
  /**
   * The section this one belongs to as a sub-section (`### Impact` under `## Summary`), or null.
   * A sub-section keeps its kinds; the parent's `range` ends at the sub-section's heading.
   */
  parent: Section | null;
}

export type Meridiem = 'AM' | 'PM';

/** A clock time as written. */
export interface ClockTime {
  /** Minutes after midnight, 0–1439, with AM/PM applied. */
  minutes: number;
  /** The range of the time text itself (without a zone). */
  range: TextRange;
  raw: string;
  /** The character between hours and minutes (`:`, `;`, `.`), or null for `0930` and `10am`. */
  hourMinuteSeparator: string | null;
  meridiem: Meridiem | null;
  /** How the meridiem was written (`PM`, `pm`, `p.m.`), or null. */
  meridiemText: string | null;
  spaceBeforeMeridiem: boolean;
  hasSeconds: boolean;
  /** Problems in how the time is written that do not stop it being read. */
  problems: TimeProblem[];
}

export type TimeProblem =
  | { kind: 'semicolon'; detail: string }
  | { kind: 'zero-hour-with-meridiem'; detail: string }
  | { kind: 'hour-over-12-with-meridiem'; detail: string };

/** Text that looks like a time but is not a valid one (`25:10`, `10:75 PM`). */
export interface InvalidTime {
  range: TextRange;
  raw: string;
  reason: string;
}

export interface ZoneStatement {
  /** UTC offset in minutes. */
  offsetMinutes: number;
  /** The zone as written (`WAT`, `UTC +1`, `East African time`). */
  raw: string;
  range: TextRange;
  source: ZoneSource;
}

export type ZoneSource = 'front-matter' | 'timeline-heading' | 'summary' | 'timeline-entry' | 'body';

/** A time mentioned anywhere in the prose (not only in the timeline). */
export interface TimeMention {
  time: ClockTime;
  zone: ZoneStatement | null;
  /** The time plus an attached zone, if any. */
  range: TextRange;
}

export interface CalendarDate {
  year: number | null;
  month: number;
  day: number;
  range: TextRange;
}

/**
 * How an entry is written: a list item, a table row, a line of a paragraph (which Markdown runs
 * together), a heading holding its time (`### 5:00 PM`, its event in the blocks under it), or a
 * line of a code block or of HTML.
 */
export type TimelineForm = 'list' | 'table' | 'bare-lines' | 'heading' | 'code' | 'html';

export interface TimelineEntry {
  form: TimelineForm;
  /** The whole entry in the source (a list item, a table row or one line). */
  range: TextRange;
  /** The entry's first line, without list marker. */
  lineRange: TextRange;
  time: ClockTime | null;
  /** Time-like text that is not a valid time (`25:10`); `time` is then null. */
  invalidTime: InvalidTime | null;
  date: CalendarDate | null;
  /** The date of the group or heading the entry stands under (`- 2024-04-13` over timed items), when it writes none itself. */
  day: CalendarDate | null;
  zone: ZoneStatement | null;
  /** The time is stated inside the event's first sentence (`... forwarded the ticket at 3:17 PM`), not before it. */
  timeInEvent: boolean;
  /** The separator between time and event (`:`, `-`, `--`, `|`, `–`), or null. */
  separator: string | null;
  text: string;
  textRange: TextRange;
  /** Days after the first entry's day, inferred from dates or midnight rollover. */
  dayOffset: number;
  /** Minutes since the first entry's midnight (dayOffset * 1440 + time), or null without a time. */
  absoluteMinutes: number | null;
  /** For bare lines: how many entries share the paragraph. */
  paragraphSize: number;
  /** The list, table or paragraph of bare lines the entry stands in; entries of one block share it. */
  block: TextRange;
}

export interface TimelineTable {
  range: TextRange;
  /** The header row's cells, for zones stated in a column header. */
  headerRange: TextRange;
}

export interface Timeline {
  sections: Section[];
  entries: TimelineEntry[];
  tables: TimelineTable[];
  /**
   * The zone the timeline's clock runs in (`absoluteMinutes` count on it): the zone its first
   * timed entry states, else the first of `headingZones`, else the first an entry states; null
   * when the timeline states none.
   */
  zone: ZoneStatement | null;
  /** The zones stated in the timeline headings, table headers and notes (`All times UTC`), in document order. */
  headingZones: ZoneStatement[];
}

export interface TimeClaim {
  time: ClockTime;
  zone: ZoneStatement | null;
  range: TextRange;
  /** The date written with the time (`Aug 19, 2024 6:00 AM`), so a window can span days; null when none is. */
  date: CalendarDate | null;
}

export interface DurationClaim {
  minutes: number;
  raw: string;
  range: TextRange;
  /** How precise the writer was: `2 hours` is rounder than `2 hours 5 minutes`. */
  precisionMinutes: number;
}

export interface ImpactClaim {
  text: string;
  range: TextRange;
}

export interface SummaryClaims {
  /** The sections the claims were read from (summary sections, or the introduction). */
  ranges: TextRange[];
  start: TimeClaim | null;
  end: TimeClaim | null;
  duration: DurationClaim | null;
  impacts: ImpactClaim[];
  mentionsRootCause: boolean;
}

export interface FrontMatterError {
  message: string;
  range: TextRange;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  range: TextRange;
  /** Where the YAML text starts in the document. */
  contentOffset: number;
  data: Record<string, unknown> | null;
  errors: FrontMatterError[];
  /** Source range of each top-level key's value, for pointing at a field. */
  valueRanges: Map<string, TextRange>;
}

export interface ActionItem {
  range: TextRange;
  text: string;
  checked: boolean | null;
  owner: string | null;
  due: string | null;
  link: string | null;
}

export interface MojibakeRun {
  range: TextRange;
  raw: string;
  repaired: string;
}

export interface IncidentZone {
  offsetMinutes: number;
  /** The statement the zone was taken from. */
  statement: ZoneStatement;
}

export interface PostmortemModel {
  text: string;
  title: Heading | null;
  /** All headings and heading-like lines, in document order. */
  headings: Heading[];
  sections: Section[];
  timeline: Timeline;
  /** Times in prose outside the timeline entries (summary, root cause, ...). */
  timeMentions: TimeMention[];
  invalidTimes: InvalidTime[];
  zones: ZoneStatement[];
  incidentZone: IncidentZone | null;
  summary: SummaryClaims;
  frontMatter: FrontMatter | null;
  actionItems: ActionItem[];
  mojibake: MojibakeRun[];
  /** The language the report is written in, and whether we know its section names. */
  language: ReportLanguage;
  /** Every table among the top-level blocks (timeline or not), header row included. */
  tables: TextRange[];
  /** The Markdown tree the model was read from (empty for a text too large), for renderers that need more than the model says; read it, never change it. */
  root: Root;
  /** Set when the text was too large to analyse; every other field is then empty. */
  tooLarge: { size: number; limit: number } | null;
}
