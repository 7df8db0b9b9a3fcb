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
