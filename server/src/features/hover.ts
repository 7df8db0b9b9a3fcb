// Hovers: on a time, what it is in UTC and where it stands in the incident; on a section
// heading, what the section should say and what it lacks now. Nothing elsewhere.

import { MarkupKind } from 'vscode-languageserver';
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addDays,
  dateOfTimelineDay,
  formatDuration,
  formatHHMM,
  formatIncidentDate,
  formatMetricsLine,
  formatSincePrevious,
  formatSinceStart,
  incidentMetrics,
  placeOnTimeline,
  zoneOffsetOf,
} from '../model';
import type { ClockTime, EventKind, IncidentDate, IncidentMetrics, Milestone, PostmortemModel, Section, SectionKind, TextRange, ZoneSource, ZoneStatement } from '../model';

export interface HoverOptions {
  /** `postmortem.defaultTimeZone`: the zone assumed when the report states none; null when unset. */
  defaultTimeZone: string | null;
}

export function hover(document: TextDocument, model: PostmortemModel, position: Position, options: HoverOptions): Hover | null {
  const offset = document.offsetAt(position);
  const metrics = incidentMetrics(model);
  const entryIndex = indexAt(model.timeline.entries.map((e) => (e.time ? entryTimeRange(e) : null)), offset);
  if (entryIndex !== null) {
    const entry = model.timeline.entries[entryIndex];
    return markdown(document, entryTimeRange(entry), entryTimeHover(model, metrics, entryIndex, options));
  }
  const mentionIndex = indexAt(model.timeMentions.map((m) => m.range), offset);
  if (mentionIndex !== null) {
    const mention = model.timeMentions[mentionIndex];
    return markdown(document, mention.range, mentionHover(model, metrics, mention.time, mention.zone, mention.range, options));
  }
  const sectionIndex = indexAt(model.sections.map((s) => s.heading.range), offset);
  if (sectionIndex === null) return null;
  const section = model.sections[sectionIndex];
  return markdown(document, section.heading.range, sectionHover(model, metrics, section));
}

function markdown(document: TextDocument, range: TextRange, value: string): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
  };
}

/** The item whose range holds `offset`; an item ending there only when none starts there (`10:00-10:22`). */
function indexAt(ranges: Array<TextRange | null>, offset: number): number | null {
  let touching: number | null = null;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i];
    if (!range || range.start > offset) continue;
    if (offset < range.end) return i;
    if (offset === range.end && touching === null) touching = i;
  }
  return touching;
}

/** An entry's date, time and zone as written: `Jan 17, 11:32 PM (EAT)` hovers as one. */
function entryTimeRange(entry: PostmortemModel['timeline']['entries'][number]): TextRange {
  const time = entry.time!.range;
  return { start: entry.date?.range.start ?? time.start, end: Math.max(time.end, entry.zone?.range.end ?? 0) };
}

// ---- times -------------------------------------------------------------------------------

/** The zone a time is read in, and where it came from. */
interface ZoneReading {
  offsetMinutes: number;
  name: string;
  /** Why this zone, when it is not written with the time; null when it is. */
  assumedFrom: string | null;
}

const STATED_IN: Record<ZoneSource, string> = {
  'front-matter': 'the front matter',
  'timeline-heading': 'the timeline heading',
  summary: 'the summary',
  'timeline-entry': 'a timeline entry',
  body: "the report's text",
};

function zoneReading(statement: ZoneStatement, hovered: TextRange, model: PostmortemModel): ZoneReading {
  const written = contains(hovered, statement.range);
  // A time mention's zone says `body`; `model.zones` knows whether it stands in the summary.
  const placed = model.zones.find((z) => z.range.start === statement.range.start) ?? statement;
  return { offsetMinutes: statement.offsetMinutes, name: statement.raw, assumedFrom: written ? null : statedIn(placed, model) };
}

