// Timeline entries from list items, table rows, bare lines, time headings, and timed lines of code
// and HTML, with their times (after labels and cues too), and the day each falls on (explicit
// dates, a group's or a heading's date, or midnight rollover).

import type { Heading as MdHeading, List, Root, RootContent, Table } from 'mdast';
import { blocksIn, clip, hasStartWithin, lineEndAt, linesIn, maskHtml, rangeOf, trimRange } from './markdown';
import { daysBetween, readDateAt, readTimeAt } from './times';
import { findZones, matchAttachedZone, zoneStatement } from './timezones';
import type { CalendarDate, ClockTime, InvalidTime, Section, TextRange, Timeline, TimelineEntry, TimelineForm, TimelineTable, ZoneStatement } from './types';

export interface EntryHead {
  time: ClockTime | null;
  invalidTime: InvalidTime | null;
  date: CalendarDate | null;
  zone: ZoneStatement | null;
  separator: string | null;
  textRange: TextRange;
  /** Set when the time is not before the event but in its first sentence (`Support forwarded the ticket at 3:17 PM.`). */
  timeInEvent?: boolean;
}

const SEPARATOR = /^\s*(--|—|–|-|:|\||,|→)\s*/;
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
export function readEntryHead(text: string, start: number, end: number, options: { timeInEvent?: boolean } = {}): EntryHead {
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
  let openers = skip(OPENERS)?.[0] ?? '';
  // `**Escalation:** **May 3, 4:00 PM** - ...`, `Time: 4:15 PM`: a label before the time.
  if (!startsWithDateOrTime(line, pos, start)) {
    const label = LABEL_BEFORE_TIME.exec(line.slice(pos));
    const afterLabel = label ? pos + label[0].length : -1;
    if (label && startsWithDateOrTime(line, afterLabel + OPENERS.exec(line.slice(afterLabel))![0].length, start)) {
      pos = afterLabel;
      openers += skip(OPENERS)?.[0] ?? '';
    }
  }
  skip(TIME_CUE);
  const dated = readDateAt(line, pos, start);
  if (dated) {
    pos = dated.next;
    // `24-10-2024 - 08:15`, `2026-05-30 ~16:58`.
    skip(/^[-–—]\s+/);
    skip(OPENERS);
  }
  const read = readTimeAt(line, pos, start, { strict: false, allowMilitary: true });
  if (!read && dated) {
    // `01-31-2024 - The fix was merged`: an entry of a day, with no clock time.
    skip(SEPARATOR);
    return { ...noTime, date: dated.date, textRange: eventRange(text, line, pos, start, end) };
  }
  // A list item can tell its time inside its sentence; a line of prose in the timeline is no entry for it.
  if (!read) return (options.timeInEvent && timeInFirstSentence(text, start, end)) || noTime;
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
    zone = zoneStatement(attached.zone, start, 'timeline-entry');
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

/**
 * An entry that tells its time in its first sentence instead of before it: `Support forwarded the
 * ticket at 3:17 PM Eastern time.`, `**Issue detection:** Detected at 10:00 AM UTC when ...`. Only
 * a clock time (with a colon or AM/PM) after `at`, `around` or `by` counts.
 */
function timeInFirstSentence(text: string, start: number, end: number): EntryHead | null {
  const line = text.slice(start, end);
  const sentence = /^[^.!?]*(?:[.!?](?=\d)[^.!?]*)*/.exec(line)![0];
  const cue = /\b(?:at|around|about|by)\s+(?:\*\*)?(?=\d|[A-Z][a-z]{2})/gi;
  for (let m = cue.exec(sentence); m; m = cue.exec(sentence)) {
    // `at Nov 1, 2022 6:00 AM`: the day may come first.
    const at = readDateAt(line, m.index + m[0].length, start)?.next ?? m.index + m[0].length;
    const read = readTimeAt(line, at, start, { strict: true, allowMilitary: false });
    if (read?.kind !== 'time') continue;
    const attached = matchAttachedZone(line, at + read.time.raw.length);
    const zone = attached ? zoneStatement(attached.zone, start, 'timeline-entry') : null;
    return { time: read.time, invalidTime: null, date: null, zone, separator: null, textRange: trimRange(text, start, end), timeInEvent: true };
  }
  return null;
}

/** A short label and its colon before an entry's time, in bold or not: `**Detection Time:** `, `Time: `. */
const LABEL_BEFORE_TIME = /^(?:\*\*|__)?\p{L}[\p{L}\p{N} /&'’-]{0,30}?:(?:\*\*|__)?\s+/u;
/** `At 3:15 PM, ...`, `Around 10:00 - ...`: a word that only says the time comes next. */
const TIME_CUE = /^(?:at|around|about|approx(?:imately|\.)?|circa|ca\.)\s+(?=\d)/i;

function startsWithDateOrTime(line: string, pos: number, start: number): boolean {
  const at = pos + (TIME_CUE.exec(line.slice(pos))?.[0].length ?? 0);
  return readDateAt(line, at, start) !== null || readTimeAt(line, at, start, { strict: false, allowMilitary: true }) !== null;
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
  /** The date of the group or heading the entry stands under (`- 2024-04-13` with timed items nested under it). */
  day?: CalendarDate | null;
  /** The event's words when the source holds markup around them (HTML tags). */
  eventText?: string;
}

/** The timeline of every timeline section, with entries in document order. */
export function buildTimeline(text: string, root: Root, sections: Section[]): Timeline {
  // A timeline's phases (`Detection:` with timed entries under it) hold its entries too.
  const timelineSections = sections.filter((s) => s.kinds.includes('timeline') || s.parent?.kinds.includes('timeline'));
  /** The document with its HTML blanked out, made once, when a timeline holds HTML. */
  let masked: string | null = null;
  const raw: RawEntry[] = [];
  const tables: TimelineTable[] = [];
  for (const section of timelineSections) {
    /** The entry a time heading (`### 5:00 PM`) opened: the blocks under it are its text, not entries of their own. */
    let headingEntry: RawEntry | null = null;
    /**
     * A date heading (`### 2024-05-03`) dates the entries under it; with none under it, only
     * prose, it is an entry of that day itself.
     */
    let dayHeading: RawEntry | null = null;
    let day: CalendarDate | null = null;
    const extend = (entry: RawEntry, block: RootContent) => {
      const body = clip(rangeOf(block)!, section.contentRange);
      entry.range.end = Math.max(entry.range.end, body.end);
      // What happened is said under the heading: its first line stands for the event.
      if (entry.eventText === undefined && block.type === 'paragraph') entry.eventText = text.slice(body.start, lineEndAt(text, body.start)).trim();
    };
    for (const block of blocksIn(root, section.contentRange)) {
      const blockRange = rangeOf(block)!;
      if (block.type === 'heading') {
        if (dayHeading) raw.push(dayHeading);
        dayHeading = null;
        headingEntry = headingEntryOf(text, block);
        if (headingEntry?.head.time) {
          raw.push(headingEntry);
          continue;
        }
        dayHeading = headingEntry;
        headingEntry = null;
        day = dayHeading?.head.date ?? (block.depth <= (section.heading.depth ?? 6) ? null : day);
        continue;
      }
      if (headingEntry) {
        extend(headingEntry, block);
        continue;
      }
      const found: RawEntry[] = [];
      if (block.type === 'list') found.push(...listEntries(text, block, section.contentRange, day));
      else if (block.type === 'table' && blockRange.start >= section.contentRange.start) {
        const table = tableEntries(text, block);
        found.push(...table.entries);
        if (table.info) tables.push(table.info);
      } else if (block.type === 'paragraph') {
        // A paragraph can hold the `Timeline:` line and its entries, or run on into the next section's heading line.
        const { start, end } = clip(blockRange, section.contentRange);
        // A date alone on its line (`01-10-2025`, `**May 3**`) is the day of what follows, as a date heading is.
        const dayLine = lineEndAt(text, start) >= end ? groupLabel(text, start, end)?.date : null;
        if (dayLine) {
          day = dayLine;
          continue;
        }
        found.push(...bareLineEntries(text, start, end));
      } else if (block.type === 'code' || block.type === 'html') {
        const source = block.type === 'html' ? (masked ??= withHtmlMasked(text, root)) : text;
        found.push(...lineEntries(text, source, block.type, clip(blockRange, section.contentRange)));
      }
      for (const entry of found) entry.day ??= day;
      raw.push(...found);
      if (dayHeading && found.length) dayHeading = null;
      else if (dayHeading) extend(dayHeading, block);
    }
    if (dayHeading) raw.push(dayHeading);
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
    findZones(text.slice(place.start, place.end)).map((zone) => zoneStatement(zone, place.start, 'timeline-heading')),
  );
}

/**
 * The items of `list` that start inside `within`, each an entry. The item holding `within`'s
 * start is the timeline's label (`- **Timeline:**`): its nested lists and lines are the entries.
 * An item that only names a group (`- 2024-04-13`, `- **Actions taken:**`) with items nested
 * under it is no entry: its nested items are, on its date if it gives one.
 */
function listEntries(text: string, list: List, within: TextRange, day: CalendarDate | null): RawEntry[] {
  const block = rangeOf(list)!;
  return list.children.flatMap((item) => {
    const itemRange = rangeOf(item)!;
    if (itemRange.start < within.start) {
      if (itemRange.end <= within.start) return [];
      return item.children.flatMap((child): RawEntry[] => {
        const childRange = rangeOf(child);
        if (!childRange || childRange.end <= within.start) return [];
        if (child.type === 'list') return listEntries(text, child, within, day);
        if (child.type === 'paragraph') return bareLineEntries(text, clip(childRange, within).start, clip(childRange, within).end);
        return [];
      });
    }
    if (itemRange.start >= within.end) return [];
    const first = item.children[0];
    const firstRange = first ? rangeOf(first) : null;
    if (!firstRange) return [];
    const lineEnd = first.type === 'paragraph' ? Math.min(lineEndAt(text, firstRange.start), firstRange.end) : lineEndAt(text, firstRange.start);
    const head = readEntryHead(text, firstRange.start, lineEnd, { timeInEvent: true });
    const rest = item.children.slice(1);
    if (!head.time && !head.invalidTime && rest.length && first.type === 'paragraph' && lineEnd >= firstRange.end) {
      const group = groupLabel(text, firstRange.start, lineEnd);
      // Under the group's label: nested items, or lines of their own (`- how it was detected` over `\t2:20 PM a user complained`).
      const grouped = group
        ? rest.flatMap((child): RawEntry[] => {
            if (child.type === 'list') return listEntries(text, child, within, group.date ?? day);
            const range = child.type === 'paragraph' ? rangeOf(child) : null;
            return range ? bareLineEntries(text, range.start, range.end).filter((entry) => entry.head.time) : [];
          })
        : [];
      if (grouped.length) return grouped;
    }
    return [{ form: 'list' as const, range: itemRange, lineRange: { start: firstRange.start, end: lineEnd }, head, paragraphSize: 1, block, day }];
  });
}

/** A line that names a group of entries, not an event: a date alone, or a short label (`**Actions taken:**`, `Detection`). */
function groupLabel(text: string, start: number, end: number): { date: CalendarDate | null } | null {
  const line = text.slice(start, end).replace(/[*_`]/g, '').trim().replace(/:$/, '');
  const date = readDateAt(`${line} `, 0, 0);
  if (date && date.next >= line.length) {
    const offset = start + text.slice(start, end).indexOf(line.slice(0, 4));
    return { date: { ...date.date, range: { start: offset + date.date.range.start, end: offset + date.date.range.end } } };
  }
  return line.split(/\s+/).length <= 5 && /:$|^[^.!?]*$/.test(line) && !/[.!?]$/.test(line) ? { date: null } : null;
}

/**
 * `### 5:00 PM`, `### 2018-03-26 10:34`: a heading that is an entry's time, the blocks under it
 * telling the event; or `### 2024-05-03`, `### August 15`: a heading that is only a day (no time).
 */
function headingEntryOf(text: string, heading: MdHeading): RawEntry | null {
  const first = heading.children[0] ? rangeOf(heading.children[0]) : null;
  const last = heading.children.length ? rangeOf(heading.children[heading.children.length - 1]) : null;
  if (!first || !last) return null;
  let head = readEntryHead(text, first.start, last.end);
  if (!head.time && !head.date) {
    const day = groupLabel(text, first.start, last.end)?.date;
    if (!day) return null;
    head = { ...head, date: day, textRange: { start: last.end, end: last.end } };
  }
  // A day heading says nothing but the day (`### 2024-05-03 Release notes` is a title of its own).
  if (!head.time && head.textRange.start < last.end) return null;
  const range = rangeOf(heading)!;
  return { form: 'heading', range: { ...range }, lineRange: { start: first.start, end: last.end }, head, paragraphSize: 1, block: range };
}

/**
 * Lines of a code block or an HTML block that start with a time (`[21:35] → restarted`,
 * `<li><strong>08:00 AM:</strong> Alert</li>`), each an entry. `source` is the document with
 * its HTML blanked out (`maskHtml`), offsets unchanged, so the time is read between the tags
 * while the entry's line stays the document's.
 */
function lineEntries(text: string, source: string, kind: 'code' | 'html', range: TextRange): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const line of linesIn(text, range.start, range.end)) {
    // A list written inside a code block (`- 14:25 UTC: ...`) keeps its markers there.
    const marker = kind === 'code' ? /^\s*(?:[-*+]|\d{1,9}[.)])\s+/.exec(source.slice(line.start, line.end))?.[0].length ?? 0 : 0;
    const head = readEntryHead(source, line.start + marker, line.end);
    if (!head.time) continue;
    const trimmed = trimRange(text, line.start, line.end);
    entries.push({ form: kind, range: trimmed, lineRange: trimmed, head, paragraphSize: 1, block: range, eventText: source.slice(head.textRange.start, head.textRange.end) });
  }
  return entries;
}

/** The document with the markup of its top-level HTML blocks blanked out, offsets unchanged. */
function withHtmlMasked(text: string, root: Root): string {
  let masked = '';
  let copied = 0;
  for (const block of root.children) {
    const range = block.type === 'html' ? rangeOf(block) : null;
    if (!range) continue;
    masked += text.slice(copied, range.start) + maskHtml(text.slice(range.start, range.end));
    copied = range.end;
  }
  return masked + text.slice(copied);
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
  const lines = linesIn(text, start, end);
  if (isLinePerEvent(text, lines)) {
    return lines.map((line) => {
      const head = readEntryHead(text, line.start, line.end, { timeInEvent: true });
      return { form: 'bare-lines' as const, range: { ...line }, lineRange: { ...line }, head, paragraphSize: lines.length, block: { start, end } };
    });
  }
  for (const line of lines) {
    const head = readEntryHead(text, line.start, line.end);
    if (head.time || head.invalidTime || head.date) {
      entries.push({ form: 'bare-lines', range: { ...line }, lineRange: { ...line }, head, paragraphSize: 0, block: { start, end } });
    } else if (entries.length && /\S/.test(text.slice(line.start, line.end))) {
      entries[entries.length - 1].range.end = line.end;
    }
  }
  for (const entry of entries) entry.paragraphSize = entries.length;
  return entries;
}

/**
 * Three or more short lines, each a sentence of its own (a capital or a figure first), none
 * starting with a time: a writer who put one event per line without times (`Detected at 6:00
 * AM` / `Detected while previewing the site` / `Resolved by ...`), not prose wrapped by hand.
 */
function isLinePerEvent(text: string, lines: TextRange[]): boolean {
  if (lines.length < 3) return false;
  return lines.every((line) => {
    const content = text.slice(line.start, line.end).trim();
    return content.length > 0 && content.length <= 200 && /^[\p{Lu}\d]/u.test(content) && !readEntryHead(text, line.start, line.end).time;
  });
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
      const dated = head.date ?? entry.day ?? null;
      if (dated) {
        if (!anchor) anchor = { date: dated, day };
        else day = anchor.day + daysBetween(anchor.date, dated);
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
      day: head.date ? null : entry.day ?? null,
      zone: head.zone,
      separator: head.separator,
      timeInEvent: head.timeInEvent === true,
      text: entry.eventText ?? text.slice(head.textRange.start, head.textRange.end),
      textRange: head.textRange,
      dayOffset: day,
      absoluteMinutes,
      paragraphSize: entry.paragraphSize,
      block: entry.block,
    };
  });
}
