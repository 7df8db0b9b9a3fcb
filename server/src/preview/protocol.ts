// The preview's request between the extension and the language server. Both sides import
// these types, so this module imports nothing.

/** Renders a document's preview page (`PreviewHtmlParams` → `PreviewHtmlResult`). */
export const PREVIEW_HTML_REQUEST = 'postmortem/previewHtml';

/** `postmortem.preview.gapMinutes` when unset (package.json gives the same default). */
export const DEFAULT_GAP_MINUTES = 30;

export interface PreviewHtmlParams {
  /** The document, as the client knows it (`TextDocument.uri`). */
  uri: string;
  /** `webview.cspSource`: where the page may load images and stylesheets from. */
  cspSource: string;
  /** A fresh random value per page; only the page's own style and script carry it. */
  nonce: string;
  /** `webview.asWebviewUri(documentFolder)`, for relative image paths; null when the document has no folder (untitled). */
  resourceBase: string | null;
  /** `postmortem.preview.gapMinutes`: silences between entries longer than this are marked. */
  gapMinutes: number;
}

export interface PreviewHtmlResult {
  /** A complete HTML document; null when the server has no such document or it is not a postmortem. */
  html: string | null;
}

/** Messages the page posts to the extension. */
export type PreviewPageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'open'; href: string }
  | { type: 'visibleLine'; line: number };

/** Messages the extension posts to the page. */
export type PreviewHostMessage =
  | { type: 'scrollTo'; line: number }
  /** A newer rendering of the same document: the page swaps its content and keeps its scroll position. */
  | { type: 'update'; html: string };
