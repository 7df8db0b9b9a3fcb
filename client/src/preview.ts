// The preview panel beside the editor. The language server renders the page
// (`postmortem/previewHtml`); this side only shows it, keeps it current while the writer types,
// follows the editor's scrolling, and does what the page asks: reveal a line, open a link.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DEFAULT_GAP_MINUTES, PREVIEW_HTML_REQUEST } from '../../server/src/preview/protocol';
import type { PreviewHostMessage, PreviewHtmlParams, PreviewHtmlResult, PreviewPageMessage } from '../../server/src/preview/protocol';

export const PREVIEW_VIEW_TYPE = 'postmortem.preview';
/** Typing pauses this long before the page is rendered again. */
const UPDATE_DELAY_MS = 300;
/** Scrolling one side moves the other; for this long, the other's echo is not sent back. */
const SCROLL_ECHO_MS = 300;

export interface ShowPreviewOptions {
  /** Open beside the active editor, keeping the focus there; otherwise in the active column. */
  toSide: boolean;
}

/** One preview per document: `show` opens it or brings it forward. */
export class PostmortemPreviews implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();

  constructor(private readonly client: LanguageClient) {}

  async show(uri: vscode.Uri, options: ShowPreviewOptions): Promise<void> {
    const key = uri.toString();
    const open = this.panels.get(key);
    if (open) {
      open.reveal(options.toSide);
      return;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    this.panels.set(key, new PreviewPanel(this.client, document, options.toSide, () => this.panels.delete(key)));
  }

  /** Whether a preview of `uri` is open (for a toggle or a status bar item). */
  has(uri: vscode.Uri): boolean {
    return this.panels.has(uri.toString());
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
  }
}

class PreviewPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly uri: vscode.Uri;
  private readonly folder: vscode.Uri | null;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest request's answer is shown; slower, older ones are dropped. */
  private requestCount = 0;
  /** The page's script has started: newer renderings are sent as messages, keeping the scroll position. */
  private pageReady = false;
  private ignoreEditorScrollUntil = 0;
  private disposed = false;

  constructor(private readonly client: LanguageClient, document: vscode.TextDocument, toSide: boolean, private readonly onDispose: () => void) {
    this.uri = document.uri;
    this.folder = document.uri.scheme === 'untitled' ? null : vscode.Uri.joinPath(document.uri, '..');
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    this.panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      `Preview: ${fileName(document.uri)}`,
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
      { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: this.folder ? [...roots, this.folder] : roots },
    );
    const isOurs = (uri: vscode.Uri) => uri.toString() === this.uri.toString();
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => isOurs(e.document.uri) && this.scheduleUpdate()),
      vscode.languages.onDidChangeDiagnostics((e) => e.uris.some(isOurs) && this.scheduleUpdate()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('postmortem', this.uri) && this.scheduleUpdate()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (isOurs(e.textEditor.document.uri) && e.visibleRanges.length && Date.now() >= this.ignoreEditorScrollUntil) {
          this.post({ type: 'scrollTo', line: e.visibleRanges[0].start.line });
        }
      }),
      this.panel.webview.onDidReceiveMessage((message: PreviewPageMessage) => this.onPageMessage(message)),
      this.panel.onDidChangeViewState(() => {
        // Without retainContextWhenHidden a hidden page is gone; it comes back from scratch.
        if (!this.panel.visible) this.pageReady = false;
        else if (!this.pageReady) void this.update();
      }),
      this.panel.onDidDispose(() => this.dispose()),
    );
    void this.update();
  }

  reveal(toSide: boolean): void {
    this.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.updateTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
    this.onDispose();
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const request = ++this.requestCount;
    const { webview } = this.panel;
    const params: PreviewHtmlParams = {
      uri: this.uri.toString(),
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      resourceBase: this.folder ? webview.asWebviewUri(this.folder).toString() : null,
      gapMinutes: gapMinutes(this.uri),
    };
    let html: string;
    try {
      const result = await this.client.sendRequest<PreviewHtmlResult>(PREVIEW_HTML_REQUEST, params);
      html = result.html ?? messagePage(params, 'Open the report in an editor to see its preview.');
    } catch (error) {
      html = messagePage(params, `The preview could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.disposed || request !== this.requestCount) return;
    if (this.pageReady) {
      this.post({ type: 'update', html });
    } else {
      webview.html = html;
    }
  }

  private post(message: PreviewHostMessage): void {
    if (this.pageReady) void this.panel.webview.postMessage(message);
  }

  private onPageMessage(message: PreviewPageMessage): void {
    switch (message.type) {
      case 'ready': {
        this.pageReady = true;
        const editor = this.visibleEditor();
        if (editor?.visibleRanges.length) this.post({ type: 'scrollTo', line: editor.visibleRanges[0].start.line });
        return;
      }
      case 'reveal':
        void this.revealLine(message.line);
        return;
      case 'open':
        void this.open(message.href);
        return;
      case 'visibleLine': {
        const editor = this.visibleEditor();
        if (!editor) return;
        this.ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO_MS;
        editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
    }
  }

  private visibleEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
  }

  /** Puts the cursor on `line` in the editor showing the report, or opens one beside the preview. */
  private async revealLine(line: number): Promise<void> {
    if (!Number.isInteger(line) || line < 0) return;
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(this.uri, {
      viewColumn: this.visibleEditor()?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Web and mail links in the browser or mail client; a relative path (another report) in VS Code; anything else not at all. */
  private async open(href: string): Promise<void> {
    if (/^(?:https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href));
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || !this.folder) return;
    const path = decodedPath(href);
    if (!path) return;
    const root = path.startsWith('/') ? vscode.workspace.getWorkspaceFolder(this.uri)?.uri : this.folder;
    if (root) await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(root, path));
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** A relative link's path without its query or fragment, decoded; null when it is empty or malformed. */
function decodedPath(href: string): string | null {
  try {
    return decodeURIComponent(href.replace(/[?#].*$/, '')) || null;
  } catch {
    return null;
  }
}

/** `postmortem.preview.gapMinutes`, or its default when unset or not a positive number. */
export function gapMinutes(uri?: vscode.Uri): number {
  const value = vscode.workspace.getConfiguration('postmortem', uri).get<unknown>('preview.gapMinutes');
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_GAP_MINUTES;
}

/** A page with one sentence, when the server has no page to give. */
function messagePage(params: PreviewHtmlParams, message: string): string {
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${params.nonce}'"><style nonce="${params.nonce}">body { font-family: var(--vscode-font-family); color: var(--vscode-descriptionForeground); padding: 16px 28px; }</style></head><body><main id="pm-root"><p>${text}</p></main></body></html>`;
}
