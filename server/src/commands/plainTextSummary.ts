// "Postmortem: Copy Summary": the incident in a few plain lines for a status page or a chat,
// only the lines the report lets us tell.

import type { Nodes, Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import { dateOfTimelineDay, formatIncidentDate, incidentMetrics, timeStyleOf } from '../model';
import type { IncidentMetrics, PostmortemModel } from '../model';
import { parseMarkdown } from '../model/markdown';
import { ROOT_CAUSE } from '../model/summary';
import { formatClock } from '../preview/markup';

/**
 * For example:
 *
 * ```text
 * Incident: Search latency after the index rebuild
 * Window: 9:12 PM – 10:05 PM WAT (2026-02-10)
 * Duration: 53 minutes
 * Impact: search requests took eight seconds or more
 * Root cause: The nightly index rebuild ran against the live search cluster
 * Action items: 2 (1 open)
 * ```
 *
 * The title is the front matter's `title`, else the report's title; the window and duration
 * are the incident metrics'; the impact is the summary's first impact statement; the root
 * cause is the first sentence of the Root Cause section, else the cause the summary names.
 */
export function plainTextSummary(model: PostmortemModel): string {
  if (model.tooLarge) return '';
  const metrics = incidentMetrics(model);
  const lines: Array<[string, string | null]> = [
    ['Incident', incidentTitle(model)],
    ['Window', incidentWindow(model, metrics)],
    ['Duration', metrics.durationMinutes === null ? null : durationInWords(metrics.durationMinutes)],
    ['Impact', impact(model)],
    ['Root cause', rootCause(model)],
    ['Action items', actionItemCount(model)],
  ];
  return lines.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : [])).join('\n');
}

/** `Postmortem: `, `Incident report – `: a label before the title's subject. */
const TITLE_LABEL = /^(?:incident\s+)?(?:post-?mortem|incident(?:\s+report)?|retrospective)(?:\s+report)?\s*(?:[:–—-]\s*|$)/i;

function incidentTitle(model: PostmortemModel): string | null {
  const stated = model.frontMatter?.data?.title;
  const title = typeof stated === 'string' && stated.trim() ? stated : model.title ? model.text.slice(model.title.textRange.start, model.title.textRange.end) : '';
  return plainText(title).replace(TITLE_LABEL, '').trim() || null;
}

/** `9:12 PM – 10:05 PM WAT (2026-02-10)`, `11:32 PM – 1:48 AM (+1 day) EAT`; null unless both ends are known. */
function incidentWindow(model: PostmortemModel, metrics: IncidentMetrics): string | null {
  const { start, end } = metrics;
  if (!start || !end || metrics.durationMinutes === null) return null;
  const style = timeStyleOf(model);
  const startDay = Math.floor(start.absoluteMinutes / 1440);
  const days = Math.floor(end.absoluteMinutes / 1440) - startDay;
  const date = dateOfTimelineDay(model, startDay);
  return [
    `${formatClock(start.absoluteMinutes, style)} – ${formatClock(end.absoluteMinutes, style)}`,
    days > 0 ? ` (+${days} ${days === 1 ? 'day' : 'days'})` : '',
    metrics.timelineZone ? ` ${metrics.timelineZone.raw.trim()}` : '',
    date ? ` (${formatIncidentDate(date)})` : '',
  ].join('');
}

