// The offline runner: runs the VS Code suite inside code-server in headless Chromium, for
// machines that cannot download VS Code. Two layers share one code-server:
//   host: dist/test/vscode/index.js run() in the extension host (the same suite as test:vscode);
//   ui:   test/vscode/ui/*.test.ts, Playwright driving the workbench the way a person would.
// Usage: tsx test/vscode/offline/run.ts [--layer host|ui]   (both layers by default)
// Failing steps leave screenshots and logs in test-results/vscode/.

import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Mocha from 'mocha';
import type { Browser } from 'playwright-core';
import { launchChromium, REPO_ROOT, startCodeServer, workbenchUrl } from './codeServer';
import type { CodeServer } from './codeServer';

const ARTEFACTS = join(REPO_ROOT, 'test-results/vscode');
const HOST_SUITE = join(REPO_ROOT, 'dist/test/vscode/index.js');
const UI_SUITE = join(REPO_ROOT, 'test/vscode/ui');
const HOST_SUITE_TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<number> {
  const layers = readLayers(process.argv.slice(2));
  if (layers.includes('host') && !existsSync(HOST_SUITE)) throw new Error(`${HOST_SUITE} is missing: run node test/vscode/build.mjs (npm run test:vscode:offline does)`);
  rmSync(ARTEFACTS, { recursive: true, force: true });
  mkdirSync(ARTEFACTS, { recursive: true });

  const stateDir = mkdtempSync(join(tmpdir(), 'postmortem-vscode-'));
  // Tests edit files and settings; they get a copy of the fixture workspace.
  const workspace = join(stateDir, 'workspace');
  cpSync(join(REPO_ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
  const hostReport = join(stateDir, 'host-report.txt');

  const started = Date.now();
  const server = await startCodeServer({ workspace, stateDir, env: { POSTMORTEM_VSCODE_REPORT: hostReport } });
  let browser: Browser | undefined;
  const failures: string[] = [];
  try {
    browser = await launchChromium();
    console.log(`code-server and Chromium up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (layers.includes('host')) {
      const failure = await runHostSuite(browser, server, workspace, hostReport);
      if (failure) failures.push(failure);
    }
    if (layers.includes('ui')) {
      const failed = await runUiSuite(workbenchUrl(server, workspace));
      if (failed > 0) failures.push(`${failed} UI test(s) failed`);
    }
  } finally {
    await browser?.close();
    await server.stop();
    if (failures.length > 0) keepLogs(stateDir, server.logFile);
    rmSync(stateDir, { recursive: true, force: true });
  }
  console.log(`\nVS Code tests (offline) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length === 0) return 0;
  console.error(`\nFAILED: ${failures.join('; ')}. Screenshots and logs: ${ARTEFACTS}`);
  return 1;
}

/** Runs the extension-host suite; returns why it failed, or undefined when it passed. */
async function runHostSuite(browser: Browser, server: CodeServer, workspace: string, reportFile: string): Promise<string | undefined> {
  console.log('\n== Extension host suite (test/vscode/suite) ==');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const workbenchErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') workbenchErrors.push(message.text());
  });
  let finish: (code: number) => void = () => {};
  const exitCode = new Promise<number>((resolve) => (finish = resolve));
  // The workbench calls these when the extension test run ends / logs (VS Code's web test hooks).
  await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  await page.exposeFunction('codeAutomationLog', () => {});
  await page.goto(workbenchUrl(server, workspace, HOST_SUITE));
  const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), HOST_SUITE_TIMEOUT_MS).unref());
  const outcome = await Promise.race([exitCode, timedOut]);

  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  console.log(report || '(the suite wrote no report: run() was never called; is the extension host up?)');
  let failure: string | undefined;
  if (outcome === 'timeout') failure = `the extension host suite did not finish within ${HOST_SUITE_TIMEOUT_MS / 60_000} minutes`;
  else if (outcome !== 0) failure = report ? 'the extension host suite failed' : `the extension host suite exited with code ${outcome} before running`;
  if (failure) {
    await page.screenshot({ path: join(ARTEFACTS, 'host-suite.png') }).catch(() => {});
    const relevant = workbenchErrors.filter((e) => /postmortem|extension|activat/i.test(e));
    if (relevant.length > 0) console.error(`Workbench errors:\n  ${relevant.slice(-20).join('\n  ')}`);
  }
  await page.close();
  return failure;
}

async function runUiSuite(url: string): Promise<number> {
  console.log('\n== UI suite (test/vscode/ui), Playwright in Chromium ==');
  process.env.POSTMORTEM_WORKBENCH_URL = url;
  process.env.POSTMORTEM_VSCODE_ARTEFACTS = ARTEFACTS;
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, reporter: 'spec' });
  for (const file of readdirSync(UI_SUITE).filter((name) => name.endsWith('.test.ts')).sort()) mocha.addFile(join(UI_SUITE, file));
  await mocha.loadFilesAsync();
  return new Promise<number>((resolve) => mocha.run(resolve));
}

/** Copies code-server's log and the Postmortem output channel to the artefacts and shows the channel's start. */
function keepLogs(stateDir: string, codeServerLog: string): void {
  copyFileSync(codeServerLog, join(ARTEFACTS, 'code-server.log'));
  const logs = join(stateDir, 'user-data/logs');
  if (!existsSync(logs)) return;
  const outputLogs = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((path) => /Postmortem\.log$/.test(path));
  for (const [index, path] of outputLogs.entries()) {
    const text = readFileSync(join(logs, path), 'utf8');
    writeFileSync(join(ARTEFACTS, `output-postmortem-${index + 1}.log`), text);
    const lines = text.trimEnd().split('\n');
    // The first lines hold the first failure; restarts only repeat it.
    console.error(`\nOutput › Postmortem (first 16 of ${lines.length} lines):\n${lines.slice(0, 16).join('\n')}`);
  }
}

function readLayers(args: string[]): ('host' | 'ui')[] {
  const index = args.indexOf('--layer');
  if (index < 0) return ['host', 'ui'];
  const layer = args[index + 1];
  if (layer !== 'host' && layer !== 'ui') throw new Error(`--layer takes host or ui, not ${layer ?? 'nothing'}`);
  return [layer];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`VS Code tests (offline) could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
