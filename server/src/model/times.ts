// Reading clock times the way postmortem writers type them: `11:32 PM`, `5;14 PM`,
// `6:55PM`, `00:13 AM`, `0930`, `09:30 UTC`, `10am`, with an optional leading date.

import type { CalendarDate, ClockTime, InvalidTime, PostmortemModel, TimeProblem } from './types';

/** `AM`, `pm`, `p.m.`: a dot after the M only in the dotted form, so a sentence's full stop stays outside. */
const MERIDIEM = String.raw`([AaPp])(?:\.[Mm]\.?|[Mm])(?![a-z])`;
/** `H:MM`, `H;MM`, `H.MM`, with optional seconds and meridiem. */
const COLON_TIME = new RegExp(String.raw`^(\d{1,2})([:;.])(\d{2})(?:[:.](\d{2}))?(?![\d])(?:(\s?)${MERIDIEM})?`);
/** `14h34`, `9h05`: hours and minutes as French and other writers join them. */
const H_TIME = /^([01]?\d|2[0-3])h([0-5]\d)(?![\d])/;
/** `10am`, `10 PM`. */
const HOUR_MERIDIEM = new RegExp(String.raw`^(\d{1,2})(\s?)${MERIDIEM}`);
/** `0930`, `2130hrs`, `0930: event`: only where an entry starts, never in prose (it would read years). */
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)(?:\s?(?:hrs|hours|h)\b)?(?![\d\-/]|:\d)/;

export type TimeRead = { kind: 'time'; time: ClockTime } | { kind: 'invalid'; invalid: InvalidTime } | null;

/**
 * Reads a time written at `pos` of `text`. `documentOffset` is where `text` starts in the
 * document. `strict` (used in prose) accepts `;` and `.` separators only before AM/PM, and
 * ignores out-of-range digits instead of reporting them.
 */
export function readTimeAt(text: string, pos: number, documentOffset: number, options: { strict: boolean; allowMilitary: boolean }): TimeRead {
  const rest = text.slice(pos, pos + 24);
  const colon = COLON_TIME.exec(rest);
  if (colon) {
    const [raw, h, separator, m, seconds, space, meridiemLetter] = colon;
    if (options.strict && separator !== ':' && !meridiemLetter) return null;
    const meridiemText = meridiemLetter ? raw.slice(raw.length - meridiemLength(raw)) : null;
    return build(raw, Number(h), Number(m), separator, Boolean(seconds), space ?? '', meridiemLetter ?? null, meridiemText, pos + documentOffset, options.strict);
  }
  const hLetter = H_TIME.exec(rest);
  if (hLetter) return build(hLetter[0], Number(hLetter[1]), Number(hLetter[2]), 'h', false, '', null, null, pos + documentOffset, options.strict);
  const hourOnly = HOUR_MERIDIEM.exec(rest);
  if (hourOnly) {
    const [raw, h, space, meridiemLetter] = hourOnly;
    return build(raw, Number(h), 0, null, false, space, meridiemLetter, raw.slice(raw.length - meridiemLength(raw)), pos + documentOffset, options.strict);
  }
  if (options.allowMilitary) {
    const military = MILITARY.exec(rest);
    if (military) {
      const time: ClockTime = {
        minutes: Number(military[1]) * 60 + Number(military[2]),
        range: { start: pos + documentOffset, end: pos + documentOffset + 4 },
        raw: military[0].slice(0, 4),
        hourMinuteSeparator: null,
        meridiem: null,
        meridiemText: null,
        spaceBeforeMeridiem: false,
        hasSeconds: false,
        problems: [],
      };
      return { kind: 'time', time };
    }
  }
  return null;
}

function meridiemLength(raw: string): number {
  const m = /[AaPp]\.?[Mm]\.?$/.exec(raw);
  return m ? m[0].length : 0;
}

