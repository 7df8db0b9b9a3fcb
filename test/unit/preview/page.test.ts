import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { parseMarkdown } from '../../../server/src/model/markdown';
import { renderPreviewHtml, renderReportBody, toPreviewDiagnostics } from '../../../server/src/preview';
import type { PreviewDiagnostic, PreviewPageOptions } from '../../../server/src/preview';
import { lint } from '../../../server/src/rules';
import { CLEAN_REPORT, dedent } from '../helpers';
import { findAll, markersOf, textOf } from './read';

const OPTIONS: PreviewPageOptions = {
  cspSource: 'https://webview.test',
  nonce: 'n0nce+/=',
  resourceBase: 'https://webview.test/workspace/reports',
  gapMinutes: 30,
};

function pageOf(text: string, diagnostics: PreviewDiagnostic[] = [], options: Partial<PreviewPageOptions> = {}): string {
  return renderPreviewHtml(analyze(text), diagnostics, { ...OPTIONS, ...options });
}

/** The rendered report, without the card, picture and problems above it. */
function bodyOf(html: string): string {
  return findAll(html, 'article', 'pm-body')[0].inner;
}

describe('preview: page', () => {
  it('allows only its own nonce\'d style and script, and images from the webview or https', () => {
    const html = pageOf(CLEAN_REPORT);
    const [csp] = findAll(html, 'meta').filter((m) => m.attributes['http-equiv'] === 'Content-Security-Policy');
    assert.equal(csp.attributes.content, "default-src 'none'; img-src https://webview.test https: data:; style-src https://webview.test 'nonce-n0nce+/='; script-src 'nonce-n0nce+/='");
    assert.deepEqual(findAll(html, 'script').map((s) => s.attributes), [{ nonce: 'n0nce+/=' }]);
    assert.deepEqual(findAll(html, 'style').map((s) => s.attributes), [{ nonce: 'n0nce+/=' }]);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the policy comes before anything it governs');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    assert.equal(textOf(findAll(html, 'title')[0].inner), 'Checkout outage');
    assert.equal(textOf(findAll(pageOf(CLEAN_REPORT, [], { title: 'Preview: a.md' }), 'title')[0].inner), 'Preview: a.md');
  });

  it('shows the card, the picture, the problems and the report, in that order', () => {
    const html = pageOf(CLEAN_REPORT, [{ line: 5, severity: 'warning', message: 'Bad.', rule: 'summary-incomplete' }]);
    const order = ['class="pm-card"', 'class="pm-timeline"', 'class="pm-problems"', 'class="pm-body"'].map((marker) => html.indexOf(marker));
    assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), `order: ${order.join(', ')}`);
    assert.equal(markersOf(html).length, 4);
  });

  it('lets nothing from the document run', () => {
    const html = pageOf(dedent`
      # Outage <script>window.__pwned = 1</script>

      <img src="x" onerror="window.__pwned = 2">

      <iframe src="https://evil.test"></iframe> <a href="javascript:window.__pwned = 3">raw link</a>

      [markdown link](javascript:window.__pwned=4) and [data](data:text/html,<script>x</script>) and <svg onload="window.__pwned = 5"></svg>

      <style>body { display: none }</style>

      ## Timeline

      - 10:00: Alert fires <script>window.__pwned = 6</script>
    `);
    assert.equal(findAll(html, 'script').length, 1, 'only the page\'s own script');
    assert.equal(findAll(html, 'style').length, 1, 'only the page\'s own stylesheet');
    for (const danger of [/\bon(?:error|load)=/i, /javascript:/i, /<iframe/i, /data:text/i, /window\.__pwned = [1-6]<\/script>/]) {
      assert.doesNotMatch(html.replace(/<script nonce[\s\S]*?<\/script>/, ''), danger);
    }
    const links = findAll(bodyOf(html), 'a');
    assert.deepEqual(links.map((a) => [a.attributes.href, textOf(a.inner)]), [[undefined, 'markdown link'], [undefined, 'data']]);
  });

  it('resolves relative images against the document folder, keeps https ones and drops other schemes', () => {
    const text = dedent`
      # Outage

      ![graph](images/error-rate.png) ![up](../shared/up%20time.png) ![abs](https://cdn.test/a.png)
      ![file](file:///etc/passwd) ![data](data:image/png;base64,AAAA) ![js](javascript:alert(1))
    `;
    const sources = (html: string) => findAll(bodyOf(html), 'img').map((img) => [img.attributes.alt, img.attributes.src]);
    assert.deepEqual(sources(pageOf(text)), [
      ['graph', 'https://webview.test/workspace/reports/images/error-rate.png'],
      ['up', 'https://webview.test/workspace/shared/up%20time.png'],
      ['abs', 'https://cdn.test/a.png'],
      ['file', undefined],
      ['data', undefined],
      ['js', undefined],
    ]);
    assert.deepEqual(sources(pageOf(text, [], { resourceBase: 'https://webview.test/workspace/reports/' }))[0], ['graph', 'https://webview.test/workspace/reports/images/error-rate.png']);
    assert.deepEqual(sources(pageOf(text, [], { resourceBase: null })).map(([, src]) => src), [undefined, undefined, 'https://cdn.test/a.png', undefined, undefined, undefined]);
  });

  it('keeps links as written, for the extension to open', () => {
    const body = bodyOf(pageOf('# Outage\n\nSee [the runbook](https://runbooks.test/checkout), [the last one](./2024-01-outage.md#timeline) or [mail](mailto:sre@example.test).\n'));
    assert.deepEqual(findAll(body, 'a').map((a) => a.attributes.href), ['https://runbooks.test/checkout', './2024-01-outage.md#timeline', 'mailto:sre@example.test']);
  });

  it('marks headings, paragraphs, list items, table rows and code with their 0-based source line, leaving the front matter out', () => {
    const text = dedent`
      ---
      status: draft
      ---
      # Outage

      Intro paragraph.

      - one
      - two

      | Time | Event |
      | --- | --- |
      | 10:00 | Alert fires |

      ~~~sh
      restart
      ~~~
    `;
    const body = bodyOf(pageOf(text));
    assert.doesNotMatch(body, /status: draft/);
    const lines = [...body.matchAll(/<(\w+)[^>]*\sdata-line="(\d+)"/g)].map((m) => `${m[1]}@${m[2]}`);
    assert.deepEqual(lines, ['h1@3', 'p@5', 'li@7', 'li@8', 'table@10', 'tr@10', 'tr@12', 'pre@14']);
  });

  it('renders an mdast tree without changing it, so the model\'s own tree can be rendered', () => {
    const root = parseMarkdown(CLEAN_REPORT.replace('## Root cause', '```postmortem-timeline\n```\n\n## Root cause'));
    const before = JSON.stringify(root);
    const body = renderReportBody(root, { resourceBase: null, timelinePicture: '<svg class="pm-timeline"></svg>' });
    assert.match(body, /<h1 data-line="\d+">/);
    assert.equal(JSON.stringify(root), before);
  });

  it('draws the picture where the report asks for it with a postmortem-timeline fence', () => {
    const text = CLEAN_REPORT.replace('## Root cause', '```postmortem-timeline\n```\n\n## Root cause');
    const body = bodyOf(pageOf(text));
    const line = text.split('\n').indexOf('```postmortem-timeline');
    assert.match(body, new RegExp(`<div class="pm-timeline-block" data-line="${line}"><svg class="pm-timeline"`));
    assert.equal(markersOf(body).length, 4);
    assert.doesNotMatch(body, /language-postmortem-timeline/);
    assert.match(bodyOf(pageOf('# Outage\n\n```js\nrun()\n```\n')), /<pre data-line="2"><code class="language-js">run\(\)\n<\/code><\/pre>/, 'other fences stay code');
  });

  it('lists the problems, each a link to its line, with the rule\'s code spans as code', () => {
    const html = pageOf(CLEAN_REPORT, [
      { line: 13, severity: 'error', message: '`5;14 PM` is <malformed>.', rule: 'timestamp-format' },
      { line: 20, severity: 'information', message: 'Consider it.', rule: 'empty-section' },
    ]);
    const problems = findAll(html, 'a', 'pm-problem-link');
    assert.deepEqual(problems.map((p) => [p.attributes['data-line'], textOf(p.inner)]), [
      ['13', 'error line 14 5;14 PM is <malformed>. (timestamp-format)'],
      ['20', 'information line 21 Consider it. (empty-section)'],
    ]);
    assert.match(problems[0].inner, /<code>5;14 PM<\/code> is &lt;malformed&gt;\./);
    assert.deepEqual(findAll(html, 'li', 'pm-problem').map((li) => li.classes), [['pm-problem', 'severity-error'], ['pm-problem', 'severity-information']]);
    assert.equal(textOf(findAll(html, 'h2').find((h) => h.inner.startsWith('Problems'))!.inner), 'Problems (2)');
    assert.equal(textOf(findAll(pageOf(CLEAN_REPORT), 'section', 'pm-problems')[0].inner), 'No problems found.');
  });

  it('flags the entries the lint diagnostics start on', () => {
    const text = CLEAN_REPORT.replace('- 23:52: On-call', '- 23;52: On-call');
    const model = analyze(text);
    const diagnostics = toPreviewDiagnostics(text, lint(model));
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.line]), [['timestamp-format', text.split('\n').findIndex((l) => l.startsWith('- 23;52'))]]);
    const markers = markersOf(renderPreviewHtml(model, diagnostics, OPTIONS));
    assert.deepEqual(markers.map((m) => m.classes.includes('flagged')), [false, false, true, false]);
  });

  it('keeps CRLF documents with emoji and a byte order mark whole, on the right lines', () => {
    const text = '\ufeff# 🔥 Checkout down\r\n\r\n## Timeline 🕒\r\n\r\n- 10:00: 🚨 Alert fires\r\n- 10:20: ✅ Resolved\r\n';
    const html = pageOf(text);
    const body = bodyOf(html);
    assert.match(body, /<h1 data-line="0">🔥 Checkout down<\/h1>/);
    assert.match(body, /<li data-line="4">10:00: 🚨 Alert fires<\/li>/);
    assert.match(body, /<li data-line="5">10:20: ✅ Resolved<\/li>/);
    assert.deepEqual(markersOf(html).map((m) => m.line), [4, 5]);
    assert.equal(textOf(findAll(html, 'h1', 'pm-card-title')[0].inner), '🔥 Checkout down');
  });

  it('says so, and renders nothing else, for a file too large to read', () => {
    const text = `# Huge\n\n${'x'.repeat(500_001)}\n`;
    const html = pageOf(text, [{ line: 0, severity: 'information', message: 'Too large.', rule: 'file-too-large' }]);
    assert.match(html, /<p class="pm-timeline-note">This file has 500,010 characters, more than the 500,000 the preview reads\.<\/p>/);
    assert.deepEqual(findAll(html, 'article', 'pm-body'), []);
    assert.equal(findAll(html, 'a', 'pm-problem-link').length, 1);
    assert.ok(html.length < 60_000);
  });

  it('renders the body from the tree the model was read from, instead of parsing the text again', () => {
    const model = analyze(CLEAN_REPORT);
    const html = renderPreviewHtml({ ...model, root: parseMarkdown('A paragraph only the given tree has.') }, [], OPTIONS);
    assert.match(html, /A paragraph only the given tree has\./);
    assert.doesNotMatch(html, /<h2[^>]*>Root cause<\/h2>/);
  });
});
