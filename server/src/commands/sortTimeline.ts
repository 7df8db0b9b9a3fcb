// "Postmortem: Sort Timeline": the timeline-order quick fix, run whether or not the rule is on.

import type { PostmortemModel } from '../model';
import { fixesFor } from '../rules';
import type { TextEdit } from '../rules';
import { timelineOrder } from '../rules/timeline-order';

/**
 * The edits that sort every list, table and paragraph of the timeline chronologically
 * (stable, midnight- and date-aware, continuation lines kept with their entry); [] when the
 * timeline is in order, or when a sort would move an entry's lines out of its list item.
 */
export function sortTimeline(model: PostmortemModel): TextEdit[] {
  const finding = timelineOrder.check(model, { requiredSections: [] })[0];
  if (!finding) return [];
  const diagnostic = { rule: timelineOrder.meta.id, severity: timelineOrder.meta.defaultSeverity, ...finding };
  return fixesFor(model, diagnostic).find((f) => f.preferred)?.edits ?? [];
}
