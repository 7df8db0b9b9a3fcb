// "Postmortem: Insert Timeline Entry": a new entry for now, written like the entries around
// it, where it belongs in the timeline; the Timeline section first when the report has none.

import type { PostmortemModel, Section, TextRange, TimelineEntry } from '../model';
import { ROLLOVER_MINIMUM_BACKWARD_JUMP } from '../model/timeline';
import { entryTemplate, markerAfter, nowEntry, renderEntry } from '../features/entryStyle';
import type { EntryShape, NowEntry, NowOptions } from '../features/entryStyle';
import type { TextEdit } from '../rules';
import { lineBreakOf, lineStartAt } from '../rules/layout';
import { sectionInsertion } from '../rules/missing-section';
import { SECTION_TITLES } from '../rules/rule';

export interface InsertedEntry {
  edits: TextEdit[];
  /** Where the event text goes, as offsets into the text after the edits (empty: a caret). */
  selection: TextRange;
}

/**
 * A new timeline entry at the current time (`options.now`, in the incident's zone, else
 * `defaultTimeZone`, else UTC). With the cursor in an entry, it goes right after that entry;
 * anywhere else, in chronological order among the entries. The cursor is an offset into
 * `model.text`.
 */
export function insertTimelineEntry(model: PostmortemModel, cursor: number, options: NowOptions): InsertedEntry {
  if (model.tooLarge) return { edits: [], selection: { start: cursor, end: cursor } };
  const now = nowEntry(model, null, options);
  if (model.timeline.sections.length === 0) return withNewTimeline(model, cursor, now);
  const { entries } = model.timeline;
  const underCursor = entries.find((e) => lineStartAt(model.text, e.range.start) <= cursor && cursor <= e.range.end);
  const place = underCursor ? { after: underCursor } : chronologicalPlace(model, now);
  if ('section' in place) return intoEmptySection(model, place.section, now);
  return beside(model, place, options);
}

/** Where an entry goes among the others: right after one, or right before one. */
type Place = { after: TimelineEntry } | { before: TimelineEntry };

/**
 * After the last entry at or before now (with the entries without a time that follow it, as
 * sorting keeps them), else before the first timed entry; after the last entry when no entry
 * has a time; into the timeline section when it has no entries.
 */
function chronologicalPlace(model: PostmortemModel, now: NowEntry): Place | { section: Section } {
  const { entries } = model.timeline;
  const timed = entries.filter((e) => e.absoluteMinutes !== null);
  if (timed.length === 0) return entries.length ? { after: entries[entries.length - 1] } : { section: model.timeline.sections[0] };
  const moment = nowOnTimeline(timed, now);
  let previous: TimelineEntry | null = null;
  for (const entry of timed) if (entry.absoluteMinutes! <= moment) previous = entry;
  if (!previous) return { before: timed[0] };
  let last = previous;
  for (let i = entries.indexOf(previous) + 1; i < entries.length && entries[i].absoluteMinutes === null && entries[i].block.start === previous.block.start; i++) last = entries[i];
  return { after: last };
}

/**
 * Now on the timeline's clock (minutes since the first entry's midnight). When the entries
 * give dates, counted from them; otherwise on the day of the latest entry, or the day after
 * when that would be a jump back the timeline itself reads as passing midnight. A date only in
 * the front matter is not used: an undated entry placed by it would read as out of order.
 */
