// Text in, postmortem model out. Pure: no editor, no protocol, no I/O.

import { readActionItems } from './actionItems';
import { readFrontMatter } from './frontMatter';
import { detectLanguage } from './language';
import { parseMarkdown, rangeOf } from './markdown';
import { findTimeMentions } from './mentions';
import { findMojibake } from './mojibake';
import { buildSections, findHeadings, findTitle } from './sections';
import { readSummaryClaims } from './summary';
import { buildTimeline } from './timeline';
import type { PostmortemModel } from './types';
import { collectZones, pickIncidentZone } from './zones';

/**
 * Larger texts are not postmortems, and remark needs about 2 ms per KB: parsing half a
 * megabyte already takes a second, too long to repeat on every keystroke.
 */
export const MAX_ANALYSED_LENGTH = 500_000;

export function analyze(text: string): PostmortemModel {
  if (text.length > MAX_ANALYSED_LENGTH) return emptyModel(text, { size: text.length, limit: MAX_ANALYSED_LENGTH });
  const root = parseMarkdown(text);
  const frontMatter = readFrontMatter(text, root);
  const headings = findHeadings(text, root);
  const sections = buildSections(text, root, headings);
  const timeline = buildTimeline(text, root, sections);
  const entryTimes = timeline.entries.flatMap((e) => (e.time ? [e.time.range] : e.invalidTime ? [e.invalidTime.range] : []));
  const timeMentions = findTimeMentions(text, root, entryTimes);
  const summary = readSummaryClaims(text, sections, timeMentions);
  const zones = collectZones(frontMatter, timeline, timeMentions, summary.ranges, incidentDate(frontMatter?.data ?? null, timeline));
  return {
    text,
    title: findTitle(headings),
    headings,
    sections,
    timeline,
    timeMentions,
    invalidTimes: timeline.entries.flatMap((e) => (e.invalidTime ? [e.invalidTime] : [])),
    zones,
    incidentZone: pickIncidentZone(zones),
    summary,
    frontMatter,
    actionItems: readActionItems(text, root, sections),
    mojibake: findMojibake(text),
    language: detectLanguage(text),
    tables: root.children.flatMap((block) => (block.type === 'table' ? [rangeOf(block)!] : [])),
    root,
    tooLarge: null,
  };
}

/**
 * The day the incident happened, for zones whose offset depends on the date (`Europe/Berlin`);
 * null when the report gives no date (such zones then count at their standard offset).
 */
export function incidentDate(frontMatter: Record<string, unknown> | null, timeline: PostmortemModel['timeline']): Date | null {
  const stated = frontMatter?.date;
  if (stated instanceof Date) return stated;
  if (typeof stated === 'string' && !Number.isNaN(Date.parse(stated))) return new Date(stated);
  const dated = timeline.entries.find((e) => e.date?.year);
  if (dated?.date?.year) return new Date(Date.UTC(dated.date.year, dated.date.month - 1, dated.date.day));
  return null;
}

function emptyModel(text: string, tooLarge: PostmortemModel['tooLarge']): PostmortemModel {
  return {
    text,
    title: null,
    headings: [],
    sections: [],
    timeline: { sections: [], entries: [], tables: [], zone: null, headingZones: [] },
    timeMentions: [],
    invalidTimes: [],
    zones: [],
    incidentZone: null,
    summary: { ranges: [], start: null, end: null, duration: null, impacts: [], mentionsRootCause: false },
    frontMatter: null,
    actionItems: [],
    mojibake: [],
    language: { code: 'en', known: true },
    tables: [],
    root: { type: 'root', children: [] },
    tooLarge,
  };
}
