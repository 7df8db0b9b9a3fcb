// Folding ranges: each heading's section, the timeline as a region, tables, the front
// matter, and timeline entries and action items that run over several lines.

import { FoldingRangeKind } from 'vscode-languageserver';
import type { FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostmortemModel, TextRange } from '../model';
import { buildOutline, timelineBlocks } from './outline';
import type { OutlineNode } from './outline';

/**
 * One fold per start line: VS Code keeps only the first range that starts on a line, so
 * where two would start together the larger one is kept (on a tie, the one listed first:
 * sections, front matter, timeline, tables, then entries and items). A fold hides at least
 * one line, and never ends on the blank lines before the next heading.
 */
export function foldingRanges(document: TextDocument, model: PostmortemModel): FoldingRange[] {
  const { text } = model;
  const byStartLine = new Map<number, FoldingRange>();
  /** Folds `range` from its first line to its last non-blank one, leaving `keepLine` and the lines before it open. */
  const fold = (range: TextRange, kind?: FoldingRangeKind, keepLine?: number) => {
    const startLine = document.positionAt(range.start).line;
    const endLine = document.positionAt(lastNonBlank(text, range)).line;
    if (endLine <= (keepLine ?? startLine)) return;
    const kept = byStartLine.get(startLine);
    if (kept && kept.endLine >= endLine) return;
    byStartLine.set(startLine, kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  const foldSections = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      // A setext heading's underline is part of the heading: a fold that hid only it would hide nothing.
      fold(node.range, undefined, document.positionAt(node.heading.range.end).line);
      foldSections(node.children);
    }
  };
  foldSections(buildOutline(model));
  // Front matter shows nowhere in the rendered report, like a comment; "Fold All Block Comments" folds it.
  if (model.frontMatter) fold(model.frontMatter.range, FoldingRangeKind.Comment);
  // The timeline is a region, so "Fold All Regions" folds every timeline and nothing else of ours.
  for (const block of timelineBlocks(model)) fold(block, FoldingRangeKind.Region);
  for (const table of model.tables) fold(table);
  for (const entry of model.timeline.entries) fold(entry.range);
  for (const item of model.actionItems) fold(item.range);

  return [...byStartLine.values()].sort((a, b) => a.startLine - b.startLine);
}

/** The end of the last non-blank character of `range`, or its start when it is all blank. */
function lastNonBlank(text: string, range: TextRange): number {
  let end = range.end;
  while (end > range.start && /\s/.test(text[end - 1])) end--;
  return end;
}
