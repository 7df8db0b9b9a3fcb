// Incident metrics read off the timeline: what kind of event each entry records, when the
// incident started and ended, and how long detection, mitigation and resolution took.
// Pure, like the rest of the model: the hover, inlay hints, code lens and preview read here.

import { daysBetween, formatDuration, mod } from './times';
import type { CalendarDate, ClockTime, PostmortemModel, TimeClaim, TimelineEntry, ZoneStatement } from './types';

/**
 * What a timeline entry records, in the order incidents usually run:
 * - `trigger`: the change that set it off (deploy, push, release, upgrade, migration, "library updated");
 * - `detection`: someone or something noticed (alert fired, paged, monitoring, detected, noticed,
 *   customers reported or complained, ticket opened, page acknowledged);
 * - `escalation`: more people were brought in (escalated, incident declared, SEV1, war room,
 *   bridge, paged the X team, engaged, assigned, called in, contacted);
 * - `investigation`: looking for the cause (investigated, troubleshooting, debugging, checked,
 *   looked at/into, found, identified, traced, suspected);
 * - `mitigation`: an action that limits the damage (rolled back, reverted, failover, restarted,
 *   disabled, scaled up, workaround, hotfix, fixed, maintenance page, restored from backup);
 * - `resolution`: service is back (resolved, recovered, back online, back to normal, fully
 *   restored, functioning normally, incident closed, all clear).
 */
export type EventKind = 'trigger' | 'detection' | 'escalation' | 'investigation' | 'mitigation' | 'resolution';

/** When an entry holds cues of several kinds, the furthest step wins: "escalated and rolled back" is a mitigation. */
const PRECEDENCE: EventKind[] = ['resolution', 'mitigation', 'escalation', 'detection', 'investigation', 'trigger'];

