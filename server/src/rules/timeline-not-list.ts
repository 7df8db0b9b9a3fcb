import { linesOf } from './layout';
import type { Rule, RuleFinding, TextEdit } from './rule';

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
  fix(model, diagnostic) {
    const { text } = model;
    const entries = model.timeline.entries.filter((e) => e.form === 'bare-lines' && e.range.start >= diagnostic.range.start && e.range.end <= diagnostic.range.end);
    // Each entry line becomes an item; its continuation lines are indented under the item's
    // text. Indentation is replaced, not added to: four spaces after `- ` would make code.
    const edits: TextEdit[] = entries.flatMap((entry) =>
      linesOf(text, entry.range).map((line, index) => {
        const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0];
        return { range: { start: line.start, end: line.start + indent.length }, newText: index === 0 ? '- ' : '  ' };
      }),
    );
    return edits.length ? [{ title: 'Make the timeline lines a list', edits, preferred: true }] : [];
  },
};
