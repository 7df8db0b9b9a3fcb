// The status bar item on postmortems: the incident's duration and the problem count, which
// opens the preview beside the editor. It also keeps the `postmortem.isPostmortem` context key that the
// commands' `when` clauses use.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_REQUEST } from '../../server/src/lsp/protocol';
import type { StatusParams, StatusResult } from '../../server/src/lsp/protocol';

export const IS_POSTMORTEM_CONTEXT = 'postmortem.isPostmortem';
const MARKDOWN_LANGUAGES = new Set(['markdown', 'postmortem']);

export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Postmortem';
  item.command = 'postmortem.showPreviewToSide';
  let latestRequest = 0;

  const update = async () => {
    const request = ++latestRequest;
    const document = vscode.window.activeTextEditor?.document;
    const status = document && MARKDOWN_LANGUAGES.has(document.languageId) ? await askStatus(client, document.uri) : null;
    // A newer update started while this one waited: it decides.
    if (request !== latestRequest) return;
    void vscode.commands.executeCommand('setContext', IS_POSTMORTEM_CONTEXT, status !== null);
    if (!status) {
      item.hide();
      return;
    }
    item.text = statusText(status);
    item.tooltip = 'Postmortem: the incident duration the report gives, and its problems. Click to open the preview.';
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) void update();
    }),
  );
  void update();
}

/** `⏱ 2h 12m · 3 problems`; without a duration, only the problems. */
export function statusText(status: StatusResult): string {
  const problems = status.problems === 0 ? 'no problems' : status.problems === 1 ? '1 problem' : `${status.problems} problems`;
  return status.duration ? `⏱ ${status.duration} · ${problems}` : `⏱ ${problems}`;
}

async function askStatus(client: LanguageClient, uri: vscode.Uri): Promise<StatusResult | null> {
  try {
    return await client.sendRequest<StatusResult | null>(STATUS_REQUEST, { uri: uri.toString() } satisfies StatusParams);
  } catch {
    // The server is restarting or stopped: show nothing rather than stale figures.
    return null;
  }
}