const CUE_PATTERNS: Record<EventKind, RegExp[]> = {
  trigger: [
    /\bdeploy(?:ed|ment|s)?\b/,
    /\bpush(?:ed|es)?\b/,
    /\breleas(?:ed|es)\b/,
    /\brolled out\b|\brollout\b/,
    /\bupgrad(?:e|es|ed|ing)\b/,
    /\bmigrat(?:ion|ions|ed)\b/,
    // `ORM library updated`; not `Updated the docs` or `Status page updated`.
    /(?<!status\s)\b\w+\s+(?:was\s+|were\s+|is\s+|has been\s+|have been\s+)?(?:updated|modified)\b/,
  ],
  detection: [
    /\balert(?:s|ed|ing)?\b/,
    /\bpag(?:ed|er|ers|ing)\b/,
    /\bdetect(?:ed|s)?\b/,
    /\bnotic(?:ed|es)\b|\bspotted\b|\bobserved\b/,
    /\bdiscovered\b(?!\s+(?:that|the (?:root )?cause))/,
    /\breport(?:s|ed)\b/,
    /\bcompl?ain(?:s|ed|ts?)?\b/,
    /\bticket\b.*\b(?:opened|created|filed|raised|submitted)\b|\b(?:opened|filed|raised)\s+(?:a\s+)?ticket\b/,
    /\b(?:monitoring|cloudwatch|datadog|pagerduty|opsgenie|nagios|grafana|prometheus|sentry|pingdom)\b/,
    /\backnowledg\w*|\backed\b/,
  ],
  escalation: [
    /\bescalat\w*/,
    /\bincident\s+(?:was\s+)?declared\b|\bdeclared\s+(?:an?\s+)?(?:incident|sev|major|outage)/,
    /\bsev\s?-?[0-4]\b/,
    /\bwar[\s-]?room\b|\bbridge\b|\bincident commander\b/,
    /\bpaged\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}team\b/,
    /\bengag(?:ed|es|ing)\b|\b(?:pulled|called|brought)\s+in\b|\bassigned\b|\bhanded (?:over|off)\b|\bcontacted\b/,
  ],
  investigation: [
    /\binvestigat\w*|\btroubleshoot\w*|\bdebug\w*|\bdiagnos\w*|\banaly[sz]\w*/,
    /\blook(?:s|ed|ing)?\s+(?:at|into)\b|\bcheck(?:s|ed|ing)?\b|\bexamin\w*|\breview(?:s|ed|ing)?\b|\binspect\w*/,
    /\bidentif(?:y|ies|ied)\b|\bfound\b|\bdiscovered that\b|\btrac(?:ed|es|ing)\b|\btrack(?:s|ed)\b|\bsuspect\w*|\broot cause\b|\breproduc\w*/,
  ],
  mitigation: [
    /\broll(?:ed|ing|s)?[\s-]?back\b|\brollback\b|\brevert\w*/,
    /\bfail(?:ed|ing|s)?[\s-]?over\b|\bfailover\b/,
    /\brestart\w*|\breboot\w*|\bbounced\b|\bredeploy\w*/,
    /\bdisabl\w*|\b(?:turned|switched) off\b|\bkilled\b|\bdrain(?:ed|ing)\b/,
    /\bscal(?:ed|ing)\s+(?:up|out)\b|\badded (?:more )?(?:capacity|servers|nodes|instances)\b|\bincreas(?:ed|ing)\s+(?:the\s+)?(?:\w+\s+)?(?:capacity|limits?|memory|timeouts?|pool|replicas)\b/,
    /\bwork[\s-]?around\b|\bmitigat\w*|\bhot-?fix\w*|\bpatch(?:ed|es)?\b|\bfixed\b|\bcorrective action\b/,
    /\bfix(?:es)?\s+(?:was\s+|is\s+)?(?:deployed|applied|pushed|shipped|released|rolled out|merged)\b|\b(?:deployed|applied|pushed|shipped|released|rolled out)\s+(?:a\s+|the\s+)?(?:hot-?)?fix\b/,
    /\bmaintenance (?:page|mode)\b|\bunder maintenance\b/,
    /\brestor(?:ed|ing)\s+(?:from|the|a|an)\b|\bfrom (?:a |the )?back-?up\b/,
    /\b(?:recovery|restoration)\s+(?:began|begins|started|starts|underway|in progress)\b|\bpartial(?:ly)?\s+(?:restored|recovered|recovery|back)\b/,
  ],
  resolution: [
    /\bresolved\b|\bsolved\b/,
    /\brecover(?:ed|y)\b/,
    /\brestored\b(?!\s+(?:from|the|a|an)\b)/,
    /\bback (?:online|to normal|in service|up and running)\b|\b100\s?% back\b|\bup and running\b|\breturned to normal\b/,
    /\bfully (?:functional|operational|available)\b|\bfunction(?:ing|al) (?:again|normally|well|properly|correctly|as expected)\b|\bworking (?:again|normally|properly|correctly|as expected)\b/,
    /\bincident\s+(?:was\s+)?closed\b|\bclosed\s+(?:the\s+)?incident\b|\ball[\s-]clear\b|\bstabili[sz]ed\b|\bno (?:more|further) errors\b/,
  ],
};

/** Each kind's cues as one global pattern, so that every occurrence in a clause is checked in one scan. */
const CUES = Object.fromEntries(
  Object.entries(CUE_PATTERNS).map(([kind, patterns]) => [kind, new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'g')]),
) as Record<EventKind, RegExp>;