function build(
  raw: string,
  hour: number,
  minute: number,
  separator: string | null,
  hasSeconds: boolean,
  space: string,
  meridiemLetter: string | null,
  meridiemText: string | null,
  start: number,
  strict: boolean,
): TimeRead {
  const range = { start, end: start + raw.length };
  const meridiem = meridiemLetter ? (meridiemLetter.toUpperCase() === 'A' ? 'AM' : 'PM') : null;
  const invalid = (reason: string): TimeRead => (strict ? null : { kind: 'invalid', invalid: { range, raw, reason } });
  if (minute > 59) return invalid(`minute ${minute} is past 59`);
  if (meridiem === null && hour > 23) return invalid(`hour ${hour} is past 23`);
  if (meridiem !== null && hour > 23) return invalid(`hour ${hour} does not exist on a 12-hour clock`);
  const problems: TimeProblem[] = [];
  if (separator === ';' || separator === '.') {
    problems.push({ kind: 'semicolon', detail: `\`${separator}\` between hours and minutes` });
  }
  let minutes: number;
  if (meridiem === null) {
    minutes = hour * 60 + minute;
  } else if (hour === 0) {
    problems.push({ kind: 'zero-hour-with-meridiem', detail: `hour 00 with ${meridiem}` });
    minutes = minute + (meridiem === 'PM' ? 12 * 60 : 0);
  } else if (hour > 12) {
    problems.push({ kind: 'hour-over-12-with-meridiem', detail: `hour ${hour} with ${meridiem}` });
    minutes = hour * 60 + minute;
  } else {
    minutes = (hour % 12) * 60 + minute + (meridiem === 'PM' ? 12 * 60 : 0);
  }
  return {
    kind: 'time',
    time: {
      minutes,
      range,
      raw,
      hourMinuteSeparator: separator,
      meridiem,
      meridiemText,
      spaceBeforeMeridiem: space.length > 0,
      hasSeconds,
      problems,
    },
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** After a date: the space before its time, or the colon or line end of a date standing alone (`Sunday, May 13th, 2023:`, `2025-01-31: merged`). */
const DATE_END = String.raw`(?:,?\s+(?:at\s+)?|(?=:|$))`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:T|${DATE_END})`);
const MONTH_DAY = new RegExp(String.raw`^${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?${DATE_END}`, 'i');
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:,?\s+(\d{4}))?${DATE_END}`, 'i');

/** `24-10-2024`, `24.10.2024`, `10/24/2024`, `10/24/24`: day first, unless the slashes or figures say month first (a two-digit year only with slashes: `5.14.07 PM` is a time). */
const NUMERIC_DATE = new RegExp(String.raw`^(\d{1,2})(?:([-.])(\d{1,2})[-.](\d{4})|(\/)(\d{1,2})\/(\d{4}|\d{2}))(?:T|${DATE_END})`);
/** `06/May/2022`, `6-May-2022`. */
const DAY_NAMED_MONTH = new RegExp(String.raw`^(\d{1,2})[-/]${MONTH_NAME}[-/](\d{4})${DATE_END}`, 'i');

/** `Sunday, `, `Mon `: a weekday before a date says nothing the date does not. */
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+(?=\d|[a-z])/i;

/** A date written at `pos`, followed by its time or standing alone; returns the date and where what follows it starts. */
export function readDateAt(text: string, pos: number, documentOffset: number): { date: CalendarDate; next: number } | null {
  const weekday = WEEKDAY.exec(text.slice(pos, pos + 12));
  if (weekday) {
    const dated = readDateAt(text, pos + weekday[0].length, documentOffset);
    return dated && { date: { ...dated.date, range: { start: pos + documentOffset, end: dated.date.range.end } }, next: dated.next };
  }
  const rest = text.slice(pos, pos + 40);
  const numeric = NUMERIC_DATE.exec(rest);
  if (numeric) {
    const [matched, first] = numeric;
    const separator = numeric[2] ?? numeric[5];
    const second = numeric[3] ?? numeric[6];
    const yearText = numeric[4] ?? numeric[7];
    // Month first where the day cannot come first (`10/24/2024`), or with slashes when either could (US writing).
    const monthFirst = Number(first) <= 12 && (Number(second) > 12 || separator === '/');
    const [day, month] = monthFirst ? [Number(second), Number(first)] : [Number(first), Number(second)];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    const length = matched.replace(/(?:T|,?\s+(?:at\s+)?)$/i, '').length;
    return { date: { year, month, day, range: { start: pos + documentOffset, end: pos + documentOffset + length } }, next: pos + matched.length };
  }
  const dayNamedMonth = DAY_NAMED_MONTH.exec(rest);
  if (dayNamedMonth) {
    const read = monthDate(dayNamedMonth[2], dayNamedMonth[1], dayNamedMonth[3], dayNamedMonth[0], pos, documentOffset);
    if (read) read.date.range.end = pos + documentOffset + dayNamedMonth[0].replace(/,?\s+(?:at\s+)?$/i, '').length;
    return read;
  }
  const iso = ISO_DATE.exec(rest);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const dateLength = 10;
    return {
      date: { year: Number(iso[1]), month, day, range: { start: pos + documentOffset, end: pos + documentOffset + dateLength } },
      next: pos + iso[0].length,
    };
  }
  const monthDay = MONTH_DAY.exec(rest);
  if (monthDay) return monthDate(monthDay[1], monthDay[2], monthDay[3], monthDay[0], pos, documentOffset);
  const dayMonth = DAY_MONTH.exec(rest);
  if (dayMonth) return monthDate(dayMonth[2], dayMonth[1], dayMonth[3], dayMonth[0], pos, documentOffset);
  return null;
}

function monthDate(monthName: string, dayText: string, yearText: string | undefined, matched: string, pos: number, documentOffset: number) {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const day = Number(dayText);
  if (day < 1 || day > 31) return null;
  const dateText = matched.replace(/,?\s+(?:at\s+)?$/i, '');
  return {
    date: { year: yearText ? Number(yearText) : null, month, day, range: { start: pos + documentOffset, end: pos + documentOffset + dateText.length } },
    next: pos + matched.length,
  };
}

