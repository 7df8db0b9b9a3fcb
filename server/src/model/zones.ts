// Where the document says which time zone its times are in, and which zone the incident is in.

import type { Root } from 'mdast';
import { blocksIn, hasStartWithin, rangeOf } from './markdown';
import { findZones, ianaOffsetMinutes, matchZoneAt } from './timezones';
import type { FrontMatter, IncidentZone, TextRange, Timeline, TimeMention, ZoneSource, ZoneStatement } from './types';

const FRONT_MATTER_ZONE_KEYS = ['timezone', 'time_zone', 'timeZone', 'tz', 'zone'];
const SOURCE_PRIORITY: ZoneSource[] = ['front-matter', 'timeline-heading', 'summary', 'timeline-entry', 'body'];

export function collectZones(text: string, root: Root, frontMatter: FrontMatter | null, timeline: Timeline, mentions: TimeMention[], summaryRanges: TextRange[], incidentDate: Date): ZoneStatement[] {
  const statements: ZoneStatement[] = [];
  const add = (source: ZoneSource, base: number, zones: ReturnType<typeof findZones>) => {
    for (const zone of zones) statements.push({ offsetMinutes: zone.offsetMinutes, raw: zone.raw, range: { start: base + zone.start, end: base + zone.end }, source });
  };

  const frontMatterZone = frontMatter && readFrontMatterZone(frontMatter, incidentDate);
  if (frontMatterZone) statements.push(frontMatterZone);

  const entryStarts = timeline.entries.map((e) => e.range.start);
  for (const section of timeline.sections) {
    const heading = section.heading.textRange;
    add('timeline-heading', heading.start, findZones(text.slice(heading.start, heading.end)));
    for (const table of timeline.tables) {
      if (table.range.start >= section.contentRange.start && table.range.end <= section.contentRange.end) {
        add('timeline-heading', table.headerRange.start, findZones(text.slice(table.headerRange.start, table.headerRange.end)));
      }
    }
    // Notes such as "All times are in UTC." between the entries.
    for (const block of blocksIn(root, section.contentRange)) {
      const range = rangeOf(block)!;
      if (block.type !== 'paragraph' || hasStartWithin(entryStarts, range)) continue;
      add('timeline-heading', range.start, findZones(text.slice(range.start, range.end)));
    }
  }
  for (const entry of timeline.entries) if (entry.zone) statements.push(entry.zone);
  for (const mention of mentions) {
    if (!mention.zone) continue;
    const inSummary = summaryRanges.some((r) => mention.range.start >= r.start && mention.range.end <= r.end);
    const inTimeline = timeline.sections.some((s) => mention.range.start >= s.contentRange.start && mention.range.end <= s.contentRange.end);
    statements.push({ ...mention.zone, source: inSummary ? 'summary' : inTimeline ? 'timeline-entry' : 'body' });
  }
  // A time in a note inside the timeline is read with the note and again as a mention: keep
  // the first reading, from the more authoritative place.
  const byStart = new Map<number, ZoneStatement>();
  for (const statement of statements) if (!byStart.has(statement.range.start)) byStart.set(statement.range.start, statement);
  return [...byStart.values()].sort((a, b) => a.range.start - b.range.start);
}

function readFrontMatterZone(frontMatter: FrontMatter, incidentDate: Date): ZoneStatement | null {
  for (const key of FRONT_MATTER_ZONE_KEYS) {
    const value = frontMatter.data?.[key];
    const range = frontMatter.valueRanges.get(key);
    if (typeof value !== 'string' || !range) continue;
    const written = value.trim();
    const named = matchZoneAt(written, 0, true);
    const offsetMinutes = named && named.end === written.length ? named.offsetMinutes : ianaOffsetMinutes(written, incidentDate);
    if (offsetMinutes !== null) return { offsetMinutes, raw: written, range, source: 'front-matter' };
  }
  return null;
}

/** The incident's zone: the first statement from the most authoritative place. */
export function pickIncidentZone(statements: ZoneStatement[]): IncidentZone | null {
  for (const source of SOURCE_PRIORITY) {
    const statement = statements.find((s) => s.source === source);
    if (statement) return { offsetMinutes: statement.offsetMinutes, statement };
  }
  return null;
}
