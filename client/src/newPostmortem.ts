// Postmortem: New Postmortem. Asks for a title and a template, then opens a new report named
// from the date and title, in the workspace's postmortems folder when it has one. What the
// report says comes from the pure template module, shared with the snippets.

import * as vscode from 'vscode';
import { guidanceComment, newReportFileName, renderNewReport, templateById, TEMPLATES } from '../../server/src/model/templates';
import type { ReportTemplate } from '../../server/src/model/templates';

const TITLE = 'New Postmortem';

/** What a keybinding or a script may pass to skip the questions: `{ "title": "...", "template": "google-sre" }`. */
export interface NewPostmortemArguments {
  title?: string;
  template?: string;
}

export async function newPostmortem(preset: NewPostmortemArguments = {}): Promise<void> {
  const title = preset.title?.trim() ? preset.title : await askTitle();
  if (title === undefined) return;
  const template = (preset.template && templateById(preset.template)) || (await askTemplate());
  if (!template) return;

  const now = new Date();
  const timeZone = vscode.workspace.getConfiguration('postmortem').get<string>('defaultTimeZone', '').trim();
  const text = renderNewReport(template, { title, date: now, ...(timeZone ? { timeZone } : {}) });
  const document = await createReport(newReportFileName(title, now), text);
  const editor = await vscode.window.showTextDocument(document);
  selectFirstGuidance(editor, template);
}

function askTitle(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: TITLE,
    prompt: 'What happened, in a few words: the report’s title and file name.',
    placeHolder: 'Search latency after the index rebuild',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? null : 'Give the report a title.'),
  });
}

async function askTemplate(): Promise<ReportTemplate | undefined> {
  const picked = await vscode.window.showQuickPick(
    TEMPLATES.map((template) => ({ label: template.label, description: `template: ${template.id}`, detail: template.description, template })),
    { title: TITLE, placeHolder: 'The template: which sections the report has, and which the checks require', matchOnDetail: true, ignoreFocusOut: true },
  );
  return picked?.template;
}

/** The report as a file in the reports folder (or the workspace root), or an untitled document without a workspace. */
async function createReport(fileName: string, text: string): Promise<vscode.TextDocument> {
  const folder = await reportsFolder();
  if (!folder) return vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  const uri = await freeFileName(folder, fileName);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showWarningMessage(`Could not create ${vscode.workspace.asRelativePath(uri)} (${reason}); the report is open as an untitled document instead.`);
    return vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  }
  return vscode.workspace.openTextDocument(uri);
}

/**
 * Where reports go in the first workspace folder: `postmortems/`, else `docs/postmortems/`,
 * else a `postmortems` folder one level down that holds files; else the folder itself.
 */
async function reportsFolder(): Promise<vscode.Uri | null> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) return null;
  for (const path of [['postmortems'], ['docs', 'postmortems']]) {
    const candidate = vscode.Uri.joinPath(root, ...path);
    if (await isDirectory(candidate)) return candidate;
  }
  const [found] = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '*/postmortems/**'), '**/node_modules/**', 1);
  if (found) {
    const segments = vscode.workspace.asRelativePath(found, false).split('/');
    return vscode.Uri.joinPath(root, ...segments.slice(0, segments.indexOf('postmortems') + 1));
  }
  return root;
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** `fileName` in the folder, or `-2`, `-3`... before `.md` when that is taken: an existing report is never overwritten. */
async function freeFileName(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? fileName : fileName.replace(/\.md$/, `-${n}.md`));
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

/** Selects the first section's guidance, so the writer reads it and types the section over it, as the report snippets do. */
function selectFirstGuidance(editor: vscode.TextEditor, template: ReportTemplate): void {
  const text = editor.document.getText();
  const guidance = guidanceComment(template.sections[0]);
  // After the title line, so a title that happens to contain the comment is not taken for it.
  const start = text.indexOf(guidance, text.indexOf('\n# '));
  const selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + guidance.length));
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
