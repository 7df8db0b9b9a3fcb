import type { Rule } from './rule';

export const frontMatterInvalid: Rule = {
  meta: {
    id: 'front-matter-invalid',
    description: 'The YAML front matter cannot be read; its fields are ignored until it is fixed.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(model) {
    return (model.frontMatter?.errors ?? []).map((error) => ({
      range: error.range,
      message: `The front matter is not valid YAML (${error.message}). Fix it; until then its fields (time zone, date, ...) are ignored.`,
    }));
  },
};
