// Where the document says which time zone its times are in, and which zone the incident is in.

import { ianaOffsetMinutes, matchZoneAt } from './timezones';
import type { FrontMatter, IncidentZone, TextRange, Timeline, TimeMention, ZoneSource, ZoneStatement } from './types';

const FRONT_MATTER_ZONE_KEYS = ['timezone', 'time_zone', 'timeZone', 'tz', 'zone'];
const SOURCE_PRIORITY: ZoneSource[] = ['front-matter', 'timeline-heading', 'summary', 'timeline-entry', 'body'];

export function collectZones(frontMatter: FrontMatter | null, timeline: Timeline, mentions: TimeMention[], summaryRanges: TextRange[], incidentDate: Date | null): ZoneStatement[] {
  const statements: ZoneStatement[] = [];
  const frontMatterZone = frontMatter && readFrontMatterZone(frontMatter, incidentDate);
  if (frontMatterZone) statements.push(frontMatterZone);
  // The timeline headings, table headers and notes such as "All times are in UTC.", as `buildTimeline` read them.
  statements.push(...timeline.headingZones);
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

function readFrontMatterZone(frontMatter: FrontMatter, incidentDate: Date | null): ZoneStatement | null {
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
