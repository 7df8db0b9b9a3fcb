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
  /** What a quick fix needs to know, for later. */
  data?: Record<string, unknown>;
}

export interface Rule {
  meta: RuleMeta;
  check(model: PostmortemModel, context: RuleContext): RuleFinding[];
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: TextRange;
  data?: Record<string, unknown>;
}

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
