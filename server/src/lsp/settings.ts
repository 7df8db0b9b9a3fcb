// The `postmortem.*` settings as the server uses them, checked and defaulted.

import { zoneOffsetOf } from '../model';
import { DEFAULT_REQUIRED_SECTIONS, readConfig } from '../rules';
import type { LintConfig } from '../rules';

export const DEFAULT_FILE_GLOBS = ['**/*postmortem*.md', '**/*post-mortem*.md', '**/*incident*.md', '**/postmortems/**/*.md', '**/0x19-postmortem/**/*.md'];

export interface ServerSettings {
  files: string[];
  detect: boolean;
  lint: LintConfig;
  /** The zone to assume when a document names none (`UTC`, `WAT`, `Africa/Lagos`); null when unset. */
  defaultTimeZone: string | null;
  inlayHints: { elapsed: boolean };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  files: DEFAULT_FILE_GLOBS,
  detect: true,
  lint: { rules: {}, requiredSections: DEFAULT_REQUIRED_SECTIONS },
  defaultTimeZone: null,
  inlayHints: { elapsed: false },
};

/** Reads the `postmortem` settings section; problems are returned for the user to see. */
export function readSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  if (typeof raw !== 'object' || raw === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  const section = raw as Record<string, unknown>;
  const problems: string[] = [];
  let files = DEFAULT_FILE_GLOBS;
  if (section.files !== undefined && section.files !== null) {
    if (Array.isArray(section.files) && section.files.every((g) => typeof g === 'string')) files = section.files as string[];
    else problems.push('`postmortem.files` must be a list of glob patterns.');
  }
  let defaultTimeZone: string | null = null;
  if (typeof section.defaultTimeZone === 'string' && section.defaultTimeZone.trim() !== '') {
    if (zoneOffsetOf(section.defaultTimeZone, null) === null) problems.push(`\`postmortem.defaultTimeZone\`: \`${section.defaultTimeZone}\` is not a time zone this extension knows (use an abbreviation such as UTC or WAT, an offset such as UTC+1, or an IANA name such as Africa/Lagos).`);
    else defaultTimeZone = section.defaultTimeZone.trim();
  }
  const inlayHintSettings = section.inlayHints as { elapsed?: unknown } | undefined;
  const { config, problems: lintProblems } = readConfig({ rules: section.rules, requiredSections: section.requiredSections });
  return {
    settings: {
      files,
      detect: section.detect === undefined ? true : section.detect !== false,
      lint: config,
      defaultTimeZone,
      inlayHints: { elapsed: inlayHintSettings?.elapsed === true },
    },
    problems: [...problems, ...lintProblems.map((p) => `postmortem settings: ${p}`)],
  };
}