/** `23:32` for minutes after midnight (any day offset folded away). */
export function formatHHMM(minutes: number): string {
  const m = mod(minutes, 1440);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `2h 12m`, `37m`, `1d 2h`. */
export function formatDuration(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? '-' : '';
  let rest = Math.abs(Math.round(totalMinutes));
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const minutes = rest % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (minutes || parts.length === 0) parts.push(`${minutes}m`);
  return sign + parts.join(' ');
}

/** How a time reads to a person, in the style it was written (`11:32 PM` or `23:32`). */
export function describeTime(time: ClockTime): string {
  if (time.meridiem) {
    const hour12 = ((Math.floor(time.minutes / 60) + 11) % 12) + 1;
    return `${hour12}:${String(time.minutes % 60).padStart(2, '0')} ${Math.floor(time.minutes / 60) >= 12 ? 'PM' : 'AM'}`;
  }
  return formatHHMM(time.minutes);
}

/** How a document writes its times, so that fixes and completions can match it. */
export interface TimeStyle {
  clock: '12h' | '24h';
  spaceBeforeMeridiem: boolean;
  lowerCaseMeridiem: boolean;
  padHour: boolean;
}

/** The style most of `times` share (each property decided by majority; ties keep the first seen). */
export function dominantTimeStyle(times: ClockTime[]): TimeStyle {
  const majority = <T>(values: T[], fallback: T): T => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let best = fallback;
    let bestCount = 0;
    for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
    return best;
  };
  const twelveHour = times.filter((t) => t.meridiem);
  // Only an hour below 10 shows whether the writer pads it (`09:30`, `9:30`); `11:30` tells nothing.
  const padVisible = times.filter((t) => t.hourMinuteSeparator !== null && /^0?\d\D/.test(t.raw));
  return {
    clock: majority<TimeStyle['clock']>(times.map((t) => (t.meridiem ? '12h' : '24h')), '12h'),
    spaceBeforeMeridiem: majority(twelveHour.map((t) => t.spaceBeforeMeridiem), true),
    lowerCaseMeridiem: majority(twelveHour.map((t) => (t.meridiemText ?? 'A') === (t.meridiemText ?? 'A').toLowerCase()), false),
    padHour: majority(padVisible.map((t) => /^0\d/.test(t.raw)), false),
  };
}

/** `time` written in `style`: `23:32` in a 12-hour document becomes `11:32 PM`; seconds are kept. */
export function formatTime(time: ClockTime, style: TimeStyle): string {
  const hour24 = Math.floor(time.minutes / 60);
  const seconds = time.hasSeconds ? /^\d{1,2}[:;.]\d{2}[:.](\d{2})/.exec(time.raw)?.[1] : undefined;
  const minute = String(time.minutes % 60).padStart(2, '0') + (seconds === undefined ? '' : `:${seconds}`);
  if (style.clock === '24h') return `${String(hour24).padStart(2, '0')}:${minute}`;
  const hour12 = ((hour24 + 11) % 12) + 1;
  const meridiem = hour24 >= 12 ? 'PM' : 'AM';
  return `${style.padHour ? String(hour12).padStart(2, '0') : hour12}:${minute}${style.spaceBeforeMeridiem ? ' ' : ''}${style.lowerCaseMeridiem ? meridiem.toLowerCase() : meridiem}`;
}

const timeStyles = new WeakMap<PostmortemModel, TimeStyle>();

/** How the report writes its times: the timeline's, else those in its prose. */
export function timeStyleOf(model: PostmortemModel): TimeStyle {
  let style = timeStyles.get(model);
  if (!style) {
    const times = model.timeline.entries.flatMap((e) => (e.time ? [e.time] : []));
    style = dominantTimeStyle(times.length ? times : model.timeMentions.map((m) => m.time));
    timeStyles.set(model, style);
  }
  return style;
}

/** A time at `minutes`, as if written `HH:MM`, to be formatted in the document's style. */
export function clockTime(minutes: number): ClockTime {
  return { minutes, range: { start: 0, end: 0 }, raw: formatHHMM(minutes), hourMinuteSeparator: ':', meridiem: null, meridiemText: null, spaceBeforeMeridiem: false, hasSeconds: false, problems: [] };
}

/** A day of the calendar; the year may be unknown (`Jan 17`). */
export interface DayOfYear {
  year: number | null;
  month: number;
  day: number;
}

/** Days from one day to another; a missing year is the other's (or a leap year), so `Feb 28` to `Mar 1` is one day or two alike. */
export function daysBetween(from: DayOfYear, to: DayOfYear): number {
  const year = from.year ?? to.year ?? 2000;
  return Math.round((Date.UTC(to.year ?? year, to.month - 1, to.day) - Date.UTC(year, from.month - 1, from.day)) / 86_400_000);
}

/** `value` modulo `by`, never negative: minutes after midnight from any count of minutes. */
export function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}
