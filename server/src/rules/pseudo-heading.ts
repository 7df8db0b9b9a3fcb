import type { Rule } from './rule';

export const pseudoHeading: Rule = {
  meta: {
    id: 'pseudo-heading',
    description: 'A bold line (`**Timeline**`) or a plain line (`Timeline:`) is used instead of a Markdown heading.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const depths = model.sections.map((s) => s.heading.depth).filter((d): d is number => d !== null);
    const level = depths.length ? Math.min(...depths) : (model.title?.depth ?? 1) + 1;
    return model.headings
      .filter((h) => (h.style === 'bold' || h.style === 'plain') && h.kinds.length > 0)
      .map((h) => ({
        range: h.range,
        message: `“${h.text}” ${h.style === 'bold' ? 'is bold text' : 'is a plain line'} acting as a heading, so outlines, links and tools do not see it. Write it as a heading: \`${'#'.repeat(level)} ${h.text}\`.`,
        data: { depth: level },
      }));
  },
};