/** Words just before a cue that undo it: `no alert`, `did not roll back`, `attempted rollback`, `despite increased capacity`. */
const NEGATION_BEFORE = /(?:\b(?:not|no|never|without|before|despite|failed|fails|fail|unable|cannot|attempt(?:ed|ing|s)?|tried|try|trying|will|would|should|plan(?:ned|s)?|going|unsuccessful(?:ly)?)\b|n't\b)/;
/**
 * Words just after a cue that undo it: `alert did not fire`, `rollback failed`, `restart had no
 * effect`. `failed` only as the verb: `customers reported failed payments` still reports.
 */
const NEGATION_AFTER = /(?:\b(?:never|unsuccessful|attempted|not|nothing|false|no (?:effect|change|improvement|luck|difference))\b|n't\b|\bfail(?:ed|s)\b(?=\s+(?:to|again|because|due|with)\b|\s*$))/;
/** A recovery that has only begun, or is partial, is no resolution yet. */
const UNFINISHED_BEFORE = /\b(?:partial(?:ly)?|some|began|begins|start(?:s|ed)?)\b/;
const UNFINISHED_AFTER = /\b(?:began|begins|start(?:s|ed)?|underway|in progress|partial(?:ly)?)\b/;
const WORDS_CHECKED_BEFORE = 3;
const WORDS_CHECKED_AFTER = 4;

/** Clauses: sentences, and the parts joined by commas, `and`, `but`, `then` or a dash. */
const CLAUSE_BREAK = /[.;!?](?:\s+|$)|,|\s+(?:and|but|then|however|although|though|while|yet|so)\s+|\s+[-–—]\s+/;

/** The kind of event an entry's text records, or null when no cue says (or every cue is negated). */
export function classifyEvent(text: string): EventKind | null {
  const found = new Set<EventKind>();
  for (const clause of normaliseEventText(text).split(CLAUSE_BREAK)) {
    for (const kind of PRECEDENCE) {
      if (!found.has(kind) && affirms(clause, CUES[kind], kind)) found.add(kind);
    }
  }
  return PRECEDENCE.find((kind) => found.has(kind)) ?? null;
}

function normaliseEventText(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[*_~]/g, '');
}

/** Whether `cue` occurs in `clause` at least once without a negation next to it. */
function affirms(clause: string, cue: RegExp, kind: EventKind): boolean {
  cue.lastIndex = 0;
  for (let m = cue.exec(clause); m; m = cue.exec(clause)) {
    const before = clause.slice(0, m.index).trim().split(/\s+/).slice(-WORDS_CHECKED_BEFORE).join(' ');
    const after = clause.slice(m.index + m[0].length).trim().split(/\s+/).slice(0, WORDS_CHECKED_AFTER).join(' ');
    if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) continue;
    if (kind === 'resolution' && (UNFINISHED_BEFORE.test(before) || UNFINISHED_AFTER.test(after))) continue;
    return true;
  }
  return false;
}

/** A day of the calendar; the year is null when the document never gives one. */
export interface IncidentDate {
  year: number | null;
  month: number;
  day: number;
}

/**
 * A moment on the timeline's clock: minutes since midnight of the first timed entry's day,
 * as `TimelineEntry.absoluteMinutes` counts them (negative for the day before).
 */
export interface IncidentMoment {
  absoluteMinutes: number;
  /** Where the moment was read: the summary's window, or the timeline's first or last entry. */
  source: 'summary' | 'timeline';
  /** Index into `model.timeline.entries` of the entry at that moment, if one is. */
  entryIndex: number | null;
}

/** The first timed entry of one kind. */
export interface Milestone {
  /** Index into `model.timeline.entries`. */
  entryIndex: number;
  /** Minutes from the incident start (negative when the entry comes before it). */
  sinceStart: number;
}

/** What the metrics say of one timeline entry. */
export interface EntryMetrics {
  kind: EventKind | null;
  /** Minutes from the incident start (negative before it); null without a time. */
  sinceStart: number | null;
  /** Minutes since the previous timed entry in document order (negative when out of order); null without a time or for the first. */
  sincePrevious: number | null;
  /** Index into `model.timeline.entries` of that previous timed entry. */
  previousIndex: number | null;
  /** The entry's day, when the document dates it (directly, through another entry, or in the front matter). */
  date: IncidentDate | null;
}

export interface IncidentMetrics {
  /**
   * The summary's start, placed on the timeline's day (at the entry with that time, or else
   * on the day nearest the first entry); without one, the earliest timed entry.
   */
  start: IncidentMoment | null;
  /** The summary's end, placed at or after the start; without one, the latest timed entry. */
  end: IncidentMoment | null;
  /** From `start` to `end`; null when either is unknown or both are the same single entry. */
  durationMinutes: number | null;
  /** The earliest timed entry of each kind (for mitigation: of mitigation or resolution); null when none is recognised. */
  detection: Milestone | null;
  escalation: Milestone | null;
  mitigation: Milestone | null;
  resolution: Milestone | null;
  entryCount: number;
  timedEntryCount: number;
  /** One per `model.timeline.entries`, in the same order. */
  entries: EntryMetrics[];
  /** The zone the timeline's times are in: an entry's own, the timeline heading's, or the incident's. */
  timelineZone: ZoneStatement | null;
}

