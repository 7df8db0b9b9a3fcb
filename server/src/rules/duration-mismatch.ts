import { describeTime, formatDuration, incidentMetrics, mod, statedWindowMinutes } from '../model';
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
      measured = statedWindowMinutes(start, end)!;
      [from, to] = [`${describeTime(start.time)} (the summary's start)`, `${describeTime(end.time)} (its end)`];
    } else if (entries.length === 0) {
      return [];
    } else if (start) {
      const last = lastEntry(entries)!;
      measured = mod(last.absoluteMinutes - claimInTimelineZone(model, start), 1440);
      [from, to] = [`${describeTime(start.time)} (the summary's start)`, `${describeTime(last.time)} (the last timeline entry)`];
    } else {
      // Without a stated start, a timeline often runs from what led up to the incident to the
      // follow-up after it: only where it marks when the incident was detected and resolved does
      // it say how long the incident lasted.
      const { detection, resolution } = incidentMetrics(model);
      if (!detection || !resolution || resolution.sinceStart <= detection.sinceStart) return [];
      const [detected, resolved] = [model.timeline.entries[detection.entryIndex], model.timeline.entries[resolution.entryIndex]];
      const first = firstEntry(entries)!;
      const last = lastEntry(entries)!;
      const wholeTimeline = last.absoluteMinutes - first.absoluteMinutes;
      measured = resolution.sinceStart - detection.sinceStart;
      if (Math.abs(wholeTimeline - stated.minutes) <= stated.precisionMinutes) return [];
      [from, to] = [`${describeTime(detected.time!)} (when the timeline detects it)`, `${describeTime(resolved.time!)} (when it is resolved)`];
    }
    if (Math.abs(measured - stated.minutes) <= stated.precisionMinutes) return [];
    return [{
      range: stated.range,
      message: `The summary says the incident lasted ${stated.raw.replace(/\s+/g, ' ')}, but from ${from} to ${to} is ${formatDuration(measured)}. Correct the duration or the times.`,
      data: { measuredMinutes: measured },
    }];
  },
  // Offered, never preferred: Fix all must not rewrite what the writer claims.
  fix(model, diagnostic) {
    const stated = model.summary.duration;
    const measured = diagnostic.data?.measuredMinutes;
    if (!stated || typeof measured !== 'number' || stated.range.start !== diagnostic.range.start) return [];
    const hedge = KEPT_HEDGE.exec(stated.raw)?.[0] ?? '';
    const figure = formatDurationInWords(measured, stated.raw.slice(hedge.length));
    return [{ title: `Change the summary's duration to ${figure}`, edits: [{ range: { start: stated.range.start + hedge.length, end: stated.range.end }, newText: figure }], preferred: false }];
  },
};

/** Hedges that still hold when the figure changes (`about 50 minutes`); `over` or `nearly` would not. */
const KEPT_HEDGE = /^(?:about|approximately|approx\.?|around|roughly)\s+/i;
/** `37-minute` in `a 37-minute outage`, `2 hour` in `a 2 hour outage` (but `1 hour` is a noun). */
const ADJECTIVE = /^(?:\d+(-)|(?!1\s)\d+(\s))(?:hour|minute)$/i;
const HOUR_UNIT = /(?<=[\d\s])(hours?|hrs?|h)\b/i;
const MINUTE_UNIT = /(?<=[\d\s])(minutes?|mins?|m)\b/i;

/**
 * A duration as a writer would put it, in the words of `like` (the figure it replaces):
 * `1 hour 12 minutes`; `1 hr 12 mins` after `40 mins`; `1h 12m` after `2h`; `2 hours and
 * 5 minutes` after `1 hour and 10 minutes`; `72-minute` after `40-minute`; `100 minutes`
 * after `90 minutes`, as a writer counting in minutes past the hour goes on doing.
 */
export function formatDurationInWords(totalMinutes: number, like = ''): string {
  const total = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const adjective = ADJECTIVE.exec(like.trim());
  if (adjective) {
    const joint = adjective[1] ?? adjective[2];
    return total > 0 && minutes === 0 ? `${hours}${joint}hour` : `${total}${joint}minute`;
  }
  const hourWritten = HOUR_UNIT.exec(like)?.[1].toLowerCase();
  const minuteWritten = MINUTE_UNIT.exec(like)?.[1].toLowerCase();
  const written = hourWritten ?? minuteWritten ?? '';
  const family = written === 'h' || written === 'm' ? 'letter' : /^(?:hrs?|mins?)$/.test(written) ? 'short' : 'long';
  const pluralShort = hourWritten === 'hrs' || minuteWritten === 'mins';
  const unit = (count: number, long: string, short: string, letter: string) => {
    if (family === 'letter') return letter;
    if (family === 'short') return short + (pluralShort && count !== 1 ? 's' : '');
    return long + (count === 1 ? '' : 's');
  };
  const gap = /\d(\s*)[a-z]/i.exec(like)?.[1] ?? (family === 'letter' ? '' : ' ');
  const joiner = /(?:hours?|hrs?|h)\b(,?\s*(?:and\s+)?)\d/i.exec(like)?.[1] ?? ' ';
  const countsInMinutes = hourWritten === undefined && minuteWritten !== undefined && Number(/\d+/.exec(like)?.[0] ?? 0) >= 60;
  const inMinutes = `${total}${gap}${unit(total, 'minute', 'min', 'm')}`;
  if (hours === 0 || countsInMinutes) return inMinutes;
  const inHours = `${hours}${gap}${unit(hours, 'hour', 'hr', 'h')}`;
  return minutes === 0 ? inHours : `${inHours}${joiner}${minutes}${gap}${unit(minutes, 'minute', 'min', 'm')}`;
}