/** `53 minutes`, `1 hour`, `2 hours 12 minutes`, `1 day 3 hours`. */
function durationInWords(totalMinutes: number): string {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: Array<[number, string]> = [[days, 'day'], [hours, 'hour'], [minutes, 'minute']];
  const said = parts.filter(([count]) => count > 0).map(([count, unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`);
  return said.length ? said.join(' ') : '0 minutes';
}

/**
 * The sentence of the first impact statement, read as plain text to the end of its paragraph:
 * the statement itself ends at any full stop, even one inside a link.
 */
function impact(model: PostmortemModel): string | null {
  // "The outage lasted 40 minutes" names the outage but says only how long: the duration line has that.
  const duration = model.summary.duration?.range;
  const claim = model.summary.impacts.find((c) => !duration || c.range.end <= duration.start || c.range.start >= duration.end);
  if (!claim) return null;
  const { text } = model;
  const nextSection = model.sections.find((s) => s.range.start > claim.range.start)?.range.start ?? text.length;
  const blankLine = /\r?\n[ \t]*\r?\n/g;
  blankLine.lastIndex = claim.range.start;
  const paragraphEnd = blankLine.exec(text)?.index ?? text.length;
  return impactClause(firstSentence(plainText(text.slice(claim.range.start, Math.min(paragraphEnd, nextSection)))));
}

/** A short opening clause that says when (`From 9:12 PM to 10:05 PM WAT, `, `For 53 minutes, `), not what was hit. */
const WHEN_CLAUSE = /^(?:from|between|for|on|at|during|over|since)\b[^,]*?(?:\d{1,2}[:.]\d{2}|\b\d{1,2}\s?[ap]\.?m\b|\b(?:minutes?|hours?)\b)[^,]*, /i;
const WHEN_CLAUSE_MAX_WORDS = 10;

/** The impact without an opening clause that gives the window. */
function impactClause(sentence: string): string | null {
  const when = WHEN_CLAUSE.exec(sentence);
  const rest = when && when[0].trim().split(/\s+/).length <= WHEN_CLAUSE_MAX_WORDS ? sentence.slice(when[0].length) : sentence;
  return asPhrase(rest, /^impact\s*[:–—-]\s*/i);
}

function rootCause(model: PostmortemModel): string | null {
  for (const section of model.sections) {
    if (!section.kinds.includes('root_cause') || section.isEmpty) continue;
    const paragraph = paragraphsIn(model.text.slice(section.contentRange.start, section.contentRange.end))[0];
    if (paragraph) return asPhrase(firstSentence(paragraph), /^root[\s-]?cause\s*[:–—-]\s*/i);
  }
  for (const range of model.summary.ranges) {
    for (const paragraph of paragraphsIn(model.text.slice(range.start, range.end))) {
      for (const sentence of sentences(paragraph)) {
        const cause = causeIn(sentence);
        if (cause) return cause;
      }
    }
  }
  return null;
}

/** After `root cause` or `the cause`: what joins it to the cause (` of the outage was`, `:`, ` is that`). */
const NOUN_TO_CAUSE = /^(?:\s+of\s+[^,]*?)?\s*(?:\b(?:was|were|is)\b|:)\s*(?:that\s+)?/i;

/**
 * What a sentence names as the cause: the words after `caused by`, `because (of)`, `root
 * cause was`; up to the comma when the sentence opens with the cue (`Because X, Y`). The
 * whole sentence when the cue leaves less than two words.
 */
function causeIn(sentence: string): string | null {
  const cue = ROOT_CAUSE.exec(sentence);
  if (!cue) return null;
  const after = sentence.slice(cue.index + cue[0].length);
  const isNoun = /^(?:root[\s-]?cause|the cause)$/i.test(cue[0]);
  let cause = isNoun ? after.replace(NOUN_TO_CAUSE, '') : after.replace(/^\s*(?:of\s+)?/i, '');
  if (cue.index === 0 && cause.includes(', ')) cause = cause.slice(0, cause.indexOf(', '));
  return asPhrase(cause.trim().split(/\s+/).length >= 2 ? cause : sentence);
}

/** The text as a line's phrase: without a leading label and the full stop that ends it; null when nothing is left. */
function asPhrase(text: string, label?: RegExp): string | null {
  return (label ? text.replace(label, '') : text).replace(/[.;:,]\s*$/, '').trim() || null;
}

/** `2 (1 open)`; the open count only when checkboxes tell which are done. Null without an action-items section. */
function actionItemCount(model: PostmortemModel): string | null {
  const items = model.actionItems;
  if (items.length === 0) return model.sections.some((s) => s.kinds.includes('action_items')) ? 'none' : null;
  if (items.every((item) => item.checked === null)) return String(items.length);
  const open = items.filter((item) => item.checked !== true).length;
  return `${items.length} (${open === 0 ? 'none' : open} open)`;
}

/**
 * The plain text of each paragraph that says something in words, in order. A paragraph that
 * is only emphasis is a template's guidance, and one that is only a link or a picture says
 * nothing a chat line can show.
 */
function paragraphsIn(markdown: string): string[] {
  const paragraphs: string[] = [];
  visit(parseMarkdown(markdown), 'paragraph', (node: Paragraph) => {
    const isGuidance = node.children.length === 1 && node.children[0].type === 'emphasis';
    const text = textOf(node);
    if (!isGuidance && /\p{L}{2}/u.test(text.replace(/\S*https?:\/\/\S*/g, ''))) paragraphs.push(text);
  });
  return paragraphs;
}

/** Markdown as the reader sees it: links as their text, no emphasis marks, no HTML, one line. */
function plainText(markdown: string): string {
  return textOf(parseMarkdown(markdown));
}

function textOf(tree: Nodes): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') parts.push(' ');
    else if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if (node.type === 'image') parts.push(node.alt ?? '');
    else if (node.type === 'break') parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A sentence ends at `.`, `!` or `?` before a capital, a digit or the end: `a.m.` and `e.g.` go on. */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d"“(]|\s*$)/gu;

function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    found.push(text.slice(start, end.index + 1).trim());
    start = end.index + 1;
  }
  if (text.slice(start).trim()) found.push(text.slice(start).trim());
  return found;
}

function firstSentence(text: string): string {
  return sentences(text)[0] ?? text;
}
