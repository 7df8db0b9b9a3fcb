import type { Rule, RuleFinding } from './rule';

export const timelineNotList: Rule = {
  meta: {
    id: 'timeline-not-list',
    description: 'Timeline entries written as bare lines, which Markdown renders as one run-on paragraph.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: RuleFinding[] = [];
    const entries = model.timeline.entries;
    for (let i = 0; i < entries.length; i++) {
      const first = entries[i];
      if (first.form !== 'bare-lines' || first.paragraphSize < 2) continue;
      const last = entries[i + first.paragraphSize - 1];
      findings.push({
        range: { start: first.range.start, end: last.range.end },
        message: `These ${first.paragraphSize} timeline entries are bare lines, so Markdown renders them as one run-on paragraph. Start each line with \`- \` to make a list.`,
      });
      i += first.paragraphSize - 1;
    }
    return findings;
  },
};
