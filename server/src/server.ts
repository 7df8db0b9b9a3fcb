// The language server: wires the LSP connection to the analysis layer. Run with --stdio,
// --node-ipc or --socket=PORT (vscode-languageserver picks the transport from argv).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit as LspTextEdit, SnippetTextEdit } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { codeActions, fixAllAction, FIX_ALL_KIND } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { COMPLETION_TRIGGER_CHARACTERS, completions } from './features/completion';
import type { NowOptions } from './features/entryStyle';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { selectionRanges } from './features/selectionRanges';
import { documentSymbols } from './features/symbols';
import { formatDuration, incidentMetrics } from './model';
import type { PostmortemModel } from './model';
import { SERVER_COMMANDS, STATUS_REQUEST } from './lsp/protocol';
import type { EditResult, InsertedEntryResult, StatusParams, StatusResult, SummaryTextResult } from './lsp/protocol';
import { insertTimelineEntry, normalizeTimestamps, plainTextSummary, sortTimeline } from './commands';
import type { InsertedEntry } from './commands';
import { renderPreviewHtml, toPreviewDiagnostics } from './preview';
import { PREVIEW_HTML_REQUEST } from './preview/protocol';
import type { PreviewHtmlParams, PreviewHtmlResult } from './preview/protocol';
import { applyEdits } from './rules';
import type { Diagnostic, TextEdit } from './rules';
import { AnalysisCache } from './lsp/analysisCache';
import { toLspDiagnostics } from './lsp/diagnostics';
import { isPostmortem } from './lsp/postmortemFiles';
import { DEFAULT_SETTINGS, readSettings } from './lsp/settings';
import type { ServerSettings } from './lsp/settings';

/** Typing pauses shorter than this do not trigger a check; the last version typed wins. */
const DEBOUNCE_MS = 150;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const analyses = new AnalysisCache();
const pending = new Map<string, NodeJS.Timeout>();
const settingsByUri = new Map<string, Promise<ServerSettings>>();
const reportedProblems = new Set<string>();
let canPullSettings = false;
let canRefreshInlayHints = false;
let canApplyVersionedEdits = false;
let canApplySnippetEdits = false;
let pushedSettings: unknown = undefined;
let workspaceFolders: string[] = [];

// vsce stores the README as readme.md inside a .vsix; a clone has README.md.
const readmePath = ['README.md', 'readme.md'].map((name) => join(__dirname, '..', name)).find((path) => existsSync(path)) ?? join(__dirname, '..', 'README.md');
const readmeUrl = pathToFileURL(readmePath).href;
const ruleDocumentation = (rule: string) => `${readmeUrl}#${rule}`;

connection.onInitialize((params) => {
  canPullSettings = Boolean(params.capabilities.workspace?.configuration);
  canRefreshInlayHints = Boolean(params.capabilities.workspace?.inlayHint?.refreshSupport);
  canApplyVersionedEdits = Boolean(params.capabilities.workspace?.workspaceEdit?.documentChanges);
  // Snippet edits travel in versioned document changes (LSP 3.18).
  canApplySnippetEdits = canApplyVersionedEdits && Boolean(params.capabilities.workspace?.workspaceEdit?.snippetEditSupport);
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'Postmortem' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      hoverProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
    },
    serverInfo: { name: 'postmortem-language-server' },
  };
});

connection.onInitialized(() => {
  if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'postmortem' });
  connection.workspace.onDidChangeWorkspaceFolders((event) => {
    workspaceFolders = workspaceFolders.filter((f) => !event.removed.some((r) => r.uri === f)).concat(event.added.map((a) => a.uri));
    revalidateAll();
  });
});

connection.onDidChangeConfiguration((change) => {
  settingsByUri.clear();
  if (!canPullSettings) pushedSettings = (change.settings as { postmortem?: unknown } | undefined)?.postmortem;
  revalidateAll();
  // Hints depend on postmortem.inlayHints.elapsed; the client asks again only when told.
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
});

function settingsFor(uri: string): Promise<ServerSettings> {
  let settings = settingsByUri.get(uri);
  if (!settings) {
    const raw: Promise<unknown> = canPullSettings ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' }) : Promise.resolve(pushedSettings);
    settings = raw.then(
      (value) => {
        const { settings: read, problems } = readSettings(value);
        for (const problem of problems) reportProblem(problem);
        return read;
      },
      () => DEFAULT_SETTINGS,
    );
    settingsByUri.set(uri, settings);
  }
  return settings;
}

