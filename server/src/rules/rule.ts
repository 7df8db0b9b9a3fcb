// What every rule is: metadata plus a check over the model. Rules never see the editor.

import type { PostmortemModel, SectionKind, TextRange } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Whether a quick fix can mend it mechanically. */
  fixable: boolean;
}

export interface RuleContext {
  requiredSections: readonly SectionKind[];
}

export interface RuleFinding {
  range: TextRange;
  message: string;
  /** A finding more or less serious than the rule's default (an unreadable time is an error). */
  severity?: Severity;
  /** What the rule's `fix` needs to know about this finding. */
  data?: Record<string, unknown>;
}

/** Replace `range` (offsets into the model's text) with `newText`. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

/** A mechanical repair of one diagnostic, as edits that touch only the text it names. */
export interface Fix {
  /** What the fix does, for the editor's lightbulb menu (`Write 5:14 PM`). */
  title: string;
  edits: TextEdit[];
  /** The obvious repair, applied by "Fix all" and offered first. */
  preferred: boolean;
}

export interface FixContext {
  /** `postmortem.defaultTimeZone`, used when the document names no zone; null when unset. */
  defaultTimeZone: string | null;
}

export interface Rule {
  meta: RuleMeta;
  check(model: PostmortemModel, context: RuleContext): RuleFinding[];
  /** Present exactly when `meta.fixable`: the repairs of one of this rule's diagnostics on `model`. */
  fix?(model: PostmortemModel, diagnostic: Diagnostic, context: FixContext): Fix[];
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: TextRange;
  data?: Record<string, unknown>;
}

/** What a report must have when neither its front matter nor the settings say otherwise: the student template's sections. */
export const DEFAULT_REQUIRED_SECTIONS: readonly SectionKind[] = ['summary', 'timeline', 'root_cause', 'resolution', 'action_items'];

export const SECTION_TITLES: Record<SectionKind, string> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  root_cause: 'Root Cause',
  trigger: 'Trigger',
  resolution: 'Resolution',
  detection: 'Detection',
  action_items: 'Action Items',
  lessons_learned: 'Lessons Learned',
};

/** `“text”` cut to a readable length for messages. */
export function quote(text: string, max = 60): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return `“${single.length > max ? `${single.slice(0, max - 1)}…` : single}”`;
}
