import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors, codeOf, openInEditor, positionOf, postmortemDiagnostics, REPORT, pollFor, resetPostmortemSettings, updatePostmortemSetting, waitForCodes, workspaceUri,
} from './helpers';

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');

describe('Editing features', () => {
  afterEach(async () => {
    await resetPostmortemSettings();
    await closeAllEditors();
  });

  it('outlines the report: title, sections, and timeline entries by time and event', async () => {
    await openInEditor(REPORT);
    const uri = workspaceUri(REPORT);
    const symbols = await pollFor('document symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return found?.length ? found : undefined;
    });
    assert.equal(symbols[0].name, 'Search latency after the index rebuild');
    const sections = symbols[0].children;
    assert.deepEqual(sections.map((s) => s.name), ['Issue Summary', 'Timeline (WAT)', 'Root Cause', 'Resolution and Recovery', 'Corrective and Preventive Measures']);
    assert.equal(sections[1].children[0].name, '9:12 PM The nightly index rebuild starts on the live cluster.');
    assert.equal(sections[1].children[0].kind, vscode.SymbolKind.Event);
  });

  it('completes the next timeline entry in the report’s style', async () => {
    const editor = await openInEditor(REPORT);
    const afterLastEntry = positionOf(editor.document, 'back under 300 ms.', 'back under 300 ms.'.length);
    await editor.edit((edit) => edit.insert(afterLastEntry, '\n- '));
    const cursor = new vscode.Position(afterLastEntry.line + 1, 2);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, cursor);
    // Ours are labelled by the time they write; VS Code adds its own snippets and the extension's pm- snippets.
    const ours = list.items.filter((item) => /^\d{1,2}:\d{2}/.test(label(item)));
    // The report is dated 2026-02-10, so it is never live: the entry above's time, and no "now", at any hour.
    assert.deepEqual(ours.map(label), ['10:05 PM'], `got ${list.items.map(label).join(', ')}`);
    assert.equal((ours[0].insertText as vscode.SnippetString).value, '- ${1:10:05 PM}: $2');
  });

  it('hovers a time with the time since the incident start', async () => {
    const editor = await openInEditor(REPORT);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '9:41 PM', 2));
    const text = hoverText(hovers);
    assert.match(text, /T\+29m/);
    assert.match(text, /UTC/);
  });

  it('shows the incident figures in a code lens above the timeline, which opens the preview', async () => {
    const editor = await openInEditor(REPORT);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, positionOf(editor.document, '## Timeline').line);
    assert.match(lenses[0].command!.title, /5 entries/);
    // preview.test.ts runs it and sees the preview open.
    assert.equal(lenses[0].command!.command, 'postmortem.showPreview');
    assert.deepEqual(lenses[0].command!.arguments, [editor.document.uri.toString()]);
  });

  it('shows elapsed-time inlay hints once postmortem.inlayHints.elapsed is on', async () => {
    const editor = await openInEditor(REPORT);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const hintsNow = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, whole);
    assert.deepEqual(await hintsNow(), []);
    await updatePostmortemSetting('inlayHints.elapsed', true);
    const hints = await pollFor('inlay hints after turning them on', async () => {
      const found = await hintsNow();
      return found.length ? found : undefined;
    });
    assert.deepEqual(hints.map((h) => String(h.label)), ['T+0m', 'T+8m', 'T+29m', 'T+21m', 'T+53m']);
  });

  it('applies the timestamp-format quick fix and loses the diagnostic', async () => {
    const editor = await openInEditor(REPORT);
    const uri = editor.document.uri;
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
    const diagnostic = postmortemDiagnostics(uri).find((d) => codeOf(d) === 'timestamp-format')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Write 9:20 PM');
    assert.ok(fix?.edit, `no "Write 9:20 PM" among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(diagnostic.range.start.line).text, '- 9:20 PM: The latency alert for search fires and pages the on-call engineer.');
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order']);
  });

  it('fixes all with the source action source.fixAll.postmortem', async () => {
    const editor = await openInEditor(REPORT);
    const uri = editor.document.uri;
    await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.postmortem');
    assert.equal(actions.length, 1);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    // The duration is the writer's claim: Fix all never changes it.
    await waitForCodes(uri, ['duration-mismatch']);
    assert.ok(editor.document.getText().indexOf('9:33 PM') < editor.document.getText().indexOf('9:41 PM'), 'the timeline is sorted');
  });

  it('runs Fix all on save when editor.codeActionsOnSave asks for source.fixAll.postmortem', async () => {
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await markdown.update('codeActionsOnSave', { 'source.fixAll.postmortem': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    // Saving writes the fixed report to disk; later tests need the fixture as it was.
    const original = await vscode.workspace.fs.readFile(workspaceUri(REPORT));
    try {
      const editor = await openInEditor(REPORT);
      const uri = editor.document.uri;
      await waitForCodes(uri, ['duration-mismatch', 'timeline-order', 'timestamp-format']);
      await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
      assert.ok(await editor.document.save());
      assert.equal(editor.document.lineAt(positionOf(editor.document, 'The latency alert').line).text, '- 9:20 PM: The latency alert for search fires and pages the on-call engineer.');
      assert.ok(editor.document.getText().indexOf('- 9:33 PM') < editor.document.getText().indexOf('- 9:41 PM'));
    } finally {
      await markdown.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.workspace.fs.writeFile(workspaceUri(REPORT), original);
      // The open document must read the restored file too, without waiting on a file watcher (which a shifted clock can mislead).
      await openInEditor(REPORT);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(vscode.window.activeTextEditor?.document.getText(), new TextDecoder().decode(original));
    }
  });
});
