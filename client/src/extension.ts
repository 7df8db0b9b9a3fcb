// The VS Code side: starts the language server for Markdown files and adds the commands.
// Which Markdown files are postmortems is decided by the server, so other editors get
// the same behaviour.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { registerEditingCommands } from './commands';
import { extendMarkdownIt } from './markdownItPlugin';
import type { MarkdownIt } from './markdownItPlugin';
import { newPostmortem } from './newPostmortem';
import type { NewPostmortemArguments } from './newPostmortem';
import { gapMinutes, PostmortemPreviews } from './preview';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What VS Code's built-in Markdown preview takes from us (`markdown.markdownItPlugins`). */
export interface PostmortemExtensionApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemExtensionApi> {
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
  );
  try {
    await client.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The Postmortem language server (${serverModule}) did not start: ${reason} (its output is in Output › Postmortem)`);
  }
  const previews = new PostmortemPreviews(client);
  const showPreview = (toSide: boolean) => (uri?: string | vscode.Uri) => {
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : (uri ?? vscode.window.activeTextEditor?.document.uri);
    return target ? previews.show(target, { toSide }) : undefined;
  };
  context.subscriptions.push(
    previews,
    // The Timeline code lens runs this one with the document's URI.
    vscode.commands.registerCommand('postmortem.showPreview', showPreview(false)),
    vscode.commands.registerCommand('postmortem.showPreviewToSide', showPreview(true)),
  );
  registerStatusBar(context, client);
  registerEditingCommands(context);
  return { extendMarkdownIt: (md) => extendMarkdownIt(md, { gapMinutes: () => gapMinutes() }) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
