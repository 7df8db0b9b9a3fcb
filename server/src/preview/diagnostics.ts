// The problems the preview lists and flags on the timeline.

import type { Diagnostic, Severity } from '../rules';
import { LineIndex } from './markup';

export interface PreviewDiagnostic {
  /** 0-based line where the problem starts. */
  line: number;
  severity: Severity;
  message: string;
  rule: string;
}

/** The rules' diagnostics (offsets into `text`) as the preview shows them, in document order. */
export function toPreviewDiagnostics(text: string, diagnostics: readonly Diagnostic[]): PreviewDiagnostic[] {
  const lines = new LineIndex(text);
  return diagnostics
    .map((d) => ({ line: lines.lineAt(d.range.start), severity: d.severity, message: d.message, rule: d.rule }))
    .sort((a, b) => a.line - b.line);
}
