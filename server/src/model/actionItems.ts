// Action items: the list items, table rows or lines of the action-items sections.

import type { List, ListItem, Root } from 'mdast';
import { blocksIn, clip, linesIn, rangeOf } from './markdown';
import type { ActionItem, Section, TextRange } from './types';

/** `@alice`, `(@bob.smith)`: dots inside a name, not a sentence's full stop after it; no e-mail addresses. */
const OWNER = /(?:^|[\s([])@([\w-]+(?:\.[\w-]+)*)|\bowner\s*[:=]\s*([^,;|)—–\n]+?)(?=\s*(?:[,;|)—–]|\bdue\b|\.?$))/i;
const DUE = /\b(?:due|by|deadline)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b|\b(\d{4}-\d{2}-\d{2})\b/i;
/** A URL without the punctuation that ends the sentence around it. */
const LINK = /https?:\/\/[^\s)>\]]*[^\s)>\].,;:!?]|(?:^|\s)(#\d+)\b|\b([A-Z][A-Z0-9]+-\d+)\b/;

export function readActionItems(text: string, root: Root, sections: Section[]): ActionItem[] {
  const items: ActionItem[] = [];
  for (const section of sections.filter((s) => s.kinds.includes('action_items'))) {
    for (const block of blocksIn(root, section.contentRange)) {
      if (block.type === 'list') {
        for (const item of itemsWithin(block, section.contentRange)) {
          const range = rangeOf(item)!;
          const first = item.children[0] ? rangeOf(item.children[0]) : null;
          items.push(describe(range, first ? text.slice(first.start, first.end) : '', item.checked ?? null));
        }
      } else if (block.type === 'table' && rangeOf(block)!.start >= section.contentRange.start) {
        for (const row of block.children.slice(1)) {
          const range = rangeOf(row)!;
          const cells = text.slice(range.start, range.end).split('|').map((c) => c.trim()).filter(Boolean);
          if (cells.length) items.push(describe(range, cells.join(' | '), null));
        }
      } else if (block.type === 'paragraph') {
        const { start, end } = clip(rangeOf(block)!, section.contentRange);
        const lines = linesIn(text, start, end);
        // A one-line paragraph or a lead-in ending with a colon is prose, not an item.
        if (lines.length < 2) continue;
        for (const line of lines) {
          const lineText = text.slice(line.start, line.end).trim();
          if (lineText && !lineText.endsWith(':')) items.push(describe(line, lineText, null));
        }
      }
    }
  }
  return items;
}

function describe(range: TextRange, itemText: string, checked: boolean | null): ActionItem {
  const owner = OWNER.exec(itemText);
  const due = DUE.exec(itemText);
  const link = LINK.exec(itemText);
  return {
    range,
    text: itemText.trim(),
    checked,
    owner: owner ? (owner[1] ?? owner[2]).trim() : null,
    due: due ? (due[1] ?? due[2]) : null,
    link: link ? (link[1] ?? link[2] ?? link[0]).trim() : null,
  };
}

/** The items of `list` that start inside `within`; under a label item (`- **Action items:**`), its nested items. */
function itemsWithin(list: List, within: TextRange): ListItem[] {
  return list.children.flatMap((item) => {
    const range = rangeOf(item)!;
    if (range.start >= within.start) return range.start < within.end ? [item] : [];
    if (range.end <= within.start) return [];
    return item.children.flatMap((child) => (child.type === 'list' ? itemsWithin(child, within) : []));
  });
}
