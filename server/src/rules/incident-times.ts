// Shared by the rules that hold the summary's figures against the timeline.

import { inTimelineZone, mod, timelineZoneOf } from '../model';
import type { PostmortemModel, TimeClaim, TimelineEntry } from '../model';

export type TimedEntry = TimelineEntry & { time: NonNullable<TimelineEntry['time']>; absoluteMinutes: number };

export function timedEntries(model: PostmortemModel): TimedEntry[] {
  return model.timeline.entries.filter((e): e is TimedEntry => e.time !== null && e.absoluteMinutes !== null);
}

/** A summary time moved into the timeline's zone (when both zones are known), minutes after midnight. */
export function claimInTimelineZone(model: PostmortemModel, claim: TimeClaim): number {
  return inTimelineZone(claim.time.minutes, claim.zone, timelineZoneOf(model));
}

export function sameClockTime(a: number, b: number): boolean {
  return mod(a - b, 1440) === 0;
}

/** The entry latest in time (midnight-aware). */
export function lastEntry(entries: TimedEntry[]): TimedEntry | null {
  return entries.reduce<TimedEntry | null>((latest, e) => (latest === null || e.absoluteMinutes >= latest.absoluteMinutes ? e : latest), null);
}

export function firstEntry(entries: TimedEntry[]): TimedEntry | null {
  return entries.reduce<TimedEntry | null>((first, e) => (first === null || e.absoluteMinutes < first.absoluteMinutes ? e : first), null);
}
