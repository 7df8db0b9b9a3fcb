import { formatOffset, zoneOffsetOf } from '../model';
import type { PostmortemModel } from '../model';
import { incidentDate } from '../model/analyze';
import { matchZoneAt } from '../model/timezones';
import type { Fix, Rule } from './rule';

export const timezoneMissing: Rule = {
  meta: {
    id: 'timezone-missing',
    description: 'The incident\'s times are given without a time zone.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const hasTimes = model.timeline.entries.some((e) => e.time) || model.summary.start !== null;
    if (!hasTimes || model.zones.length > 0) return [];
    const timeline = model.timeline.sections[0];
    const anchor = timeline?.heading.range ?? model.summary.start?.range ?? { start: 0, end: 0 };
    return [{
      range: anchor,
      message: 'No time zone is stated for the incident\'s times, so readers elsewhere cannot place them. Add it to the Timeline heading, e.g. `## Timeline (all times UTC)`.',
    }];
  },
  // The rule speaks only when the document states no zone at all, so the one zone to offer is
  // the user's `postmortem.defaultTimeZone`.
  fix(model, _diagnostic, context) {
    if (context.defaultTimeZone === null) return [];
    const setting = context.defaultTimeZone.trim();
    const zone = zoneAsWritten(model, setting);
    if (zone === null) return [];
    const named = zone === setting ? zone : `${zone} (${setting})`;
    const heading = model.timeline.sections[0]?.heading;
    if (heading) {
      return [fix(`Add ${named} to the Timeline heading`, heading.textRange.end, ` (${zone})`)];
    }
    const start = model.summary.start;
    return start ? [fix(`Add ${named} after ${start.time.raw}`, start.time.range.end, ` ${zone}`)] : [];
  },
};

function fix(title: string, at: number, newText: string): Fix {
  return { title, edits: [{ range: { start: at, end: at }, newText }], preferred: true };
}

/**
 * The zone as the report should state it: the setting itself when the model reads it (`UTC`,
 * `WAT`, `UTC+1`), else its offset on the incident's day (`Africa/Lagos` → `UTC+01:00`).
 */
function zoneAsWritten(model: PostmortemModel, setting: string): string | null {
  // An IANA name is written as its offset on the incident's day: read in a heading, it would count at its standard offset.
  const read = matchZoneAt(setting, 0, true);
  if (read && read.end === setting.length) return setting;
  const offset = zoneOffsetOf(setting, incidentDate(model.frontMatter?.data ?? null, model.timeline));
  return offset === null ? null : formatOffset(offset);
}