interface TimedEntry {
  index: number;
  entry: TimelineEntry & { time: ClockTime; absoluteMinutes: number };
}

/** Hover, inlay hints, code lens and preview all ask for the same version's figures: compute them once per model. */
const computed = new WeakMap<PostmortemModel, IncidentMetrics>();

/** The incident's figures as the timeline and summary give them; every figure null when they do not tell. */
export function incidentMetrics(model: PostmortemModel): IncidentMetrics {
  let metrics = computed.get(model);
  if (!metrics) {
    metrics = measure(model);
    computed.set(model, metrics);
  }
  return metrics;
}

function measure(model: PostmortemModel): IncidentMetrics {
  const { entries } = model.timeline;
  const timed: TimedEntry[] = [];
  entries.forEach((entry, index) => {
    if (entry.time && entry.absoluteMinutes !== null) timed.push({ index, entry: entry as TimedEntry['entry'] });
  });
  const timelineZone = timelineZoneOf(model);
  const start = incidentStart(model, timed, timelineZone);
  const end = start && incidentEnd(model, timed, timelineZone, start);
  const sameSingleEntry = start && end && start.entryIndex !== null && start.entryIndex === end.entryIndex;
  const kinds = entries.map((e) => classifyEvent(e.text));
  const anchor = dateAnchor(model);

  let previous: TimedEntry | null = null;
  const perEntry: EntryMetrics[] = entries.map((entry, index) => {
    const kind = kinds[index];
    const written = entry.date ?? entry.day;
    const date = written ? dateOnly(written) : dateOnDay(anchor, entry.dayOffset);
    if (entry.absoluteMinutes === null || !entry.time) return { kind, sinceStart: null, sincePrevious: null, previousIndex: null, date };
    const metrics: EntryMetrics = {
      kind,
      sinceStart: start ? entry.absoluteMinutes - start.absoluteMinutes : null,
      sincePrevious: previous ? entry.absoluteMinutes - previous.entry.absoluteMinutes : null,
      previousIndex: previous?.index ?? null,
      date,
    };
    previous = { index, entry: entry as TimedEntry['entry'] };
    return metrics;
  });

  const milestone = (...wanted: EventKind[]): Milestone | null => {
    let first: TimedEntry | null = null;
    for (const t of timed) {
      const kind = kinds[t.index];
      if (kind && wanted.includes(kind) && (!first || t.entry.absoluteMinutes < first.entry.absoluteMinutes)) first = t;
    }
    return first && start ? { entryIndex: first.index, sinceStart: first.entry.absoluteMinutes - start.absoluteMinutes } : null;
  };

  return {
    start,
    end,
    durationMinutes: start && end && !sameSingleEntry ? end.absoluteMinutes - start.absoluteMinutes : null,
    detection: milestone('detection'),
    escalation: milestone('escalation'),
    // Service back means the damage was limited by then, even when no step says how.
    mitigation: milestone('mitigation', 'resolution'),
    resolution: milestone('resolution'),
    entryCount: entries.length,
    timedEntryCount: timed.length,
    entries: perEntry,
    timelineZone,
  };
}

/** The zone the timeline's times are in: the one its clock runs in (`absoluteMinutes`), else the incident's. */
export function timelineZoneOf(model: PostmortemModel): ZoneStatement | null {
  return model.timeline.zone ?? model.incidentZone?.statement ?? null;
}

/** A clock time written in `zone` as minutes after midnight in the timeline's zone (unchanged when either zone is unknown). */
export function inTimelineZone(minutes: number, zone: ZoneStatement | null, timelineZone: ZoneStatement | null): number {
  const shift = zone && timelineZone ? timelineZone.offsetMinutes - zone.offsetMinutes : 0;
  return mod(minutes + shift, 1440);
}

/** An entry's time of day on the timeline's clock: its own time, unless it names another zone. */
function clockOf(entry: TimelineEntry): number | null {
  return entry.absoluteMinutes === null ? null : mod(entry.absoluteMinutes, 1440);
}