function reportProblem(problem: string): void {
  if (reportedProblems.has(problem)) return;
  reportedProblems.add(problem);
  connection.console.warn(problem);
  void connection.window.showWarningMessage(problem);
}

interface OpenPostmortem {
  document: TextDocument;
  model: PostmortemModel;
  settings: ServerSettings;
}

/** The open document at `uri` with its model and settings, or null when it is not a postmortem (features stay out of ordinary Markdown). */
async function openPostmortem(uri: string): Promise<OpenPostmortem | null> {
  if (!documents.get(uri)) return null;
  const settings = await settingsFor(uri);
  const document = documents.get(uri);
  if (!document) return null;
  const model = analyses.get(document);
  return isPostmortem(document, model, settings, workspaceFolders) ? { document, model, settings } : null;
}

/** The lint result for an open postmortem, shared by diagnostics, code actions, the status bar and the preview. */
function diagnosticsOf({ model, settings }: OpenPostmortem): Diagnostic[] {
  return analyses.diagnostics(model, settings.lint);
}


async function validate(document: TextDocument): Promise<void> {
  const version = document.version;
  const settings = await settingsFor(document.uri);
  // A newer version arrived while settings were read: its own check will publish.
  const current = documents.get(document.uri);
  if (!current || current.version !== version) return;
  const model = analyses.get(current);
  const diagnostics = isPostmortem(current, model, settings, workspaceFolders) ? toLspDiagnostics(current, analyses.diagnostics(model, settings.lint), ruleDocumentation) : [];
  await connection.sendDiagnostics({ uri: current.uri, version, diagnostics });
}

function schedule(document: TextDocument, delay: number): void {
  clearTimeout(pending.get(document.uri));
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      validate(document).catch((error: unknown) => connection.console.error(`Checking ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`));
    }, delay),
  );
}

function revalidateAll(): void {
  for (const document of documents.all()) schedule(document, 0);
}

connection.onCodeAction(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  if (!open || token.isCancellationRequested) return [];
  const { document, model, settings } = open;
  const diagnostics = diagnosticsOf(open);
  return codeActions(document, model, { range: params.range, only: params.context.only, triggerKind: params.context.triggerKind }, {
    diagnostics,
    lspDiagnostics: toLspDiagnostics(document, diagnostics, ruleDocumentation),
    config: settings.lint,
    fixContext: { defaultTimeZone: settings.defaultTimeZone },
  });
});

connection.onDocumentSymbol(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  return open && !token.isCancellationRequested ? documentSymbols(open.document, open.model) : [];
});

connection.onFoldingRanges(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  return open && !token.isCancellationRequested ? foldingRanges(open.document, open.model) : [];
});

connection.onSelectionRanges(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  return open && !token.isCancellationRequested ? selectionRanges(open.document, open.model, params.positions) : null;
});

connection.onCompletion(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  if (!open || token.isCancellationRequested) return [];
  return completions(open.document, open.model, params.position, clockOptions(open.settings));
});

connection.onHover(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  if (!open || token.isCancellationRequested) return null;
  return hover(open.document, open.model, params.position, { defaultTimeZone: open.settings.defaultTimeZone });
});

connection.languages.inlayHint.on(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  if (!open || !open.settings.inlayHints.elapsed || token.isCancellationRequested) return [];
  return inlayHints(open.document, open.model, params.range);
});

connection.onCodeLens(async (params, token) => {
  const open = await openPostmortem(params.textDocument.uri);
  return open && !token.isCancellationRequested ? codeLenses(open.document, open.model) : [];
});

connection.onRequest(STATUS_REQUEST, async (params: StatusParams): Promise<StatusResult | null> => {
  const open = await openPostmortem(params.uri);
  if (!open) return null;
  const { durationMinutes } = incidentMetrics(open.model);
  return { duration: durationMinutes === null ? null : formatDuration(durationMinutes), problems: diagnosticsOf(open).length };
});

