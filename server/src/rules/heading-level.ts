import type { Heading } from '../model';
import type { Rule, RuleFinding } from './rule';

export const headingLevel: Rule = {
  meta: {
    id: 'heading-level',
    description: 'Section headings at inconsistent levels, above the title, or an empty heading such as a lone `#`.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: RuleFinding[] = [];
    for (const heading of model.headings) {
      if (heading.depth !== null && heading.text === '') {
        findings.push({ range: heading.range, message: 'This heading is empty. Remove the lone `#`, or give the heading its text.', data: { remove: true } });
      }
    }
    const sectionHeadings = model.sections.map((s) => s.heading).filter((h): h is Heading & { depth: number } => h.depth !== null);
    const titleDepth = model.title?.depth ?? null;
    if (titleDepth !== null) {
      const above = sectionHeadings.filter((h) => h.depth <= titleDepth);
      for (const heading of above) {
        findings.push({
          range: heading.range,
          message: `“${heading.text}” is a level-${heading.depth} heading, not below the title (level ${titleDepth}). Make the title \`#\` and every section \`##\`.`,
          data: { depth: 2, titleDepth: 1 },
        });
      }
      if (above.length) return findings;
    }
    const expected = dominantDepth(sectionHeadings);
    for (const heading of sectionHeadings) {
      if (expected !== null && heading.depth !== expected) {
        findings.push({
          range: heading.range,
          message: `“${heading.text}” is a level-${heading.depth} heading while the other sections are level ${expected}. Write it as \`${'#'.repeat(expected)} ${heading.text}\`.`,
          data: { depth: expected },
        });
      }
    }
    return findings;
  },
};

/** The level most sections use; on a tie, the level of the first section. */
function dominantDepth(headings: Array<{ depth: number }>): number | null {
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.depth, (counts.get(h.depth) ?? 0) + 1);
  let best: number | null = null;
  for (const h of headings) if (best === null || counts.get(h.depth)! > counts.get(best)!) best = h.depth;
  return best;
}
