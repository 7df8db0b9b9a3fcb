// Code lens: the incident's figures above the Timeline heading, opening the preview.

import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMetricsLine, incidentMetrics } from '../model';
import type { PostmortemModel } from '../model';

/** Run by the lens; the client decides what it shows (the preview, or until then the summary). */
export const SHOW_PREVIEW_COMMAND = 'postmortem.showPreview';

/** One lens on the (first) Timeline heading: `Duration 2h 12m · detected T+5m · … · 9 entries`; none without a timeline. */
export function codeLenses(document: TextDocument, model: PostmortemModel): CodeLens[] {
  const timeline = model.timeline.sections[0];
  if (!timeline) return [];
  const title = formatMetricsLine(incidentMetrics(model));
  const { heading } = timeline;
  // The words' end: a setext heading's range runs over its underline, the lens belongs on the first line.
  const range = { start: document.positionAt(heading.range.start), end: document.positionAt(heading.textRange.end) };
  return [{ range, command: { title, command: SHOW_PREVIEW_COMMAND, arguments: [document.uri] } }];
}
