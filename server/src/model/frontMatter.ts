// YAML front matter, read with `yaml` so every value keeps its source range.

import type { Root } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';
import { rangeOf } from './markdown';
import type { FrontMatter, TextRange } from './types';

export function readFrontMatter(text: string, root: Root): FrontMatter | null {
  const node = root.children[0];
  if (node?.type !== 'yaml') return null;
  const range = rangeOf(node)!;
  const contentOffset = text.indexOf('\n', range.start) + 1;
  const source = text.slice(contentOffset, contentOffset + node.value.length);
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const at = (start: number, end: number): TextRange => ({ start: contentOffset + start, end: contentOffset + Math.max(end, start) });
  const errors = document.errors.map((error) => ({ message: error.message.split('\n')[0], range: at(error.pos[0], error.pos[1]) }));
  const valueRanges = new Map<string, TextRange>();
  let data: Record<string, unknown> | null = null;
  if (errors.length === 0) {
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
        if (key && valueRange) valueRanges.set(key, at(valueRange[0], valueRange[1]));
      }
      try {
        data = document.toJS() as Record<string, unknown>;
      } catch (error) {
        // Parsing accepts what only conversion rejects, such as an alias to no anchor (`*nope`).
        errors.push({ message: (error instanceof Error ? error.message : String(error)).split('\n')[0], range: at(0, source.length) });
        valueRanges.clear();
      }
    } else if (document.contents !== null) {
      errors.push({ message: 'Front matter must be a mapping of `key: value` lines.', range: at(0, source.length) });
    } else {
      data = {};
    }
  }
  return { range, contentOffset, data, errors, valueRanges };
}
