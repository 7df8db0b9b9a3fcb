import type { Rule } from './rule';
import { quote } from './rule';

/** The opening words of an event, cut between words, to show the entry with a time in front. */
function opening(text: string, max = 30): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= max) return single;
  const cut = single.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
}

export const timelineMissingTime: Rule = {
  meta: {
    id: 'timeline-missing-time',
    description: 'A timeline entry has no time.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    return model.timeline.entries
      // An entry that gives its day (`2024-05-03 - release shipped`) is dated as precisely as its writer knew.
      .filter((e) => !e.time && !e.invalidTime && !e.date && !e.day)
      .map((e) => ({
        range: e.lineRange,
        message: `The timeline entry ${quote(e.text, 40)} has no time. Start it with when it happened, e.g. \`10:42 PM: ${opening(e.text) || 'what happened'}\`.`,
      }));
  },
};