function nowOnTimeline(timed: TimelineEntry[], now: NowEntry): number {
  const dated = timed.find((e) => e.date !== null);
  if (dated?.date) {
    const { year, month, day } = dated.date;
    return (dated.dayOffset + daysBetween({ year: year ?? now.date.year, month, day }, now.date)) * 1440 + now.minutes;
  }
  const latest = timed.reduce((max, e) => Math.max(max, e.absoluteMinutes!), -Infinity);
  const sameDay = Math.floor(latest / 1440) * 1440 + now.minutes;
  return latest - sameDay >= ROLLOVER_MINIMUM_BACKWARD_JUMP ? sameDay + 1440 : sameDay;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/** The entry written next to `place`'s entry, in its list, table or lines. */
function beside(model: PostmortemModel, place: Place, options: NowOptions): InsertedEntry {
  const { text } = model;
  const after = 'after' in place;
  const neighbour = after ? place.after : place.before;
  const at = after ? neighbour.range.end : lineStartAt(text, neighbour.range.start);
  const written = model.timeline.entries.filter((e) => e.time !== null && e.textRange.end > e.textRange.start);
  const sameBlock = written.filter((e) => e.block.start === neighbour.block.start);
  const styleSource = closest(sameBlock, at) ?? closest(written, at);
  const entry = renderEntry(entryTemplate(text, shapeBeside(model, neighbour, after), styleSource), nowEntry(model, styleSource, options).values);
  const lineBreak = lineBreakOf(text);
  // An indented list's new item is indented as much.
  const lead = text.slice(lineStartAt(text, neighbour.range.start), neighbour.range.start);
  const prefix = /^[ \t]*$/.test(lead) ? lead : '';
  const gap = isLoose(model, neighbour) ? lineBreak : '';
  const newText = after ? lineBreak + gap + prefix + entry.text : prefix + entry.text + lineBreak + gap;
  const eventAt = at + (after ? newText.length - entry.text.length : prefix.length) + (entry.event ?? entry.text.length);
  return { edits: [{ range: { start: at, end: at }, newText }], selection: { start: eventAt, end: eventAt } };
}

/** The written entry nearest before `offset`, else the first after it. */
function closest(entries: TimelineEntry[], offset: number): TimelineEntry | null {
  let before: TimelineEntry | null = null;
  for (const e of entries) if (e.range.start < offset) before = e;
  return before ?? entries.find((e) => e.range.start >= offset) ?? null;
}

function shapeBeside(model: PostmortemModel, neighbour: TimelineEntry, after: boolean): EntryShape {
  if (neighbour.form === 'bare-lines') return { kind: 'list', marker: '' };
  const table = neighbour.form === 'table' ? model.timeline.tables.find((t) => t.range.start <= neighbour.range.start && neighbour.range.end <= t.range.end) : undefined;
  if (table) return { kind: 'table', header: table.headerRange };
  return { kind: 'list', marker: markerAfter(model.text, neighbour, after) };
}

/** Whether the entry's list separates its items with blank lines, so a new item should too. */
function isLoose(model: PostmortemModel, entry: TimelineEntry): boolean {
  if (entry.form !== 'list') return false;
  const items = model.timeline.entries.filter((e) => e.block.start === entry.block.start);
  const index = items.indexOf(entry);
  const first = index + 1 < items.length ? index : index - 1;
  return first >= 0 && /\n[ \t]*\r?\n/.test(model.text.slice(items[first].range.end, items[first + 1].range.start));
}

/** The first entry of a timeline section that has none, after what the section already says. */
function intoEmptySection(model: PostmortemModel, section: Section, now: NowEntry): InsertedEntry {
  const { text } = model;
  const lineBreak = lineBreakOf(text);
  const at = section.range.start + text.slice(section.range.start, section.range.end).trimEnd().length;
  const entry = renderEntry(entryTemplate(text, { kind: 'list', marker: '- ' }, null), now.values);
  // A blank line before the next section, as between the others.
  const breaksAfter = (text.slice(at, section.range.end).match(/\n/g) ?? []).length;
  const after = section.range.end < text.length && breaksAfter < 2 ? lineBreak.repeat(2 - breaksAfter) : '';
  const newText = lineBreak + lineBreak + entry.text + after;
  const eventAt = at + 2 * lineBreak.length + (entry.event ?? entry.text.length);
  return { edits: [{ range: { start: at, end: at }, newText }], selection: { start: eventAt, end: eventAt } };
}

/**
 * A report without a Timeline gets one where the `missing-section` fix puts it, at the
 * report's heading level and with its line breaks, its heading naming the zone of the entry
 * and the entry as its content.
 */
function withNewTimeline(model: PostmortemModel, cursor: number, now: NowEntry): InsertedEntry {
  const entry = renderEntry(entryTemplate(model.text, { kind: 'list', marker: '- ' }, null), now.values);
  const added = sectionInsertion(model, 'timeline', `${SECTION_TITLES.timeline} (${now.zone.written})`, entry.text);
  if (!added) return { edits: [], selection: { start: cursor, end: cursor } };
  const eventAt = added.edit.range.start + added.bodyOffset + (entry.event ?? entry.text.length);
  return { edits: [added.edit], selection: { start: eventAt, end: eventAt } };
}
