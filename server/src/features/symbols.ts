// Document symbols: the postmortem's outline for the Outline view, breadcrumbs and Go to
// Symbol. Headings nest by level under the title; timeline entries and action items are
// listed under the heading they stand under.

import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ActionItem, PostmortemModel, SectionKind, TextRange, TimelineEntry } from '../model';
import { lineEndAt } from '../model/markdown';
import { SECTION_TITLES } from '../rules/rule';
import { buildOutline, nodesContaining } from './outline';
import type { OutlineNode } from './outline';

/**
 * The symbol kind, and so the icon, of each part of a postmortem. A section named by two
 * kinds (`Root cause and resolution`) takes the first one's.
 */
export const SYMBOL_KINDS = {
  /** The title heading, which holds the rest of the report. */
  title: SymbolKind.File,
  /** A heading that names no section: plain Markdown headings look the same in VS Code's own outline. */
  heading: SymbolKind.String,
  timelineEntry: SymbolKind.Event,
  actionItem: SymbolKind.EnumMember,
  sections: {
    summary: SymbolKind.Namespace,
    /** Figures: users, requests, money. */
    impact: SymbolKind.Number,
    /** An ordered list of events. */
    timeline: SymbolKind.Array,
    /** The key to the incident. */
    root_cause: SymbolKind.Key,
    /** What set it off. */
    trigger: SymbolKind.Operator,
    /** The steps that fixed it. */
    resolution: SymbolKind.Method,
    /** How it came to light. */
    detection: SymbolKind.Property,
    /** A list of tasks, each an `actionItem`. */
    action_items: SymbolKind.Enum,
    /** What to keep. */
    lessons_learned: SymbolKind.Constant,
  } satisfies Record<SectionKind, SymbolKind>,
} as const;

/** Entry and item names longer than this are cut between words; the Outline view is narrow. */
const MAX_NAME_LENGTH = 60;

export function documentSymbols(document: TextDocument, model: PostmortemModel): DocumentSymbol[] {
  const outline = buildOutline(model);
  const leaves = new Map<OutlineNode | null, Placed[]>();
  const place = (range: TextRange, symbol: DocumentSymbol | null) => {
    if (!symbol) return;
    const owner = nodesContaining(outline, range).pop() ?? null;
    const placed = leaves.get(owner);
    if (placed) placed.push({ start: range.start, symbol });
    else leaves.set(owner, [{ start: range.start, symbol }]);
  };
  for (const entry of model.timeline.entries) place(entry.range, entrySymbol(document, model.text, entry));
  for (const item of model.actionItems) place(item.range, itemSymbol(document, model.text, item));

  const toSymbols = (nodes: OutlineNode[], owner: OutlineNode | null): DocumentSymbol[] =>
    [...nodes.map((node): Placed => ({ start: node.range.start, symbol: nodeSymbol(document, model, node, toSymbols(node.children, node)) })), ...(leaves.get(owner) ?? [])]
      .sort((a, b) => a.start - b.start)
      .map((placed) => placed.symbol);
  return toSymbols(outline, null);
}

interface Placed {
  start: number;
  symbol: DocumentSymbol;
}

function nodeSymbol(document: TextDocument, model: PostmortemModel, node: OutlineNode, children: DocumentSymbol[]): DocumentSymbol {
  const { heading, section } = node;
  const kinds = section?.kinds ?? [];
  const detail = kinds.map((kind) => SECTION_TITLES[kind]).join(', ');
  return {
    // A setext heading's words may run over several lines.
    name: heading.text.replace(/\s+/g, ' '),
    // The detail says what the heading counts as; `Summary` under `## Summary` would only repeat it.
    ...(detail && detail.toLowerCase() !== heading.text.toLowerCase() ? { detail } : {}),
    kind: heading === model.title ? SYMBOL_KINDS.title : kinds.length ? SYMBOL_KINDS.sections[kinds[0]] : SYMBOL_KINDS.heading,
    range: rangeIn(document, node.range),
    selectionRange: rangeIn(document, heading.textRange),
    children,
  };
}

/**
 * `11:32 PM ORM library updated`: the time as written (so it reads as in the document and
 * filters the same way), then the event. The date, or the day a rollover puts it on, is the detail.
 */
function entrySymbol(document: TextDocument, text: string, entry: TimelineEntry): DocumentSymbol | null {
  const time = entry.time ?? entry.invalidTime;
  const event = shorten(plainText(entry.text));
  const name = [time?.raw, event].filter(Boolean).join(' ') || shorten(plainText(text.slice(entry.lineRange.start, entry.lineRange.end)));
  if (!name) return null;
  const detail = entry.date ? text.slice(entry.date.range.start, entry.date.range.end) : entry.dayOffset > 0 ? `day ${entry.dayOffset + 1}` : '';
  const selection = time?.range ?? (entry.textRange.end > entry.textRange.start ? entry.textRange : entry.lineRange);
  return leafSymbol(document, name, detail, SYMBOL_KINDS.timelineEntry, entry.range, selection);
}

/** The task as written (owner and due date included), with `done` as the detail once ticked. */
function itemSymbol(document: TextDocument, text: string, item: ActionItem): DocumentSymbol | null {
  const name = shorten(plainText(item.text));
  if (!name) return null;
  const detail = item.checked ? 'done' : '';
  const firstLine = { start: item.range.start, end: Math.min(lineEndAt(text, item.range.start), item.range.end) };
  return leafSymbol(document, name, detail, SYMBOL_KINDS.actionItem, item.range, firstLine);
}

/** A symbol without children; an empty `detail` is left out. */
function leafSymbol(document: TextDocument, name: string, detail: string, kind: SymbolKind, range: TextRange, selection: TextRange): DocumentSymbol {
  return { name, ...(detail ? { detail } : {}), kind, range: rangeIn(document, range), selectionRange: rangeIn(document, selection) };
}

/** Markdown as it reads: links and images by their words, without emphasis marks, code ticks or tags. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `text` cut to `MAX_NAME_LENGTH` with `…`, between words unless a word is very long, never inside an emoji. */
function shorten(text: string): string {
  if (text.length <= MAX_NAME_LENGTH) return text;
  let cut = text.slice(0, MAX_NAME_LENGTH - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_NAME_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function rangeIn(document: TextDocument, range: TextRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}
