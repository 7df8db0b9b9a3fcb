// When a new timeline entry happened, as far as the report tells. Most reports are written
// after the fact, so the current time is only a candidate while the incident is being written
// live; otherwise a new entry takes the time of the entry it follows (the writer types over
// it), and never lands out of order. Pure: the clock comes in with `NowEntry`.

import { dateOfTimelineDay, incidentMetrics } from '../model';
import type { IncidentDate, PostmortemModel, TimeClaim, TimelineEntry } from '../model';
import { ROLLOVER_MINIMUM_BACKWARD_JUMP } from '../model/timeline';
import { daysBetween, mod } from '../model/times';
import type { NowEntry } from './entryStyle';

/** How long after its last entry an undated report still counts as being written live. */
export const LIVE_WINDOW_MINUTES = 3 * 60;

/** Where a new entry's time comes from. */
export type EntryTimeSource =
  | { kind: 'entry'; entry: TimelineEntry; where: 'above' | 'below' }
  | { kind: 'now' }
  | { kind: 'summary-start'; claim: TimeClaim }
  /** Nothing tells: the writer types the time. */
  | { kind: 'unknown' };

/** The timed entries next to where a new entry goes: the last one before it and the first one after it. */
export interface Neighbours {
  above: TimelineEntry | null;
  below: TimelineEntry | null;
}

/** The timed entries around `offset` in document order, among `entries` (all of the timeline's by default). */
export function neighboursAt(model: PostmortemModel, offset: number, entries: TimelineEntry[] = model.timeline.entries): Neighbours {
  let above: TimelineEntry | null = null;
  let below: TimelineEntry | null = null;
  for (const entry of entries) {
    if (entry.absoluteMinutes === null) continue;
    if (entry.range.start < offset) above = entry;
    else if (!below) below = entry;
  }
  return { above, below };
}

/**
 * Whether the report is being written while the incident runs: its last day (of the latest
 * entry, else an entry's date or the front matter's `date`) is today, or the current time is
 * within `LIVE_WINDOW_MINUTES` after its latest entry. An undated report without a timed
 * entry is not: nothing says it is about today.
 */
export function isLive(model: PostmortemModel, now: NowEntry): boolean {
  const metrics = incidentMetrics(model);
  let latest: number | null = null;
  for (const [index, entry] of model.timeline.entries.entries()) {
    if (entry.absoluteMinutes !== null && (latest === null || entry.absoluteMinutes > model.timeline.entries[latest].absoluteMinutes!)) latest = index;
  }
  const lastEntry = latest === null ? null : model.timeline.entries[latest];
  // Without a timed entry, the day an entry or the front matter gives.
  const lastDay = latest === null ? dateOfTimelineDay(model, 0) : metrics.entries[latest].date;
  if (lastDay && sameDay(lastDay, now.date)) return true;
  if (!lastEntry) return false;
  const lastClock = mod(lastEntry.absoluteMinutes!, 1440);
  const elapsed = lastDay?.year ? daysBetween(lastDay, now.date) * 1440 + now.minutes - lastClock : mod(now.minutes - lastClock, 1440);
  return elapsed >= 0 && elapsed <= LIVE_WINDOW_MINUTES;
}

function sameDay(a: IncidentDate, b: { year: number; month: number; day: number }): boolean {
  return (a.year === null || a.year === b.year) && a.month === b.month && a.day === b.day;
}

/**
 * Now on the timeline's clock (minutes since the first entry's midnight). When the entries
 * give dates, counted from them; otherwise on the day of the latest entry, or the day after
 * when that would be a jump back the timeline itself reads as passing midnight. A date only in
 * the front matter is not used: an undated entry placed by it would read as out of order.
 */
export function nowOnTimeline(model: PostmortemModel, now: NowEntry): number {
  const timed = model.timeline.entries.filter((e) => e.absoluteMinutes !== null);
  const dated = timed.find((e) => e.date !== null);
  if (dated?.date) {
    const { year, month, day } = dated.date;
    return (dated.dayOffset + daysBetween({ year: year ?? now.date.year, month, day }, now.date)) * 1440 + now.minutes;
  }
  if (!timed.length) return now.minutes;
  const latest = timed.reduce((max, e) => Math.max(max, e.absoluteMinutes!), -Infinity);
  const sameDayMoment = Math.floor(latest / 1440) * 1440 + now.minutes;
  return latest - sameDayMoment >= ROLLOVER_MINIMUM_BACKWARD_JUMP ? sameDayMoment + 1440 : sameDayMoment;
}

/** Whether now lies at or after the entry above and not after the entry below. */
function nowFits(model: PostmortemModel, now: NowEntry, { above, below }: Neighbours): boolean {
  const moment = nowOnTimeline(model, now);
  return (!above || above.absoluteMinutes! <= moment) && (!below || moment <= below.absoluteMinutes!);
}

/** The time that continues the timeline at a place: the entry above's, else the entry below's, else the summary's start. */
export function continuingTime(model: PostmortemModel, { above, below }: Neighbours): EntryTimeSource {
  if (above) return { kind: 'entry', entry: above, where: 'above' };
  if (below) return { kind: 'entry', entry: below, where: 'below' };
  if (model.summary.start) return { kind: 'summary-start', claim: model.summary.start };
  return { kind: 'unknown' };
}

/**
 * The time a new entry between `neighbours` gets: now, when the report is live and now lies
 * between them (or nothing else tells); otherwise the time that continues the timeline.
 */
export function chooseEntryTime(model: PostmortemModel, neighbours: Neighbours, now: NowEntry): EntryTimeSource {
  const continuing = continuingTime(model, neighbours);
  if (!isLive(model, now)) return continuing;
  if (nowFits(model, now, neighbours) || continuing.kind !== 'entry') return { kind: 'now' };
  return continuing;
}

