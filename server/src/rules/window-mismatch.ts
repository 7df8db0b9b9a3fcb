import { describeTime, dominantTimeStyle, formatTime, mod } from '../model';
import type { Rule, RuleFinding } from './rule';
import { quote } from './rule';
import { claimInTimelineZone, firstEntry, lastEntry, sameClockTime, timedEntries } from './incident-times';
import { rewriteTime } from './time-edits';

export const windowMismatch: Rule = {
  meta: {
    id: 'window-mismatch',
    description: 'The summary\'s start or end time disagrees with the timeline.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const entries = timedEntries(model);
    const { start, end } = model.summary;
    if (entries.length === 0) return [];
    const findings: RuleFinding[] = [];
    const matches = (minutes: number) => entries.some((e) => sameClockTime(e.absoluteMinutes, minutes));
    if (start && !matches(claimInTimelineZone(model, start))) {
      const first = firstEntry(entries)!;
      findings.push({
        range: start.range,
        message: `The summary says the incident started at ${describeTime(start.time)}, but no timeline entry is at that time (the timeline starts at ${describeTime(first.time)} with ${quote(first.text, 40)}). Add the entry, or correct the summary.`,
        data: { bound: 'start', timelineMinutes: first.absoluteMinutes },
      });
    }
    if (end && !matches(claimInTimelineZone(model, end))) {
      const last = lastEntry(entries)!;
      findings.push({
        range: end.range,
        message: `The summary says the incident ended at ${describeTime(end.time)}, but the timeline's last entry, ${quote(last.text, 40)}, is at ${describeTime(last.time)}. Correct the summary, or add the entry that ends the incident.`,
        data: { bound: 'end', timelineMinutes: last.absoluteMinutes },
      });
    }
    return findings;
  },
  // Offered, never preferred: Fix all must not rewrite what the writer claims.
  fix(model, diagnostic) {
    const { bound, timelineMinutes } = diagnostic.data ?? {};
    const claim = bound === 'start' ? model.summary.start : bound === 'end' ? model.summary.end : null;
    if (!claim || typeof timelineMinutes !== 'number' || claim.range.start !== diagnostic.range.start) return [];
    // The timeline's time moved into the zone the summary writes in.
    const shift = claimInTimelineZone(model, claim) - claim.time.minutes;
    const minutes = mod(timelineMinutes - shift, 1440);
    const { start, end } = model.summary;
    const style = dominantTimeStyle([start, end].flatMap((c) => (c ? [c.time] : [])));
    const newText = formatTime({ ...claim.time, minutes, hasSeconds: false }, { ...style, clock: claim.time.meridiem ? '12h' : '24h' });
    return [{ title: `Change the summary's ${bound} to ${newText}, as in the timeline`, edits: [rewriteTime(model.text, claim.time.range, newText)], preferred: false }];
  },
};
