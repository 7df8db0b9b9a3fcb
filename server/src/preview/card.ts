// The incident card above the preview: the figures a reader looks for first. Every figure
// has its row; one the report does not give says so, which is a reminder to the writer.

import { dateOfTimelineDay, dominantTimeStyle, formatDuration, formatIncidentDate, formatOffset } from '../model';
import type { IncidentMetrics, IncidentMoment, Milestone, PostmortemModel, ZoneStatement } from '../model';
import { escapeHtml, formatClock, shorten } from './markup';

/** What each row of the card is, as its `data-figure` names it. */
export const CARD_FIGURES = ['window', 'duration', 'timezone', 'impact', 'severity', 'status', 'detect', 'mitigate', 'resolve'] as const;
export type CardFigure = (typeof CARD_FIGURES)[number];

const LABELS: Record<CardFigure, string> = {
  window: 'Window',
  duration: 'Duration',
  timezone: 'Time zone',
  impact: 'Impact',
  severity: 'Severity',
  status: 'Status',
  detect: 'Time to detect',
  mitigate: 'Time to mitigate',
  resolve: 'Time to resolve',
};

const IMPACT_LENGTH = 200;

interface Figure {
  /** Plain text; escaped when written. */
  value: string;
  /** Where the value comes from, or why it is missing. */
  note?: string;
  known: boolean;
}

/** The card as a `<section>`: the report's title and one row per figure. */
export function incidentCard(model: PostmortemModel, metrics: IncidentMetrics): string {
  const figures = cardFigures(model, metrics);
  const rows = CARD_FIGURES.map((figure) => {
    const { value, note, known } = figures[figure];
    const noteHtml = note ? `<span class="pm-note">${escapeHtml(note)}</span>` : '';
    return `<div class="pm-figure${known ? '' : ' unknown'}" data-figure="${figure}"><dt>${LABELS[figure]}</dt><dd><span class="pm-value">${escapeHtml(value)}</span>${noteHtml}</dd></div>`;
  });
  const title = model.title?.text.trim() || 'Untitled postmortem';
  return `<section class="pm-card" aria-label="Incident"><h1 class="pm-card-title">${escapeHtml(title)}</h1><dl class="pm-figures">${rows.join('')}</dl></section>`;
}

/** Each figure as the card shows it. */
export function cardFigures(model: PostmortemModel, metrics: IncidentMetrics): Record<CardFigure, Figure> {
  const zone = metrics.timelineZone ?? model.incidentZone?.statement ?? null;
  return {
    window: incidentWindow(model, metrics, zone),
    duration: metrics.durationMinutes === null ? unknown('unknown') : { value: formatDuration(metrics.durationMinutes), known: true },
    timezone: zone ? { value: zoneText(zone), known: true } : unknown('not stated'),
    impact: model.summary.impacts.length ? { value: shorten(model.summary.impacts[0].text, IMPACT_LENGTH), known: true } : unknown('not stated'),
    severity: frontMatterField(model, 'severity'),
    status: frontMatterField(model, 'status'),
    detect: sinceStart(metrics.detection, 'detection'),
    mitigate: sinceStart(metrics.mitigation, 'mitigation'),
    resolve: sinceStart(metrics.resolution, 'resolution'),
  };
}

function unknown(value: string): Figure {
  return { value, known: false };
}

/** `2024-01-17 23:40 – 00:25 (+1 day) UTC`, noting whether the summary or the timeline says so. */
function incidentWindow(model: PostmortemModel, metrics: IncidentMetrics, zone: ZoneStatement | null): Figure {
  const { start, end } = metrics;
  if (!start || !end || metrics.durationMinutes === null) return unknown('unknown');
  const style = dominantTimeStyle(model.timeline.entries.flatMap((e) => (e.time ? [e.time] : [])));
  const startDay = Math.floor(start.absoluteMinutes / 1440);
  const days = Math.floor(end.absoluteMinutes / 1440) - startDay;
  const date = dateOfTimelineDay(model, startDay);
  const value = [
    date ? `${formatIncidentDate(date)} ` : '',
    `${formatClock(start.absoluteMinutes, style)} – ${formatClock(end.absoluteMinutes, style)}`,
    days > 0 ? ` (+${days} ${days === 1 ? 'day' : 'days'})` : '',
    zone ? ` ${zone.raw.trim()}` : '',
  ].join('');
  return { value, note: windowSource(start, end), known: true };
}

function windowSource(start: IncidentMoment, end: IncidentMoment): string {
  if (start.source === 'summary' && end.source === 'summary') return 'as the summary states';
  if (start.source === 'timeline' && end.source === 'timeline') return "the timeline's first and last entries";
  return start.source === 'summary' ? "start from the summary, end from the timeline's last entry" : "start from the timeline's first entry, end from the summary";
}

/** `WAT (UTC+01:00)`; `UTC` and an offset written as such say it already. */
function zoneText(zone: ZoneStatement): string {
  const offset = formatOffset(zone.offsetMinutes);
  const raw = zone.raw.trim();
  const saysItAlready = raw.replace(/\s+/g, '') === offset || (zone.offsetMinutes === 0 && /^(?:UTC|GMT|Z)$/i.test(raw));
  return saysItAlready ? raw : `${raw} (${offset})`;
}

function frontMatterField(model: PostmortemModel, key: string): Figure {
  const value = model.frontMatter?.data?.[key];
  if (typeof value === 'string' && value.trim()) return { value: value.trim(), known: true };
  if (typeof value === 'number') return { value: String(value), known: true };
  return { value: 'not stated', note: `no ${key} field in the front matter`, known: false };
}

/** How long after the start a milestone came; negative when the entry comes before the start. */
function sinceStart(milestone: Milestone | null, kind: string): Figure {
  if (!milestone) return { value: 'unknown', note: `no timed entry reads as a ${kind}`, known: false };
  return { value: formatDuration(milestone.sinceStart), known: true };
}
