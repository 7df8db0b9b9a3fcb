// Completion while writing a postmortem: the next timeline entry in the document's own style,
// the events the timeline still lacks, the zone after a time, and the sections still missing.
// Anywhere else it offers nothing, so prose is never interrupted.

import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOffset, incidentMetrics, SECTION_KINDS, timeStyleOf } from '../model';
import type { EventKind, PostmortemModel, Section, TextRange, TimelineEntry } from '../model';
import { lineEndAt } from '../model/markdown';
import { CLOSING_MARKS, readEntryHead } from '../model/timeline';
import { matchZoneAt } from '../model/timezones';
import { entrySnippet, entryTemplate, entryValues, headerShape, markerAfter, nowEntry, renderEntry, rowCells, shapeLike, writesZone } from './entryStyle';
import type { EntryShape, NowOptions, TemplatePart } from './entryStyle';
import { chooseEntryTime, continuingTime, LIVE_WINDOW_MINUTES, neighboursAt } from './entryTime';
import type { EntryTimeSource } from './entryTime';
import { lineBreakOf, lineStartAt, sectionDepth } from '../rules/layout';
import { SECTION_TITLES } from '../rules/rule';

export type CompletionOptions = NowOptions;

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
  const start = lineStartAt(text, offset);
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
  // The level the heading-level rule holds sections to, not counting the heading being written.
  const hashes = '#'.repeat(Math.min(sectionDepth({ ...model, sections: others }), 6));
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

// ---------------------------------------------------------------------------------------------
// New entries

/**
 * Items that write a whole new entry over `replace`. `typed` is what the line already says
 * (a list marker or an empty table row); null for an empty line, which takes the form of the
 * entries around it.
 */
function newEntryItems(at: Place, section: Section, replace: TextRange, typed: EntryShape | null, options: CompletionOptions): CompletionItem[] {
  const { model, text, line } = at;
  const entries = model.timeline.entries.filter((e) => e.range.start >= section.range.start && e.range.start < section.range.end && (e.lineRange.start > line.end || e.range.end < line.start));
  const written = entries.filter((e) => e.time !== null && !e.timeInEvent && e.textRange.end > e.textRange.start);
  const styleSource = lastBefore(written, line.start) ?? written.find((e) => e.range.start > line.end) ?? null;

  let shape = typed;
  if (shape === null) {
    const tableAbove = model.timeline.tables.find((t) => lineAround(text, t.range.end).end === line.start - lineBreakBefore(text, line.start));
    if (tableAbove) shape = { kind: 'table', header: tableAbove.headerRange };
    // A row here would be a table without a header, so an empty line away from the table gets nothing.
    else if (styleSource?.form === 'table') return [];
    else shape = (styleSource && shapeLike(text, styleSource, lineBreakOf(text))) ?? { kind: 'list', marker: markerAfter(text, styleSource, styleSource !== null && styleSource.range.start < line.start) };
  }
  const template = entryTemplate(text, shape, styleSource);
  const range = rangeOf(at, replace.start, replace.end);
  const typedText = text.slice(replace.start, at.cursor);
  const now = nowEntry(model, options);
  const item = (source: EntryTimeSource, describe: (time: string) => [detail: string, documentation: string], index: number): CompletionItem => {
    const values = entryValues(model, source, styleSource, now);
    const label = labelOf(template, values.time, values.zone) + (source.kind === 'now' ? ' (now)' : '');
    const [detail, documentation] = describe(values.time);
    return {
      label,
      kind: CompletionItemKind.Snippet,
      detail,
      documentation,
      sortText: sortKey(index),
      filterText: typedText + label,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: entrySnippet(renderEntry(template, values)) },
      ...(index === 0 ? { preselect: true } : {}),
    };
  };

  // The item that continues the timeline comes first; "now" follows it when the insert command would write now.
  const items: CompletionItem[] = [];
  const neighbours = neighboursAt(model, line.start, entries);
  const continuing = continuingTime(model, neighbours);
  const offersNow = chooseEntryTime(model, neighbours, now).kind === 'now';
  if (continuing.kind === 'entry') {
    const { where } = continuing;
    items.push(item(continuing, (time) => [`Time of the entry ${where}`, `A new timeline entry at ${time}, the time of the entry ${where}, written like the other entries. Type over the time, then Tab to the event.`], items.length));
  } else if (continuing.kind === 'summary-start') {
    items.push(item(continuing, () => ['Start of the incident, from the summary', 'The first timeline entry, at the start the summary states. Type over the time, then Tab to the event.'], items.length));
  } else if (!offersNow) {
    items.push(item(continuing, () => ['Type the time', 'A new timeline entry written like the report writes times; nothing tells its time yet, so type it, then Tab to the event.'], items.length));
  }
  if (offersNow) {
    const { zone, isoDate } = now;
    const where = `${zone.name} (${formatOffset(zone.offsetMinutes)}), ${zone.why}`;
    items.push(item(
      { kind: 'now' },
      (time) => [
        `Now: ${isoDate} in ${where}`,
        `A new timeline entry at the current time, ${time} on ${isoDate} in ${where}. Offered while the report is written live: it is dated today, or its last entry is at most ${LIVE_WINDOW_MINUTES / 60} hours old.`,
      ],
      items.length,
    ));
  }
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

/** The time as the entry will show it, with its zone when the entries write one. */
function labelOf(template: TemplatePart[], time: string, zone: string): string {
  return writesZone(template) && zone ? `${time} ${zone}` : time;
}

// ---------------------------------------------------------------------------------------------
// Zones

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
 * kind the incident metrics give an entry (`classifyEvent`'s reading, negations
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
  // Each entry's kind as the metrics read it, computed once per model version.
  const metrics = incidentMetrics(model);
  for (const [index, entry] of model.timeline.entries.entries()) {
    if (!missing.size) break;
    if (entry.lineRange.start <= line.end && entry.lineRange.end >= line.start) continue;
    const { kind } = metrics.entries[index];
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

