// Runs the VS Code suite (test/vscode/suite) in a real VS Code that @vscode/test-electron
// downloads: for contributors and hosted CI with internet. Machines without it use
// `npm run test:vscode:offline` (code-server) instead.
// VSCODE_VERSION picks the VS Code release (default: stable; `1.91.0` checks the oldest we support).

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const REPO_ROOT = resolve(__dirname, '../../..');

async function main(): Promise<number> {
  const stateDir = mkdtempSync(join(tmpdir(), 'postmortem-vscode-'));
  // Tests edit files and settings; they get a copy of the fixture workspace.
  const workspace = join(stateDir, 'workspace');
  cpSync(join(REPO_ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: join(REPO_ROOT, 'dist/test/vscode/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(stateDir, 'user-data')],
    });
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|download/i.test(reason);
    console.error(`VS Code tests failed: ${reason}${offline ? '\nVS Code could not be downloaded; without internet access use npm run test:vscode:offline.' : ''}`);
    process.exit(1);
  },
);
