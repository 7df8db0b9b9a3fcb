import type { Rule } from './rule';

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    description: 'A recognised section has a heading but no content.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    // An empty section's sub-sections are empty too: one finding, on the outermost, says it.
    const reported = model.sections.filter((s) => s.isEmpty && !s.parent?.isEmpty);
    const parents = new Set(model.sections.map((s) => s.parent));
    return reported.map((s) => ({
      range: s.heading.range,
      message: parents.has(s)
        ? `The section “${s.heading.text}” and its sub-sections are empty. Write their content under the headings, or remove them.`
        : `The section “${s.heading.text}” is empty. Write its content under the heading, or remove the heading.`,
    }));
  },
};
