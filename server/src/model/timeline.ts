// Timeline entries from list items, table rows and bare lines, with their times, and the
// day each falls on (explicit dates, or midnight rollover).

import type { List, Root, Table } from 'mdast';
import { blocksIn, clip, hasStartWithin, lineEndAt, linesIn, rangeOf, trimRange } from './markdown';
import { readDateAt, readTimeAt } from './times';
import { findZones, matchAttachedZone } from './timezones';
import type { CalendarDate, ClockTime, InvalidTime, Section, TextRange, Timeline, TimelineEntry, TimelineForm, TimelineTable, ZoneStatement } from './types';

export interface EntryHead {
  time: ClockTime | null;
  invalidTime: InvalidTime | null;
  date: CalendarDate | null;
  zone: ZoneStatement | null;
  separator: string | null;
  textRange: TextRange;
}

const SEPARATOR = /^\s*(--|—|–|-|:|\|)\s*/;
/** Marks around a time: `**10:42**`, `*10:42*`, `_10:42_`, `[10:42]`, `` `10:42` ``, `(10:42)`, `~10:42` (about then). */
const OPENERS = /^(?:\*\*|__|\*|_|\[|`|\(|~)*/;
/** Marks that close what opened before a time: bold, italics, a link's text, code, a parenthesis. */
export const CLOSING_MARKS = /^(?:\*\*|__|\*|_|\]|`|\))*/;
/**
 * One or two emoji or symbols before the time (`🔥 10:05`, `⚠️ 10:05 PM`, `✅ 11:17 AM`), each
 * with its variation selector, skin tone or zero-width-joined parts. ASCII symbols are left
 * alone: `|`, `~` and `+` mean something there.
 */
const LEADING_SYMBOLS = /^(?:(?![\x00-\x7F])[\p{Extended_Pictographic}\p{So}\p{Sm}](?:[\uFE0E\uFE0F\u20E3]|\p{Emoji_Modifier}|\u200D(?![\x00-\x7F])[\p{Extended_Pictographic}\p{So}])*\s*){1,2}/u;

/**
 * Reads the head of an entry line between `start` and `end`: `**Jan 17, 11:32 PM (EAT)** - text`.
 * Without a time at the start, the whole line is the event text.
 */
export function readEntryHead(text: string, start: number, end: number): EntryHead {
  const line = text.slice(start, end);
  let pos = 0;
  const skip = (pattern: RegExp) => {
    const m = pattern.exec(line.slice(pos));
    if (m) pos += m[0].length;
    return m;
  };
  const noTime: EntryHead = { time: null, invalidTime: null, date: null, zone: null, separator: null, textRange: trimRange(text, start, end) };

  skip(/^\s*/);
  skip(LEADING_SYMBOLS);
  const openers = skip(OPENERS)?.[0] ?? '';
  const dated = readDateAt(line, pos, start);
  if (dated) pos = dated.next;
  const read = readTimeAt(line, pos, start, { strict: false, allowMilitary: true });
  if (!read) return noTime;
  if (read.kind === 'invalid') {
    pos += read.invalid.raw.length;
    skip(CLOSING_MARKS);
    skip(SEPARATOR);
    return { ...noTime, invalidTime: read.invalid, date: dated?.date ?? null, textRange: eventRange(text, line, pos, start, end) };
  }
  pos += read.time.raw.length;
  const time = read.time;
  if (read.time.raw.length === 4 && !read.time.hourMinuteSeparator && !read.time.meridiem) {
    skip(/^\s?(?:hrs|hours|h)\b/);
  }
  skip(CLOSING_MARKS);
  let zone: ZoneStatement | null = null;
  const attached = matchAttachedZone(line, pos);
  if (attached) {
    zone = { offsetMinutes: attached.zone.offsetMinutes, raw: attached.zone.raw, range: { start: start + attached.zone.start, end: start + attached.zone.end }, source: 'timeline-entry' };
    pos = attached.end;
  }
  skip(CLOSING_MARKS);
  const separatorMatch = SEPARATOR.exec(line.slice(pos));
  let separator: string | null = null;
  if (separatorMatch) {
    separator = separatorMatch[1];
    pos += separatorMatch[0].length;
  } else if (openers.includes('**') && /^\s/.test(line.slice(pos))) {
    skip(/^\s+/);
  }
  skip(/^(?:\*\*|__)(?=\s|$)\s*/);
  return { time, invalidTime: null, date: dated?.date ?? null, zone, separator, textRange: eventRange(text, line, pos, start, end) };
}

