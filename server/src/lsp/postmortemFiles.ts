// Which Markdown documents are postmortems: named like one, declared in front matter, or
// (with detection on) shaped like one.

import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import type { PostmortemModel } from '../model';
import type { ServerSettings } from './settings';

const matcherCache = new Map<string, (path: string) => boolean>();

function matcher(globs: string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let match = matcherCache.get(key);
  if (!match) {
    match = picomatch(globs, { nocase: true, dot: true });
    matcherCache.set(key, match);
  }
  return match;
}

/** Minimum number of different section kinds under real headings for a file to count as a postmortem. */
const DETECTION_MINIMUM_KINDS = 2;

/** What is known of an open document besides its text: `*.postmortem.md` files open as the `postmortem` language. */
export interface OpenDocument {
  uri: string;
  languageId: string;
}

export function isPostmortem(document: OpenDocument, model: PostmortemModel, settings: ServerSettings, workspaceFolders: string[]): boolean {
  if (document.languageId === 'postmortem') return true;
  if (model.frontMatter?.data?.type === 'postmortem') return true;
  if (matchesGlobs(document.uri, settings.files, workspaceFolders)) return true;
  if (!settings.detect) return false;
  const kinds = new Set(model.headings.filter((h) => h.depth !== null).flatMap((h) => h.kinds));
  return kinds.size >= DETECTION_MINIMUM_KINDS;
}

/** Globs are matched against the path inside its workspace folder and, for `**` globs, the whole path. */
export function matchesGlobs(uri: string, globs: string[], workspaceFolders: string[]): boolean {
  const parsed = URI.parse(uri);
  const path = parsed.path;
  const match = matcher(globs);
  const folder = workspaceFolders.map((f) => URI.parse(f).path.replace(/\/$/, '')).find((f) => path.startsWith(`${f}/`));
  if (folder && match(path.slice(folder.length + 1))) return true;
  return match(path.replace(/^\//, ''));
}
