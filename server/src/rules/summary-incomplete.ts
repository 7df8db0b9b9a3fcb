import type { Rule, RuleFinding } from './rule';

export const summaryIncomplete: Rule = {
  meta: {
    id: 'summary-incomplete',
    description: 'The summary lacks a start and end time, an impact statement, or a mention of the root cause.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    const summary = model.sections.find((s) => s.kinds.includes('summary'));
    if (!summary || summary.isEmpty) return [];
    const { start, end, duration, impacts, mentionsRootCause } = model.summary;
    const missing: string[] = [];
    if (!start) missing.push('when it started and ended, with the time zone (`From 10:00 to 10:22 UTC`)');
    else if (!end && !duration) missing.push('when it ended, or how long it lasted');
    // Impact and cause are read from English words; in another language only the times can be told.
    const english = model.language.code === 'en';
    if (english && impacts.length === 0) missing.push('who or what was affected and how much (`40% of checkout requests failed`)');
    if (english && !mentionsRootCause) missing.push('the root cause in one sentence (`caused by ...`)');
    if (missing.length === 0) return [];
    const finding: RuleFinding = {
      range: summary.heading.range,
      message: `The summary should say ${missing.join('; ')}.`,
      data: { missing: missing.length },
    };
    return [finding];
  },
};
