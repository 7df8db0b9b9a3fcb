// Refactorings: code actions that rewrite the timeline without a diagnostic asking for it.

import type { PostmortemModel } from '../model';
import type { TextEdit } from '../rules';
import { convertTimeline } from './convertTimeline';
import { normalizeTimes } from './normalizeTimes';

export { convertTimeline } from './convertTimeline';
export type { TimelineShape } from './convertTimeline';
export { normalizeTimes } from './normalizeTimes';

const REFACTORING_TITLES = {
  toTable: 'Convert timeline to a table',
  toList: 'Convert timeline to a list',
  normalizeTimes: 'Normalize timeline times',
} as const;

export interface Refactoring {
  title: string;
  edits: TextEdit[];
}

/**
 * The refactorings that change something at `offset`: converting the timeline list or table
 * there, and, anywhere in a timeline section, normalizing its times.
 */
export function refactoringsAt(model: PostmortemModel, offset: number): Refactoring[] {
  const refactorings: Refactoring[] = [];
  const toTable = convertTimeline(model, offset, 'table');
  if (toTable) refactorings.push({ title: REFACTORING_TITLES.toTable, edits: toTable });
  const toList = convertTimeline(model, offset, 'list');
  if (toList) refactorings.push({ title: REFACTORING_TITLES.toList, edits: toList });
  if (model.timeline.sections.some((s) => s.range.start <= offset && offset <= s.range.end)) {
    const normalized = normalizeTimes(model);
    if (normalized.length) refactorings.push({ title: REFACTORING_TITLES.normalizeTimes, edits: normalized });
  }
  return refactorings;
}
