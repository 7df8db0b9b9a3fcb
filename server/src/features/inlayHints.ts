// Inlay hints: `T+12m` after each timeline entry's time, the time since the incident start.
// Whether they show at all (`postmortem.inlayHints.elapsed`) is the server's decision.

import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatHHMM, formatSincePrevious, formatSinceStart, incidentMetrics } from '../model';
import type { PostmortemModel, TimelineEntry } from '../model';
import { CLOSING_MARKS } from '../model/timeline';

export function inlayHints(document: TextDocument, model: PostmortemModel, range: Range): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const metrics = incidentMetrics(model);
  const start = metrics.start;
  const hints: InlayHint[] = [];
  model.timeline.entries.forEach((entry, index) => {
    const { sinceStart, sincePrevious, previousIndex } = metrics.entries[index];
    if (!entry.time || sinceStart === null || !start) return;
    const at = hintOffset(model.text, entry);
    if (at < from || at > to) return;
    const tooltip = [`${formatSinceStart(sinceStart)}: since the incident start (${formatHHMM(start.absoluteMinutes)})`];
    const previous = previousIndex === null ? null : model.timeline.entries[previousIndex].time;
    if (previous && sincePrevious !== null) tooltip.push(`${formatSincePrevious(sincePrevious)} after the previous entry (${formatHHMM(previous.minutes)})`);
    hints.push({ position: document.positionAt(at), label: formatSinceStart(sinceStart), paddingLeft: true, tooltip: tooltip.join('\n') });
  });
  return hints;
}

/** Right after the time, or its zone, with the marks that close around them: the hint must not land inside `**…**` or `(…)`. */
function hintOffset(text: string, entry: TimelineEntry): number {
  const end = Math.max(entry.time!.range.end, entry.zone?.range.end ?? 0);
  const lineEnd = entry.lineRange.end;
  return end + (CLOSING_MARKS.exec(text.slice(end, lineEnd))?.[0].length ?? 0);
}
