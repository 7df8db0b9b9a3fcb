// Requests of our own between the client and the server, beyond standard LSP. Both sides
// import these names and shapes, so they cannot drift apart.

/** What the status bar shows for a document: null when it is not a postmortem. */
export const STATUS_REQUEST = 'postmortem/status';

export interface StatusParams {
  uri: string;
}

export interface StatusResult {
  /** `2h 12m`, or null when the report does not tell. */
  duration: string | null;
  problems: number;
}

/**
 * Commands the server runs (`workspace/executeCommand`), all taking the document's URI first.
 * Their ids differ from the client's palette commands because vscode-languageclient registers
 * a VS Code command under each id the server lists.
 */
export const SERVER_COMMANDS = {
  /** `[uri, position]`: inserts an entry; returns `InsertedEntryResult`. */
  insertTimelineEntry: 'postmortem.server.insertTimelineEntry',
  /** `[uri]`: returns `EditResult`. */
  sortTimeline: 'postmortem.server.sortTimeline',
  normalizeTimestamps: 'postmortem.server.normalizeTimestamps',
  fixAll: 'postmortem.server.fixAll',
  /** `[uri]`: returns `SummaryTextResult`. */
  copySummary: 'postmortem.server.copySummary',
} as const;

/** Null from any command means the document is not an open postmortem. */
export interface EditResult {
  /** False when there was nothing to change. */
  changed: boolean;
}

export interface InsertedEntryResult {
  /** The new entry's time, in the document after the edit: selected, so typing replaces it. */
  selection: { start: { line: number; character: number }; end: { line: number; character: number } };
  /**
   * True when the entry went in as a snippet edit: the editor's snippet mode already holds the
   * time and then the event as tab stops, so the client leaves the selection alone.
   */
  snippet: boolean;
}

export interface SummaryTextResult {
  text: string;
}