/** Where a zone is stated; the timeline states its zone in its heading, a table header or a note. */
function statedIn(statement: ZoneStatement, model: PostmortemModel): string {
  if (statement.source !== 'timeline-heading') return STATED_IN[statement.source];
  if (model.timeline.sections.some((s) => contains(s.heading.range, statement.range))) return STATED_IN['timeline-heading'];
  if (model.timeline.tables.some((t) => contains(t.headerRange, statement.range))) return "the timeline table's header";
  return 'a note in the timeline';
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The zone setting, on the incident's day when the report dates it, else at its standard offset (for IANA names with summer time). */
function settingZone(model: PostmortemModel, options: HoverOptions): ZoneReading | null {
  if (!options.defaultTimeZone) return null;
  const day = dateOfTimelineDay(model, 0);
  const onDate = day?.year ? new Date(Date.UTC(day.year, day.month - 1, day.day)) : null;
  const offsetMinutes = zoneOffsetOf(options.defaultTimeZone, onDate);
  return offsetMinutes === null ? null : { offsetMinutes, name: options.defaultTimeZone.trim(), assumedFrom: 'the `postmortem.defaultTimeZone` setting, as the report states none' };
}

function entryTimeHover(model: PostmortemModel, metrics: IncidentMetrics, index: number, options: HoverOptions): string {
  const entry = model.timeline.entries[index];
  const hovered = entryTimeRange(entry);
  const timelineStatement = entry.zone ?? model.zones.find((z) => z.source === 'timeline-heading') ?? model.incidentZone?.statement ?? null;
  const zone = timelineStatement ? zoneReading(timelineStatement, hovered, model) : settingZone(model, options);
  const entryMetrics = metrics.entries[index];
  const lines = [clockLine(entry.time!, zone, entryMetrics.date), zoneLine(zone)];
  if (entryMetrics.sinceStart !== null && metrics.start) {
    const previous = entryMetrics.previousIndex === null ? null : model.timeline.entries[entryMetrics.previousIndex];
    const sincePrevious = previous?.time && entryMetrics.sincePrevious !== null ? previousPart(entryMetrics.sincePrevious, previous.time) : null;
    lines.push([sinceStartPart(entryMetrics.sinceStart, metrics), sincePrevious].filter(Boolean).join(' · '));
  }
  if (entryMetrics.kind) lines.push(kindLine(entryMetrics.kind, index, metrics));
  return lines.filter(Boolean).join('\n\n');
}

function mentionHover(model: PostmortemModel, metrics: IncidentMetrics, time: ClockTime, writtenZone: ZoneStatement | null, range: TextRange, options: HoverOptions): string {
  // A summary bound without its own zone takes the zone given with the other bound.
  const claim = [model.summary.start, model.summary.end].find((c) => c?.range.start === range.start);
  const statement = writtenZone ?? claim?.zone ?? model.incidentZone?.statement ?? null;
  const zone = statement ? zoneReading(statement, range, model) : settingZone(model, options);
  const moment = placeOnTimeline(model, metrics, time, statement);
  const date = moment === null ? null : dateOfTimelineDay(model, Math.floor(moment / 1440));
  const lines = [clockLine(time, zone, date), zoneLine(zone)];
  if (moment !== null && metrics.start) lines.push(sinceStartPart(moment - metrics.start.absoluteMinutes, metrics));
  return lines.filter(Boolean).join('\n\n');
}

/** `**23:32 WAT** (UTC+1) on 2024-01-17 = **22:32 UTC**`; without a zone, the time alone. */
function clockLine(time: ClockTime, zone: ZoneReading | null, date: IncidentDate | null): string {
  const on = (d: IncidentDate | null) => (d ? ` on ${formatIncidentDate(d)}` : '');
  if (!zone) return `**${formatHHMM(time.minutes)}**${on(date)}`;
  const isUtcName = /^(?:UTC|GMT|Z)$/i.test(zone.name) && zone.offsetMinutes === 0;
  const isOffsetName = /^(?:UTC|GMT)\s*[+\-−–]/i.test(zone.name);
  const local = isUtcName ? `**${formatHHMM(time.minutes)} UTC**` : isOffsetName ? `**${formatHHMM(time.minutes)} ${compactOffset(zone.offsetMinutes)}**` : `**${formatHHMM(time.minutes)} ${zone.name}** (${compactOffset(zone.offsetMinutes)})`;
  if (zone.offsetMinutes === 0 && (isUtcName || isOffsetName)) return `${local}${on(date)}`;
  const utcMinutes = time.minutes - zone.offsetMinutes;
  const dayShift = Math.floor(utcMinutes / 1440);
  const utcDay = dayShift === 0 ? '' : date ? on(addDays(date, dayShift)) : dayShift < 0 ? ' the day before' : ' the next day';
  return `${local}${on(date)} = **${formatHHMM(utcMinutes)} UTC**${utcDay}`;
}

function zoneLine(zone: ZoneReading | null): string | null {
  if (!zone) return '_No time zone is stated, so the UTC time is unknown._';
  return zone.assumedFrom ? `_Zone assumed from ${zone.assumedFrom}._` : null;
}

/** `UTC+1`, `UTC+5:30`, `UTC-3:30`, `UTC+0`. */
function compactOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

function sinceStartPart(sinceStart: number, metrics: IncidentMetrics): string {
  const start = formatHHMM(metrics.start!.absoluteMinutes);
  if (sinceStart === 0) return `**${formatSinceStart(0)}**: the incident start`;
  return `**${formatSinceStart(sinceStart)}** ${sinceStart < 0 ? 'before' : 'after'} the incident start (${start})`;
}

function previousPart(sincePrevious: number, previous: ClockTime): string {
  const at = formatHHMM(previous.minutes);
  return sincePrevious < 0 ? `${formatDuration(-sincePrevious)} before the previous entry (${at})` : `**${formatSincePrevious(sincePrevious)}** after ${at}`;
}

const KIND_LABELS: Record<EventKind, string> = {
  trigger: 'Trigger',
  detection: 'Detection',
  escalation: 'Escalation',
  investigation: 'Investigation',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
};

const MILESTONE_NAMES: Array<[keyof Pick<IncidentMetrics, 'detection' | 'escalation' | 'mitigation' | 'resolution'>, string]> = [
  ['detection', 'time to detect'],
  ['escalation', 'time to escalate'],
  ['mitigation', 'time to mitigate'],
  ['resolution', 'time to resolve'],
];

/** `Event: **detection**`, and which figure the entry sets: `time to detect 5m`. */
function kindLine(kind: EventKind, index: number, metrics: IncidentMetrics): string {
  const sets = MILESTONE_NAMES.flatMap(([key, name]) => {
    const milestone: Milestone | null = metrics[key];
    return milestone?.entryIndex === index ? [`${name} ${formatDuration(milestone.sinceStart)}`] : [];
  });
  return `Event: **${KIND_LABELS[kind].toLowerCase()}**${sets.length ? ` (${sets.join(', ')})` : ''}`;
}

// ---- sections ----------------------------------------------------------------------------

const SECTION_GUIDES: Record<SectionKind, [title: string, guide: string]> = {
  summary: ['Summary', 'when it started and ended (with the time zone), the impact, and the root cause in brief.'],
  impact: ['Impact', 'who and what was affected, and how much.'],
  timeline: ['Timeline', 'one list item per event, `- 10:42 PM: what happened`, in one stated time zone.'],
  root_cause: ['Root Cause', 'why it happened, not only what broke.'],
  trigger: ['Trigger', 'the change or event that set it off.'],
  resolution: ['Resolution', 'how service was restored, and when.'],
  detection: ['Detection', 'how and when the problem was noticed.'],
  action_items: ['Action Items', 'concrete actions, each with an owner and a due date.'],
  lessons_learned: ['Lessons Learned', 'what went well, what went wrong, where you got lucky.'],
};

function sectionHover(model: PostmortemModel, metrics: IncidentMetrics, section: Section): string {
  const paragraphs = section.kinds.map((kind) => `**${SECTION_GUIDES[kind][0]}**: ${SECTION_GUIDES[kind][1]}`);
  const gaps = section.isEmpty ? ['anything: the section is empty'] : section.kinds.flatMap((kind) => sectionGaps(model, metrics, section, kind));
  if (gaps.length) paragraphs.push(`Still missing:\n${gaps.map((gap) => `- ${gap}`).join('\n')}`);
  if (section.kinds.includes('timeline') && metrics.entryCount > 0) paragraphs.push(formatMetricsLine(metrics));
  return paragraphs.join('\n\n');
}

function sectionGaps(model: PostmortemModel, metrics: IncidentMetrics, section: Section, kind: SectionKind): string[] {
  const within = (range: TextRange) => contains(section.contentRange, range);
  const gaps: string[] = [];
  switch (kind) {
    case 'summary': {
      const { start, end, duration, impacts, mentionsRootCause } = model.summary;
      if (!start) gaps.push('when it started (`From 10:00 to 10:22 UTC`)');
      else if (!end) gaps.push('when it ended');
      if (start && !start.zone && !end?.zone) gaps.push('the time zone of its times');
      if (!duration) gaps.push(`how long it lasted${metrics.durationMinutes !== null ? ` (the timeline gives ${formatDuration(metrics.durationMinutes)})` : ''}`);
      if (impacts.length === 0) gaps.push('who or what was affected, and how much (`40% of checkout requests failed`)');
      if (!mentionsRootCause) gaps.push('the root cause in one sentence (`caused by …`)');
      break;
    }
    case 'impact':
      if (!model.summary.impacts.some((impact) => within(impact.range))) gaps.push('who or what was affected, and how much (`40% of checkout requests failed`)');
      break;
    case 'timeline': {
      const entries = model.timeline.entries.filter((e) => within(e.range));
      if (entries.length === 0) {
        gaps.push('entries, one list item per event (`- 10:42 PM: what happened`)');
        break;
      }
      const untimed = entries.filter((e) => !e.time).length;
      if (untimed) gaps.push(`a time for ${untimed} of ${plural(entries.length, 'entry', 'entries')}`);
      if (!metrics.timelineZone) gaps.push('the time zone (`## Timeline (all times UTC)`)');
      if (!metrics.detection) gaps.push('when the problem was detected (an alert, a page, a customer report)');
      if (!metrics.resolution) gaps.push('when service was restored');
      break;
    }
    case 'action_items': {
      const items = model.actionItems.filter((item) => within(item.range));
      if (items.length === 0) {
        gaps.push('action items, one list item each (`- [ ] Validate timeouts before a push @dana due 2024-05-01`)');
        break;
      }
      const ownerless = items.filter((item) => !item.owner).length;
      // A done item needs no date.
      const open = items.filter((item) => item.checked !== true);
      const undated = open.filter((item) => !item.due).length;
      if (ownerless) gaps.push(`an owner for ${ownerless} of ${plural(items.length, 'item')} (\`@name\`)`);
      if (undated) gaps.push(`a due date for ${undated} of ${plural(open.length, 'open item')} (\`due 2024-05-01\`)`);
      break;
    }
    default:
      break;
  }
  return gaps;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
