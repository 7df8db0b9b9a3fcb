// Which language a report is written in, as far as section names go: one we have a table of
// names for, another we can tell but have no names for, or English when the text says little.

import { LANGUAGES, OTHER_LANGUAGES } from './sectionNames';

export interface ReportLanguage {
  /** ISO 639-1 code (`en`, `ja`, `it`). */
  code: string;
  /** Whether section names of this language are known; a report in another gets no section findings. */
  known: boolean;
}

/** Fewer common words than this, and the text says too little to tell: English is assumed. */
const MIN_EVIDENCE = 8;
/** How much of the text is read to tell its language: analysis runs on every keystroke. */
const SAMPLE_LENGTH = 20_000;
/** Letters of a script of its own (kana, Hangul) that make the report that language's. */
const MIN_SCRIPT_LETTERS = 10;

const commonWords = [...LANGUAGES, ...OTHER_LANGUAGES].flatMap((table) =>
  table.commonWords ? [{ code: table.code, words: new Set(table.commonWords.split(' ')) }] : [],
);
const scripts = [...LANGUAGES, ...OTHER_LANGUAGES].flatMap((table) => (table.script ? [{ code: table.code, script: new RegExp(table.script.source, 'gu') }] : []));

export function detectLanguage(text: string): ReportLanguage {
  // Code and links say nothing of the writer's language; the first pages say as much as the whole.
  const prose = text.slice(0, SAMPLE_LENGTH).replace(/```[\s\S]*?```|`[^`\n]*`|https?:\/\/\S+/g, ' ');
  for (const { code, script } of scripts) {
    if ((prose.match(script)?.length ?? 0) >= MIN_SCRIPT_LETTERS) return languageOf(code);
  }
  const counts = new Map<string, number>();
  for (const word of prose.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const { code, words } of commonWords) if (words.has(word)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = 'en';
  for (const [code, count] of counts) if (count > (counts.get(best) ?? 0)) best = code;
  return (counts.get(best) ?? 0) < MIN_EVIDENCE ? languageOf('en') : languageOf(best);
}

function languageOf(code: string): ReportLanguage {
  return { code, known: LANGUAGES.some((table) => table.code === code) };
}
