// The snippets made from the template data: `pm-report-<id>` for each template and
// `pm-front-matter` (its template choice). `npx tsx snippets/generate.ts` writes them into
// snippets/postmortem.json, keeping the hand-written snippets; a unit test fails while the
// file and the data disagree.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidanceComment, TEMPLATES } from '../server/src/model/templates';
import type { ReportTemplate } from '../server/src/model/templates';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

export const SNIPPETS_FILE = join(__dirname, 'postmortem.json');

/** Text inside a placeholder, where `$`, `}` and `\` would be read as syntax. */
function escapePlaceholder(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

/**
 * The front matter's lines: tab stops 1 to 5 (title, date, severity, status, zone) for a
 * given template; with a choice of template instead, the choice is tab stop 3 and the rest
 * move up one, so the cursor goes down the lines in order.
 */
function frontMatter(templateId: string | null): string[] {
  const shift = templateId === null ? 1 : 0;
  const template = templateId ?? `\${3|${TEMPLATES.map((t) => t.id).join(',')}|}`;
  return [
    '---',
    'title: "${1:Incident title}"',
    `date: \${2:${TODAY}}`,
    `template: ${template}`,
    'type: postmortem',
    `severity: \${${3 + shift}|SEV1,SEV2,SEV3,SEV4|}`,
    `status: \${${4 + shift}|draft,in review,published|}`,
    `timezone: \${${5 + shift}:UTC}`,
    '---',
  ];
}

/** A whole report, as `renderNewReport` writes it, with each section's guidance as a tab stop that typing replaces. */
export function reportSnippet(template: ReportTemplate): Snippet {
  const sections = template.sections.flatMap((section, i) => ['', `## ${section.heading}`, '', `\${${6 + i}:${escapePlaceholder(guidanceComment(section))}}`]);
  return {
    prefix: `pm-report-${template.id}`,
    description: `Inserts a whole ${template.label} postmortem: front matter naming the template, the title, and the sections ${template.sections.map((s) => s.heading).join(', ')}, each with what belongs in it.`,
    body: [...frontMatter(template.id), '', '# $1', ...sections, '$0'],
  };
}

export function frontMatterSnippet(): Snippet {
  return {
    prefix: 'pm-front-matter',
    description: 'Inserts the front matter: title, date, template (which sets the required sections), type, severity, status and time zone.',
    body: [...frontMatter(null), '$0'],
  };
}

/** Every generated snippet, by its name in the snippets file. */
export function generatedSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = { 'Postmortem: front matter': frontMatterSnippet() };
  for (const template of TEMPLATES) snippets[`Postmortem: ${template.label} report`] = reportSnippet(template);
  return snippets;
}

/** The snippets file with the generated snippets first and the hand-written ones after, as they were. */
export function regenerate(current: Record<string, Snippet>): Record<string, Snippet> {
  const handWritten = Object.entries(current).filter(([, snippet]) => snippet.prefix !== 'pm-front-matter' && !snippet.prefix.startsWith('pm-report-'));
  return { ...generatedSnippets(), ...Object.fromEntries(handWritten) };
}

if (require.main === module) {
  const current = JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, Snippet>;
  writeFileSync(SNIPPETS_FILE, `${JSON.stringify(regenerate(current), null, 2)}\n`);
}
