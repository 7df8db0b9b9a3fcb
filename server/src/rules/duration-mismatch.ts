import { describeTime, formatDuration } from '../model';
import type { Rule } from './rule';
import { claimInTimelineZone, firstEntry, lastEntry, timedEntries } from './incident-times';

export const durationMismatch: Rule = {
  meta: {
    id: 'duration-mismatch',
    description: 'A stated duration (`lasted 37 minutes`) disagrees with the summary\'s window or the timeline.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const stated = model.summary.duration;
    if (!stated) return [];
    const entries = timedEntries(model);
    const { start, end } = model.summary;
    let measured: number;
    let from: string;
    let to: string;
    if (start && end) {
      measured = (((end.time.minutes - start.time.minutes) % 1440) + 1440) % 1440;
      [from, to] = [`${describeTime(start.time)} (the summary's start)`, `${describeTime(end.time)} (its end)`];
    } else if (entries.length === 0) {
      return [];
    } else if (start) {
      const last = lastEntry(entries)!;
      measured = (((last.time.minutes - claimInTimelineZone(model, start, entries)) % 1440) + 1440) % 1440;
      [from, to] = [`${describeTime(start.time)} (the summary's start)`, `${describeTime(last.time)} (the last timeline entry)`];
    } else {
      const first = firstEntry(entries)!;
      const last = lastEntry(entries)!;
      measured = last.absoluteMinutes - first.absoluteMinutes;
      [from, to] = [`${describeTime(first.time)} (the first timeline entry)`, `${describeTime(last.time)} (the last)`];
    }
    if (Math.abs(measured - stated.minutes) <= stated.precisionMinutes) return [];
    return [{
      range: stated.range,
      message: `The summary says the incident lasted ${stated.raw.replace(/\s+/g, ' ')}, but from ${from} to ${to} is ${formatDuration(measured)}. Correct the duration or the times.`,
      data: { measuredMinutes: measured },
    }];
  },
};
