import type { Rule } from './rule';

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    description: 'A recognised section has a heading but no content.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    return model.sections
      .filter((s) => s.isEmpty)
      .map((s) => ({
        range: s.heading.range,
        message: `The section “${s.heading.text}” is empty. Write its content under the heading, or remove the heading.`,
      }));
  },
};
