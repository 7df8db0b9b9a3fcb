// What the editor commands compute, as offset-based edits and plain data: no protocol here.
// The server maps them onto `workspace/executeCommand` and `workspace/applyEdit`.

export { insertTimelineEntry } from './insertTimelineEntry';
export type { InsertedEntry } from './insertTimelineEntry';
export { sortTimeline } from './sortTimeline';
/** "Postmortem: Normalize Timestamps" is the "Normalize timeline times" refactoring. */
export { normalizeTimes as normalizeTimestamps } from '../refactorings';
export { plainTextSummary } from './plainTextSummary';
