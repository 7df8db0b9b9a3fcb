// The rule set and how a configuration applies to it.

import type { PostmortemModel, SectionKind } from '../model';
import { analyze, SECTION_KINDS } from '../model';
import { durationMismatch } from './duration-mismatch';
import { emptySection } from './empty-section';
import { fileTooLarge } from './file-too-large';
import { frontMatterInvalid } from './front-matter-invalid';
import { headingLevel } from './heading-level';
import { missingSection } from './missing-section';
import { mojibake } from './mojibake';
import { pseudoHeading } from './pseudo-heading';
import { applyEdits, editsOverlap } from './edits';
import type { Diagnostic, Fix, FixContext, Rule, Severity, TextEdit } from './rule';
import { DEFAULT_REQUIRED_SECTIONS } from './rule';
import { summaryIncomplete } from './summary-incomplete';
import { timelineMissingEvent } from './timeline-missing-event';
import { timelineMissingTime } from './timeline-missing-time';
import { timelineNotList } from './timeline-not-list';
import { timelineOrder } from './timeline-order';
import { timestampFormat } from './timestamp-format';
import { timezoneInconsistent } from './timezone-inconsistent';
import { timezoneMissing } from './timezone-missing';
import { windowMismatch } from './window-mismatch';

export type { Diagnostic, Fix, FixContext, Rule, RuleMeta, Severity, TextEdit } from './rule';
export { applyEdits } from './edits';
export { DEFAULT_REQUIRED_SECTIONS } from './rule';

export const RULES: readonly Rule[] = [
  missingSection,
  emptySection,
  pseudoHeading,
  headingLevel,
  timelineNotList,
  timelineOrder,
  timestampFormat,
  timelineMissingTime,
  timelineMissingEvent,
  timezoneMissing,
  timezoneInconsistent,
  windowMismatch,
  durationMismatch,
  summaryIncomplete,
  mojibake,
  frontMatterInvalid,
  fileTooLarge,
];

export type RuleSetting = Severity | 'off';

export interface LintConfig {
  /** Per rule id: a severity that replaces the rule's own, or `off`. */
  rules: Record<string, RuleSetting>;
  requiredSections: readonly SectionKind[];
}


export const DEFAULT_CONFIG: LintConfig = { rules: {}, requiredSections: DEFAULT_REQUIRED_SECTIONS };

/** The settings users may give a rule, as the settings schema and README document them. */
const SETTINGS: readonly string[] = ['off', 'information', 'warning', 'error'];

/** Checks a user's configuration; what is wrong in it is reported, never silently dropped. */
export function readConfig(raw: { rules?: unknown; requiredSections?: unknown }): { config: LintConfig; problems: string[] } {
  const problems: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  if (raw.rules !== undefined && raw.rules !== null) {
    if (typeof raw.rules !== 'object' || Array.isArray(raw.rules)) problems.push('`rules` must be an object of rule id to severity.');
    else {
      for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (!RULES.some((r) => r.meta.id === id)) problems.push(`Unknown rule \`${id}\`; known rules: ${RULES.map((r) => r.meta.id).join(', ')}.`);
        else if (typeof setting !== 'string' || !SETTINGS.includes(setting)) problems.push(`Rule \`${id}\`: \`${typeof setting === 'string' ? setting : JSON.stringify(setting)}\` is not one of ${SETTINGS.join(', ')}.`);
        else rules[id] = setting as RuleSetting;
      }
    }
  }
  let requiredSections = DEFAULT_REQUIRED_SECTIONS;
  if (raw.requiredSections !== undefined && raw.requiredSections !== null) {
    if (!Array.isArray(raw.requiredSections)) problems.push('`requiredSections` must be a list of section kinds.');
    else {
      const unknown = raw.requiredSections.filter((k) => !(SECTION_KINDS as readonly unknown[]).includes(k));
      if (unknown.length) problems.push(`Unknown section kinds in \`requiredSections\`: ${unknown.join(', ')}; known kinds: ${SECTION_KINDS.join(', ')}.`);
      requiredSections = raw.requiredSections.filter((k): k is SectionKind => (SECTION_KINDS as readonly unknown[]).includes(k));
    }
  }
  return { config: { rules, requiredSections }, problems };
}

/** Runs every enabled rule over the model; diagnostics come sorted by position. */
export function lint(model: PostmortemModel, config: LintConfig = DEFAULT_CONFIG): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    if (model.tooLarge && rule !== fileTooLarge) continue;
    for (const finding of rule.check(model, { requiredSections: config.requiredSections })) {
      diagnostics.push({
        rule: rule.meta.id,
        severity: setting ?? finding.severity ?? rule.meta.defaultSeverity,
        message: finding.message,
        range: finding.range,
        ...(finding.data ? { data: finding.data } : {}),
      });
    }
  }
  return diagnostics.sort((a, b) => a.range.start - b.range.start || a.rule.localeCompare(b.rule));
}

export const DEFAULT_FIX_CONTEXT: FixContext = { defaultTimeZone: null };

/** The repairs the diagnostic's rule offers on this model (none for rules that are not fixable). */
export function fixesFor(model: PostmortemModel, diagnostic: Diagnostic, context: FixContext = DEFAULT_FIX_CONTEXT): Fix[] {
  const rule = RULES.find((r) => r.meta.id === diagnostic.rule);
  return rule?.fix ? rule.fix(model, diagnostic, context) : [];
}

/** Rounds of "Fix all" before it gives up on fixes that keep producing work. */
const MAX_FIX_ROUNDS = 10;

/**
 * Applies the preferred fix of every diagnostic. One fix can move or replace another's text
 * (sorting a timeline moves the entries a time fix points at), so each round applies only
 * fixes that do not overlap, then reads the document again, until nothing is left to fix.
 */
export function fixAll(text: string, config: LintConfig = DEFAULT_CONFIG, context: FixContext = DEFAULT_FIX_CONTEXT, analysed?: PostmortemModel): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    // The caller's model of `text` saves the first parse: when nothing is fixable, there is no other.
    const model = round === 0 && analysed?.text === text ? analysed : analyze(current);
    const chosen: TextEdit[] = [];
    let applied = 0;
    for (const diagnostic of lint(model, config)) {
      const fix = fixesFor(model, diagnostic, context).find((f) => f.preferred);
      if (!fix || fix.edits.some((edit) => chosen.some((other) => editsOverlap(edit, other)))) continue;
      chosen.push(...fix.edits);
      applied++;
    }
    if (applied === 0) break;
    const next = applyEdits(current, chosen);
    if (next === current) break;
    current = next;
    fixed += applied;
  }
  return { text: current, fixed };
}
