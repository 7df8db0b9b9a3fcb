// The palette commands that edit the report. The server computes every edit
// (`workspace/executeCommand`), so other editors can offer the same; here we only pass the
// document and cursor, and put the cursor where the server says.

import * as vscode from 'vscode';
import { SERVER_COMMANDS } from '../../server/src/lsp/protocol';
import type { EditResult, InsertedEntryResult, SummaryTextResult } from '../../server/src/lsp/protocol';

const NOT_A_POSTMORTEM = 'This file is not checked as a postmortem (see the setting postmortem.files, or add `type: postmortem` to its front matter).';

export function registerEditingCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.insertTimelineEntry', insertTimelineEntry),
    vscode.commands.registerCommand('postmortem.sortTimeline', () => runEdit(SERVER_COMMANDS.sortTimeline, 'The timeline is already in chronological order.')),
    vscode.commands.registerCommand('postmortem.normalizeTimestamps', () => runEdit(SERVER_COMMANDS.normalizeTimestamps, 'Every timeline time is already written in the report’s style.')),
    vscode.commands.registerCommand('postmortem.fixAll', () => runEdit(SERVER_COMMANDS.fixAll, 'Nothing left that can be fixed mechanically.')),
    vscode.commands.registerCommand('postmortem.copySummary', copySummary),
  );
}

async function insertTimelineEntry(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const { line, character } = editor.selection.active;
  const result = await vscode.commands.executeCommand<InsertedEntryResult | null>(SERVER_COMMANDS.insertTimelineEntry, editor.document.uri.toString(), { line, character });
  if (!result) {
    void vscode.window.showInformationMessage(NOT_A_POSTMORTEM);
    return;
  }
  // As a snippet, the editor already selected the time and holds the event as the next tab stop.
  if (!result.snippet) {
    const { start, end } = result.selection;
    editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character);
  }
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function runEdit(command: string, nothingToDo: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const result = await vscode.commands.executeCommand<EditResult | null>(command, editor.document.uri.toString());
  if (!result) void vscode.window.showInformationMessage(NOT_A_POSTMORTEM);
  else if (!result.changed) void vscode.window.showInformationMessage(nothingToDo);
}

async function copySummary(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const result = await vscode.commands.executeCommand<SummaryTextResult | null>(SERVER_COMMANDS.copySummary, editor.document.uri.toString());
  if (!result) {
    void vscode.window.showInformationMessage(NOT_A_POSTMORTEM);
    return;
  }
  if (!result.text) {
    void vscode.window.showInformationMessage('The report does not say enough yet for a summary: add its title, window, impact or root cause.');
    return;
  }
  await vscode.env.clipboard.writeText(result.text);
  void vscode.window.showInformationMessage(`Copied the incident summary (${result.text.split('\n').length} lines).`);
}
