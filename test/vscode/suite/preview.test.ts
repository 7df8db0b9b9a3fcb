import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openInEditor, pollFor, REPORT } from './helpers';

const previewTabs = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('postmortem.preview'));

describe('Preview', () => {
  afterEach(closeAllEditors);

  it('Postmortem: Open Preview to the Side opens one preview beside the report, and brings it back when asked again', async () => {
    const editor = await openInEditor(REPORT);
    await vscode.commands.executeCommand('postmortem.showPreviewToSide');
    const [tab] = await pollFor('the preview tab', async () => (previewTabs().length ? previewTabs() : undefined));
    assert.equal(tab.label, 'Preview: 2026-02-10-search-latency.md');
    assert.notEqual(tab.group.viewColumn, editor.viewColumn);
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('postmortem.showPreviewToSide');
    assert.equal(previewTabs().length, 1);
  });

  it('opens from the Timeline code lens', async () => {
    const editor = await openInEditor(REPORT);
    const [lens] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    await pollFor('the preview tab', async () => (previewTabs().length ? previewTabs() : undefined));
  });

  it('draws the timeline picture in the built-in Markdown preview for a postmortem-timeline block', async () => {
    const editor = await openInEditor(REPORT);
    const text = `${editor.document.getText()}\n\`\`\`postmortem-timeline\n\`\`\`\n`;
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
    assert.match(html, /<svg[^>]*class="[^"]*pm-timeline/);
    assert.equal((html.match(/class="marker /g) ?? []).length, 5);
  });
});
