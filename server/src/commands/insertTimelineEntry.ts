// "Postmortem: Insert Timeline Entry": a new entry written like the entries around it, where it
// belongs in the timeline, at a time that keeps the timeline in order (entryTime decides which);
// the Timeline section first when the report has none. The time and the event are the two
// tab stops of a snippet, so the writer types over the time and then the event.

import type { PostmortemModel, Section, TextRange, TimelineEntry } from '../model';
import { entrySnippet, entryTemplate, entryValues, escapeSnippet, markerAfter, nowEntry, renderEntry, shapeLike } from '../features/entryStyle';
import type { EntryShape, NowEntry, NowOptions, RenderedEntry } from '../features/entryStyle';
import { chooseEntryTime, isLive, neighboursAt, nowOnTimeline } from '../features/entryTime';
import type { EntryTimeSource } from '../features/entryTime';
import type { TextEdit } from '../rules';
import { lineBreakOf, lineStartAt } from '../rules/layout';
import { sectionInsertion } from '../rules/missing-section';
import { SECTION_TITLES } from '../rules/rule';

export interface InsertedEntry {
  /** The insertion as plain text. */
  edit: TextEdit;
  /**
   * The same insertion as a snippet whose first tab stop is the time and second the event.
   * It starts at a line start: editors indent a snippet's later lines by the indentation of
   * the line it starts in, which would indent the new entry twice.
   */
  snippetEdit: { range: TextRange; snippet: string };
  /** The new entry's time in the text after the edit: selected, so typing replaces it. */
  time: TextRange;
  /** Where the event text goes in the text after the edit, if the entry has a place for it. */
  event: number | null;
  /** Where the time came from. */
  source: EntryTimeSource['kind'];
}

/**
 * A new timeline entry. With the cursor (an offset into `model.text`) in an entry, it goes right
 * after that entry; anywhere else, at the end of the timeline, or, while the report is written
 * live, in chronological order at the current time. Null when the text is too large to analyse
 * or there is no room for a Timeline heading.
 */
export function insertTimelineEntry(model: PostmortemModel, cursor: number, options: NowOptions): InsertedEntry | null {
  if (model.tooLarge) return null;
  const now = nowEntry(model, options);
  if (model.timeline.sections.length === 0) return withNewTimeline(model, now);
  const { entries } = model.timeline;
  const underCursor = entries.find((e) => lineStartAt(model.text, e.range.start) <= cursor && cursor <= e.range.end);
  const place = underCursor ? { after: underCursor } : isLive(model, now) ? chronologicalPlace(model, now) : lastPlace(model);
  if ('section' in place) return intoEmptySection(model, place.section, now);
  return beside(model, place, now);
}

/** Where an entry goes among the others: right after one, or right before one. */
type Place = { after: TimelineEntry } | { before: TimelineEntry };

/** After the timeline's last entry; into the first timeline section when it has none. */
function lastPlace(model: PostmortemModel): Place | { section: Section } {
  const { entries } = model.timeline;
  return entries.length ? { after: entries[entries.length - 1] } : { section: model.timeline.sections[0] };
}

/**
 * After the last entry at or before now (with the entries without a time that follow it, as
 * sorting keeps them), else before the first timed entry; after the last entry when no entry
 * has a time; into the timeline section when it has no entries.
 */
function chronologicalPlace(model: PostmortemModel, now: NowEntry): Place | { section: Section } {
  const { entries } = model.timeline;
  const timed = entries.filter((e) => e.absoluteMinutes !== null);
  if (timed.length === 0) return lastPlace(model);
  const moment = nowOnTimeline(model, now);
  let previous: TimelineEntry | null = null;
  for (const entry of timed) if (entry.absoluteMinutes! <= moment) previous = entry;
  if (!previous) return { before: timed[0] };
  let last = previous;
  for (let i = entries.indexOf(previous) + 1; i < entries.length && entries[i].absoluteMinutes === null && entries[i].block.start === previous.block.start; i++) last = entries[i];
  return { after: last };
}

