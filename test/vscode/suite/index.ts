// The extension test entry point (`extensionTestsPath`): both runners load this module in the
// extension host and call run(). It runs every *.test.js bundled next to it with mocha and
// writes a readable report to $POSTMORTEM_VSCODE_REPORT, because the runner cannot see the
// extension host's console.

import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, REPORT, workspaceUri } from './helpers';

export async function run(): Promise<void> {
  const reportPath = process.env.POSTMORTEM_VSCODE_REPORT;
  const write = (line: string) => {
    console.log(line);
    if (reportPath) appendFileSync(reportPath, `${line}\n`);
  };
  if (reportPath) writeFileSync(reportPath, '');

  // Without a running extension every test would wait out its timeout; say why once instead.
  const problem = await activateOnMarkdown();
  if (problem) {
    write(`No test ran: ${problem}`);
    throw new Error(problem);
  }

  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: reportTo(write), grep: process.env.POSTMORTEM_VSCODE_GREP });
  const testFiles = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const file of testFiles) mocha.addFile(join(__dirname, file));

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code test(s) failed`);
}

/** Opens a report as a writer would and checks the extension activated on it; returns what went wrong. */
async function activateOnMarkdown(): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) return `${EXTENSION_ID} is not loaded: the runner must pass the repository as extensionDevelopmentPath`;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(REPORT)));
  const deadline = Date.now() + 10_000;
  while (!extension.isActive && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const activatedByEvent = extension.isActive;
  try {
    // Resolves at once when already active; otherwise rejects with the activation error.
    await extension.activate();
  } catch (error) {
    return `the Postmortem extension failed to activate: ${error instanceof Error ? error.message : String(error)}`;
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return activatedByEvent ? undefined : 'the Postmortem extension did not activate within 10 s of opening a Markdown file (activationEvents)';
}

/** A spec-like reporter that writes through `write` instead of stdout. */
function reportTo(write: (line: string) => void): typeof Mocha.reporters.Base {
  const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
  return class FileReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
      super(runner, options);
      const failed: { title: string; error: Error }[] = [];
      const indent = (titlePath: string[]) => '  '.repeat(titlePath.length - 1);
      runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
        if (!suite.root) write(`${indent(suite.titlePath())}${suite.title}`);
      });
      runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => write(`${indent(test.titlePath())}✓ ${test.title} (${test.duration ?? 0} ms)`));
      runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => write(`${indent(test.titlePath())}- ${test.title} (skipped)`));
      runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, error: Error) => {
        failed.push({ title: test.fullTitle(), error });
        write(`${indent(test.titlePath())}✗ ${test.title}`);
      });
      runner.once(EVENT_RUN_END, () => {
        const stats = runner.stats;
        write(`\n${stats?.passes ?? 0} passing, ${stats?.failures ?? 0} failing, ${stats?.pending ?? 0} pending`);
        failed.forEach(({ title, error }, index) => write(`\n${index + 1}) ${title}\n${error.stack ?? error.message}`));
      });
    }
  };
}
