// Writing a new timeline entry the way the report writes its entries: a list item or a table
// row, the same marks around the time, 12- or 24-hour, the same separator, zone and date.
// Pure (no protocol types): timeline completion offers such entries, and the Insert Timeline
// Entry command inserts one.

import { clockTime, formatIncidentDate, formatOffset, formatTime, timeStyleOf, zoneOffsetOf } from '../model';
import type { CalendarDate, PostmortemModel, TextRange, TimelineEntry, ZoneSource } from '../model';
import type { EntryTimeSource } from './entryTime';
import { CLOSING_MARKS } from '../model/timeline';
import { matchZoneAt } from '../model/timezones';

export interface NowOptions {
  /** The moment of the request, for the "now" entry; injected so tests are deterministic. */
  now: Date;
  /** `postmortem.defaultTimeZone` (`WAT`, `UTC+1`, `Africa/Lagos`), used when the report names no zone; null when unset. */
  defaultTimeZone: string | null;
  /** The writer's own zone (an IANA name), when neither the report nor the setting names one; UTC without it. */
  localTimeZone?: string | null;
}

/**
 * The cells of a table row between its unescaped pipes. Outer pipes are optional in GFM: an
 * empty piece before the first pipe is no cell; one after the last pipe is kept, so a
 * cursor always lies in a cell.
 */
