import type { Rule } from './rule';
import { quote } from './rule';

export const timelineMissingTime: Rule = {
  meta: {
    id: 'timeline-missing-time',
    description: 'A timeline entry has no time.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    return model.timeline.entries
      .filter((e) => !e.time && !e.invalidTime)
      .map((e) => ({
        range: e.lineRange,
        message: `The timeline entry ${quote(e.text, 40)} has no time. Start it with when it happened, e.g. \`10:42 PM: ${e.text.slice(0, 20) || 'what happened'}\`.`,
      }));
  },
};