function incidentStart(model: PostmortemModel, timed: TimedEntry[], timelineZone: ZoneStatement | null): IncidentMoment | null {
  const claim = model.summary.start;
  const earliest = timed.reduce<TimedEntry | null>((first, t) => (!first || t.entry.absoluteMinutes < first.entry.absoluteMinutes ? t : first), null);
  if (claim) {
    const clock = inTimelineZone(claim.time.minutes, claim.zone, timelineZone);
    const at = timed.filter((t) => clockOf(t.entry) === clock).reduce<TimedEntry | null>((first, t) => (!first || t.entry.absoluteMinutes < first.entry.absoluteMinutes ? t : first), null);
    if (at) return { absoluteMinutes: at.entry.absoluteMinutes, source: 'summary', entryIndex: at.index };
    return { absoluteMinutes: nearestOccurrence(clock, earliest?.entry.absoluteMinutes ?? clock), source: 'summary', entryIndex: null };
  }
  return earliest && { absoluteMinutes: earliest.entry.absoluteMinutes, source: 'timeline', entryIndex: earliest.index };
}

function incidentEnd(model: PostmortemModel, timed: TimedEntry[], timelineZone: ZoneStatement | null, start: IncidentMoment): IncidentMoment | null {
  const claim: TimeClaim | null = model.summary.end;
  const afterStart = timed.filter((t) => t.entry.absoluteMinutes >= start.absoluteMinutes);
  const latest = (candidates: TimedEntry[]) => candidates.reduce<TimedEntry | null>((last, t) => (!last || t.entry.absoluteMinutes >= last.entry.absoluteMinutes ? t : last), null);
  if (claim) {
    const clock = inTimelineZone(claim.time.minutes, claim.zone, timelineZone);
    const span = statedWindowMinutes(model.summary.start, claim);
    if (span !== null && span >= 1440 && start.source === 'summary') {
      // Dates say the window runs over days: `Aug 12, 6:00 AM - Aug 19, 6:00 AM` is a week, not no time at all.
      const moment = start.absoluteMinutes + span;
      const at = afterStart.find((t) => t.entry.absoluteMinutes === moment);
      return { absoluteMinutes: moment, source: 'summary', entryIndex: at?.index ?? null };
    }
    const at = latest(afterStart.filter((t) => clockOf(t.entry) === clock));
    if (at) return { absoluteMinutes: at.entry.absoluteMinutes, source: 'summary', entryIndex: at.index };
    return { absoluteMinutes: start.absoluteMinutes + mod(clock - start.absoluteMinutes, 1440), source: 'summary', entryIndex: null };
  }
  const last = latest(afterStart);
  return last && { absoluteMinutes: last.entry.absoluteMinutes, source: 'timeline', entryIndex: last.index };
}

/**
 * Minutes from the summary's stated start to its end: by their dates when both are written
 * with one, else on the clock (an end before the start is on the next day); null without both.
 */
export function statedWindowMinutes(start: TimeClaim | null, end: TimeClaim | null): number | null {
  if (!start || !end) return null;
  const shift = start.zone && end.zone ? start.zone.offsetMinutes - end.zone.offsetMinutes : 0;
  const clock = end.time.minutes + shift - start.time.minutes;
  if (start.date && end.date) {
    const days = daysBetween(start.date, end.date);
    if (days >= 0 && days * 1440 + clock >= 0) return days * 1440 + clock;
  }
  return mod(clock, 1440);
}

/** The moment at `clock` (minutes after midnight) closest to `near`, on the timeline's clock. */
function nearestOccurrence(clock: number, near: number): number {
  const atOrBefore = near - mod(near - clock, 1440);
  return near - atOrBefore <= atOrBefore + 1440 - near ? atOrBefore : atOrBefore + 1440;
}

/**
 * Where a time written outside the timeline falls on the timeline's clock: at the timed entry
 * with the same clock time (in the timeline's zone), else on the day that puts it between the
 * incident's start and end; null when neither, since the time may be of another day.
 */
