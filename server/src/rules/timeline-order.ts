import { describeTime } from '../model';
import type { Rule, RuleFinding } from './rule';
import { quote } from './rule';

export const timelineOrder: Rule = {
  meta: {
    id: 'timeline-order',
    description: 'Timeline entries out of chronological order (after allowing for the timeline passing midnight).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: RuleFinding[] = [];
    let latest: (typeof model.timeline.entries)[number] | null = null;
    for (const entry of model.timeline.entries) {
      if (entry.absoluteMinutes === null || !entry.time) continue;
      if (latest?.time && latest.absoluteMinutes !== null && entry.absoluteMinutes < latest.absoluteMinutes) {
        findings.push({
          range: entry.time.range,
          message: `${describeTime(entry.time)} ${quote(entry.text, 40)} comes after ${describeTime(latest.time)} ${quote(latest.text, 40)}. Move the entry to its place in time, or correct its time.`,
        });
      } else {
        latest = entry;
      }
    }
    return findings;
  },
};
