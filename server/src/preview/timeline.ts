// The timeline picture: a time axis from the first to the last timed entry, one marker per
// entry coloured by the kind of event it records, the summary's outage window shaded, long
// silences marked, and entries with a problem flagged. Colours come only from CSS classes
// (`TIMELINE_CSS`), so the page's theme applies; the fallbacks in it serve pages without
// VS Code's theme variables.

import { addDays, dateOfTimelineDay, dominantTimeStyle, formatDuration, formatIncidentDate, formatTime } from '../model';
import type { IncidentDate, IncidentMetrics, PostmortemModel, TimelineEntry, TimeStyle } from '../model';
import type { PreviewDiagnostic } from './diagnostics';
import { escapeHtml, formatClock, LineIndex, shorten } from './markup';

export interface TimelineSvgOptions {
  /** Silences between consecutive entries longer than this many minutes are marked. */
  gapMinutes: number;
  /** Problems in the report: an entry is flagged when one starts on one of its lines. */
  diagnostics?: readonly PreviewDiagnostic[];
}

/** The fence info that asks for the picture in the report (in our preview and in VS Code's Markdown preview). */
export const TIMELINE_FENCE = 'postmortem-timeline';

/** The marker classes, in the order incidents usually run; `other` for entries no cue classifies. */
export const MARKER_KINDS = ['trigger', 'detection', 'escalation', 'investigation', 'mitigation', 'resolution', 'other'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

const WIDTH = 800;
const LEFT = 48;
const RIGHT = WIDTH - 48;
const AXIS_Y = 92;
const MARKER_RADIUS = 6;
/** Markers closer than this (in picture units) stack upwards instead of hiding each other. */
const LANE_SPACING = 15;
const MAX_LANES = 4;
const TICK_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440];
const MAX_TICKS = 8;
const LEGEND_ROW = 18;
/** A gap's label needs about this much room between its two markers. */
const GAP_LABEL_WIDTH = 72;

/**
 * Scoped to `.pm-timeline`: the preview page includes it in its stylesheet, the Markdown
 * preview plugin next to each picture. `--pm-*` variables let a page recolour one kind.
 */
export const TIMELINE_CSS = `
.pm-timeline { display: block; width: 100%; max-width: 960px; height: auto; overflow: visible; font-family: inherit; }
.pm-timeline text { fill: currentColor; font-size: 11px; }
.pm-timeline .axis { stroke: currentColor; stroke-opacity: 0.55; stroke-width: 1.5; }
.pm-timeline .tick line { stroke: currentColor; stroke-opacity: 0.35; }
.pm-timeline .tick text { fill-opacity: 0.8; }
.pm-timeline .tick.midnight line { stroke-opacity: 0.6; stroke-dasharray: 3 3; }
.pm-timeline .tick .day { font-weight: 600; }
.pm-timeline .window, .pm-timeline .swatch-window { fill: var(--pm-window, var(--vscode-editorError-foreground, #e51400)); fill-opacity: 0.13; stroke: var(--pm-window, var(--vscode-editorError-foreground, #e51400)); stroke-opacity: 0.45; stroke-dasharray: 4 3; }
.pm-timeline .window-label { fill: var(--pm-window, var(--vscode-editorError-foreground, #e51400)); font-weight: 600; }
.pm-timeline .gap, .pm-timeline .swatch-gap { stroke: var(--pm-gap, var(--vscode-editorWarning-foreground, #bf8803)); stroke-width: 3; stroke-dasharray: 6 4; }
.pm-timeline .gap-label { fill: var(--pm-gap, var(--vscode-editorWarning-foreground, #bf8803)); font-size: 10px; }
.pm-timeline .marker, .pm-timeline .swatch { stroke: var(--vscode-editor-background, #ffffff); stroke-width: 1.5; }
.pm-timeline .kind-trigger { fill: var(--pm-trigger, var(--vscode-charts-purple, #8a4fcf)); }
.pm-timeline .kind-detection { fill: var(--pm-detection, var(--vscode-charts-blue, #3794ff)); }
.pm-timeline .kind-escalation { fill: var(--pm-escalation, var(--vscode-charts-orange, #d18616)); }
.pm-timeline .kind-investigation { fill: var(--pm-investigation, var(--vscode-charts-lines, #8b8b8b)); }
.pm-timeline .kind-mitigation { fill: var(--pm-mitigation, var(--vscode-charts-yellow, #c9a100)); }
.pm-timeline .kind-resolution { fill: var(--pm-resolution, var(--vscode-charts-green, #2f9e44)); }
.pm-timeline .kind-other { fill: var(--pm-other, var(--vscode-disabledForeground, #9e9e9e)); }
.pm-timeline .marker.flagged, .pm-timeline .swatch.flagged { stroke: var(--pm-flagged, var(--vscode-editorError-foreground, #e51400)); stroke-width: 3; }
.pm-timeline .swatch.flagged { fill: none; }
.pm-timeline .legend text { font-size: 10.5px; fill-opacity: 0.85; }
body.vscode-high-contrast .pm-timeline .marker:not(.flagged), body.vscode-high-contrast .pm-timeline .swatch:not(.flagged) { stroke: var(--vscode-contrastBorder, currentColor); }
body.vscode-high-contrast .pm-timeline .window, body.vscode-high-contrast .pm-timeline .swatch-window { fill-opacity: 0.25; stroke-opacity: 1; }
`;

