// The CLI's view of one checked file: the JSON contract and the text lines.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatHHMM, formatOffset, timelineZoneOf } from '../model';
import type { PostmortemModel, TextRange } from '../model';
import type { Diagnostic } from '../rules';

export interface FileReport {
  file: string;
  title: string | null;
  sections: Array<{ kind: string; kinds: string[]; title: string; line: number }>;
  timeline: Array<{ line: number; time: string | null; date: string | null; day: number; text: string }>;
  timezone: string | null;
  window: { start: string | null; end: string | null } | null;
  statedDurationMinutes: number | null;
  actionItems: number;
  diagnostics: Array<{ rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
}

/** Lines and columns are 1-based; columns count UTF-16 code units, as LSP does. */
export function buildReport(file: string, text: string, model: PostmortemModel, diagnostics: Diagnostic[]): FileReport {
  const document = TextDocument.create('file:///report', 'markdown', 0, text);
  const lineOf = (offset: number) => document.positionAt(offset).line + 1;
  const span = (range: TextRange) => {
    const start = document.positionAt(range.start);
    const end = document.positionAt(range.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  const { start, end, duration } = model.summary;
  return {
    file,
    title: model.title?.text ?? null,
    sections: model.sections.map((s) => ({ kind: s.kinds[0], kinds: s.kinds, title: s.heading.text, line: lineOf(s.heading.range.start) })),
    timeline: model.timeline.entries.map((e) => ({
      line: lineOf(e.lineRange.start),
      time: e.time ? formatHHMM(e.time.minutes) : null,
      date: e.date ? [e.date.year === null ? '' : String(e.date.year).padStart(4, '0'), String(e.date.month).padStart(2, '0'), String(e.date.day).padStart(2, '0')].filter(Boolean).join('-') : null,
      day: e.dayOffset,
      text: e.text,
    })),
    // The zone a reader places the incident's times in: the timeline's when it states one.
    timezone: timezoneOf(model),
    window: start || end ? { start: start ? formatHHMM(start.time.minutes) : null, end: end ? formatHHMM(end.time.minutes) : null } : null,
    statedDurationMinutes: duration?.minutes ?? null,
    actionItems: model.actionItems.length,
    diagnostics: diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, ...span(d.range), message: d.message })),
  };
}

function timezoneOf(model: PostmortemModel): string | null {
  const zone = timelineZoneOf(model);
  return zone ? formatOffset(zone.offsetMinutes) : null;
}

export function textLines(report: FileReport): string[] {
  return report.diagnostics.map((d) => `${report.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
}
