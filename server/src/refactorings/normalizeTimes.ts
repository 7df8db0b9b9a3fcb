// "Normalize timeline times": every timeline time written the way most of them are.

import { dominantTimeStyle, formatTime } from '../model';
import type { ClockTime, PostmortemModel, TimeStyle } from '../model';
import type { TextEdit } from '../rules';
import { rewriteTime } from '../rules/time-edits';

/**
 * One edit per timeline time that differs from the timeline's dominant style (the one
 * timestamp-format holds entries to), each replacing only the time text; [] when none differs.
 */
export function normalizeTimes(model: PostmortemModel): TextEdit[] {
  const times = model.timeline.entries.flatMap((e) => (e.time ? [e.time] : []));
  const style = dominantTimeStyle(times);
  const edits: TextEdit[] = [];
  for (const time of times) {
    if (followsStyle(time, style)) continue;
    const written = formatTime(time, style);
    if (written !== time.raw) edits.push(rewriteTime(model.text, time.range, written));
  }
  return edits;
}

/**
 * Whether a time is written as the style says in everything the style records. What it does
 * not record (`0930`, `10am`, `p.m.`) is the writer's choice and stays.
 */
function followsStyle(time: ClockTime, style: TimeStyle): boolean {
  if (time.problems.length > 0 || (time.meridiem ? '12h' : '24h') !== style.clock) return false;
  // Only an hour below 10 shows its padding (`09:30`, `9:30`).
  const padVisible = time.hourMinuteSeparator !== null && /^0?\d\D/.test(time.raw);
  if (padVisible && /^0\d/.test(time.raw) !== style.padHour) return false;
  if (!time.meridiem || !time.meridiemText) return true;
  return time.spaceBeforeMeridiem === style.spaceBeforeMeridiem && (time.meridiemText === time.meridiemText.toLowerCase()) === style.lowerCaseMeridiem;
}