interface PlacedEntry {
  index: number;
  entry: TimelineEntry & { absoluteMinutes: number };
  kind: MarkerKind;
  x: number;
  y: number;
  line: number;
  problems: PreviewDiagnostic[];
}

/** The picture as one self-contained `<svg>`, or a short note when the report has no timed timeline to draw. */
export function timelineSvg(model: PostmortemModel, metrics: IncidentMetrics, options: TimelineSvgOptions): string {
  if (model.timeline.sections.length === 0) {
    return note('No Timeline section yet: add <code>## Timeline</code> with one entry per line, such as <code>- 10:02: Alert fires</code>, to see the picture.');
  }
  const timed = model.timeline.entries.flatMap((entry, index) => (entry.time && entry.absoluteMinutes !== null ? [{ index, entry: entry as PlacedEntry['entry'] }] : []));
  if (timed.length === 0) return note('The timeline has no entries with a time yet, so there is nothing to draw.');

  const style = dominantTimeStyle(timed.map((t) => t.entry.time!));
  // Found once: looking the date up scans the entries.
  const firstDay = dateOfTimelineDay(model, 0);
  const first = Math.min(...timed.map((t) => t.entry.absoluteMinutes));
  const last = Math.max(...timed.map((t) => t.entry.absoluteMinutes));
  // One moment only: an hour around it, so the marker stands in the middle.
  const [from, to] = first === last ? [first - 30, last + 30] : [first, last];
  const x = (minutes: number) => LEFT + ((minutes - from) / (to - from)) * (RIGHT - LEFT);

  const lines = new LineIndex(model.text);
  const problemsByLine = new Map<number, PreviewDiagnostic[]>();
  for (const d of options.diagnostics ?? []) {
    const onLine = problemsByLine.get(d.line);
    if (onLine) onLine.push(d);
    else problemsByLine.set(d.line, [d]);
  }

  const inTimeOrder = [...timed].sort((a, b) => a.entry.absoluteMinutes - b.entry.absoluteMinutes || a.index - b.index);
  const placed = stackInLanes(inTimeOrder.map((t) => {
    const firstLine = lines.lineAt(t.entry.range.start);
    const lastLine = lines.lineAt(Math.max(t.entry.range.start, t.entry.range.end - 1));
    const problems: PreviewDiagnostic[] = [];
    for (let line = firstLine; line <= lastLine; line++) problems.push(...(problemsByLine.get(line) ?? []));
    return { ...t, kind: metrics.entries[t.index]?.kind ?? 'other', x: x(t.entry.absoluteMinutes), y: AXIS_Y, line: firstLine, problems };
  }));

  const outage = outageWindow(metrics, from, to, x);
  const gaps = placed.slice(1).flatMap((p, i) => {
    const minutes = p.entry.absoluteMinutes - placed[i].entry.absoluteMinutes;
    return minutes > options.gapMinutes ? [{ from: placed[i], to: p, minutes }] : [];
  });

  const parts: string[] = [];
  const span = `${formatTime(placed[0].entry.time!, style)} to ${formatTime(placed[placed.length - 1].entry.time!, style)}`;
  const title = `Timeline: ${timed.length} ${timed.length === 1 ? 'entry' : 'entries'} from ${span}`;
  const description = [
    outage ? `Outage window ${outage.label} shaded.` : '',
    gaps.length ? `${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'} longer than ${formatDuration(options.gapMinutes)}.` : '',
    placed.some((p) => p.problems.length) ? `${placed.filter((p) => p.problems.length).length} flagged with a problem.` : '',
  ].filter(Boolean).join(' ');
  const key = legend(placed, gaps.length > 0, outage !== null, AXIS_Y + 58);
  const height = AXIS_Y + 58 + key.height;
  parts.push(`<svg class="pm-timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  if (description) parts.push(`<desc>${escapeHtml(description)}</desc>`);
  if (outage) {
    const top = AXIS_Y - MAX_LANES * LANE_SPACING - 4;
    parts.push(`<g class="outage"><rect class="window" x="${n(outage.x1)}" y="${top}" width="${n(Math.max(outage.x2 - outage.x1, 1))}" height="${AXIS_Y + 10 - top}"><title>${escapeHtml(`Outage window ${outage.label}`)}</title></rect>`);
    parts.push(`<text class="window-label" x="${n(outage.x1 + 4)}" y="${top - 6}">${escapeHtml(`Outage ${outage.label}`)}</text></g>`);
  }
  parts.push(`<line class="axis" x1="${LEFT}" y1="${AXIS_Y}" x2="${RIGHT}" y2="${AXIS_Y}"/>`);
  parts.push(ticks(firstDay, from, to, x, style));
  for (const gap of gaps) {
    const label = `gap ${formatDuration(gap.minutes)}`;
    // Between the markers' edges, unless they stand too close for that.
    const [x1, x2] = gap.to.x - gap.from.x > 2 * MARKER_RADIUS + 4 ? [gap.from.x + MARKER_RADIUS + 2, gap.to.x - MARKER_RADIUS - 2] : [gap.from.x, gap.to.x];
    parts.push(`<g class="gap-mark"><line class="gap" x1="${n(x1)}" y1="${AXIS_Y}" x2="${n(x2)}" y2="${AXIS_Y}"><title>${escapeHtml(`No entry for ${formatDuration(gap.minutes)}, from ${formatTime(gap.from.entry.time!, style)} to ${formatTime(gap.to.entry.time!, style)}`)}</title></line>`);
    if (x2 - x1 >= GAP_LABEL_WIDTH) parts.push(`<text class="gap-label" x="${n((x1 + x2) / 2)}" y="${AXIS_Y - 8}" text-anchor="middle">${escapeHtml(label)}</text>`);
    parts.push('</g>');
  }
  for (const p of placed) {
    const classes = ['marker', `kind-${p.kind}`, ...(p.problems.length ? ['flagged'] : [])].join(' ');
    parts.push(`<circle class="${classes}" data-line="${p.line}" cx="${n(p.x)}" cy="${n(p.y)}" r="${MARKER_RADIUS}"><title>${escapeHtml(markerTitle(firstDay, p, style))}</title></circle>`);
  }
  parts.push(key.markup);
  parts.push('</svg>');
  return parts.join('');
}

function note(html: string): string {
  return `<p class="pm-timeline-note">${html}</p>`;
}

/** Picture coordinates with one decimal at most. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Markers (left to right) that would overlap moved into lanes above the axis; past `MAX_LANES` they overlap after all. */
function stackInLanes(markers: PlacedEntry[]): PlacedEntry[] {
  const laneEnds: number[] = [];
  return markers.map((marker, i) => {
    let lane = laneEnds.findIndex((end) => marker.x - end >= 2 * MARKER_RADIUS + 1);
    if (lane === -1) lane = laneEnds.length < MAX_LANES ? laneEnds.length : i % MAX_LANES;
    laneEnds[lane] = marker.x;
    return { ...marker, y: AXIS_Y - lane * LANE_SPACING };
  });
}

/** The window the summary states, clipped to the axis; null when the summary states neither end or it lies off the axis. */
function outageWindow(metrics: IncidentMetrics, from: number, to: number, x: (minutes: number) => number): { x1: number; x2: number; label: string } | null {
  const { start, end } = metrics;
  if (!start || !end || (start.source !== 'summary' && end.source !== 'summary')) return null;
  const clippedStart = Math.max(start.absoluteMinutes, from);
  const clippedEnd = Math.min(end.absoluteMinutes, to);
  if (clippedEnd < clippedStart) return null;
  return { x1: x(clippedStart), x2: x(clippedEnd), label: formatDuration(end.absoluteMinutes - start.absoluteMinutes) };
}

/** Evenly spaced times under the axis, at most `MAX_TICKS`, with the day named under each midnight. */
function ticks(firstDay: IncidentDate | null, from: number, to: number, x: (m: number) => number, style: TimeStyle): string {
  const step = TICK_STEPS.find((s) => (to - from) / s <= MAX_TICKS) ?? 1440;
  const parts: string[] = ['<g class="ticks">'];
  for (let at = Math.ceil(from / step) * step; at <= to; at += step) {
    const midnight = at % 1440 === 0;
    const px = n(x(at));
    parts.push(`<g class="tick${midnight ? ' midnight' : ''}"><line x1="${px}" y1="${AXIS_Y + (midnight ? -70 : 0)}" x2="${px}" y2="${AXIS_Y + 5}"/>`);
    parts.push(`<text x="${px}" y="${AXIS_Y + 19}" text-anchor="middle">${escapeHtml(formatClock(at, style))}</text>`);
    if (midnight) parts.push(`<text class="day" x="${px}" y="${AXIS_Y + 33}" text-anchor="middle">${escapeHtml(dayName(firstDay, Math.floor(at / 1440)))}</text>`);
    parts.push('</g>');
  }
  parts.push('</g>');
  return parts.join('');
}

/** `2024-01-18` when the report dates its timeline (`firstDay` is its first entry's day), else `day 2`. */
function dayName(firstDay: IncidentDate | null, dayOffset: number): string {
  return firstDay ? formatIncidentDate(addDays(firstDay, dayOffset)) : `day ${dayOffset + 1}`;
}

const KIND_WORDS: Record<MarkerKind, string> = {
  trigger: 'trigger',
  detection: 'detection',
  escalation: 'escalation',
  investigation: 'investigation',
  mitigation: 'mitigation',
  resolution: 'resolution',
  other: 'other event',
};

/** `11:40 PM (day 2) · detection — Checkout alert fires`, then the entry's problems, one per line. */
function markerTitle(firstDay: IncidentDate | null, p: PlacedEntry, style: TimeStyle): string {
  const day = p.entry.dayOffset > 0 ? ` (${dayName(firstDay, p.entry.dayOffset)})` : '';
  const head = `${formatTime(p.entry.time!, style)}${day} · ${KIND_WORDS[p.kind]} — ${shorten(p.entry.text, 120)}`;
  return [head, ...p.problems.map((d) => `⚠ ${d.rule}: ${d.message}`)].join('\n');
}

/** A key to the colours the picture uses (the kinds present, flags, the window, gaps), in rows from `top`. */
function legend(placed: PlacedEntry[], hasGaps: boolean, hasWindow: boolean, top: number): { markup: string; height: number } {
  const items: Array<{ swatch: string; label: string }> = MARKER_KINDS.filter((k) => placed.some((p) => p.kind === k)).map((k) => ({
    swatch: `<circle class="swatch kind-${k}" cx="0" cy="-4" r="5"/>`,
    label: KIND_WORDS[k],
  }));
  if (placed.some((p) => p.problems.length)) items.push({ swatch: '<circle class="swatch flagged" cx="0" cy="-4" r="5"/>', label: 'has a problem' });
  if (hasWindow) items.push({ swatch: '<rect class="swatch-window" x="-5" y="-9" width="10" height="10"/>', label: 'stated outage' });
  if (hasGaps) items.push({ swatch: '<line class="swatch-gap" x1="-6" y1="-4" x2="6" y2="-4"/>', label: 'gap' });
  let [x, y] = [LEFT, top + LEGEND_ROW / 2];
  const drawn = items.map(({ swatch, label }) => {
    // About 6 units per character at the legend's font size, plus the swatch and a space.
    const width = 28 + label.length * 6;
    if (x + width > RIGHT + 24 && x > LEFT) [x, y] = [LEFT, y + LEGEND_ROW];
    const item = `<g transform="translate(${x} ${y})">${swatch}<text x="10" y="0">${escapeHtml(label)}</text></g>`;
    x += width;
    return item;
  });
  return { markup: `<g class="legend">${drawn.join('')}</g>`, height: y - top + LEGEND_ROW / 2 };
}
