// Small pieces the preview's HTML and SVG are built from.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { clockTime, formatTime, mod } from '../model';
import type { TimeStyle } from '../model';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML and SVG, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** 0-based line numbers of offsets, counting `\r\n`, `\n` and a lone `\r` as one break each, as editors do. */
export class LineIndex {
  private readonly document: TextDocument;

  constructor(text: string) {
    this.document = TextDocument.create('', 'markdown', 0, text);
  }

  lineAt(offset: number): number {
    return this.document.positionAt(offset).line;
  }
}

/** Minutes after midnight (any day folded away) written in a document's time style. */
export function formatClock(minutes: number, style: TimeStyle): string {
  return formatTime(clockTime(mod(minutes, 1440)), style);
}

/** `text` on one line, cut to at most `max` UTF-16 code units with `…` when cut; never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= max) return single;
  const highSurrogateAtCut = /[\uD800-\uDBFF]/.test(single[max - 2]);
  return `${single.slice(0, highSurrogateAtCut ? max - 2 : max - 1).trimEnd()}…`;
}
