// Times mentioned in prose (`At 5;14 PM WAT, a change was released`), with attached zones.

import type { Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { maskHtml, rangeOf } from './markdown';
import { readTimeAt } from './times';
import { matchAttachedZone, zoneStatement } from './timezones';
import type { TextRange, TimeMention } from './types';

/** Every time written in the document's text nodes, outside code, except those starting where an `excluded` range does. */
export function findTimeMentions(text: string, root: Root, excluded: TextRange[]): TimeMention[] {
  const mentions: TimeMention[] = [];
  const excludedStarts = new Set(excluded.map((r) => r.start));
  visit(root, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') return SKIP;
    if (node.type !== 'text' && node.type !== 'html') return undefined;
    const range = rangeOf(node);
    if (!range) return undefined;
    // In HTML, the text between the tags (`<p>From 7:40pm to 8:25pm CAT</p>`).
    const source = node.type === 'html' ? maskHtml(text.slice(range.start, range.end)) : text.slice(range.start, range.end);
    mentions.push(...mentionsIn(source, range.start, excludedStarts));
    return undefined;
  });
  return mentions;
}

function mentionsIn(source: string, offset: number, excludedStarts: Set<number>): TimeMention[] {
  const mentions: TimeMention[] = [];
  let previousTimeEnd = -1;
  for (let i = 0; i < source.length; i++) {
    // A digit inside a word, number or date starts no time, but one after `10:00-` does.
    const afterTimeAndHyphen = i - 1 === previousTimeEnd && source[i - 1] === '-';
    if (!/\d/.test(source[i]) || (i > 0 && !afterTimeAndHyphen && /[\w:;.,/-]/.test(source[i - 1]))) continue;
    const read = readTimeAt(source, i, offset, { strict: true, allowMilitary: false });
    if (read?.kind !== 'time') continue;
    const time = read.time;
    const timeEnd = i + time.raw.length;
    i = timeEnd - 1;
    previousTimeEnd = timeEnd;
    if (excludedStarts.has(time.range.start)) continue;
    const attached = matchAttachedZone(source, timeEnd);
    const zone = attached ? zoneStatement(attached.zone, offset, 'body') : null;
    mentions.push({ time, zone, range: { start: time.range.start, end: attached ? offset + attached.end : time.range.end } });
  }
  return mentions;
}
