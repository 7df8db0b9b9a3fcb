// The VS Code workbench in Chromium, driven the way a person drives it: Explorer clicks,
// the keyboard, the mouse. The offline runner passes the workbench URL (code-server with
// our extension under development) in POSTMORTEM_WORKBENCH_URL.

import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, waitForWorkbench } from '../offline/codeServer';

export interface Workbench {
  browser: Browser;
  page: Page;
}

export async function openWorkbench(): Promise<Workbench> {
  const url = process.env.POSTMORTEM_WORKBENCH_URL;
  if (!url) throw new Error('POSTMORTEM_WORKBENCH_URL is not set: run the UI suite through test/vscode/offline/run.ts');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await waitForWorkbench(page);
  return { browser, page };
}

/** When the test failed: saves a screenshot named after it (a CI artefact) and prints the notifications on screen. */
export async function screenshotIfFailed(test: Mocha.Test | undefined, page: Page | undefined): Promise<void> {
  const folder = process.env.POSTMORTEM_VSCODE_ARTEFACTS;
  if (!test || test.state !== 'failed' || !page || !folder) return;
  const name = test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 120);
  await page.screenshot({ path: join(folder, `${name}.png`) });
  // A server that failed to start shows up here first, as VS Code's error notification.
  const notifications = await page.locator('.notification-toast').allInnerTexts();
  if (notifications.length > 0) console.error(`      Notifications on screen:\n        ${notifications.map((n) => n.replace(/\s+/g, ' ')).join('\n        ')}`);
}

/** Opens a file from the Explorer tree by clicking each folder, then the file. */
export async function openFromExplorer(page: Page, path: string): Promise<void> {
  const parts = path.split('/');
  const explorer = page.locator('.explorer-folders-view');
  await explorer.waitFor({ timeout: 30_000 });
  for (const [index, name] of parts.entries()) {
    const item = explorer.getByRole('treeitem', { name, exact: true });
    await item.click();
    if (index < parts.length - 1) await explorer.getByRole('treeitem', { name: parts[index + 1], exact: true }).waitFor();
  }
  await page.locator('.tabs-container .tab.active', { hasText: parts.at(-1) }).waitFor();
}

/** The editor of the active tab. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Runs a command from the command palette by its title, as a person types it. */
export async function runFromCommandPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.pressSequentially(title);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Moves the mouse over the squiggle lowest in the editor and returns the hover's text. */
export async function hoverLowestSquiggle(page: Page, squiggles: Locator, expected: RegExp): Promise<string> {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'postmortem' }).first();
  // Lines move when a code lens arrives, a hover can be swallowed while decorations are redrawn,
  // and a squiggle just typed may be drawn after the others: like a person, look again, move the
  // mouse again, until the hover says what the squiggle is for.
  let seen = '';
  for (let attempt = 1; attempt <= 5; attempt++) {
    const boxes = (await Promise.all((await squiggles.all()).map((s) => s.boundingBox()))).filter((b) => b !== null);
    const lowest = boxes.sort((a, b) => a.y - b.y).at(-1);
    if (!lowest) throw new Error('no squiggle to hover');
    await page.mouse.move(5, 5);
    await page.mouse.move(lowest.x + Math.min(lowest.width / 2, 20), lowest.y + lowest.height / 2, { steps: 5 });
    try {
      await hover.waitFor({ timeout: 5_000 });
      seen = await hover.innerText();
      if (expected.test(seen)) return seen;
    } catch {
      // Swallowed: look again.
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`hovering the lowest squiggle never showed ${expected}; last hover: ${JSON.stringify(seen)}`);
}