connection.onExecuteCommand(async (params) => {
  const [uri, position] = (params.arguments ?? []) as [string | undefined, { line: number; character: number } | undefined];
  const open = typeof uri === 'string' ? await openPostmortem(uri) : null;
  if (!open) return null;
  const { document, model, settings } = open;
  switch (params.command) {
    case SERVER_COMMANDS.insertTimelineEntry: {
      const cursor = position ? document.offsetAt(position) : document.getText().length;
      const inserted = insertTimelineEntry(model, cursor, clockOptions(settings));
      if (!inserted) return null;
      const applied = canApplySnippetEdits ? await applySnippetEdit(document, inserted.snippetEdit) : await applyOffsetEdits(document, [inserted.edit]);
      if (!applied) return null;
      const after = TextDocument.create(document.uri, document.languageId, document.version, applyEdits(document.getText(), [inserted.edit]));
      return { selection: { start: after.positionAt(inserted.time.start), end: after.positionAt(inserted.time.end) }, snippet: canApplySnippetEdits } satisfies InsertedEntryResult;
    }
    case SERVER_COMMANDS.sortTimeline:
      return { changed: await applyOffsetEdits(document, sortTimeline(model)) } satisfies EditResult;
    case SERVER_COMMANDS.normalizeTimestamps:
      return { changed: await applyOffsetEdits(document, normalizeTimestamps(model)) } satisfies EditResult;
    case SERVER_COMMANDS.fixAll: {
      const action = fixAllAction(document, model, settings.lint, { defaultTimeZone: settings.defaultTimeZone });
      return { changed: await applyLspEdits(document, action?.edit?.changes?.[document.uri] ?? []) } satisfies EditResult;
    }
    case SERVER_COMMANDS.copySummary:
      return { text: plainTextSummary(model) } satisfies SummaryTextResult;
    default:
      return null;
  }
});

/** The clock and zones a new timeline entry is written by: read here, so the features below stay pure. */
function clockOptions(settings: ServerSettings): NowOptions {
  return { now: new Date(), defaultTimeZone: settings.defaultTimeZone, localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? null };
}

/** Asks the client to apply offset edits to `document`; false when there were none or it refused. */
function applyOffsetEdits(document: TextDocument, edits: TextEdit[]): Promise<boolean> {
  return applyLspEdits(document, edits.map((edit) => ({ range: { start: document.positionAt(edit.range.start), end: document.positionAt(edit.range.end) }, newText: edit.newText })));
}

/** Asks the client to insert a snippet into `document` (only sent when it said it can take snippet edits). */
async function applySnippetEdit(document: TextDocument, { range, snippet }: InsertedEntry['snippetEdit']): Promise<boolean> {
  const edit: SnippetTextEdit = { range: { start: document.positionAt(range.start), end: document.positionAt(range.end) }, snippet: { kind: 'snippet', value: snippet } };
  const result = await connection.workspace.applyEdit({ edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [edit] }] } });
  return result.applied;
}

async function applyLspEdits(document: TextDocument, changes: LspTextEdit[]): Promise<boolean> {
  if (changes.length === 0) return false;
  // With versions, a client where the writer typed meanwhile refuses the edit instead of misplacing it.
  const edit = canApplyVersionedEdits ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: changes }] } : { changes: { [document.uri]: changes } };
  const result = await connection.workspace.applyEdit({ edit });
  return result.applied;
}

connection.onRequest(PREVIEW_HTML_REQUEST, async (params: PreviewHtmlParams, token): Promise<PreviewHtmlResult> => {
  const open = await openPostmortem(params.uri);
  if (!open || token.isCancellationRequested) return { html: null };
  const { model } = open;
  const fileName = Utils.basename(URI.parse(params.uri));
  const diagnostics = toPreviewDiagnostics(model.text, diagnosticsOf(open));
  const { cspSource, nonce, resourceBase, gapMinutes } = params;
  return { html: renderPreviewHtml(model, diagnostics, { cspSource, nonce, resourceBase, gapMinutes, title: `Preview: ${fileName}` }) };
});

documents.onDidOpen((event) => schedule(event.document, 0));
documents.onDidChangeContent((event) => schedule(event.document, DEBOUNCE_MS));
documents.onDidClose((event) => {
  clearTimeout(pending.get(event.document.uri));
  pending.delete(event.document.uri);
  analyses.forget(event.document.uri);
  settingsByUri.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
