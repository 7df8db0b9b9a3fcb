// Rewriting a clock time where it stands: shared by the timestamp-format fix and the
// time refactorings, so both touch exactly the same text.

import type { TextRange } from '../model';
import type { TextEdit } from './rule';

/** The unit a four-digit time may carry (`2130hrs`, `0930 h`), as the timeline reader skips it. */
const FOUR_DIGIT_UNIT = /^\s?(?:hrs|hours|h)\b/;

/**
 * Writes `newText` in place of the time at `range` (the time's own range, as the model gives
 * it); the unit after `2130hrs` goes with it, or `9:30 PMhrs` would remain.
 */
export function rewriteTime(text: string, range: TextRange, newText: string): TextEdit {
  let end = range.end;
  if (/^\d{4}$/.test(text.slice(range.start, end))) end += FOUR_DIGIT_UNIT.exec(text.slice(end, end + 7))?.[0].length ?? 0;
  return { range: { start: range.start, end }, newText };
}