function eventRange(text: string, line: string, pos: number, start: number, end: number): TextRange {
  return trimRange(text, start + Math.min(pos, line.length), end);
}

interface RawEntry {
  form: TimelineForm;
  range: TextRange;
  lineRange: TextRange;
  head: EntryHead;
  paragraphSize: number;
  block: TextRange;
}

/** The timeline of every timeline section, with entries in document order. */
export function buildTimeline(text: string, root: Root, sections: Section[]): Timeline {
  const timelineSections = sections.filter((s) => s.kinds.includes('timeline'));
  const raw: RawEntry[] = [];
  const tables: TimelineTable[] = [];
  for (const section of timelineSections) {
    for (const block of blocksIn(root, section.contentRange)) {
      if (block.type === 'list') raw.push(...listEntries(text, block, section.contentRange));
      else if (block.type === 'table' && rangeOf(block)!.start >= section.contentRange.start) {
        const table = tableEntries(text, block);
        raw.push(...table.entries);
        if (table.info) tables.push(table.info);
      } else if (block.type === 'paragraph') {
        // A paragraph can hold the `Timeline:` line and its entries, or run on into the next section's heading line.
        const { start, end } = clip(rangeOf(block)!, section.contentRange);
        raw.push(...bareLineEntries(text, start, end));
      }
    }
  }
  raw.sort((a, b) => a.range.start - b.range.start);
  const headingZones = zonesAround(text, root, timelineSections, tables, raw);
  const timed = raw.filter((e) => e.head.time);
  // The clock runs in the zone the first timed entry states, else the heading's, else the first an entry states.
  const zone = timed[0]?.head.zone ?? headingZones[0] ?? timed.find((e) => e.head.zone)?.head.zone ?? null;
  // An entry without a zone is in the heading's zone when there is one.
  const entries = assignDays(text, raw, zone, headingZones[0] ?? zone);
  return { sections: timelineSections, entries, tables, zone, headingZones };
}

/** The zones stated in the timeline headings, table headers and notes (`All times UTC`), in document order. */
function zonesAround(text: string, root: Root, sections: Section[], tables: TimelineTable[], raw: RawEntry[]): ZoneStatement[] {
  const places: TextRange[] = [];
  const entryStarts = raw.map((e) => e.range.start);
  for (const section of sections) {
    places.push(section.heading.textRange);
    for (const table of tables) if (table.range.start >= section.contentRange.start && table.range.end <= section.contentRange.end) places.push(table.headerRange);
    for (const block of blocksIn(root, section.contentRange)) {
      const range = clip(rangeOf(block)!, section.contentRange);
      if (block.type === 'paragraph' && !hasStartWithin(entryStarts, range)) places.push(range);
    }
  }
  places.sort((a, b) => a.start - b.start);
  return places.flatMap((place) =>
    findZones(text.slice(place.start, place.end)).map((zone) => ({
      offsetMinutes: zone.offsetMinutes,
      raw: zone.raw,
      range: { start: place.start + zone.start, end: place.start + zone.end },
      source: 'timeline-heading' as const,
    })),
  );
}

/**
 * The items of `list` that start inside `within`, each an entry. The item holding `within`'s
 * start is the timeline's label (`- **Timeline:**`): its nested lists and lines are the entries.
 */
function listEntries(text: string, list: List, within: TextRange): RawEntry[] {
  const block = rangeOf(list)!;
  return list.children.flatMap((item) => {
    const itemRange = rangeOf(item)!;
    if (itemRange.start < within.start) {
      if (itemRange.end <= within.start) return [];
      return item.children.flatMap((child): RawEntry[] => {
        const childRange = rangeOf(child);
        if (!childRange || childRange.end <= within.start) return [];
        if (child.type === 'list') return listEntries(text, child, within);
        if (child.type === 'paragraph') return bareLineEntries(text, clip(childRange, within).start, clip(childRange, within).end);
        return [];
      });
    }
    if (itemRange.start >= within.end) return [];
    const first = item.children[0];
    const firstRange = first ? rangeOf(first) : null;
    if (!firstRange) return [];
    const lineEnd = first.type === 'paragraph' ? Math.min(lineEndAt(text, firstRange.start), firstRange.end) : lineEndAt(text, firstRange.start);
    const head = readEntryHead(text, firstRange.start, lineEnd);
    return [{ form: 'list' as const, range: itemRange, lineRange: { start: firstRange.start, end: lineEnd }, head, paragraphSize: 1, block }];
  });
}

