// The preview: pure HTML and SVG from the model, for the webview panel and the Markdown preview plugin.

export { renderReportBody } from './body';
export { CARD_FIGURES, cardFigures, incidentCard } from './card';
export type { CardFigure } from './card';
export { toPreviewDiagnostics } from './diagnostics';
export type { PreviewDiagnostic } from './diagnostics';
export { PAGE_CSS, renderPreviewHtml } from './page';
export type { PreviewPageOptions } from './page';
export { PREVIEW_HTML_REQUEST } from './protocol';
export type { PreviewHostMessage, PreviewHtmlParams, PreviewHtmlResult, PreviewPageMessage } from './protocol';
export { MARKER_KINDS, TIMELINE_CSS, TIMELINE_FENCE, timelineSvg } from './timeline';
export type { MarkerKind, TimelineSvgOptions } from './timeline';
