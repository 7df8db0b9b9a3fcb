// Applying a rule's edits to a text: the one place that decides what overlapping edits mean.

import type { TextEdit } from './rule';

/** The text with every edit applied; edits must not overlap (touching ends are fine). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let result = '';
  let copiedUpTo = 0;
  for (const edit of ordered) {
    if (edit.range.start < copiedUpTo) throw new Error(`Overlapping edits at offset ${edit.range.start}`);
    result += text.slice(copiedUpTo, edit.range.start) + edit.newText;
    copiedUpTo = edit.range.end;
  }
  return result + text.slice(copiedUpTo);
}

/** Whether two edits' ranges share text, or both insert at the same place. */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === a.range.end && b.range.start === b.range.end) return a.range.start === b.range.start;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}