function tableEntries(text: string, table: Table): { entries: RawEntry[]; info: TimelineTable | null } {
  const tableRange = rangeOf(table)!;
  const header = table.children[0];
  const headerRange = header ? rangeOf(header) : null;
  const entries: RawEntry[] = [];
  for (const row of table.children.slice(1)) {
    const rowRange = rangeOf(row);
    if (!rowRange) continue;
    const cells = row.children.map((cell) => cellRange(text, rangeOf(cell)));
    if (cells.every((c) => c === null || c.start === c.end)) continue;
    const heads = cells.map((c) => (c !== null && c.end > c.start ? readEntryHead(text, c.start, c.end) : null));
    const timeCellIndex = heads.findIndex((h) => h?.time);
    const head = heads[timeCellIndex === -1 ? 0 : timeCellIndex] ?? readEntryHead(text, rowRange.start, rowRange.start);
    // The event is in the cells after the time (before it stand numbers or dates); a row
    // without a time, or with the time last, keeps every other cell.
    const filled = (c: TextRange | null): c is TextRange => c !== null && c.end > c.start;
    const afterTime = timeCellIndex === -1 ? [] : cells.slice(timeCellIndex + 1).filter(filled);
    const eventCells = afterTime.length ? afterTime : cells.filter((c, i): c is TextRange => filled(c) && i !== timeCellIndex);
    if (eventCells.length) head.textRange = { start: eventCells[0].start, end: eventCells[eventCells.length - 1].end };
    entries.push({ form: 'table', range: rowRange, lineRange: rowRange, head: { ...head, separator: '|' }, paragraphSize: 1, block: tableRange });
  }
  return { entries, info: headerRange ? { range: tableRange, headerRange } : null };
}

/** A table cell's text without pipes and padding. */
function cellRange(text: string, range: TextRange | null): TextRange | null {
  if (!range) return null;
  let start = range.start;
  let end = range.end;
  if (text[start] === '|') start++;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  return trimRange(text, start, end);
}

/** Lines that start with a time, written without list markers: Markdown joins them into one paragraph. */
function bareLineEntries(text: string, start: number, end: number): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const line of linesIn(text, start, end)) {
    const head = readEntryHead(text, line.start, line.end);
    if (head.time || head.invalidTime) {
      entries.push({ form: 'bare-lines', range: { ...line }, lineRange: { ...line }, head, paragraphSize: 0, block: { start, end } });
    } else if (entries.length && /\S/.test(text.slice(line.start, line.end))) {
      entries[entries.length - 1].range.end = line.end;
    }
  }
  for (const entry of entries) entry.paragraphSize = entries.length;
  return entries;
}

/** A jump back of at least this much between consecutive entries is read as passing midnight. */
export const ROLLOVER_MINIMUM_BACKWARD_JUMP = 6 * 60;

/** Days and `absoluteMinutes` on the clock of `clock`; an entry naming no zone is written in `unstated`. */
function assignDays(text: string, raw: RawEntry[], clock: ZoneStatement | null, unstated: ZoneStatement | null): TimelineEntry[] {
  let day = 0;
  let previous: number | null = null;
  let anchor: { date: CalendarDate; day: number } | null = null;
  return raw.map((entry) => {
    const { head } = entry;
    let absoluteMinutes: number | null = null;
    if (head.time) {
      // `4:00 PM EDT` among CAT entries is 10:00 PM on the timeline's clock; past midnight when the shift takes it there.
      const written = head.zone ?? unstated;
      const onClock = head.time.minutes + (written && clock ? clock.offsetMinutes - written.offsetMinutes : 0);
      if (head.date) {
        if (!anchor) anchor = { date: head.date, day };
        else day = anchor.day + daysBetween(anchor.date, head.date);
      } else if (previous !== null && previous - (day * 1440 + onClock) >= ROLLOVER_MINIMUM_BACKWARD_JUMP) {
        day += 1;
      }
      absoluteMinutes = day * 1440 + onClock;
      previous = absoluteMinutes;
    }
    return {
      form: entry.form,
      range: entry.range,
      lineRange: entry.lineRange,
      time: head.time,
      invalidTime: head.invalidTime,
      date: head.date,
      zone: head.zone,
      separator: head.separator,
      text: text.slice(head.textRange.start, head.textRange.end),
      textRange: head.textRange,
      dayOffset: day,
      absoluteMinutes,
      paragraphSize: entry.paragraphSize,
      block: entry.block,
    };
  });
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const year = from.year ?? to.year ?? 2000;
  const a = Date.UTC(year, from.month - 1, from.day);
  const b = Date.UTC(to.year ?? year, to.month - 1, to.day);
  return Math.round((b - a) / 86_400_000);
}
