// Starts code-server (VS Code's workbench and a real Node extension host, installed from npm
// by install.sh) and Debian's Chromium through playwright-core, for the offline runner.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const REPO_ROOT = resolve(__dirname, '../../..');
const CACHE = process.env.POSTMORTEM_VSCODE_CACHE ?? join(REPO_ROOT, '.cache/vscode-offline');
const CODE_SERVER = join(CACHE, 'node_modules/.bin/code-server');
const CHROMIUM = process.env.POSTMORTEM_CHROMIUM ?? '/usr/bin/chromium';

export interface CodeServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  authority: string;
  logFile: string;
  stop(): Promise<void>;
}

/** Workbench settings that keep first-run pages, tips and network calls out of the tests. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 200,
};

export async function startCodeServer(options: { workspace: string; stateDir: string; env: NodeJS.ProcessEnv }): Promise<CodeServer> {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed in ${CACHE}: run bash test/vscode/offline/install.sh`);
  const port = await freePort();
  const userDataDir = join(options.stateDir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const logFile = join(options.stateDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    CODE_SERVER,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', join(options.stateDir, 'extensions'), options.workspace,
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', log, log], detached: true },
  );
  const exited = new Promise<string>((resolveExit) => child.once('exit', (code, signal) => resolveExit(`code-server exited (${signal ?? code}) before it answered; see ${logFile}`)));
  const url = `http://127.0.0.1:${port}`;
  const ready = await Promise.race([answers(url, 60_000), exited]);
  if (ready !== true) throw new Error(typeof ready === 'string' ? ready : `code-server did not answer on ${url} within 60 s; see ${logFile}`);
  return {
    url,
    authority: `127.0.0.1:${port}`,
    logFile,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolveStop) => child.once('exit', resolveStop));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's chromium package (bash test/vscode/offline/install.sh) or set POSTMORTEM_CHROMIUM`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The workbench URL that opens `workspace` with our extension under development and, when
 * given, runs the extension test module `testsPath` in the extension host.
 */
export function workbenchUrl(server: CodeServer, workspace: string, testsPath?: string): string {
  const remote = (path: string) => `vscode-remote://${server.authority}${path}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(REPO_ROOT)], ['skipWelcome', 'true']];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return false;
}
