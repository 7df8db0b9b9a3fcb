// Shared by the rules that hold the summary's figures against the timeline.

import type { PostmortemModel, TimeClaim, TimelineEntry } from '../model';

export type TimedEntry = TimelineEntry & { time: NonNullable<TimelineEntry['time']>; absoluteMinutes: number };

export function timedEntries(model: PostmortemModel): TimedEntry[] {
  return model.timeline.entries.filter((e): e is TimedEntry => e.time !== null && e.absoluteMinutes !== null);
}

/**
 * The offset the timeline's times are written in, when stated. What the timeline says of
 * itself comes first: its times are in that zone even when the front matter names another.
 */
function timelineOffset(model: PostmortemModel, entries: TimedEntry[]): number | null {
  return (
    entries.find((e) => e.zone)?.zone?.offsetMinutes ??
    model.zones.find((z) => z.source === 'timeline-heading')?.offsetMinutes ??
    model.incidentZone?.offsetMinutes ??
    null
  );
}

/** A summary time moved into the timeline's zone (when both zones are known), minutes after midnight. */
export function claimInTimelineZone(model: PostmortemModel, claim: TimeClaim, entries: TimedEntry[]): number {
  const target = timelineOffset(model, entries);
  const shift = claim.zone && target !== null ? target - claim.zone.offsetMinutes : 0;
  return (((claim.time.minutes + shift) % 1440) + 1440) % 1440;
}

export function sameClockTime(a: number, b: number): boolean {
  return ((a - b) % 1440 + 1440) % 1440 === 0;
}

/** The entry latest in time (midnight-aware). */
export function lastEntry(entries: TimedEntry[]): TimedEntry | null {
  return entries.reduce<TimedEntry | null>((latest, e) => (latest === null || e.absoluteMinutes >= latest.absoluteMinutes ? e : latest), null);
}

export function firstEntry(entries: TimedEntry[]): TimedEntry | null {
  return entries.reduce<TimedEntry | null>((first, e) => (first === null || e.absoluteMinutes < first.absoluteMinutes ? e : first), null);
}
