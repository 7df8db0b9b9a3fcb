// Completion while writing a postmortem: the next timeline entry in the document's own style,
// the events the timeline still lacks, the zone after a time, and the sections still missing.
// Anywhere else it offers nothing, so prose is never interrupted.

import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { classifyEvent, dominantTimeStyle, formatHHMM, formatOffset, formatTime, SECTION_KINDS, zoneOffsetOf } from '../model';
import type { CalendarDate, ClockTime, EventKind, PostmortemModel, Section, TextRange, TimelineEntry, TimeStyle, ZoneSource } from '../model';
import { lineEndAt } from '../model/markdown';
import { readEntryHead } from '../model/timeline';
import { matchZoneAt } from '../model/timezones';
import { SECTION_TITLES } from '../rules/rule';

export interface CompletionOptions {
  /** The moment of the request, for the "now" entry; injected so tests are deterministic. */
  now: Date;
  /** `postmortem.defaultTimeZone` (`WAT`, `UTC+1`, `Africa/Lagos`), used when the report names no zone; null when unset. */
  defaultTimeZone: string | null;
}

/**
 * After these the client should ask without waiting for a letter: `#` starts a heading, `-`
 * and `|` start a list entry or a table row, ` ` follows a heading's `#`s, a list marker, a
 * time (zone) or a separator (event), and `:` is the usual separator after a time.
 */
export const COMPLETION_TRIGGER_CHARACTERS = ['#', '-', '|', ' ', ':'];

/** Completion items at `position`; `document` holds the same text as `model`. */
export function completions(document: TextDocument, model: PostmortemModel, position: Position, options: CompletionOptions): CompletionItem[] {
  if (model.tooLarge) return [];
  const text = model.text;
  const cursor = document.offsetAt(position);
  if (model.frontMatter && cursor >= model.frontMatter.range.start && cursor <= model.frontMatter.range.end) return [];
  const line = lineAround(text, cursor);
  const at: Place = { document, model, text, line, cursor };
  const headings = headingItems(at);
  if (headings) return headings;
  const section = model.timeline.sections.find((s) => cursor >= s.contentRange.start && (cursor < s.contentRange.end || s.contentRange.end === text.length));
  return section ? timelineItems(at, section, options) : [];
}

interface Place {
  document: TextDocument;
  model: PostmortemModel;
  text: string;
  /** The cursor's line, without its line break. */
  line: TextRange;
  cursor: number;
}

function lineAround(text: string, offset: number): TextRange {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  return { start, end: lineEndAt(text, start) };
}