/** The entry written next to `place`'s entry, in its list, table or lines. */
function beside(model: PostmortemModel, place: Place, now: NowEntry): InsertedEntry {
  const { text } = model;
  const after = 'after' in place;
  const neighbour = after ? place.after : place.before;
  const at = after ? neighbour.range.end : lineStartAt(text, neighbour.range.start);
  const written = model.timeline.entries.filter((e) => e.time !== null && !e.timeInEvent && e.textRange.end > e.textRange.start);
  const sameBlock = written.filter((e) => e.block.start === neighbour.block.start);
  const styleSource = closest(sameBlock, at) ?? closest(written, at);
  const source = chooseEntryTime(model, neighboursAt(model, at), now);
  const entry = renderEntry(entryTemplate(text, shapeBeside(model, neighbour, after), styleSource), entryValues(model, source, styleSource, now));
  const lineBreak = lineBreakOf(text);
  // An indented list's new item is indented as much.
  const lead = text.slice(lineStartAt(text, neighbour.range.start), neighbour.range.start);
  const prefix = /^[ \t]*$/.test(lead) ? lead : '';
  const gap = isLoose(model, neighbour) || neighbour.form === 'heading' ? lineBreak : '';
  return after ? insertion(model, at, lineBreak + gap + prefix, entry, '', source) : insertion(model, at, prefix, entry, lineBreak + gap, source);
}

/** The written entry nearest before `offset`, else the first after it. */
function closest(entries: TimelineEntry[], offset: number): TimelineEntry | null {
  let before: TimelineEntry | null = null;
  for (const e of entries) if (e.range.start < offset) before = e;
  return before ?? entries.find((e) => e.range.start >= offset) ?? null;
}

function shapeBeside(model: PostmortemModel, neighbour: TimelineEntry, after: boolean): EntryShape {
  const like = shapeLike(model.text, neighbour, lineBreakOf(model.text));
  if (like) return like;
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
  const source = chooseEntryTime(model, { above: null, below: null }, now);
  const entry = renderEntry(entryTemplate(text, { kind: 'list', marker: '- ' }, null), entryValues(model, source, null, now));
  // A blank line before the next section, as between the others.
  const breaksAfter = (text.slice(at, section.range.end).match(/\n/g) ?? []).length;
  const after = section.range.end < text.length && breaksAfter < 2 ? lineBreak.repeat(2 - breaksAfter) : '';
  return insertion(model, at, lineBreak + lineBreak, entry, after, source);
}

/**
 * A report without a Timeline gets one where the `missing-section` fix puts it, at the
 * report's heading level and with its line breaks, its heading naming the zone of the entry
 * and the entry as its content.
 */
function withNewTimeline(model: PostmortemModel, now: NowEntry): InsertedEntry | null {
  const source = chooseEntryTime(model, { above: null, below: null }, now);
  const entry = renderEntry(entryTemplate(model.text, { kind: 'list', marker: '- ' }, null), entryValues(model, source, null, now));
  const added = sectionInsertion(model, 'timeline', `${SECTION_TITLES.timeline} (${now.zone.written})`, entry.text);
  if (!added) return null;
  const { newText } = added.edit;
  return insertion(model, added.edit.range.start, newText.slice(0, added.bodyOffset), entry, newText.slice(added.bodyOffset + entry.text.length), source);
}

/** `entry` inserted at `at` between the fixed texts `before` and `after`, as a plain and as a snippet edit. */
function insertion(model: PostmortemModel, at: number, before: string, entry: RenderedEntry, after: string, source: EntryTimeSource): InsertedEntry {
  const entryStart = at + before.length;
  const time = entry.time ? { start: entryStart + entry.time.start, end: entryStart + entry.time.end } : { start: entryStart, end: entryStart };
  // A byte order mark is not part of the first line the editor shows.
  const lineStart = Math.max(lineStartAt(model.text, at), model.text.startsWith('\uFEFF') ? 1 : 0);
  return {
    edit: { range: { start: at, end: at }, newText: before + entry.text + after },
    snippetEdit: { range: { start: lineStart, end: at }, snippet: escapeSnippet(model.text.slice(lineStart, at) + before) + entrySnippet(entry) + escapeSnippet(after) },
    time,
    event: entry.event === null ? null : entryStart + entry.event,
    source: source.kind,
  };
}
