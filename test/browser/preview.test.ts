// The preview page as a browser draws it: headless Debian Chromium (`apt-get install chromium`;
// POSTMORTEM_CHROMIUM names another binary) loads what `renderPreviewHtml` gives, with the
// webview's theme variables set on :root. Without Chromium the suite is skipped, unless
// POSTMORTEM_REQUIRE_CHROMIUM=1 (CI), when it fails. POSTMORTEM_UPDATE_SCREENSHOT=1 rewrites
// docs/preview.png, the README's picture.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../server/src/model';
import { renderPreviewHtml, toPreviewDiagnostics } from '../../server/src/preview';
import { lint } from '../../server/src/rules';
import { dedent } from '../unit/helpers';

const CHROMIUM = process.env.POSTMORTEM_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = readFileSync(path.join(__dirname, 'fixtures/payments-postmortem.md'), 'utf8');
const SCREENSHOT = path.join(ROOT, 'docs/preview.png');

/** Stands in for the webview: its origin is the CSP source, its folder URL the resource base. */
const ORIGIN = 'https://webview.test';
const PAGE_URL = `${ORIGIN}/preview.html`;
const RESOURCE_BASE = `${ORIGIN}/workspace/reports`;
/** The smallest PNG: one transparent pixel. */
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** VS Code's webview variables for two of its themes (Light Modern and Dark Modern), as much as the page uses. */
const THEMES = {
  light: {
    bodyClass: 'vscode-light',
    variables: {
      '--vscode-font-family': 'system-ui, "Segoe UI", "Ubuntu", "Droid Sans", sans-serif',
      '--vscode-font-size': '13px',
      '--vscode-editor-font-family': '"DejaVu Sans Mono", monospace',
      '--vscode-editor-background': '#ffffff',
      '--vscode-editor-foreground': '#3b3b3b',
      '--vscode-descriptionForeground': '#717171',
      '--vscode-textLink-foreground': '#005fb8',
      '--vscode-editorWidget-background': '#f8f8f8',
      '--vscode-editorWidget-border': '#e5e5e5',
      '--vscode-textCodeBlock-background': '#f0f0f0',
      '--vscode-editorError-foreground': '#e51400',
      '--vscode-editorWarning-foreground': '#bf8803',
      '--vscode-editorInfo-foreground': '#1a85ff',
      '--vscode-charts-blue': '#1a85ff',
      '--vscode-charts-green': '#388a34',
      '--vscode-charts-orange': '#d18616',
      '--vscode-charts-yellow': '#bf8803',
      '--vscode-charts-purple': '#652d90',
      '--vscode-charts-lines': 'rgba(97, 97, 97, 0.5)',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    variables: {
      '--vscode-font-family': 'system-ui, "Segoe UI", "Ubuntu", "Droid Sans", sans-serif',
      '--vscode-font-size': '13px',
      '--vscode-editor-font-family': '"DejaVu Sans Mono", monospace',
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-editor-foreground': '#cccccc',
      '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-textLink-foreground': '#4daafc',
      '--vscode-editorWidget-background': '#202020',
      '--vscode-editorWidget-border': '#454545',
      '--vscode-textCodeBlock-background': '#2b2b2b',
      '--vscode-editorError-foreground': '#f14c4c',
      '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-editorInfo-foreground': '#3794ff',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-green': '#89d185',
      '--vscode-charts-orange': '#d18616',
      '--vscode-charts-yellow': '#cca700',
      '--vscode-charts-purple': '#b180d7',
      '--vscode-charts-lines': 'rgba(204, 204, 204, 0.5)',
    },
  },
  highContrast: {
    bodyClass: 'vscode-high-contrast',
    variables: {
      '--vscode-font-family': 'system-ui, "Segoe UI", "Ubuntu", "Droid Sans", sans-serif',
      '--vscode-font-size': '13px',
      '--vscode-editor-background': '#000000',
      '--vscode-editor-foreground': '#ffffff',
      '--vscode-contrastBorder': '#6fc3df',
      '--vscode-editorError-foreground': '#f48771',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-green': '#89d185',
    },
  },
} as const;

type Theme = keyof typeof THEMES;

/** Polling by time: waiting on animation frames with an argument needs `eval`, which the page's policy forbids. */
const POLLING = { polling: 100 };

function pageHtml(text: string): string {
  const model = analyze(text);
  return renderPreviewHtml(model, toPreviewDiagnostics(text, lint(model)), { cspSource: ORIGIN, nonce: 'dGVzdC1ub25jZQ==', resourceBase: RESOURCE_BASE, gapMinutes: 30, title: 'Preview: payments-postmortem.md' });
}

/** What the page's script posted, and the policy violations the browser reported. */
interface Recorded {
  messages: Array<{ type: string; line?: number; href?: string }>;
  violations: Array<{ directive: string; sample: string }>;
}

// The browser globals the functions evaluated in the page use; the project compiles without the
// DOM library, so that server code cannot lean on it by mistake.
interface PageElement {
  textContent: string | null;
  innerText: string;
  href: string;
  src: string;
  naturalWidth: number;
  nonce: string;
  classList: { add(name: string): void };
  style: { setProperty(name: string, value: string): void };
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number; top: number; width: number; height: number };
  querySelector(selector: string): PageElement | null;
  append(...children: PageElement[]): void;
  insertAdjacentHTML(position: 'beforeend', html: string): void;
}
declare const document: {
  body: PageElement;
  documentElement: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  createElement(tag: string): PageElement;
};
/** The page's window, with what RECORDER adds. */
declare const window: {
  scrollY: number;
  scrollTo(x: number, y: number): void;
  postMessage(message: unknown, targetOrigin: string): void;
  __recorded: Recorded;
  __pwned?: unknown;
};
declare function getComputedStyle(element: PageElement): { backgroundColor: string; color: string; fill: string; stroke: string };

