// Time zones as postmortem writers name them: abbreviations, long names and UTC offsets.
// Ambiguous abbreviations (CST, IST) take the reading most common in incident reports.

import type { ZoneSource, ZoneStatement } from './types';

export interface ZoneMatch {
  offsetMinutes: number;
  /** Offsets into the scanned string. */
  start: number;
  end: number;
  raw: string;
}

const ABBREVIATIONS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0,
  WAT: 60, CET: 60, BST: 60, WEST: 60, IST: 330,
  CAT: 120, SAST: 120, EET: 120, CEST: 120,
  EAT: 180, MSK: 180, EEST: 180, AST: 180,
  GST: 240, PKT: 300, ICT: 420, WIB: 420,
  HKT: 480, SGT: 480, AWST: 480, JST: 540, KST: 540,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  HST: -600, AKST: -540, AKDT: -480,
  PT: -480, PST: -480, PDT: -420,
  MT: -420, MST: -420, MDT: -360,
  CT: -360, CDT: -300,
  ET: -300, EST: -300, EDT: -240,
  BRT: -180, ART: -180,
};
// CST is US Central in most English-language incident reports.
ABBREVIATIONS.CST = -360;

const LONG_NAMES: Array<[RegExp, number]> = [
  [/^east(?:ern)? africa(?:n)? time/i, 180],
  [/^west(?:ern)? (?:central )?africa(?:n)? (?:standard )?time(?:zone)?/i, 60],
  [/^central africa(?:n)? time/i, 120],
  [/^south africa(?:n)? (?:standard )?time/i, 120],
  [/^central european (?:standard )?time/i, 60],
  [/^central european summer time/i, 120],
  [/^eastern european (?:standard )?time/i, 120],
  [/^western european (?:standard )?time/i, 0],
  [/^british summer time/i, 60],
  [/^greenwich mean time/i, 0],
  [/^coordinated universal time/i, 0],
  [/^universal time/i, 0],
  [/^india(?:n)? standard time/i, 330],
  [/^pacific daylight time/i, -420],
  [/^pacific (?:standard )?time/i, -480],
  [/^mountain daylight time/i, -360],
  [/^mountain (?:standard )?time/i, -420],
  [/^central daylight time/i, -300],
  [/^central (?:standard )?time/i, -360],
  [/^eastern daylight time/i, -240],
  [/^eastern (?:standard )?time/i, -300],
  [/^japan standard time/i, 540],
];

/** `US/Pacific`, `America/New_York`, `Africa/Lagos` written in the text. */
const IANA_NAME = /^[A-Z][A-Za-z]+(?:_[A-Za-z]+)*\/[A-Z][A-Za-z]+(?:_[A-Za-z]+)*(?:\/[A-Z][A-Za-z_]+)?(?![\w/])/;
const ianaOffsets = new Map<string, number | null>();

/**
 * An IANA zone named in running text (`All times US/Pacific`), at its standard offset: prose gives
 * no day to place summer time on. Null when the name is no zone (`TCP/IP`); Intl is asked once per name.
 */
function ianaZoneAt(text: string, pos: number): ZoneMatch | null {
  const name = IANA_NAME.exec(text.slice(pos, pos + 40))?.[0];
  if (!name) return null;
  if (!ianaOffsets.has(name)) ianaOffsets.set(name, ianaOffsetMinutes(name, null));
  const offsetMinutes = ianaOffsets.get(name)!;
  return offsetMinutes === null ? null : { offsetMinutes, start: pos, end: pos + name.length, raw: name };
}

/** `UTC+1`, `GMT + 1`, `UTC-05:30`, and `GTM+2` as it gets typed. */
const OFFSET = /^(UTC|GMT|GTM)\s?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?(?![\d])/i;
const ABBREVIATION = /^([A-Z]{1,4})(?![A-Za-z])/;

