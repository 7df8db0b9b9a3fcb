// The VS Code side: starts the language server for Markdown files and adds the commands.
// Which Markdown files are postmortems is decided by the server, so other editors get
// the same behaviour.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Postmortem', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'postmortem' },
    outputChannel,
  };
  client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);

  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      await client?.restart();
      outputChannel.appendLine('Postmortem language server restarted.');
    }),
    vscode.commands.registerCommand('postmortem.showOutput', () => outputChannel.show(true)),
  );
  try {
    await client.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The Postmortem language server (${serverModule}) did not start: ${reason} (its output is in Output › Postmortem)`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
