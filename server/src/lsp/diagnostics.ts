// Rule diagnostics as LSP diagnostics: the rule id is the code, linked to its README entry.

import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Severity } from '../rules';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostics(document: TextDocument, diagnostics: Diagnostic[], ruleDocumentation: (rule: string) => string): LspDiagnostic[] {
  return diagnostics.map((d) => ({
    range: { start: document.positionAt(d.range.start), end: document.positionAt(d.range.end) },
    severity: SEVERITIES[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocumentation(d.rule) },
    source: 'postmortem',
    message: d.message,
    ...(d.data ? { data: d.data } : {}),
  }));
}
