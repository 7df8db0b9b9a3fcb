import type { Rule } from './rule';

export const timezoneMissing: Rule = {
  meta: {
    id: 'timezone-missing',
    description: 'The incident\'s times are given without a time zone.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const hasTimes = model.timeline.entries.some((e) => e.time) || model.summary.start !== null;
    if (!hasTimes || model.zones.length > 0) return [];
    const timeline = model.timeline.sections[0];
    const anchor = timeline?.heading.range ?? model.summary.start?.range ?? { start: 0, end: 0 };
    return [{
      range: anchor,
      message: 'No time zone is stated for the incident\'s times, so readers elsewhere cannot place them. Add it to the Timeline heading, e.g. `## Timeline (all times UTC)`.',
    }];
  },
};
