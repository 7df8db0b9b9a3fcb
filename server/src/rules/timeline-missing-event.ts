import type { TimelineEntry } from '../model';
import type { Rule } from './rule';

/** Words, numbers or a symbol such as ✅: anything that says what happened. */
const SAYS_SOMETHING = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Whether the entry has a time but nothing else: no event after it, no continuation line, no nested item, no other cell. */
function isOnlyATime(text: string, entry: TimelineEntry): boolean {
  if (!entry.time && !entry.invalidTime) return false;
  // A row's event cells are its text; the rest of a list item (continuation lines, nested items) follows its first line.
  const rest = entry.form === 'table' ? '' : text.slice(entry.lineRange.end, entry.range.end);
  return !SAYS_SOMETHING.test(entry.text) && !SAYS_SOMETHING.test(rest);
}

export const timelineMissingEvent: Rule = {
  meta: {
    id: 'timeline-missing-event',
    description: 'A timeline entry gives a time but not what happened then.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    const { text } = model;
    return model.timeline.entries
      .filter((e) => isOnlyATime(text, e))
      .map((e) => {
        const time = (e.time ?? e.invalidTime)!.raw;
        return {
          range: e.lineRange,
          message: `The timeline entry at ${time} says nothing about what happened then. Write the event after the time, e.g. \`${time}: Alert fired for checkout errors\`, or remove the entry.`,
        };
      });
  },
};
