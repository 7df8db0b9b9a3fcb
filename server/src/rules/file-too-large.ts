import type { Rule } from './rule';

export const fileTooLarge: Rule = {
  meta: {
    id: 'file-too-large',
    description: 'The file is too large to check on every keystroke, so it is not analysed.',
    defaultSeverity: 'information',
    fixable: false,
  },
  check(model) {
    if (!model.tooLarge) return [];
    // Rounded up, so a file just over the limit does not read as the limit's own size.
    const kb = (n: number) => `${Math.ceil(n / 1000)} KB`;
    return [{
      range: { start: 0, end: 0 },
      message: `This file (${kb(model.tooLarge.size)}) is larger than the ${kb(model.tooLarge.limit)} a postmortem check handles, so it was not analysed. Split it into smaller files.`,
    }];
  },
};