/** A zone written exactly at `pos` in `text`, if any. `allowZ`: accept a bare `Z` (only right after a time). */
export function matchZoneAt(text: string, pos: number, allowZ = false): ZoneMatch | null {
  const rest = text.slice(pos, pos + 60);
  const offset = OFFSET.exec(rest);
  if (offset) {
    const sign = offset[2] === '+' ? 1 : -1;
    const hours = Number(offset[3]);
    const minutes = offset[4] ? Number(offset[4]) : 0;
    if (hours <= 14 && minutes < 60) {
      return { offsetMinutes: sign * (hours * 60 + minutes), start: pos, end: pos + offset[0].length, raw: offset[0] };
    }
  }
  for (const [pattern, offsetMinutes] of LONG_NAMES) {
    const m = pattern.exec(rest);
    if (m) return { offsetMinutes, start: pos, end: pos + m[0].length, raw: m[0] };
  }
  const abbreviation = ABBREVIATION.exec(rest);
  if (abbreviation) {
    const name = abbreviation[1];
    if (name === 'Z' && !allowZ) return null;
    const offsetMinutes = ABBREVIATIONS[name];
    if (offsetMinutes !== undefined) {
      return { offsetMinutes, start: pos, end: pos + name.length, raw: name };
    }
  }
  return null;
}

/**
 * A zone attached after a time: ` UTC`, `UTC +1` (no space, as in `PMUTC +1`), ` (WAT)`,
 * ` East African time`. Returns the zone and where the attachment (parentheses included) ends.
 */
export function matchAttachedZone(text: string, pos: number): { zone: ZoneMatch; end: number } | null {
  let cursor = pos;
  if (text[cursor] === 'Z') {
    const zone = matchZoneAt(text, cursor, true);
    if (zone && !/[A-Za-z]/.test(text[cursor + 1] ?? '')) return { zone, end: zone.end };
  }
  while (text[cursor] === ' ' && cursor - pos < 2) cursor++;
  const parenthesised = text[cursor] === '(';
  if (parenthesised) cursor++;
  const zone = matchZoneAt(text, cursor);
  if (!zone) return null;
  let end = zone.end;
  if (parenthesised) {
    if (text[end] !== ')') return null;
    end++;
  }
  return { zone, end };
}

/** Every zone named in `text` (used for headings such as `Timeline (all times WAT)`). */
export function findZones(text: string): ZoneMatch[] {
  const found: ZoneMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[A-Za-z0-9]/.test(text[i - 1])) continue;
    const zone = matchZoneAt(text, i) ?? ianaZoneAt(text, i);
    if (zone) {
      found.push(zone);
      i = zone.end - 1;
    }
  }
  return found;
}

/**
 * The UTC offset of an IANA zone (`Africa/Lagos`) on a given day, or null if unknown. Without
 * a day (an undated report), its standard offset: the smaller of its January and July offsets,
 * so the answer never depends on when the report is read.
 */
export function ianaOffsetMinutes(zoneName: string, onDate: Date | null): number | null {
  if (!onDate) {
    const january = ianaOffsetMinutes(zoneName, STANDARD_TIME_REFERENCE.january);
    const july = ianaOffsetMinutes(zoneName, STANDARD_TIME_REFERENCE.july);
    return january === null || july === null ? null : Math.min(january, july);
  }
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zoneName, timeZoneName: 'longOffset' }).formatToParts(onDate);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (name === 'GMT') return 0;
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
    if (!m) return null;
    return (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return null;
  }
}

/** Mid-winter and mid-summer days of a recent year, for a zone's standard offset. */
const STANDARD_TIME_REFERENCE = { january: new Date(Date.UTC(2024, 0, 15)), july: new Date(Date.UTC(2024, 6, 15)) };

/** `UTC+03:00`, `UTC-05:30`, `UTC+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The UTC offset of a zone named on its own, as a setting gives it: an abbreviation (`WAT`),
 * an offset (`UTC+1`), a long name or an IANA name (`Africa/Lagos`, on `onDate`, or its standard
 * offset without a day); null if unknown.
 */
export function zoneOffsetOf(name: string, onDate: Date | null): number | null {
  const trimmed = name.trim();
  const match = matchZoneAt(trimmed, 0, true);
  if (match && match.end === trimmed.length) return match.offsetMinutes;
  return trimmed.includes('/') ? ianaOffsetMinutes(trimmed, onDate) : null;
}

/** A zone matched in a piece of text that starts at `offset` in the document, as a statement from `source`. */
export function zoneStatement(zone: ZoneMatch, offset: number, source: ZoneSource): ZoneStatement {
  return { offsetMinutes: zone.offsetMinutes, raw: zone.raw, range: { start: offset + zone.start, end: offset + zone.end }, source };
}
