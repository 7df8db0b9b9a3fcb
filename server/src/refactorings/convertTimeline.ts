// "Convert timeline to a table / to a list": the same entries in the other Markdown form,
// every entry's text kept (times as written, continuation lines, `|` escaped in cells).

import type { PostmortemModel, Section, TextRange, TimelineEntry } from '../model';
import { linesIn, trimRange } from '../model/markdown';
import { lineBreakOf } from '../rules/layout';
import type { TextEdit } from '../rules';

export type TimelineShape = 'table' | 'list';

/** One list or table of a timeline: its range and its entries. */
interface TimelineBlock {
  range: TextRange;
  entries: TimelineEntry[];
  section: Section;
}

/**
 * Converts the timeline list (to `table`) or table (to `list`) at `offset`: the block whose
 * range holds the offset, or the first such block of the timeline whose heading holds it.
 * Null when there is none there, or for a table that is not two columns of time and event.
 * The edits replace the block, and for a table whose Time header names a zone the heading
 * does not, add the zone to the heading, so the list still says it.
 */
export function convertTimeline(model: PostmortemModel, offset: number, to: TimelineShape): TextEdit[] | null {
  const block = blockAt(model, offset, to === 'table' ? 'list' : 'table');
  if (!block) return null;
  return to === 'table' ? listToTable(model.text, block) : tableToList(model, block);
}

function blockAt(model: PostmortemModel, offset: number, form: 'list' | 'table'): TimelineBlock | null {
  const entries = model.timeline.entries.filter((e) => e.form === form);
  const within = (range: TextRange, outer: TextRange) => outer.start <= range.start && range.end <= outer.end;
  const heading = model.timeline.sections.find((s) => s.heading.range.start <= offset && offset <= s.heading.range.end);
  const found = heading
    ? entries.find((e) => within(e.block, heading.contentRange))
    : entries.find((e) => e.block.start <= offset && offset <= e.block.end);
  const section = found && model.timeline.sections.find((s) => within(found.block, s.contentRange));
  if (!found || !section) return null;
  return { range: found.block, entries: entries.filter((e) => e.block.start === found.block.start), section };
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])\s/;
/** A separator left at the end of the time (`10:00:`, `**10:00:**`), before closing marks. */
const TRAILING_SEPARATOR = /\s*(?:--|—|–|-|:)([\s*_]*)$/;

function listToTable(text: string, block: TimelineBlock): TextEdit[] {
  const rows = block.entries.map((entry) => `| ${escapeCell(timeOf(text, entry))} | ${escapeCell(eventOf(text, entry))} |`);
  const table = ['| Time | Event |', '| --- | --- |', ...rows].join(lineBreakOf(text));
  return [{ range: block.range, newText: table }];
}

/** The time as written, with date, zone and emphasis, without the separator after it. */
function timeOf(text: string, entry: TimelineEntry): string {
  if (!entry.time && !entry.invalidTime) return '';
  return text.slice(entry.lineRange.start, entry.textRange.start).trim().replace(TRAILING_SEPARATOR, '$1');
}

/**
 * The event and its continuation lines. A cell holds one line, so a line that wraps the same
 * paragraph joins with a space, and a new paragraph or a nested item with `<br>`.
 */
function eventOf(text: string, entry: TimelineEntry): string {
  let event = entry.text;
  let afterBlankLine = false;
  const newline = text.indexOf('\n', entry.lineRange.end);
  if (newline === -1 || newline >= entry.range.end) return event;
  for (const line of linesIn(text, newline + 1, entry.range.end)) {
    const content = text.slice(line.start, line.end).trim();
    if (content === '') {
      afterBlankLine = true;
      continue;
    }
    event = event === '' ? content : `${event}${afterBlankLine || LIST_MARKER.test(content) ? '<br>' : ' '}${content}`;
    afterBlankLine = false;
  }
  return event;
}

function escapeCell(content: string): string {
  return content.replace(/(?<!\\)\|/g, '\\|');
}

function tableToList(model: PostmortemModel, block: TimelineBlock): TextEdit[] | null {
  const { text } = model;
  const [headerLine, , ...rowLines] = linesIn(text, block.range.start, block.range.end);
  if (cellsOf(text, headerLine).length !== 2) return null;
  const timeColumn = timeColumnOf(text, block.entries, rowLines);
  const separator = listSeparator(model.timeline.entries);
  const lineBreak = lineBreakOf(text);
  const items: string[] = [];
  for (const line of rowLines) {
    const cells = cellsOf(text, line).map((cell) => text.slice(cell.start, cell.end).replace(/\\\|/g, '|'));
    if (cells.every((cell) => cell === '')) continue;
    const time = cells[timeColumn] ?? '';
    const [first, ...more] = cells.filter((cell, i) => i !== timeColumn && cell !== '').join(' | ').split(/<br\s*\/?>/i).map((piece) => piece.trim());
    const head = time && first ? `${time}${separator}${first}` : time || first;
    // A nested item follows its parent's line; any other piece is a paragraph of the item.
    const rest = more.filter((piece) => piece !== '').map((piece) => `${LIST_MARKER.test(piece) ? '' : lineBreak}${lineBreak}  ${piece}`);
    items.push(`- ${head}${rest.join('')}`);
  }
  return [{ range: block.range, newText: items.join(lineBreak) }, ...headerZoneEdit(model, block)];
}

/** The column the times stand in, as the model read them (the first when no row has a time). */
function timeColumnOf(text: string, entries: TimelineEntry[], rowLines: TextRange[]): number {
  for (const entry of entries) {
    if (!entry.time) continue;
    const at = entry.time.range.start;
    const row = rowLines.find((line) => line.start <= at && at < line.end);
    const column = row ? cellsOf(text, row).findIndex((cell) => cell.start <= at && at < cell.end) : -1;
    if (column >= 0) return column;
  }
  return 0;
}

/** How the document's other timeline entries separate time and event (`: `, ` - `); `: ` when none do. */
function listSeparator(entries: TimelineEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.form !== 'table' && entry.separator) counts.set(entry.separator, (counts.get(entry.separator) ?? 0) + 1);
  }
  let best = ':';
  let bestCount = 0;
  for (const [separator, count] of counts) if (count > bestCount) [best, bestCount] = [separator, count];
  return best === ':' ? ': ' : ` ${best} `;
}

/** The zones the table's header names and nothing else in the timeline section states, added to its heading. */
function headerZoneEdit(model: PostmortemModel, block: TimelineBlock): TextEdit[] {
  const header = model.timeline.tables.find((t) => t.range.start === block.range.start)?.headerRange;
  if (!header) return [];
  const within = (range: TextRange, outer: TextRange) => range.start >= outer.start && range.end <= outer.end;
  const inHeader = model.zones.filter((z) => within(z.range, header));
  const statedElsewhere = model.zones.filter((z) => z.source === 'timeline-heading' && within(z.range, block.section.range) && !within(z.range, header));
  const missing = inHeader.filter((z) => !statedElsewhere.some((s) => s.offsetMinutes === z.offsetMinutes));
  if (missing.length === 0) return [];
  const at = block.section.heading.textRange.end;
  return [{ range: { start: at, end: at }, newText: ` (${missing.map((z) => z.raw).join(', ')})` }];
}

/** A table row's cells, without the outer pipes; an escaped `\|` stays inside its cell. */
function cellsOf(text: string, line: TextRange): TextRange[] {
  let { start, end } = trimRange(text, line.start, line.end);
  if (text[start] === '|') start++;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  const cells: TextRange[] = [];
  let cellStart = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      cells.push(trimRange(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  cells.push(trimRange(text, cellStart, end));
  return cells;
}