function rangeOf(at: Place, start: number, end: number): Range {
  return { start: at.document.positionAt(start), end: at.document.positionAt(end) };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Whether `candidate` goes on from what is typed (any case); one typed out in full is finished. */
function continues(candidate: string, typed: string): boolean {
  return candidate.toLowerCase().startsWith(typed.toLowerCase()) && candidate.length > typed.trimEnd().length;
}

function sortKey(index: number): string {
  return String(index).padStart(3, '0');
}

// ---------------------------------------------------------------------------------------------
// Headings

/** `#`, `## ` or `## Ro` at the start of a line, the cursor at its end. */
const TYPED_HEADING = /^( {0,3})(#{1,6})(?:( +)([^#]*))?$/;

function headingItems(at: Place): CompletionItem[] | null {
  const { model, text, line, cursor } = at;
  const typed = TYPED_HEADING.exec(text.slice(line.start, cursor));
  if (!typed || !isBlank(text.slice(cursor, line.end))) return null;
  // The parser saw no heading here when the `#` is in a code block (a shell comment).
  const isHeading = model.headings.some((h) => h.style === 'atx' && h.range.start >= line.start && h.range.start <= line.end);
  if (!isHeading) return [];
  const others = model.sections.filter((s) => s.heading.range.start < line.start || s.heading.range.start > line.end);
  const present = new Set(others.flatMap((s) => s.kinds));
  const hashes = '#'.repeat(sectionDepth(model, others));
  const words = (typed[4] ?? '').trimStart();
  const range = rangeOf(at, line.start + typed[1].length, line.end);
  return SECTION_KINDS.filter((kind) => !present.has(kind) && continues(SECTION_TITLES[kind], words)).map((kind, index) => {
    const heading = `${hashes} ${SECTION_TITLES[kind]}`;
    return {
      label: SECTION_TITLES[kind],
      kind: CompletionItemKind.Module,
      detail: heading,
      documentation: `The report has no ${SECTION_TITLES[kind]} section yet. Inserts its heading at the level of the other sections.`,
      sortText: sortKey(index),
      filterText: `${typed[2]} ${SECTION_TITLES[kind]}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: heading },
    };
  });
}

/** The level most of the document's section headings use; below the title when none says. */
function sectionDepth(model: PostmortemModel, sections: Section[]): number {
  const counts = new Map<number, number>();
  for (const s of sections) if (s.heading.depth !== null) counts.set(s.heading.depth, (counts.get(s.heading.depth) ?? 0) + 1);
  let best: number | null = null;
  for (const [depth, count] of counts) if (best === null || count > counts.get(best)!) best = depth;
  return best ?? Math.min((model.title?.depth ?? 1) + 1, 6);
}

// ---------------------------------------------------------------------------------------------
// Timeline lines

/** A list marker the writer has typed: `-`, `* `, `1. `. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=\s|$)\s*/;

function timelineItems(at: Place, section: Section, options: CompletionOptions): CompletionItem[] {
  const { text, line, cursor } = at;
  const lineText = text.slice(line.start, line.end);
  const bodyStart = line.start + lineText.length - lineText.trimStart().length;
  // A table row goes on past the cursor (` |`); any other line is completed only at its end.
  if (text[bodyStart] === '|') return tableRowItems(at, section, bodyStart, options);
  if (!isBlank(text.slice(cursor, line.end))) return [];
  if (isBlank(lineText)) return newEntryItems(at, section, line, null, options);
  const marker = LIST_MARKER.exec(text.slice(bodyStart, line.end))?.[0] ?? '';
  const contentStart = bodyStart + marker.length;
  if (isBlank(text.slice(contentStart, line.end))) {
    return newEntryItems(at, section, { start: bodyStart, end: line.end }, { kind: 'list', marker: `${marker.trim()} ` }, options);
  }
  return afterTimeItems(at, contentStart, cursor);
}

/** Zones right after an entry's time, events after its separator. */
function afterTimeItems(at: Place, start: number, end: number): CompletionItem[] {
  const head = readEntryHead(at.text, start, end);
  if (!head.time) return [];
  const afterTime = at.text.slice(head.time.range.end, end);
  const zone = TYPED_ZONE.exec(afterTime);
  if (zone) {
    // `11:40 P` in a 12-hour timeline is a meridiem being typed, not a zone.
    if (!head.time.meridiem && timeStyleOf(at.model).clock === '12h') return [];
    return zoneItems(at, zone[1], end);
  }
  if (head.separator === null) return [];
  return eventItems(at, Math.min(head.textRange.start, end), end);
}

function tableRowItems(at: Place, section: Section, bodyStart: number, options: CompletionOptions): CompletionItem[] {
  const { text, line, cursor } = at;
  const table = at.model.timeline.tables.find((t) => line.start >= t.range.start && line.start <= t.range.end);
  if (!table) return [];
  const cells = rowCells(text, { start: bodyStart, end: line.end });
  if (cells.every((c) => isBlank(text.slice(c.start, c.end)))) {
    return newEntryItems(at, section, { start: bodyStart, end: line.end }, { kind: 'table', header: table.headerRange }, options);
  }
  const index = cells.findIndex((c) => cursor >= c.start && cursor <= c.end);
  // Past the header's last column the row is finished: that is its closing pipe.
  if (index === -1 || index >= headerShape(text, table.headerRange).columns || !isBlank(text.slice(cursor, cells[index].end))) return [];
  const cell = cells[index];
  if (readEntryHead(text, cell.start, cursor).time) return afterTimeItems(at, cell.start, cursor);
  const timeCellBefore = cells.slice(0, index).some((c) => readEntryHead(text, c.start, c.end).time !== null);
  if (!timeCellBefore) return [];
  const typedStart = cell.start + (text.slice(cell.start, cursor).length - text.slice(cell.start, cursor).trimStart().length);
  return eventItems(at, typedStart, cursor);
}

/**
 * The cells of a table row between its unescaped pipes. Outer pipes are optional in GFM: an
 * empty piece before the first pipe is no cell; one after the last pipe is kept, so the
 * cursor always lies in a cell.
 */
function rowCells(text: string, row: TextRange): TextRange[] {
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
  if (cells.length > 1 && isBlank(text.slice(cells[0].start, cells[0].end))) cells.shift();
  return cells;
}

/** How many cells a header row has, and whether it writes the outer pipes. */
function headerShape(text: string, header: TextRange): { columns: number; leadingPipe: boolean; trailingPipe: boolean } {
  const row = text.slice(header.start, header.end).trim();
  const cells = rowCells(text, header);
  const trailingPipe = row.endsWith('|');
  return { columns: cells.length - (trailingPipe && cells.length > 1 ? 1 : 0), leadingPipe: row.startsWith('|'), trailingPipe };
}

// ---------------------------------------------------------------------------------------------
// New entries

type EntryShape = { kind: 'list'; marker: string } | { kind: 'table'; header: TextRange } | null;

/** What goes into a new entry's skeleton besides the fixed text around it. */
interface EntryValues {
  time: string;
  zone: string;
  date: string;
}

/** Where the writer types the event: the snippet's one tab stop. */
const EVENT_STOP = { tabStop: 1 } as const;

type TemplatePart = string | { slot: keyof EntryValues } | typeof EVENT_STOP;

/**
 * Items that write a whole new entry over `replace`. `typed` is what the line already says
 * (a list marker or an empty table row); null for an empty line, which takes the form of the
 * entries around it.
 */
function newEntryItems(at: Place, section: Section, replace: TextRange, typed: EntryShape, options: CompletionOptions): CompletionItem[] {
  const { model, text, line } = at;
  const entries = model.timeline.entries.filter((e) => e.range.start >= section.range.start && e.range.start < section.range.end && (e.lineRange.start > line.end || e.range.end < line.start));
  const timed = entries.filter((e) => e.time !== null);
  const above = lastBefore(timed, line.start);
  const below = timed.find((e) => e.range.start > line.end) ?? null;
  const timeSource = above ?? below;
  const written = entries.filter((e) => e.time !== null && e.textRange.end > e.textRange.start);
  const styleSource = lastBefore(written, line.start) ?? written.find((e) => e.range.start > line.end) ?? null;

  let shape = typed;
  if (shape === null) {
    const tableAbove = model.timeline.tables.find((t) => lineAround(text, t.range.end).end === line.start - lineBreakBefore(text, line.start));
    if (tableAbove) shape = { kind: 'table', header: tableAbove.headerRange };
    // A row here would be a table without a header, so an empty line away from the table gets nothing.
    else if (styleSource?.form === 'table') return [];
    else shape = styleSource?.form === 'bare-lines' ? { kind: 'list', marker: '' } : { kind: 'list', marker: markerAfter(text, styleSource, styleSource !== null && styleSource.range.start < line.start) };
  }
  const template = shape.kind === 'table' ? tableTemplate(text, shape.header, styleSource) : listTemplate(text, shape.marker, styleSource);
  const style = timeStyleOf(model);
  const range = rangeOf(at, replace.start, replace.end);
  const typedText = text.slice(replace.start, at.cursor);
  const item = (label: string, values: EntryValues, detail: string, documentation: string, index: number): CompletionItem => ({
    label,
    kind: CompletionItemKind.Snippet,
    detail,
    documentation,
    sortText: sortKey(index),
    filterText: typedText + label,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: render(template, values) },
    // Straight on to the event phrases for the new entry.
    command: { title: 'Suggest an event', command: 'editor.action.triggerSuggest' },
  });

  const items: CompletionItem[] = [];
  if (timeSource?.time) {
    const time = formatTime(timeSource.time, style);
    const zone = timeSource.zone?.raw ?? styleSource?.zone?.raw ?? '';
    const date = timeSource.date ? dateText(text, timeSource.date) : styleSource?.date ? dateText(text, styleSource.date) : '';
    const where = timeSource === above ? 'above' : 'below';
    items.push({
      ...item(labelOf(template, time, zone), { time, zone, date }, `Time of the entry ${where}`, `A new timeline entry at ${time}, the time of the entry ${where}, written like the other entries. Type the event after it.`, 0),
      preselect: true,
    });
  }
  const zone = nowZone(model, options);
  const local = new Date(options.now.getTime() + zone.offsetMinutes * 60_000);
  const localDate = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  const time = formatTime(clockTime(local.getUTCHours() * 60 + local.getUTCMinutes()), style);
  const zoneWritten = styleSource?.zone && styleSource.zone.offsetMinutes === zone.offsetMinutes ? styleSource.zone.raw : zone.written;
  const isoDate = `${localDate.year}-${pad(localDate.month)}-${pad(localDate.day)}`;
  items.push(item(
    labelOf(template, time, zoneWritten),
    { time, zone: zoneWritten, date: styleSource?.date ? rewriteDate(dateText(text, styleSource.date), localDate) : '' },
    `Now: ${isoDate} in ${zone.name} (${formatOffset(zone.offsetMinutes)}), ${zone.why}`,
    `A new timeline entry at the current time, ${time} on ${isoDate} in ${zone.name} (${formatOffset(zone.offsetMinutes)}), ${zone.why}.`,
    1,
  ));
  return items;
}

function lastBefore(entries: TimelineEntry[], offset: number): TimelineEntry | null {
  let found: TimelineEntry | null = null;
  for (const e of entries) if (e.range.start < offset) found = e;
  return found;
}

function lineBreakBefore(text: string, lineStart: number): number {
  return text[lineStart - 2] === '\r' ? 2 : 1;
}

/** The marker of `entry`'s list item for a new item after it (`3. ` after `2. `) or before it. */
function markerAfter(text: string, entry: TimelineEntry | null, after: boolean): string {
  if (!entry || entry.form !== 'list') return '- ';
  const marker = text.slice(entry.range.start, entry.lineRange.start);
  const ordered = /^(\d+)([.)])\s*$/.exec(marker);
  if (ordered) return `${Number(ordered[1]) + (after ? 1 : 0)}${ordered[2]} `;
  return `${marker.trim()} `;
}

function dateText(text: string, date: CalendarDate): string {
  return text.slice(date.range.start, date.range.end);
}

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
    parts.push(text.slice(pos, literalEnd), { slot });
    pos = range.end;
  }
  parts.push(text.slice(pos, end));
  return parts;
}

function listTemplate(text: string, marker: string, source: TimelineEntry | null): TemplatePart[] {
  if (!source || source.form === 'table') return [marker, { slot: 'time' }, ': ', EVENT_STOP];
  return [marker, ...headTemplate(text, source, source.lineRange.start, source.textRange.start), EVENT_STOP];
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
    else if (column === timeColumn + 1) parts.push(EVENT_STOP);
  }
  if (trailingPipe) parts.push(' |');
  return parts;
}

/**
 * The skeleton as a snippet, its slots filled. Heads hold only marks, dates, times, zones and
 * separators, and cells only pipes: none of `$`, `}` or `\` that a snippet would read.
 */
function render(template: TemplatePart[], values: EntryValues): string {
  return template.map((part) => (typeof part === 'string' ? part : 'slot' in part ? values[part.slot] : `$${part.tabStop}`)).join('');
}

/** The time as the entry will show it, with its zone when the entries write one. */
function labelOf(template: TemplatePart[], time: string, zone: string): string {
  const writesZone = template.some((part) => typeof part !== 'string' && 'slot' in part && part.slot === 'zone');
  return writesZone && zone ? `${time} ${zone}` : time;
}

function timeStyleOf(model: PostmortemModel): TimeStyle {
  const times = model.timeline.entries.flatMap((e) => (e.time ? [e.time] : []));
  return dominantTimeStyle(times.length ? times : model.timeMentions.map((m) => m.time));
}

/** A time at `minutes`, as if written `HH:MM`, to be formatted in the document's style. */
function clockTime(minutes: number): ClockTime {
  return { minutes, range: { start: 0, end: 0 }, raw: formatHHMM(minutes), hourMinuteSeparator: ':', meridiem: null, meridiemText: null, spaceBeforeMeridiem: false, hasSeconds: false, problems: [] };
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

/** The zone "now" is given in, how to write it, and why that one. */
function nowZone(model: PostmortemModel, options: CompletionOptions): { offsetMinutes: number; name: string; written: string; why: string } {
  const writable = (name: string) => {
    const match = matchZoneAt(name, 0, true);
    return match !== null && match.end === name.length;
  };
  if (model.incidentZone) {
    const { raw, source } = model.incidentZone.statement;
    // An IANA zone's offset on the incident's day may differ from today's (summer time).
    const offsetMinutes = (raw.includes('/') ? zoneOffsetOf(raw, options.now) : null) ?? model.incidentZone.offsetMinutes;
    return { offsetMinutes, name: raw, written: writable(raw) ? raw : formatOffset(offsetMinutes), why: `the incident's zone, from ${SOURCE_PLACES[source]}` };
  }
  const setting = options.defaultTimeZone?.trim();
  if (setting) {
    const offsetMinutes = zoneOffsetOf(setting, options.now);
    if (offsetMinutes !== null) return { offsetMinutes, name: setting, written: writable(setting) ? setting : formatOffset(offsetMinutes), why: 'from postmortem.defaultTimeZone' };
    return { offsetMinutes: 0, name: 'UTC', written: 'UTC', why: `postmortem.defaultTimeZone "${setting}" is not a zone` };
  }
  return { offsetMinutes: 0, name: 'UTC', written: 'UTC', why: 'the report names no zone' };
}

// ---------------------------------------------------------------------------------------------
// Zones

/** Marks that close a time: `**`, `_`, `]`, `` ` ``, `)`. */
const CLOSING_MARKS = /^(?:\*\*|__|\*|_|\]|`|\))*/;

/** After a time and its closing marks: a space, then nothing or the capitals of a zone being typed (`W`). */
const TYPED_ZONE = new RegExp(`${CLOSING_MARKS.source} ([A-Z]{0,4})$`);

/** Offered after the document's own zones and UTC; the offsets come from the model's zone table. */
const COMMON_ZONES = ['GMT', 'WAT', 'CAT', 'EAT', 'SAST', 'CET', 'CEST', 'EET', 'EEST', 'BST', 'IST', 'SGT', 'HKT', 'JST', 'AEST', 'PST', 'PDT', 'MST', 'MDT', 'CST', 'CDT', 'EST', 'EDT'];

function zoneItems(at: Place, typed: string, end: number): CompletionItem[] {
  const counts = new Map<string, { offsetMinutes: number; count: number }>();
  for (const zone of at.model.zones) {
    const match = matchZoneAt(zone.raw, 0, true);
    if (!match || match.end !== zone.raw.length) continue;
    const seen = counts.get(zone.raw);
    counts.set(zone.raw, { offsetMinutes: zone.offsetMinutes, count: (seen?.count ?? 0) + 1 });
  }
  const used = [...counts].sort((a, b) => b[1].count - a[1].count);
  const candidates: Array<{ name: string; offsetMinutes: number; documentation: string }> = used.map(([name, { offsetMinutes, count }]) => ({
    name,
    offsetMinutes,
    documentation: `Named ${count === 1 ? 'once' : `${count} times`} in this report.`,
  }));
  for (const name of ['UTC', ...COMMON_ZONES]) {
    if (counts.has(name)) continue;
    candidates.push({ name, offsetMinutes: matchZoneAt(name, 0)!.offsetMinutes, documentation: name === 'UTC' ? 'Coordinated Universal Time.' : 'A common zone abbreviation.' });
  }
  const range = rangeOf(at, end - typed.length, end);
  return candidates
    .filter((c) => continues(c.name, typed))
    .map((c, index) => ({
      label: c.name,
      kind: CompletionItemKind.Unit,
      detail: formatOffset(c.offsetMinutes),
      documentation: c.documentation,
      sortText: sortKey(index),
      filterText: c.name,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: c.name },
    }));
}

// ---------------------------------------------------------------------------------------------
// Events

/**
 * The steps a timeline needs, in the order incidents usually run. Each is recognised by the
 * kind `classifyEvent` gives an entry (the same reading as the incident metrics, negations
 * included) and, for a step that shares its kind with an earlier one, by its own words: an
 * alert is a detection but not yet a page.
 */
const EVENT_STEPS: Array<{ kind: EventKind; words?: RegExp; phrases: Array<{ label: string; snippet: string }> }> = [
  {
    kind: 'detection',
    phrases: [
      { label: 'Alert fired', snippet: 'Alert fired for ${1:what}' },
      { label: 'Customer reported', snippet: 'Customer reported ${1:problem}' },
    ],
  },
  { kind: 'detection', words: /\bpag(?:e|ed|er|ing)\b/, phrases: [{ label: 'On-call engineer paged', snippet: 'On-call engineer paged' }] },
  { kind: 'detection', words: /\backnowledg|\backed\b/, phrases: [{ label: 'Page acknowledged', snippet: 'Page acknowledged by ${1:name}' }] },
  { kind: 'investigation', phrases: [{ label: 'Investigation started', snippet: 'Investigation started' }] },
  { kind: 'escalation', phrases: [{ label: 'Escalated', snippet: 'Escalated to ${1:team}' }] },
  { kind: 'mitigation', phrases: [{ label: 'Mitigation applied', snippet: 'Mitigation applied: ${1:what}' }] },
  { kind: 'mitigation', words: /\broll(?:ed|ing|s)?[\s-]?back|\brollback|\brevert/, phrases: [{ label: 'Rolled back', snippet: 'Rolled back ${1:change}' }] },
  { kind: 'mitigation', words: /\bfix|\bpatch/, phrases: [{ label: 'Fix deployed', snippet: 'Fix deployed: ${1:what}' }] },
  { kind: 'resolution', phrases: [{ label: 'Recovery observed', snippet: 'Recovery observed: ${1:metric} back to normal' }] },
  { kind: 'resolution', words: /\bresolved|\bsolved|\bclosed|\ball[\s-]clear/, phrases: [{ label: 'Incident resolved', snippet: 'Incident resolved' }] },
];

/** The snippet's text with each placeholder's default, as it reads once inserted. */
function plainText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1');
}

/** Event phrases for the text typed between `start` and `end`, leaving out the steps the timeline already has. */
function eventItems(at: Place, start: number, end: number): CompletionItem[] {
  const { model, text, line } = at;
  const typed = text.slice(start, end);
  const fitting = EVENT_STEPS.filter((step) => step.phrases.some((p) => continues(plainText(p.snippet), typed)));
  // Most events typed are the writer's own words: no phrase fits, and nothing needs reading.
  if (!fitting.length) return [];
  const missing = new Set(fitting);
  for (const entry of model.timeline.entries) {
    if (!missing.size) break;
    if (entry.lineRange.start <= line.end && entry.lineRange.end >= line.start) continue;
    const kind = classifyEvent(entry.text);
    const said = entry.text.toLowerCase();
    for (const step of missing) if (step.kind === kind && (!step.words || step.words.test(said))) missing.delete(step);
  }
  // After `11:40 PM:` with no space yet, the phrase brings its own.
  const space = start === end && !/\s/.test(text[start - 1] ?? '') ? ' ' : '';
  const range = rangeOf(at, start, end);
  const phrases = fitting.filter((step) => missing.has(step)).flatMap((step) => step.phrases);
  return phrases
    .filter((p) => continues(plainText(p.snippet), typed))
    .map((p, index) => ({
      label: p.label,
      kind: CompletionItemKind.Text,
      detail: 'Missing from the timeline',
      documentation: `The timeline has no entry for this yet: ${plainText(p.snippet)}.`,
      sortText: sortKey(index),
      filterText: space + plainText(p.snippet),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: space + p.snippet },
    }));
}

