import { SECTION_KINDS } from '../model';
import type { TextRange } from '../model';
import type { Rule } from './rule';
import { SECTION_TITLES } from './rule';

const GUIDANCE: Record<string, string> = {
  summary: 'when it started and ended (with time zone), the impact, and the root cause in brief',
  impact: 'who and what was affected, and how much',
  timeline: 'one list item per event: `- 10:42 PM: what happened`',
  root_cause: 'why it happened, not only what broke',
  trigger: 'the change or event that set it off',
  resolution: 'how service was restored and when',
  detection: 'how and when the problem was noticed',
  action_items: 'concrete actions, each with an owner and a due date',
  lessons_learned: 'what went well, what went wrong, where you got lucky',
};

/** The first line, without its line break (`\r\n` included). */
function firstLine(text: string): TextRange {
  const newline = text.indexOf('\n');
  const end = newline === -1 ? text.length : newline;
  return { start: 0, end: end > 0 && text[end - 1] === '\r' ? end - 1 : end };
}

export const missingSection: Rule = {
  meta: {
    id: 'missing-section',
    description: 'A required section (by default Summary, Timeline, Root Cause, Resolution, Action Items) is absent.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(model, context) {
    const present = new Set(model.sections.flatMap((s) => s.kinds));
    const anchor = model.title?.range ?? firstLine(model.text);
    return SECTION_KINDS.filter((kind) => context.requiredSections.includes(kind) && !present.has(kind)).map((kind) => ({
      range: anchor,
      message: `The report has no ${SECTION_TITLES[kind]} section. Add a \`## ${SECTION_TITLES[kind]}\` heading with ${GUIDANCE[kind]}.`,
      data: { kind },
    }));
  },
};
