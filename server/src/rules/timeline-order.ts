import { describeTime } from '../model';
import type { PostmortemModel, TimelineEntry } from '../model';
import { lineStartAt } from './layout';
import type { Fix, Rule, RuleFinding, TextEdit } from './rule';
import { quote } from './rule';

export const timelineOrder: Rule = {
  meta: {
    id: 'timeline-order',
    description: 'Timeline entries out of chronological order (after allowing for the timeline passing midnight).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: RuleFinding[] = [];
    let latest: (typeof model.timeline.entries)[number] | null = null;
    for (const entry of model.timeline.entries) {
      if (entry.absoluteMinutes === null || !entry.time) continue;
      if (latest?.time && latest.absoluteMinutes !== null && entry.absoluteMinutes < latest.absoluteMinutes) {
        findings.push({
          range: entry.time.range,
          message: `${written(entry, latest)} ${quote(entry.text, 40)} comes after ${written(latest, entry)} ${quote(latest.text, 40)}. Move the entry to its place in time, or correct its time.`,
        });
      } else {
        latest = entry;
      }
    }
    return findings;
  },
  fix(model) {
    let fixes = sortFixes.get(model);
    if (!fixes) {
      fixes = sortTimeline(model);
      sortFixes.set(model, fixes);
    }
    return fixes;
  },
};

/** The entry's time, with its zone when the other entry is in another one (`4:00 PM EDT` comes after `4:15 PM CAT`). */
function written(entry: TimelineEntry, other: TimelineEntry): string {
  const time = describeTime(entry.time!);
  return entry.zone && entry.zone.offsetMinutes !== other.zone?.offsetMinutes ? `${time} ${entry.zone.raw}` : time;
}

/** Every diagnostic of a timeline offers the same sort; "Fix all" asks for each, so it is worked out once per model. */
const sortFixes = new WeakMap<PostmortemModel, Fix[]>();

function sortTimeline(model: PostmortemModel): Fix[] {
  const edits: TextEdit[] = [];
  for (const block of blocksOf(model.timeline.entries)) {
    const edit = sortBlock(model.text, block);
    if (edit === null) return [];
    if (edit !== undefined) edits.push(edit);
  }
  return edits.length ? [{ title: 'Sort the timeline chronologically', edits, preferred: true }] : [];
}

/** An entry with the entries without a time that follow it, which move with it. */
interface Unit {
  /** Where the moving text starts: after a list item's marker, or at a row's or line's first character. */
  start: number;
  end: number;
  /** Minutes since the timeline's first midnight; units before the first timed entry stay first. */
  key: number;
  /** For a list item, where its text starts on its line: its continuation lines are indented to it. */
  column: number;
  multiline: boolean;
}

function blocksOf(entries: readonly TimelineEntry[]): TimelineEntry[][] {
  const blocks = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    const block = blocks.get(entry.block.start);
    if (block) block.push(entry);
    else blocks.set(entry.block.start, [entry]);
  }
  return [...blocks.values()];
}

/** A list item's marker (`- `, `12. `): it stays in place, so ordered lists keep their numbers. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]*/;

function unitsOf(text: string, block: TimelineEntry[]): Unit[] {
  const units: Unit[] = [];
  for (const entry of block) {
    const lead = entry.form === 'list' ? LIST_MARKER.exec(text.slice(entry.range.start, entry.range.end))![0] : /^\s*/.exec(text.slice(entry.range.start, entry.range.end))![0];
    const start = entry.range.start + lead.length;
    const last = units[units.length - 1];
    if (entry.absoluteMinutes === null && last) {
      last.end = entry.range.end;
      last.multiline = true;
      continue;
    }
    units.push({
      start,
      end: entry.range.end,
      key: entry.absoluteMinutes ?? -Infinity,
      column: entry.form === 'list' ? start - lineStartAt(text, start) : 0,
      multiline: text.slice(start, entry.range.end).includes('\n'),
    });
  }
  return units;
}

/**
 * The edit that sorts one block: only the span from the first unit that moves to the last,
 * with the text between units (line breaks, list markers, blank lines) left where it was.
 * Undefined when the block is in order; null when a unit of several lines would land on a
 * list item whose text starts in another column, where its lines would leave the item.
 */
function sortBlock(text: string, block: TimelineEntry[]): TextEdit | null | undefined {
  const units = unitsOf(text, block);
  const sorted = [...units].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const first = sorted.findIndex((unit, i) => unit !== units[i]);
  if (first === -1) return undefined;
  let last = units.length - 1;
  while (sorted[last] === units[last]) last--;
  let newText = '';
  for (let i = first; i <= last; i++) {
    if (sorted[i].multiline && sorted[i].column !== units[i].column) return null;
    newText += text.slice(sorted[i].start, sorted[i].end);
    if (i < last) newText += text.slice(units[i].end, units[i + 1].start);
  }
  return { range: { start: units[first].start, end: units[last].end }, newText };
}