export function placeOnTimeline(model: PostmortemModel, metrics: IncidentMetrics, time: ClockTime, zone: ZoneStatement | null): number | null {
  const clock = inTimelineZone(time.minutes, zone, metrics.timelineZone);
  const entry = model.timeline.entries.find((e) => e.time && clockOf(e) === clock);
  if (entry) return entry.absoluteMinutes;
  const { start, end } = metrics;
  if (!start) return null;
  const moment = start.absoluteMinutes + mod(clock - start.absoluteMinutes, 1440);
  return end && moment <= end.absoluteMinutes ? moment : null;
}

/** `T+37m`, `T+2h 12m`, `T-4m` (before the start), `T+0m`. */
export function formatSinceStart(minutes: number): string {
  return `T${minutes < 0 ? '-' : '+'}${formatDuration(Math.abs(minutes))}`;
}

/**
 * The figures in one line, only those the report lets us tell:
 * `Duration 2h 12m · detected T+5m · mitigated T+40m · resolved T+2h 12m · 9 entries`.
 */
export function formatMetricsLine(metrics: IncidentMetrics): string {
  const parts: string[] = [];
  if (metrics.durationMinutes !== null) parts.push(`Duration ${formatDuration(metrics.durationMinutes)}`);
  const milestones: Array<[string, Milestone | null]> = [['detected', metrics.detection], ['mitigated', metrics.mitigation], ['resolved', metrics.resolution]];
  for (const [verb, milestone] of milestones) if (milestone) parts.push(`${verb} ${formatSinceStart(milestone.sinceStart)}`);
  parts.push(`${metrics.entryCount} ${metrics.entryCount === 1 ? 'entry' : 'entries'}`);
  return parts.join(' · ');
}

/** `+12m`, `-5m` (an entry earlier than the one before it). */
export function formatSincePrevious(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${formatDuration(Math.abs(minutes))}`;
}

/**
 * The date of a day on the timeline's clock (0 is the first timed entry's day), counted from
 * an entry that states its date, or else from the front matter's `date`; null when undated.
 */
export function dateOfTimelineDay(model: PostmortemModel, dayOffset: number): IncidentDate | null {
  return dateOnDay(dateAnchor(model), dayOffset);
}

interface DateAnchor {
  date: IncidentDate;
  dayOffset: number;
}

function dateAnchor(model: PostmortemModel): DateAnchor | null {
  const dated = model.timeline.entries.find((e) => e.date ?? e.day);
  const date = dated?.date ?? dated?.day;
  return dated && date ? { date: dateOnly(date), dayOffset: dated.dayOffset } : frontMatterDate(model);
}

function dateOnDay(anchor: DateAnchor | null, dayOffset: number): IncidentDate | null {
  return anchor ? addDays(anchor.date, dayOffset - anchor.dayOffset) : null;
}

/** The incident date in the front matter (`date: 2024-01-17`), taken as the day of the first entry. */
function frontMatterDate(model: PostmortemModel): DateAnchor | null {
  const stated = model.frontMatter?.data?.date;
  if (stated instanceof Date && !Number.isNaN(stated.getTime())) {
    return { date: { year: stated.getUTCFullYear(), month: stated.getUTCMonth() + 1, day: stated.getUTCDate() }, dayOffset: 0 };
  }
  const iso = typeof stated === 'string' ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(stated) : null;
  return iso ? { date: { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }, dayOffset: 0 } : null;
}

function dateOnly(date: CalendarDate): IncidentDate {
  return { year: date.year, month: date.month, day: date.day };
}

/** `date` moved by `days`; a date without a year is counted in a leap year, so 29 February exists. */
export function addDays(date: IncidentDate, days: number): IncidentDate {
  if (days === 0) return { year: date.year, month: date.month, day: date.day };
  const moved = new Date(Date.UTC(date.year ?? 2000, date.month - 1, date.day + days));
  return { year: date.year === null ? null : moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-01-17`, or `Jan 17` without a year. */
export function formatIncidentDate(date: IncidentDate): string {
  if (date.year === null) return `${MONTH_NAMES[date.month - 1]} ${date.day}`;
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
