// What the editor commands compute, as offset-based edits and plain data: no protocol here.
// The server maps them onto `workspace/executeCommand` and `workspace/applyEdit`.

export { insertTimelineEntry } from './insertTimelineEntry';
export type { InsertedEntry } from './insertTimelineEntry';
