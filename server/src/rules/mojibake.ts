import type { Rule } from './rule';

export const mojibake: Rule = {
  meta: {
    id: 'mojibake',
    description: 'Text that was double-encoded (`Weâ€™ve` for `We’ve`).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    return model.mojibake.map((run) => ({
      range: run.range,
      message: `\`${run.raw}\` is garbled text: UTF-8 read as Windows-1252. Replace it with \`${run.repaired}\`.`,
      data: { replacement: run.repaired },
    }));
  },
  fix(model, diagnostic) {
    const replacement = diagnostic.data?.replacement;
    if (typeof replacement !== 'string') return [];
    const garbled = model.text.slice(diagnostic.range.start, diagnostic.range.end);
    return [{ title: `Replace ${garbled} with ${replacement}`, edits: [{ range: diagnostic.range, newText: replacement }], preferred: true }];
  },
};
