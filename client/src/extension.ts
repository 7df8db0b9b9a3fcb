// The VS Code side: starts the language server for Markdown files and adds the commands.
// Which Markdown files are postmortems is decided by the server, so other editors get
// the same behaviour.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { registerEditingCommands } from './commands';
import { newPostmortem } from './newPostmortem';
import type { NewPostmortemArguments } from './newPostmortem';
import { registerStatusBar } from './statusBar';

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
      { scheme: 'file', language: 'postmortem' },
      { scheme: 'untitled', language: 'postmortem' },
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
    vscode.commands.registerCommand('postmortem.new', (preset?: NewPostmortemArguments) => newPostmortem(preset)),
    // The Timeline code lens runs this; until the preview exists it shows the summary.
    vscode.commands.registerCommand('postmortem.showPreview', (uri?: string) => revealSummary(uri)),
  );
  try {
    await client.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The Postmortem language server (${serverModule}) did not start: ${reason} (its output is in Output › Postmortem)`);
  }
  registerStatusBar(context, client);
  registerEditingCommands(context);
}

/** Opens the report and puts the cursor on its Summary heading, found through our own outline. */
async function revealSummary(uriText: string | undefined): Promise<void> {
  const uri = uriText ? vscode.Uri.parse(uriText) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return;
  const editor = await vscode.window.showTextDocument(uri);
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const summary = findSymbol(symbols, (symbol) => symbol.kind === vscode.SymbolKind.Namespace);
  if (!summary) return;
  editor.selection = new vscode.Selection(summary.selectionRange.start, summary.selectionRange.start);
  editor.revealRange(summary.range, vscode.TextEditorRevealType.AtTop);
}

function findSymbol(symbols: vscode.DocumentSymbol[], matches: (symbol: vscode.DocumentSymbol) => boolean): vscode.DocumentSymbol | undefined {
  for (const symbol of symbols) {
    if (matches(symbol)) return symbol;
    const inside = findSymbol(symbol.children, matches);
    if (inside) return inside;
  }
  return undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
