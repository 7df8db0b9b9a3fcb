// Reading back the preview's own HTML and SVG in tests: the elements carrying a class, their
// attributes and their text. Enough for markup we generate; not a general HTML parser.

export interface Found {
  attributes: Record<string, string>;
  classes: string[];
  /** The markup between the opening and the closing tag ('' for a self-closing one). */
  inner: string;
}

/** Every `<tag …>` whose class list holds `className`, in document order (no nesting of the same tag). */
export function findAll(markup: string, tag: string, className?: string): Found[] {
  const found: Found[] = [];
  const opening = new RegExp(`<${tag}(\\s[^>]*?)?(/?)>`, 'g');
  for (let m = opening.exec(markup); m; m = opening.exec(markup)) {
    const attributes = readAttributes(m[1] ?? '');
    const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
    if (className !== undefined && !classes.includes(className)) continue;
    let inner = '';
    if (m[2] !== '/') {
      const close = markup.indexOf(`</${tag}>`, opening.lastIndex);
      inner = close === -1 ? '' : markup.slice(opening.lastIndex, close);
    }
    found.push({ attributes, classes, inner });
  }
  return found;
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attributes[m[1]] = unescape(m[2] ?? '');
  return attributes;
}

/** The text of some markup: tags removed, entities decoded. */
export function textOf(markup: string): string {
  return unescape(markup.replace(/<[^>]*>/g, ''));
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

export interface Marker {
  classes: string[];
  line: number;
  cx: number;
  cy: number;
  title: string;
}

/** The timeline picture's markers, in the order drawn (by time). */
export function markersOf(svg: string): Marker[] {
  return findAll(svg, 'circle', 'marker').map(({ attributes, classes, inner }) => ({
    classes,
    line: Number(attributes['data-line']),
    cx: Number(attributes.cx),
    cy: Number(attributes.cy),
    title: textOf(findAll(inner, 'title')[0]?.inner ?? ''),
  }));
}
