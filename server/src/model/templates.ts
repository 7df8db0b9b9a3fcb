// Report templates: the shapes a new postmortem can take. The templates are data
// (snippets/templates.json, described by schemas/postmortem-templates.schema.json); a report
// names its template in its front matter (`template: alx`), and the rules then know which
// sections it needs. Also a new report's text and file name, for Postmortem: New Postmortem.

import templatesFile from '../../../snippets/templates.json';
import { SECTION_KINDS } from './types';
import type { PostmortemModel, SectionKind, TextRange } from './types';

export interface TemplateSection {
  /** The heading's words, without `#`. */
  heading: string;
  /** The kind the heading names; null for a section outside the fixed kinds (`Responders`), offered but not required. */
  kind: SectionKind | null;
  /** One line saying what belongs in the section. */
  guidance: string;
}

export interface ReportTemplate {
  /** What a report's front matter names: `template: google-sre`. */
  id: string;
  label: string;
  description: string;
  sections: TemplateSection[];
}

/** The data only says `string`; a kind the analysis does not know would make the template require nothing. */
function sectionKind(kind: string | null, templateId: string): SectionKind | null {
  if (kind === null) return null;
  const known = SECTION_KINDS.find((k) => k === kind);
  if (!known) throw new Error(`snippets/templates.json: the template \`${templateId}\` has a section of unknown kind \`${kind}\``);
  return known;
}

export const TEMPLATES: readonly ReportTemplate[] = templatesFile.templates.map((template) => ({
  id: template.id,
  label: template.label,
  description: template.description,
  sections: template.sections.map((section) => ({ heading: section.heading, kind: sectionKind(section.kind, template.id), guidance: section.guidance })),
}));

/** The template with this id (case and surrounding spaces ignored, as writers type front matter), or null. */
export function templateById(id: string): ReportTemplate | null {
  const wanted = id.trim().toLowerCase();
  return TEMPLATES.find((t) => t.id === wanted) ?? null;
}

/** The section kinds a template's report must have, in the template's order. */
export function templateKinds(template: ReportTemplate): SectionKind[] {
  const kinds: SectionKind[] = [];
  for (const section of template.sections) if (section.kind && !kinds.includes(section.kind)) kinds.push(section.kind);
  return kinds;
}

export interface TemplateReference {
  /** The id as the front matter writes it. */
  id: string;
  /** Null when no template has that id. */
  template: ReportTemplate | null;
  /** Where the front matter's value stands. */
  range: TextRange;
}

/** The template a report's front matter names (`template: alx`), known or not; null when it names none. */
export function templateReference(model: PostmortemModel): TemplateReference | null {
  const value = model.frontMatter?.data?.template;
  const range = model.frontMatter?.valueRanges.get('template');
  if (value === undefined || value === null || !range) return null;
  const id = typeof value === 'string' ? value.trim() : JSON.stringify(value);
  return { id, template: templateById(id), range };
}

/** The sections the report's own template requires, or null when it names no known template (the settings decide then). */
export function requiredSectionsFor(model: PostmortemModel): SectionKind[] | null {
  const template = templateReference(model)?.template;
  return template ? templateKinds(template) : null;
}

/**
 * The bundled template a report's headings follow most closely: the one it lacks the fewest
 * sections of, then the one it has the most sections of, then the first (the student template).
 */
export function closestTemplate(present: ReadonlySet<SectionKind>): ReportTemplate {
  let best = TEMPLATES[0];
  let bestMissing = Infinity;
  let bestMatched = -1;
  for (const template of TEMPLATES) {
    const kinds = templateKinds(template);
    const matched = kinds.filter((kind) => present.has(kind)).length;
    const missing = kinds.length - matched;
    if (missing < bestMissing || (missing === bestMissing && matched > bestMatched)) [best, bestMissing, bestMatched] = [template, missing, matched];
  }
  return best;
}

export interface NewReportOptions {
  title: string;
  /** The report's date (today, for a new report), written as its local calendar date. */
  date: Date;
  /** The incident's zone (`UTC`, `WAT`, `Africa/Lagos`), written to the front matter when given. */
  timeZone?: string;
  /** `SEV1` to `SEV4`; without it the field is left for the writer to fill in. */
  severity?: string;
}

/** A section's guidance as the report holds it: an HTML comment, which Markdown does not render and no rule reads as content. */
export function guidanceComment(section: TemplateSection): string {
  return `<!-- ${section.guidance} -->`;
}

/**
 * A new report: front matter (naming the template, so the rules know its sections), the
 * title, and each section with its guidance. Until the writer fills a section in, the
 * report honestly says it is empty (`empty-section`) and nothing else.
 */
export function renderNewReport(template: ReportTemplate, options: NewReportOptions): string {
  const title = oneLine(options.title);
  if (!title) throw new RangeError('A report needs a title.');
  const frontMatter = [
    // Always quoted, as the snippets write it: a colon or a `#` in the title cannot break the YAML.
    `title: ${JSON.stringify(title)}`,
    `date: ${reportDate(options.date)}`,
    `template: ${template.id}`,
    'type: postmortem',
    options.severity ? `severity: ${yamlString(options.severity)}` : 'severity: # SEV1, SEV2, SEV3 or SEV4',
    'status: draft',
    ...(options.timeZone?.trim() ? [`timezone: ${yamlString(options.timeZone.trim())}`] : []),
  ];
  const sections = template.sections.map((section) => `## ${section.heading}\n\n${guidanceComment(section)}\n`);
  return ['---', ...frontMatter, '---', '', `# ${headingText(title)}`, '', sections.join('\n')].join('\n');
}

/** `2026-11-23`, the date's local calendar day. */
export function reportDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The longest slug, so that `YYYY-MM-DD-slug.md` stays within 60 characters. */
const MAX_SLUG_LENGTH = 46;

/** `2026-11-23-search-latency.md`: the date, then the title in lower-case ASCII words joined by single dashes. */
export function newReportFileName(title: string, date: Date): string {
  return `${reportDate(date)}-${slug(title)}.md`;
}

/** Letters that decomposition does not reduce to ASCII. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function slug(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter]);
  let slug = '';
  for (const word of ascii.split(/[^a-z0-9]+/).filter(Boolean)) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > MAX_SLUG_LENGTH) {
      // Whole words only, unless the first word alone is too long.
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = longer;
  }
  // A title with no Latin letters or digits (emoji, CJK) still needs a name.
  return slug || 'postmortem';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A trailing ` #` would be read as the heading's closing sequence and dropped. */
function headingText(title: string): string {
  return title.replace(/(\s)(#+)$/, '$1\\$2');
}

/** Words YAML reads as booleans or null when written plain. */
const YAML_KEYWORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

/** A YAML scalar that reads back as exactly `value`: plain when that is safe, else double-quoted (JSON is valid YAML). */
function yamlString(value: string): string {
  return /^\p{L}[\p{L}\p{N} .,'()&/+-]*$/u.test(value) && !/\s$/.test(value) && !YAML_KEYWORDS.test(value) ? value : JSON.stringify(value);
}
