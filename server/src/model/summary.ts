// What the summary claims: when the incident started and ended, how long it lasted,
// whom it hit, and whether it names the root cause.

import { linesIn } from './markdown';
import { readDateAt } from './times';
import type { CalendarDate, DurationClaim, ImpactClaim, Section, SummaryClaims, TextRange, TimeClaim, TimeMention } from './types';

/** Between a window's two times: `to`, `-`, `until`, with closing and opening marks around it; a date of the end may follow. */
const WINDOW_CONNECTOR = /^[\s*_,)]*(?:to|until|till|through|thru|and|-|–|—)[\s*_(]*/i;
/** Just before an end time, with its date left out: `until`, `resolved at`, `End Time:`, `restored by`. */
const END_CUE = /(?:until|till|ended at|ending at|resolved at|restored at|recovered at|back online at|fixed at|mitigated at|by|\bend(?:ed|ing)?(?:[\s_-]*(?:time|date))?\s*[:=-]|\b(?:resolved|restored|recovered|fixed|mitigated)\s*:)[\s*_]*\(?\s*$/i;
/** Just before a start time, with its date left out: `Start Time:`, `began at`, `started at`, `since`. */
const START_CUE = /(?:\bstart(?:ed|ing)?(?:[\s_-]*(?:time|date))?\s*(?:[:=-]|\bat\b|\bon\b)|\bbegan(?:\s+(?:at|on))?|\bbeginning(?:\s+at)?|\bsince|\bfrom)[\s*_]*\(?\s*$/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const AMOUNT = String.raw`(?<amount>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?)`;
/** Units, with their length in minutes in `UNIT_MINUTES`. */
const UNIT = String.raw`(?<unit>hours?|hrs?|h|minutes?|mins?|m|days?|weeks?)`;
const APPROXIMATE = String.raw`(?<approximate>(?:about|approximately|approx\.?|around|roughly|nearly|almost|over|just over|more than|less than|under)\s+|~\s*)`;
/**
 * `about 2 hours`, `37 minutes`, `2 hours and 10 minutes`, `1h 30m`, `2 and a half hours`, `an hour
 * and a half`, `10 hrs`, `~1hr`, `two weeks`: an amount, its unit, and a half or minutes more.
 */
const AMOUNT_PHRASE = String.raw`${APPROXIMATE}?${AMOUNT}(?<halfBefore>\s+and\s+(?:a\s+)?half)?\s*${UNIT}\b(?<halfAfter>\s+and\s+a\s+half)?(?:,?\s*(?:and\s+)?(?<extra>\d+)\s*(?<extraUnit>minutes?|mins?|m)\b)?`;
/** Words that only ever give the incident's length: `lasted 37 minutes`, `Duration: 2 hours`, `an outage of 2 hours`. */
const STATED_DURATION = new RegExp(
  String.raw`\b(?:lasted|lasting|duration(?:\s+of)?|spann(?:ed|ing)|totall?ing|(?:a\s+)?total\s+of|(?:outage|downtime|disruption|interruption|degradation|unavailability)\s+of)(?:\s+for)?[*_]*\s*:?[*_]*\s+(?:a total of\s+)?` +
    AMOUNT_PHRASE,
  'dgi',
);
/** `down for 2 hours`, `took 2 hours`: the incident's length only when the sentence is about the incident (see `INCIDENT_WORDS`). */
const CONTEXTUAL_DURATION = new RegExp(String.raw`\b(?:for|took)\s+` + AMOUNT_PHRASE, 'dgi');
/** `45 minutes of downtime`, `2 hours of degraded service`. */
const DURATION_OF_OUTAGE = new RegExp(AMOUNT_PHRASE + String.raw`\s+of\s+(?:downtime|outage|disruption|unavailability|degraded (?:service|performance)|errors)\b`, 'dgi');
/** `11:00 - 12:20 UTC (1 hour 20 minutes)`: a length in parentheses right after the window. */
const WINDOW_LENGTH = new RegExp(String.raw`\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z][A-Za-z]{1,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*[.,]?\s*\(\s*` + AMOUNT_PHRASE + String.raw`\s*\)`, 'dgi');
/** `a 45-minute outage`; not `5-minute intervals` or `a 10-minute window`. */
const ADJECTIVE_DURATION = new RegExp(String.raw`\b(\d+)[-\s](hour|minute)\s+(?:outage|downtime|incident|disruption|interruption|degradation)\b`, 'gi');
/** `約12分間`, `2時間`, `継続時間: 約12分`: Japanese lengths, with 間 (a span) or under a duration label. */
const JAPANESE_DURATION = /(?<label>(?:継続|所要|影響|停止|障害)時間[*_]*\s*[:：][^\n(（]*?[(（]?\s*)?(?<approximate>約)?(?<amount>\d+(?:\.\d+)?)\s*(?<unit>時間|分)(?:(?<extra>\d+)分)?(?<span>間)?/dg;
const UNIT_MINUTES: Record<string, number> = { h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, 時間: 60, m: 1, min: 1, mins: 1, minute: 1, minutes: 1, 分: 1, day: 1440, days: 1440, week: 10080, weeks: 10080 };

/** What makes `for 2 hours` the incident's length: the sentence says something was down, failing or hit. */
const INCIDENT_WORDS = /\b(?:down|offline|flaky|intermittent\w*|unstable|unreliable|unavailable|unreachable|inaccessible|outages?|incident|downtime|disrupt\w*|degraded|interrupt\w*|impacted|affected|fail\w*|errors?|broken|crash\w*|unable|could(?:n't|n’t| not)|can(?:'t|’t|not)|not (?:load|work|respond|reachable|available)|stopped|timed out|timing out|slow|stalled|hung|lost)\b/i;
/** A verb before `for` that makes the span something else's: `cached for 5 minutes`, `retried for 10 minutes`. */
const OTHER_SPAN_BEFORE = /\b(?:cached|stored|kept|retained|retr(?:y|ies|ied)|wait(?:s|ed)?|sleeps?|slept|paused|valid|expires?|expired|lives?|lived|runs?|ran|scheduled|set|configured|polled|held)\s*$/i;

const IMPACT = /\d+(?:\.\d+)?\s?%|\b(?:users?|customers?|clients?|requests?|traffic|visitors?|orders?|transactions?|payments?|logins?|searches|pages|affected|impacted|impact|unavailable|outage|downtime|timed out|failed|errors?)\b/i;
/**
 * Words that say what caused the incident, followed by the cause (`caused by X`, `traced it to
 * X`, `the culprit was X`, `the issue was X`); the summary mentions the root cause when one of
 * them, or of `CAUSE_BEFORE`, is there. `the issue was` needs the cause after it, so that
 * `the issue was detected` or `resolved` is no cue.
 */
export const ROOT_CAUSE = new RegExp(
  String.raw`\b(?:root[\s-]?cause|caused by|the cause|because|due to|triggered by|introduced by|attributed to|as a result of|(?:was|were) the (?:direct )?result of|` +
    String.raw`stem(?:med|s|ming) from|result(?:ed|ing) from|originat(?:ed|ing) (?:in|from)|traced\s+(?:[\w'’-]+\s+){0,6}?(?:back\s+)?to(?!\s+(?:find|see|identify|understand|determine|confirm|check)\b)|the culprit (?:was|is)|` +
    String.raw`the (?:issue|problem) (?:was|is)(?:\s+that|(?=\s+(?:an?|the|in|with|our|its|their)\b)))\b`,
  'i',
);
/**
 * The cause named before the cue: `A config push caused the outage`, `a typo was the culprit`.
 * Not `this has caused issues`, `caused no data loss` or `the inconvenience caused to users`,
 * which say what the incident did, not what set it off.
 */
const CAUSE_BEFORE = /(?<!\b(?:this|it|that|which|has|have|had|may|might|could|would|inconvenience|disruption)\s+)\bcaused\s+(?!(?:no|nothing|little|minimal|any|to)\b)\w|\bwas the (?:main |real |likely )?culprit\b/i;

export function readSummaryClaims(text: string, sections: Section[], mentions: TimeMention[]): SummaryClaims {
  const summarySections = sections.filter((s) => s.kinds.includes('summary'));
  const ranges: TextRange[] = summarySections.length
    ? summarySections.map((s) => s.contentRange)
    : [{ start: 0, end: sections[0]?.range.start ?? text.length }].filter((r) => r.end > r.start);
  const inSummary = mentions.filter((m) => ranges.some((r) => m.range.start >= r.start && m.range.end <= r.end));
  const { start, end } = readWindow(text, inSummary);
  const impactSections = sections.filter((s) => s.kinds.includes('impact'));
  return {
    ranges,
    start,
    end,
    duration: readDuration(text, ranges),
    impacts: readImpacts(text, [...ranges, ...impactSections.map((s) => s.contentRange)]),
    mentionsRootCause: ranges.some((r) => namesCause(text.slice(r.start, r.end))),
  };
}

function namesCause(source: string): boolean {
  return ROOT_CAUSE.test(source) || CAUSE_BEFORE.test(source);
}

function claim(text: string, mention: TimeMention, zoneFrom: TimeMention | null): TimeClaim {
  return { time: mention.time, zone: mention.zone ?? zoneFrom?.zone ?? null, range: mention.range, date: dateBefore(text, mention) };
}

/** The date written just before a time (`Aug 19, 2024 6:00 AM`, `2024-06-20 14:00`), or null. */
function dateBefore(text: string, mention: TimeMention): CalendarDate | null {
  const from = Math.max(0, mention.range.start - 40);
  const before = text.slice(from, mention.range.start);
  // The time's first character ends the text, so a date right before it reads as followed by its time.
  const withTime = text.slice(from, mention.range.start + 1);
  for (let i = 0; i < before.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(before[i - 1])) continue;
    const read = readDateAt(withTime, i, from);
    if (read && read.next === before.length) return read.date;
  }
  return null;
}

/** Where the text before `mention` ends, its date (and the marks around it) left out. */
function cueText(text: string, mention: TimeMention, after: number): string {
  const before = text.slice(Math.max(after, mention.range.start - 80), mention.range.start);
  const date = dateBefore(text, mention);
  // A date we cannot read (`03, 14, 2024,`) is figures and commas all the same.
  return (date ? before.slice(0, Math.max(0, before.length - (mention.range.start - date.range.start))) : before).replace(/[\s\d,./-]*$/, ' ');
}

/**
 * The stated window: two times joined as one (`From 11:36 PM to 01:48 AM EAT`, `between 10:00
 * and 10:22`, `Aug 12, 6:00 AM - Aug 19, 6:00 AM`); else times labelled as the start and end
 * (`Start Time: ...`, `End Time: ...`, `began at`, `resolved by`); else the first time, and an
 * end named as one.
 */
function readWindow(text: string, mentions: TimeMention[]): { start: TimeClaim | null; end: TimeClaim | null } {
  for (let i = 0; i + 1 < mentions.length; i++) {
    if (joinsWindow(text.slice(mentions[i].range.end, mentions[i + 1].range.start))) {
      return { start: claim(text, mentions[i], mentions[i + 1]), end: claim(text, mentions[i + 1], mentions[i]) };
    }
  }
  if (mentions.length === 0) return { start: null, end: null };
  const labelledStart = mentions.find((m, i) => START_CUE.test(cueText(text, m, i > 0 ? mentions[i - 1].range.end : 0)));
  const start = labelledStart ?? mentions[0];
  const startIndex = mentions.indexOf(start);
  const later = mentions.slice(startIndex + 1);
  const endMention = later.find((m, k) => END_CUE.test(cueText(text, m, mentions[startIndex + k].range.end))) ?? later.find((m) => RECOVERY.test(sentenceAround(text, m)));
  return { start: claim(text, start, endMention ?? null), end: endMention ? claim(text, endMention, start) : null };
}

/** A sentence saying the service came back: its time is when the incident ended (`at 12:10pm, all services were back up`). */
const RECOVERY = /\b(?:restored|resolved|recovered|back (?:up|online|to normal)|fully (?:functional|operational)|mitigated|returned to normal)\b/i;

/** The sentence a time stands in, within its paragraph. */
function sentenceAround(text: string, mention: TimeMention): string {
  const from = Math.max(0, mention.range.start - 200);
  const before = text.slice(from, mention.range.start).split(/[.!?]\s+|\n[ \t]*\r?\n/).pop() ?? '';
  const after = text.slice(mention.range.end, mention.range.end + 200).split(/[.!?](?:\s|$)|\n[ \t]*\r?\n/)[0];
  return before + after;
}

/** Whether the text between two times joins them as a window: a connector, and at most the end's date after it. */
function joinsWindow(gap: string): boolean {
  const connector = WINDOW_CONNECTOR.exec(gap);
  if (!connector) return false;
  const rest = gap.slice(connector[0].length);
  if (rest.trim() === '') return true;
  const date = readDateAt(`${rest}0`, 0, 0);
  return date !== null && date.next === rest.length;
}

function amount(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('half')) return 0.5;
  return NUMBER_WORDS[lower] ?? Number(lower);
}

function readDuration(text: string, ranges: TextRange[]): DurationClaim | null {
  for (const range of ranges) {
    const source = text.slice(range.start, range.end);
    const found = [
      ...[...source.matchAll(STATED_DURATION)].map((m) => spelledDuration(text, range.start, m)),
      ...[...source.matchAll(CONTEXTUAL_DURATION)].filter((m) => aboutTheIncident(source, m.index)).map((m) => spelledDuration(text, range.start, m)),
      ...[...source.matchAll(DURATION_OF_OUTAGE)].map((m) => spelledDuration(text, range.start, m)),
      ...[...source.matchAll(WINDOW_LENGTH)].map((m) => spelledDuration(text, range.start, m)),
      ...[...source.matchAll(ADJECTIVE_DURATION)].map((m) => adjectiveDuration(text, range.start, m)),
      ...[...source.matchAll(JAPANESE_DURATION)].filter((m) => m.groups!.label || m.groups!.span).map((m) => spelledDuration(text, range.start, m)),
    ];
    if (found.length) return found.reduce((first, claim) => (claim.range.start < first.range.start ? claim : first));
  }
  return null;
}

/** Whether `for`/`took` at `index` gives the incident's length: its sentence so far names the outage, and no other span's verb stands just before it. */
function aboutTheIncident(source: string, index: number): boolean {
  const before = source.slice(0, index);
  const sentence = before.split(/[.!?]\s+|\n[ \t]*\r?\n/).pop() ?? '';
  return INCIDENT_WORDS.test(sentence) && !OTHER_SPAN_BEFORE.test(before);
}

/** A duration in words or figures, from a match of `AMOUNT_PHRASE` (or the Japanese form); its range covers only the amount. */
function spelledDuration(text: string, offset: number, match: RegExpExecArray | RegExpMatchArray): DurationClaim {
  const groups = match.groups!;
  const spans = (match as RegExpExecArray).indices!.groups!;
  const unitMinutes = UNIT_MINUTES[groups.unit.toLowerCase()] ?? 1;
  const half = groups.halfBefore || groups.halfAfter ? 0.5 : 0;
  const minutes = Math.round((amount(groups.amount) + half) * unitMinutes + (groups.extra ? Number(groups.extra) : 0));
  // `2 hours` allows half an hour either way, `2 and a half hours` a quarter; minutes are exact.
  const written = unitMinutes >= 60 && !groups.extra ? (half ? 15 : unitMinutes / 2) : 1;
  // `about` widens what the figure allows, never narrows it (`about 2 hours` is no stricter than `2 hours`).
  const precisionMinutes = groups.approximate ? Math.max(written, 5, Math.round(minutes * 0.15)) : written;
  const start = offset + (spans.approximate ?? spans.amount)[0];
  const end = offset + (spans.extraUnit ?? spans.extra ?? spans.halfAfter ?? spans.unit)[1];
  return { minutes, raw: text.slice(start, end), range: { start, end }, precisionMinutes };
}

function adjectiveDuration(text: string, offset: number, match: RegExpMatchArray): DurationClaim {
  const isHours = match[2].toLowerCase() === 'hour';
  const start = offset + match.index!;
  const end = start + match[1].length + 1 + match[2].length;
  return { minutes: Number(match[1]) * (isHours ? 60 : 1), raw: text.slice(start, end), range: { start, end }, precisionMinutes: isHours ? 30 : 1 };
}

/** Sentences that say who or what was hit; a sentence may be wrapped over several lines of its paragraph. */
function readImpacts(text: string, ranges: TextRange[]): ImpactClaim[] {
  const impacts: ImpactClaim[] = [];
  for (const paragraph of ranges.flatMap((range) => paragraphsIn(text, range))) {
    // A full stop inside `99.9%` or `api.example.com` ends nothing.
    const sentence = /(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)/g;
    const source = text.slice(paragraph.start, paragraph.end);
    for (let m = sentence.exec(source); m; m = sentence.exec(source)) {
      if (!IMPACT.test(m[0])) continue;
      const leading = m[0].length - m[0].trimStart().length;
      const trimmed = m[0].trim();
      const start = paragraph.start + m.index + leading;
      impacts.push({ text: trimmed, range: { start, end: start + trimmed.length } });
    }
  }
  return impacts;
}

/** A line that starts a block of its own: a list item, table row, quote or fence. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|\||>|```|~~~)/;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
/** A setext underline, a thematic break or a front matter fence: the lines just above it are a heading or YAML, not prose. */
const UNDERLINE = /^\s{0,3}(?:=+|-{2,})\s*$/;

/**
 * The runs of lines Markdown joins into one paragraph: a blank line or a line that starts a
 * block ends one. Headings are no paragraphs (the introduction's range starts with the title).
 */
function paragraphsIn(text: string, range: TextRange): TextRange[] {
  const paragraphs: TextRange[] = [];
  let current: TextRange | null = null;
  for (const line of linesIn(text, range.start, range.end)) {
    const content = text.slice(line.start, line.end);
    if (UNDERLINE.test(content)) {
      if (current) paragraphs.pop();
      current = null;
    } else if (!/\S/.test(content) || ATX_HEADING.test(content)) current = null;
    else if (current && !BLOCK_START.test(content)) current.end = line.end;
    else paragraphs.push((current = { ...line }));
  }
  return paragraphs;
}
