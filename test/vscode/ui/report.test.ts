import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { activeEditor, hoverLowestSquiggle, openFromExplorer, openWorkbench, runFromCommandPalette, screenshotIfFailed } from './workbench';
import type { Workbench } from './workbench';

// One writer's session, step by step: each test goes on from where the previous one left off.
describe('A writer in the VS Code workbench', function () {
  this.bail(true);
  let workbench: Workbench | undefined;
  let page: Page;

  before(async () => {
    workbench = await openWorkbench();
    page = workbench.page;
  });
  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, workbench?.page);
  });
  after(async () => {
    await workbench?.browser.close();
  });

  it('opens a report from the Explorer', async () => {
    await openFromExplorer(page, 'postmortems/2026-02-10-search-latency.md');
    await activeEditor(page).locator('.view-lines', { hasText: 'Search latency after the index rebuild' }).waitFor();
  });

  it('sees its problems drawn as squiggles', async () => {
    const editor = activeEditor(page);
    // duration-mismatch and timeline-order are warnings, timestamp-format an information.
    await expectCount(editor.locator('.squiggly-warning'), 2);
    await expectCount(editor.locator('.squiggly-info'), 1);
  });

  it('sees the incident duration and problem count in the status bar', async () => {
    await page.locator('.statusbar-item', { hasText: '⏱ 53m · 3 problems' }).waitFor({ timeout: 15_000 });
  });

  it('reads a problem by hovering its squiggle', async () => {
    const text = await hoverLowestSquiggle(page, activeEditor(page).locator('.squiggly-warning'), /timeline-order/);
    assert.match(text, /9:33 PM .*comes after 9:41 PM/);
    await page.mouse.move(5, 5);
  });

  it('runs Postmortem: Restart Language Server from the command palette and sees it in Postmortem: Show Output', async () => {
    await runFromCommandPalette(page, 'Postmortem: Restart Language Server');
    await runFromCommandPalette(page, 'Postmortem: Show Output');
    await page.locator('.part.panel .view-lines', { hasText: 'Postmortem language server restarted.' }).waitFor({ timeout: 15_000 });
  });

  it('sees a mistake squiggled as they type it', async () => {
    const editor = activeEditor(page);
    await editor.locator('.view-line', { hasText: 'Search latency is back under 300 ms.' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // Markdown may continue the list on Enter; select whatever it inserted and type the whole line.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('- 10;07 PM: The standby cluster takes over.', { delay: 15 });
    // While typing, other checks come and go (the half-typed time moves the window's end); wait for the typed line's own squiggle.
    await squiggleOn(editor.locator('.view-line', { hasText: '10;07 PM' }), editor.locator('.squiggly-warning'));
    await expectCount(editor.locator('.squiggly-warning'), 3);
    const text = await hoverLowestSquiggle(page, editor.locator('.squiggly-warning'), /`10;07 PM` is malformed/);
    assert.match(text, /timestamp-format/);
    await page.mouse.move(5, 5);
  });

  it('completes a new timeline entry, types over its time, then completes the event it still lacks', async () => {
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('- ', { delay: 15 });
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible');
    // The report is dated 2026-02-10: the entry above's time, and no "now" at any hour.
    await suggestions.locator('.monaco-list-row', { hasText: '10:07 PM' }).first().waitFor({ timeout: 10_000 });
    assert.equal(await suggestions.locator('.monaco-list-row', { hasText: '(now)' }).count(), 0);
    await page.keyboard.press('Enter');
    // The time is selected: typing replaces it, Tab goes on to the event.
    await page.keyboard.type('10:09 PM', { delay: 15 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Space');
    // The timeline has no "resolved" yet; typing narrows the phrases to it.
    await suggestions.locator('.monaco-list-row', { hasText: 'Incident resolved' }).waitFor({ timeout: 10_000 });
    await page.keyboard.type('Incident', { delay: 15 });
    await suggestions.locator('.monaco-list-row.focused', { hasText: 'Incident resolved' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await activeEditor(page).locator('.view-line', { hasText: '- 10:09 PM: Incident resolved' }).waitFor();
  });

  it('runs Postmortem: Insert Timeline Entry from the command palette after an entry, types over the time it offers and the event, and the timeline stays in order', async () => {
    const editor = activeEditor(page);
    // The session's findings so far: the new entry must add none (no order warning, no empty event).
    const findings = page.locator('.statusbar-item', { hasText: '⏱ 53m · 4 problems' });
    await findings.waitFor({ timeout: 15_000 });
    await editor.locator('.view-line', { hasText: 'The latency alert for search fires' }).click();
    await runFromCommandPalette(page, 'Postmortem: Insert Timeline Entry');
    // Line 16, after the 9:20 PM entry, at its time (not the time of day), the time selected.
    await editor.locator('.view-line', { hasText: /^-\s9:20\sPM:\s*$/ }).waitFor({ timeout: 10_000 });
    await page.locator('.statusbar-item', { hasText: /^Ln 16, Col \d+ \(7 selected\)/ }).waitFor({ timeout: 10_000 });
    await page.keyboard.type('9:25 PM', { delay: 15 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('The on-call engineer acknowledges the page.', { delay: 10 });
    await editor.locator('.view-line', { hasText: '- 9:25 PM: The on-call engineer acknowledges the page.' }).waitFor();
    // Typing passes through other states (`9:2`); what counts is where it settles.
    await settlesOn(page.locator('.statusbar-item', { hasText: '⏱' }), '⏱ 53m · 4 problems');
  });

  it('opens the preview to the side, sees the incident card and the timeline picture, and clicks a marker to reach its line', async () => {
    await runFromCommandPalette(page, 'Postmortem: Open Preview to the Side');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await preview.locator('.pm-timeline').waitFor({ timeout: 20_000 });
    assert.equal(await preview.locator('.pm-timeline .marker').count(), 8);
    await preview.getByText('53m', { exact: true }).first().waitFor();
    // Line 17 holds `- 9:41 PM: The on-call engineer pauses the rebuild job.`
    await preview.locator('.pm-timeline .marker[data-line="16"]').click();
    await page.locator('.statusbar-item', { hasText: /^Ln 17, Col \d+/ }).waitFor({ timeout: 10_000 });
  });
  it('closes the preview, then clicks the status bar item to open it again', async () => {
    const previewTab = page.locator('.tabs-container .tab', { hasText: 'Preview: 2026-02-10-search-latency.md' });
    await previewTab.locator('.codicon-close').click();
    await previewTab.waitFor({ state: 'detached' });
    await page.locator('.statusbar-item', { hasText: '⏱' }).click();
    await previewTab.waitFor({ timeout: 15_000 });
    await page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('.pm-timeline').waitFor({ timeout: 20_000 });
  });
});

/** Waits until one of `squiggles` is drawn on the row of `line`. */
async function squiggleOn(line: Locator, squiggles: Locator, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await line.boundingBox();
    const boxes = await Promise.all((await squiggles.all()).map((s) => s.boundingBox()));
    if (row && boxes.some((b) => b && b.y >= row.y - 2 && b.y <= row.y + row.height)) return;
    if (Date.now() > deadline) throw new Error(`no squiggle on the line within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `locator`'s text has been `expected` for a second and a half without a change. */
async function settlesOn(locator: Locator, expected: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let since: number | null = null;
  let last = '';
  for (;;) {
    last = ((await locator.first().textContent()) ?? '').trim();
    since = last === expected ? since ?? Date.now() : null;
    if (since !== null && Date.now() - since >= 1500) return;
    if (Date.now() > deadline) throw new Error(`expected ${JSON.stringify(expected)} to settle within ${timeoutMs} ms; last ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function expectCount(locator: Locator, count: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = await locator.count();
  while (seen !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await locator.count();
  }
  assert.equal(seen, count, `expected ${count} of ${String(locator)} within ${timeoutMs} ms`);
}