/**
 * Runs before the page's own script: records what it posts through the `acquireVsCodeApi` a
 * webview provides, and what the Content Security Policy blocks. A string, because tsx would
 * wrap a function's inner functions in helpers the page does not have.
 */
const RECORDER = `
  window.__recorded = { messages: [], violations: [] };
  window.acquireVsCodeApi = function () {
    return { postMessage: function (message) { window.__recorded.messages.push(message); } };
  };
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__recorded.violations.push({ directive: e.effectiveDirective, sample: e.sample });
  });
`;

describe('browser: preview page in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      const how = `Chromium was not found at ${CHROMIUM}. Install Debian's package (sudo apt-get install chromium) or set POSTMORTEM_CHROMIUM to a Chromium binary.`;
      if (process.env.POSTMORTEM_REQUIRE_CHROMIUM === '1') throw new Error(`${how} (POSTMORTEM_REQUIRE_CHROMIUM=1 requires it.)`);
      console.log(`    skipped: ${how}`);
      this.skip();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
  });

  /** A page that serves `html` at PAGE_URL (and a pixel for any image under the origin), with `acquireVsCodeApi` recording messages. */
  async function open(html: string, theme: Theme = 'light', viewport = { width: 1000, height: 800 }): Promise<Page> {
    const page = await browser!.newPage({ viewport, deviceScaleFactor: 1 });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      if (url.startsWith(`${ORIGIN}/`) && url.endsWith('.png')) return route.fulfill({ contentType: 'image/png', body: PIXEL_PNG });
      return route.abort();
    });
    await page.addInitScript(RECORDER);
    await page.goto(PAGE_URL);
    await page.evaluate(({ bodyClass, variables }) => {
      for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
      document.body.classList.add(bodyClass);
    }, THEMES[theme]);
    return page;
  }

  const recorded = (page: Page) => page.evaluate(() => window.__recorded);

  it('draws a marker per timed entry, by kind, further right the later it is', async () => {
    const page = await open(pageHtml(FIXTURE));
    const markers = await page.$$eval('svg.pm-timeline .marker', (circles) => circles.map((c) => {
      const box = c.getBoundingClientRect();
      return { classes: c.getAttribute('class'), line: Number(c.getAttribute('data-line')), x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width };
    }));
    assert.deepEqual(markers.map((m) => m.classes), [
      'marker kind-trigger',
      'marker kind-detection',
      'marker kind-detection',
      'marker kind-escalation',
      'marker kind-investigation',
      'marker kind-mitigation',
      'marker kind-mitigation flagged',
      'marker kind-resolution',
    ]);
    const lines = FIXTURE.split('\n');
    assert.deepEqual(markers.map((m) => lines[m.line].slice(0, 8)), ['- 23:31:', '- 23:42:', '- 23:47:', '- 23:58:', '- 00:36:', '- 00:41:', '- 00;52:', '- 01:10:']);
    // 23:31 … 01:10 is 99 minutes; each marker stands where its minute falls on the axis.
    const minutes = [0, 11, 16, 27, 65, 70, 81, 99];
    const [first, last] = [markers[0].x, markers[markers.length - 1].x];
    assert.ok(last - first > 600, `the axis spans the picture (${first} to ${last})`);
    markers.forEach((m, i) => {
      assert.ok(i === 0 || m.x > markers[i - 1].x, `marker ${i} is right of marker ${i - 1}`);
      assert.ok(Math.abs(m.x - (first + ((last - first) * minutes[i]) / 99)) < 1.5, `marker ${i} at its time`);
      assert.equal(Math.round(m.y), Math.round(markers[0].y), 'no two markers overlap, so all sit on the axis');
      assert.ok(m.width >= 12, 'markers are big enough to click');
    });
    const midnight = await page.$eval('svg.pm-timeline .tick.midnight', (tick) => ({ text: tick.textContent, x: tick.querySelector('line')!.getBoundingClientRect().left }));
    assert.equal(midnight.text, '00:002024-05-15');
    assert.ok(midnight.x > markers[3].x && midnight.x < markers[4].x, 'midnight falls between 23:58 and 00:36');
    await page.close();
  });

  it('shades the stated window, marks the long silence and flags the entry with a problem', async () => {
    const page = await open(pageHtml(FIXTURE));
    // No functions declared inside evaluated code: tsx would wrap them in a helper the page lacks.
    const boxes = await page.evaluate(() => ({
      window: ['left', 'right'].map((side) => document.querySelector('svg.pm-timeline rect.window')!.getBoundingClientRect()[side as 'left' | 'right']),
      windowLabel: document.querySelector('svg.pm-timeline .window-label')!.textContent,
      gaps: [...document.querySelectorAll('svg.pm-timeline line.gap')].map((g) => ({ left: g.getBoundingClientRect().left, right: g.getBoundingClientRect().right, title: g.querySelector('title')!.textContent })),
      gapLabels: [...document.querySelectorAll('svg.pm-timeline .gap-label')].map((t) => t.textContent),
      flagged: [...document.querySelectorAll('svg.pm-timeline .marker.flagged title')].map((t) => t.textContent),
      centres: [...document.querySelectorAll('svg.pm-timeline .marker')].map((m) => m.getBoundingClientRect().left + m.getBoundingClientRect().width / 2),
    }));
    assert.ok(Math.abs(boxes.window[0] - boxes.centres[1]) < 1.5, 'the window starts at 23:42');
    assert.ok(Math.abs(boxes.window[1] - boxes.centres[7]) < 1.5, 'and ends at 01:10');
    assert.equal(boxes.windowLabel, 'Outage 1h 28m');
    assert.deepEqual(boxes.gaps.map((g) => g.title), ['No entry for 38m, from 23:58 to 00:36']);
    assert.ok(boxes.gaps[0].left > boxes.centres[3] && boxes.gaps[0].right < boxes.centres[4], 'the gap lies between its two entries');
    assert.deepEqual(boxes.gapLabels, ['gap 38m']);
    assert.deepEqual(boxes.flagged, ['00:52 (2024-05-15) · mitigation — Partial recovery: queue depth falls and confirmations catch up.\n⚠ timestamp-format: `00;52` is malformed (`;` between hours and minutes). Write `00:52`.']);
    await page.close();
  });

  it('shows the card\'s figures as text', async () => {
    const page = await open(pageHtml(FIXTURE));
    const figures = await page.$$eval('.pm-card .pm-figure', (rows) => rows.map((row) => [row.querySelector('dt')!.innerText, row.querySelector('.pm-value')!.textContent]));
    assert.deepEqual(figures, [
      ['WINDOW', '2024-05-14 23:42 – 01:10 (+1 day) UTC'],
      ['DURATION', '1h 28m'],
      ['TIME ZONE', 'UTC'],
      ['IMPACT', 'From 23:42 to 01:10 UTC, 38% of card payments at Fernhill Market waited more than a minute for their confirmation, and about 1,200 customers left their carts.'],
      ['SEVERITY', 'SEV-2'],
      ['STATUS', 'resolved'],
      ['TIME TO DETECT', '0m'],
      ['TIME TO MITIGATE', '59m'],
      ['TIME TO RESOLVE', '1h 28m'],
    ]);
    assert.equal(await page.title(), 'Preview: payments-postmortem.md');
    assert.equal(await page.$eval('.pm-card-title', (h) => h.textContent), 'Card payment confirmations delayed');
    await page.close();
  });

  it('asks the extension to reveal a line or open a link, and follows the editor\'s scrolling', async () => {
    const page = await open(pageHtml(FIXTURE), 'light', { width: 1000, height: 500 });
    await page.click('svg.pm-timeline .marker.kind-escalation');
    await page.click('.pm-problem-link');
    await page.focus('svg.pm-timeline .marker.kind-resolution');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://status.example.test/';
      link.textContent = 'status';
      document.querySelector('.pm-body p')!.append(link);
    });
    await page.click('.pm-body a[href^="https:"]');
    assert.equal(page.url(), PAGE_URL, 'the page did not navigate');
    const lineOf = (start: string) => FIXTURE.split('\n').findIndex((l) => l.startsWith(start));
    assert.deepEqual((await recorded(page)).messages.filter((m) => m.type !== 'visibleLine'), [
      { type: 'ready' },
      { type: 'reveal', line: lineOf('- 23:58') },
      { type: 'reveal', line: lineOf('- 00;52') },
      { type: 'reveal', line: lineOf('- 01:10') },
      { type: 'open', href: 'https://status.example.test/' },
    ]);

    // The editor's top line is the blank one under the Timeline heading: the page shows the heading at its top.
    const timeline = lineOf('## Timeline');
    await page.evaluate(() => window.__recorded.messages.splice(0));
    await page.evaluate((line) => window.postMessage({ type: 'scrollTo', line: line + 1 }, '*'), timeline);
    await page.waitForFunction((line) => Math.abs(document.querySelector(`.pm-body [data-line="${line}"]`)!.getBoundingClientRect().top) < 2, timeline, POLLING);
    await page.waitForTimeout(300);
    assert.deepEqual((await recorded(page)).messages, [], 'scrolling as the editor asks is not echoed back to it');

    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.__recorded.messages.some((m) => m.type === 'visibleLine'), undefined, POLLING);
    const visible = (await recorded(page)).messages.filter((m) => m.type === 'visibleLine').pop()!;
    assert.ok(visible.line! > timeline, `scrolling on reports a later line (${visible.line})`);
    await page.close();
  });

  it('swaps in a newer rendering without reloading or losing the scroll position', async () => {
    const page = await open(pageHtml(FIXTURE), 'light', { width: 1000, height: 500 });
    await page.evaluate(() => window.scrollTo(0, 600));
    const edited = FIXTURE.replace('- 01:10: Confirmation', '- 01:05: Status page updated.\n- 01:10: Confirmation');
    await page.evaluate((html) => window.postMessage({ type: 'update', html }, '*'), pageHtml(edited));
    await page.waitForFunction(() => document.querySelectorAll('svg.pm-timeline .marker').length === 9, undefined, POLLING);
    assert.equal(await page.evaluate(() => window.scrollY), 600);
    await page.click('svg.pm-timeline .marker.kind-trigger');
    assert.deepEqual((await recorded(page)).messages.filter((m) => m.type === 'reveal'), [{ type: 'reveal', line: 15 }], 'the new markers answer clicks');
    await page.close();
  });

  it('runs nothing from the document, and its policy blocks inline handlers and scripts', async () => {
    const hostile = dedent`
      # Outage <script>window.__pwned = 'script'</script>

      <img src="x.png" onerror="window.__pwned = 'onerror'"> <svg onload="window.__pwned = 'svg'"></svg>

      [a link](javascript:window.__pwned='link') and ![graph](images/error-rate.png) and <iframe src="https://evil.test"></iframe>

      ## Timeline

      - 10:00: Alert fires <img src=x onerror="window.__pwned = 'entry'">
    `;
    const page = await open(pageHtml(hostile));
    await page.click('.pm-body a');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned = \'injected handler\'">');
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'injected script'";
      document.body.append(script);
    });
    await page.waitForFunction(() => window.__recorded.violations.length >= 2, undefined, POLLING);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const { violations } = await recorded(page);
    assert.deepEqual(violations.map((v) => v.directive).sort(), ['script-src-attr', 'script-src-elem']);
    assert.equal(await page.$$eval('script', (scripts) => scripts.filter((s) => s.nonce).length), 1, 'only our own script carries the nonce');
    const image = await page.$eval('.pm-body img', (img) => ({ src: img.src, loaded: img.naturalWidth }));
    assert.deepEqual(image, { src: `${RESOURCE_BASE}/images/error-rate.png`, loaded: 1 }, 'a relative image loads from the document folder');
    await page.close();
  });

  it('follows the light, dark and high contrast themes through the webview variables', async () => {
    const expected: Record<Theme, Record<string, string>> = {
      light: { background: 'rgb(255, 255, 255)', text: 'rgb(59, 59, 59)', detection: 'rgb(26, 133, 255)', resolution: 'rgb(56, 138, 52)', tick: 'rgb(59, 59, 59)', outline: 'rgb(255, 255, 255)', flag: 'rgb(229, 20, 0)' },
      dark: { background: 'rgb(31, 31, 31)', text: 'rgb(204, 204, 204)', detection: 'rgb(55, 148, 255)', resolution: 'rgb(137, 209, 133)', tick: 'rgb(204, 204, 204)', outline: 'rgb(31, 31, 31)', flag: 'rgb(241, 76, 76)' },
      highContrast: { background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)', detection: 'rgb(55, 148, 255)', resolution: 'rgb(137, 209, 133)', tick: 'rgb(255, 255, 255)', outline: 'rgb(111, 195, 223)', flag: 'rgb(244, 135, 113)' },
    };
    for (const theme of ['light', 'dark', 'highContrast'] as const) {
      const page = await open(pageHtml(FIXTURE), theme);
      const colours = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        detection: getComputedStyle(document.querySelector('svg.pm-timeline .marker.kind-detection')!).fill,
        resolution: getComputedStyle(document.querySelector('svg.pm-timeline .marker.kind-resolution')!).fill,
        tick: getComputedStyle(document.querySelector('svg.pm-timeline .tick text')!).fill,
        outline: getComputedStyle(document.querySelector('svg.pm-timeline .marker.kind-detection')!).stroke,
        flag: getComputedStyle(document.querySelector('svg.pm-timeline .marker.flagged')!).stroke,
      }));
      assert.deepEqual(colours, expected[theme], theme);
      if (theme === 'dark' && process.env.POSTMORTEM_UPDATE_SCREENSHOT === '1') {
        await page.setViewportSize({ width: 1000, height: 760 });
        await page.screenshot({ path: SCREENSHOT });
        console.log(`    wrote ${path.relative(ROOT, SCREENSHOT)}`);
      }
      await page.close();
    }
  });
});