export function rowCells(text: string, row: TextRange): TextRange[] {
  const cells: TextRange[] = [];
  let start = row.start;
  for (let i = row.start; i < row.end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  cells.push({ start, end: row.end });
  if (cells.length > 1 && text.slice(cells[0].start, cells[0].end).trim() === '') cells.shift();
  return cells;
}

/** How many cells a header row has, and whether it writes the outer pipes. */
export function headerShape(text: string, header: TextRange): { columns: number; leadingPipe: boolean; trailingPipe: boolean } {
  const row = text.slice(header.start, header.end).trim();
  const cells = rowCells(text, header);
  const trailingPipe = row.endsWith('|');
  return { columns: cells.length - (trailingPipe && cells.length > 1 ? 1 : 0), leadingPipe: row.startsWith('|'), trailingPipe };
}

/**
 * A list item with its marker (`- `, `3. `, or `` for a bare line or a line of code or HTML), a
 * row of the table with that header, or a heading holding the time with the event under it.
 */
export type EntryShape = { kind: 'list'; marker: string } | { kind: 'table'; header: TextRange } | { kind: 'heading'; hashes: string; lineBreak: string };

/** What goes into a new entry's skeleton besides the fixed text around it. */
export interface EntryValues {
  time: string;
  zone: string;
  date: string;
}

/** Where the writer types the event. */
const EVENT = { event: true } as const;

/** A piece of an entry's skeleton: fixed text, a value, or the place of the event. */
export type TemplatePart = string | { slot: keyof EntryValues } | typeof EVENT;

/** The skeleton of an entry of `shape`, copied from `source` (the entry whose style it follows) when there is one. */
export function entryTemplate(text: string, shape: EntryShape, source: TimelineEntry | null): TemplatePart[] {
  if (shape.kind === 'heading') return [`${shape.hashes} `, { slot: 'time' }, shape.lineBreak + shape.lineBreak, EVENT];
  return shape.kind === 'table' ? tableTemplate(text, shape.header, source) : listTemplate(text, shape.marker, source);
}

/** The shape of a new entry written like `source`, for the forms that are not a list item or a table row. */
export function shapeLike(text: string, source: TimelineEntry, lineBreak: string): EntryShape | null {
  if (source.form === 'heading') return { kind: 'heading', hashes: /^\s*(#{1,6})/.exec(text.slice(source.range.start, source.lineRange.start))?.[1] ?? '###', lineBreak };
  // A bare line, or a line of code or HTML, carries everything around its time itself.
  if (source.form === 'bare-lines' || source.form === 'code' || source.form === 'html') return { kind: 'list', marker: '' };
  return null;
}

/** The marker of `entry`'s list item for a new item after it (`3. ` after `2. `) or before it. */
export function markerAfter(text: string, entry: TimelineEntry | null, after: boolean): string {
  if (!entry || entry.form !== 'list') return '- ';
  const marker = text.slice(entry.range.start, entry.lineRange.start);
  const ordered = /^(\d+)([.)])\s*$/.exec(marker);
  if (ordered) return `${Number(ordered[1]) + (after ? 1 : 0)}${ordered[2]} `;
  return `${marker.trim()} `;
}

export function dateText(text: string, date: CalendarDate): string {
  return text.slice(date.range.start, date.range.end);
}

/** Emoji (with skin tones, variation selectors and joiners) and the space after them. */
const LEADING_SYMBOLS = /(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D])+\s?/gu;

/** The head of `entry` up to its event (`**11:40 PM UTC** - `), with its date, time and zone as slots. */
function headTemplate(text: string, entry: TimelineEntry, start: number, end: number): TemplatePart[] {
  const slots: Array<{ range: TextRange; slot: keyof EntryValues }> = [];
  if (entry.date) slots.push({ range: entry.date.range, slot: 'date' });
  if (entry.time) slots.push({ range: entry.time.range, slot: 'time' });
  if (entry.zone) slots.push({ range: entry.zone.range, slot: 'zone' });
  const parts: TemplatePart[] = [];
  let pos = start;
  for (const { range, slot } of slots.filter((s) => s.range.start >= start && s.range.end <= end).sort((a, b) => a.range.start - b.range.start)) {
    // `~` marks one time as approximate; a new entry's time is not.
    const literalEnd = slot === 'time' && text[range.start - 1] === '~' ? range.start - 1 : range.start;
    const literal = text.slice(pos, literalEnd);
    // An emoji before the time (`🔥 10:05`) is that entry's own, not the timeline's style.
    parts.push(pos === start ? literal.replace(LEADING_SYMBOLS, '') : literal, { slot });
    pos = range.end;
  }
  parts.push(text.slice(pos, end));
  return parts;
}

function listTemplate(text: string, marker: string, source: TimelineEntry | null): TemplatePart[] {
  if (!source || source.form === 'table' || source.form === 'heading') return [marker, { slot: 'time' }, ': ', EVENT];
  // An HTML line closes its tags after the event (`</strong> ... </li>`).
  const tail = source.form === 'html' ? text.slice(source.textRange.end, source.lineRange.end).replace(/^[^<]*/, '') : '';
  return [marker, ...headTemplate(text, source, source.lineRange.start, source.textRange.start), EVENT, tail];
}

function tableTemplate(text: string, header: TextRange, source: TimelineEntry | null): TemplatePart[] {
  const { columns, leadingPipe, trailingPipe } = headerShape(text, header);
  let timeColumn = Math.max(0, rowCells(text, header).findIndex((c) => /\b(?:time|when)\b/i.test(text.slice(c.start, c.end))));
  let timeCell: TemplatePart[] = [{ slot: 'time' }];
  if (source?.form === 'table' && source.time) {
    const cells = rowCells(text, source.lineRange);
    const index = cells.findIndex((c) => source.time!.range.start >= c.start && source.time!.range.start < c.end);
    const cell = cells[index];
    const content = text.slice(cell.start, cell.end);
    // The cell up to its time or zone and their closing marks: a note after them (`(approx.)`) is that row's own.
    const written = Math.max(source.time.range.end, source.zone && source.zone.range.end <= cell.end ? source.zone.range.end : 0);
    timeColumn = index;
    timeCell = headTemplate(text, source, cell.start + (content.length - content.trimStart().length), written + CLOSING_MARKS.exec(text.slice(written, cell.end))![0].length);
  }
  const parts: TemplatePart[] = leadingPipe ? ['| '] : [];
  for (let column = 0; column < columns; column++) {
    if (column > 0) parts.push(' | ');
    if (column === timeColumn) parts.push(...timeCell);
    else if (column === timeColumn + 1) parts.push(EVENT);
  }
  if (trailingPipe) parts.push(' |');
  return parts;
}

/** An entry's skeleton with its slots filled. */
export interface RenderedEntry {
  text: string;
  /** Where the time stands in `text`. */
  time: TextRange | null;
  /** Where the event goes in `text`; null when the table has no column after the time. */
  event: number | null;
}

/**
 * The skeleton with its slots filled. Heads hold only marks, dates, times, zones and
 * separators, and cells only pipes.
 */
export function renderEntry(template: TemplatePart[], values: EntryValues): RenderedEntry {
  let text = '';
  let time: TextRange | null = null;
  let event: number | null = null;
  for (const part of template) {
    if (typeof part === 'string') text += part;
    else if ('slot' in part) {
      if (part.slot === 'time') time = { start: text.length, end: text.length + values.time.length };
      text += values[part.slot];
    } else event = text.length;
  }
  return { text, time, event };
}

/** Text a snippet inserts as written: `$`, `}` and `\` would otherwise be read as snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** A rendered entry as a snippet: its time is the first tab stop (selected, so typing replaces it), the event the second. */
export function entrySnippet(entry: RenderedEntry): string {
  const marks: Array<{ at: number; end: number; write: (inner: string) => string }> = [];
  if (entry.time) marks.push({ at: entry.time.start, end: entry.time.end, write: (inner) => `\${1:${inner}}` });
  if (entry.event !== null) marks.push({ at: entry.event, end: entry.event, write: () => (entry.time ? '$2' : '$1') });
  marks.sort((a, b) => a.at - b.at);
  let snippet = '';
  let pos = 0;
  for (const mark of marks) {
    snippet += escapeSnippet(entry.text.slice(pos, mark.at)) + mark.write(escapeSnippet(entry.text.slice(mark.at, mark.end)));
    pos = mark.end;
  }
  return snippet + escapeSnippet(entry.text.slice(pos));
}

/** Whether the entries write a zone after their time, so an entry's label should show it. */
export function writesZone(template: TemplatePart[]): boolean {
  return template.some((part) => typeof part !== 'string' && 'slot' in part && part.slot === 'zone');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date written like `written` (`2024-05-01`, `May 1st, 2024`, `1 May`) for another day. */
function rewriteDate(written: string, date: { year: number; month: number; day: number }): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const month = MONTH_NAMES[date.month - 1];
  return written
    .replace(/\b\d{4}\b/, String(date.year))
    .replace(/\b\d{1,2}(st|nd|rd|th)?\b/, (_, suffix: string | undefined) => `${date.day}${suffix ? ordinalSuffix(date.day) : ''}`)
    .replace(/\b[A-Za-z]{3,}\b/, (name) => (name.length > 4 ? month : month.slice(0, 3)));
}

function ordinalSuffix(day: number): string {
  if (day % 10 === 1 && day !== 11) return 'st';
  if (day % 10 === 2 && day !== 12) return 'nd';
  if (day % 10 === 3 && day !== 13) return 'rd';
  return 'th';
}

const SOURCE_PLACES: Record<ZoneSource, string> = {
  'front-matter': 'the front matter',
  'timeline-heading': 'the timeline heading',
  summary: 'the summary',
  'timeline-entry': 'the timeline',
  body: 'the report',
};

/** The zone "now" is given in. */
export interface NowZone {
  offsetMinutes: number;
  /** The zone as the report or the setting names it (`WAT`, `Africa/Lagos`), or `UTC`. */
  name: string;
  /** How to write it after a time or in a heading (`WAT`, `UTC+01:00` for `Africa/Lagos`). */
  written: string;
  /** Why this zone, for the writer (`the incident's zone, from the front matter`). */
  why: string;
}

/** The zone the timeline's clock runs in, else the incident's, else `postmortem.defaultTimeZone`, else the writer's own, else UTC. */
function nowZone(model: PostmortemModel, options: NowOptions): NowZone {
  const writable = (name: string) => {
    const match = matchZoneAt(name, 0, true);
    return match !== null && match.end === name.length;
  };
  const stated = model.timeline.zone ?? model.incidentZone?.statement ?? null;
  if (stated) {
    const { raw, source } = stated;
    // An IANA zone's offset on the incident's day may differ from today's (summer time).
    const offsetMinutes = (raw.includes('/') ? zoneOffsetOf(raw, options.now) : null) ?? stated.offsetMinutes;
    const whose = model.timeline.zone ? "the timeline's zone" : "the incident's zone";
    return { offsetMinutes, name: raw, written: writable(raw) ? raw : formatOffset(offsetMinutes), why: `${whose}, from ${SOURCE_PLACES[source]}` };
  }
  const setting = options.defaultTimeZone?.trim();
  if (setting) {
    const offsetMinutes = zoneOffsetOf(setting, options.now);
    if (offsetMinutes !== null) return { offsetMinutes, name: setting, written: writable(setting) ? setting : formatOffset(offsetMinutes), why: 'from postmortem.defaultTimeZone' };
    return { offsetMinutes: 0, name: 'UTC', written: 'UTC', why: `postmortem.defaultTimeZone "${setting}" is not a zone` };
  }
  const local = options.localTimeZone ? zoneOffsetOf(options.localTimeZone, options.now) : null;
  if (local !== null && options.localTimeZone) return { offsetMinutes: local, name: options.localTimeZone, written: writable(options.localTimeZone) ? options.localTimeZone : formatOffset(local), why: "your computer's zone, as the report names none" };
  return { offsetMinutes: 0, name: 'UTC', written: 'UTC', why: 'the report names no zone' };
}

/** The current moment in the timeline's zone. */
export interface NowEntry {
  zone: NowZone;
  /** Minutes after midnight in `zone`. */
  minutes: number;
  /** The day in `zone`. */
  date: { year: number; month: number; day: number };
  /** `date` as `2024-05-01`. */
  isoDate: string;
}

export function nowEntry(model: PostmortemModel, options: NowOptions): NowEntry {
  const zone = nowZone(model, options);
  const local = new Date(options.now.getTime() + zone.offsetMinutes * 60_000);
  const date = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return { zone, minutes, date, isoDate: formatIncidentDate(date) };
}

/** What a new entry's time reads when nothing tells it: the writer types over it. */
export function timePlaceholder(model: PostmortemModel): string {
  return timeStyleOf(model).clock === '24h' ? 'HH:MM' : 'h:mm AM/PM';
}

/**
 * The values of a new entry at the time `source` gives, written like `styleSource` writes its
 * zone and date: an entry's time with its own date and zone, now with today's date, or a
 * placeholder the writer types over.
 */
export function entryValues(model: PostmortemModel, source: EntryTimeSource, styleSource: TimelineEntry | null, now: NowEntry): EntryValues {
  const style = timeStyleOf(model);
  const styleDate = styleSource?.date ? dateText(model.text, styleSource.date) : '';
  const styleZone = styleSource?.zone?.raw;
  switch (source.kind) {
    case 'entry': {
      const { entry } = source;
      return { time: formatTime(entry.time!, style), zone: entry.zone?.raw ?? styleZone ?? now.zone.written, date: entry.date ? dateText(model.text, entry.date) : styleDate };
    }
    case 'now': {
      const zone = styleSource?.zone && styleSource.zone.offsetMinutes === now.zone.offsetMinutes ? styleSource.zone.raw : now.zone.written;
      return { time: formatTime(clockTime(now.minutes), style), zone, date: styleSource?.date ? rewriteDate(styleDate, now.date) : '' };
    }
    case 'summary-start':
      return { time: formatTime(source.claim.time, style), zone: source.claim.zone?.raw ?? styleZone ?? now.zone.written, date: styleDate };
    case 'unknown':
      return { time: timePlaceholder(model), zone: styleZone ?? now.zone.written, date: styleDate };
  }
}
