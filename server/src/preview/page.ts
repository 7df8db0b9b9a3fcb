// The preview page: the incident card, the timeline picture, the open problems and the report,
// as one HTML document for a VS Code webview. Pure: the client supplies what only it knows
// (the webview's CSP source and resource URL, a nonce) and only shows the result.

import { incidentMetrics } from '../model';
import type { PostmortemModel } from '../model';
import { renderReportBody } from './body';
import { incidentCard } from './card';
import type { PreviewDiagnostic } from './diagnostics';
import { escapeHtml } from './markup';
import { PAGE_SCRIPT } from './pageScript';
import { TIMELINE_CSS, timelineSvg } from './timeline';

export interface PreviewPageOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Random per page; the page's own style and script carry it, nothing else may run. */
  nonce: string;
  /** The document's folder as a webview URL, for relative images; null drops them. */
  resourceBase: string | null;
  /** Silences between timeline entries longer than this are marked. */
  gapMinutes: number;
  /** The page title; default: the report's title. */
  title?: string;
}

/** Follows the VS Code theme through the webview's CSS variables; the fallbacks give a light page elsewhere. */
export const PAGE_CSS = `
:root { color-scheme: light dark; }
body {
  margin: 0; padding: 12px 28px 48px;
  font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); line-height: 1.55;
  color: var(--vscode-editor-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff);
}
#pm-root { max-width: 980px; margin: 0 auto; }
a { color: var(--vscode-textLink-foreground, #006ab1); }
a:hover { color: var(--vscode-textLink-activeForeground, #006ab1); }
a:focus, .pm-timeline .marker:focus { outline: 1px solid var(--vscode-focusBorder, #0078d4); outline-offset: 2px; }
code, pre { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.95em; }
:not(pre) > code { padding: 1px 4px; border-radius: 3px; background: var(--vscode-textCodeBlock-background, rgba(127, 127, 127, 0.15)); }
pre { padding: 10px 12px; overflow: auto; border-radius: 4px; background: var(--vscode-textCodeBlock-background, rgba(127, 127, 127, 0.12)); }
table { border-collapse: collapse; }
th, td { padding: 4px 10px; border: 1px solid var(--vscode-editorWidget-border, rgba(127, 127, 127, 0.35)); }
blockquote { margin: 0; padding: 0 12px; border-left: 4px solid var(--vscode-textBlockQuote-border, rgba(127, 127, 127, 0.45)); }
img { max-width: 100%; }
hr { border: 0; border-top: 1px solid var(--vscode-editorWidget-border, rgba(127, 127, 127, 0.35)); }
.pm-card { margin: 8px 0 16px; padding: 14px 18px 10px; border-radius: 6px;
  border: 1px solid var(--vscode-editorWidget-border, rgba(127, 127, 127, 0.35)); background: var(--vscode-editorWidget-background, rgba(127, 127, 127, 0.06)); }
.pm-card-title { margin: 0 0 10px; font-size: 1.35em; border: 0; }
.pm-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px 22px; margin: 0; }
.pm-figure { margin: 0; }
.pm-figure[data-figure="window"], .pm-figure[data-figure="impact"] { grid-column: span 2; }
.pm-figure dt { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--vscode-descriptionForeground, #616161); }
.pm-figure dd { margin: 2px 0 0; }
.pm-value { font-weight: 600; font-size: 1.08em; }
.pm-figure[data-figure="impact"] .pm-value { font-weight: normal; }
.pm-figure.unknown .pm-value { font-weight: normal; font-style: italic; color: var(--vscode-descriptionForeground, #616161); }
.pm-note { display: block; font-size: 0.85em; color: var(--vscode-descriptionForeground, #616161); }
.pm-timeline-section { margin: 0 0 12px; }
.pm-timeline-note { font-style: italic; color: var(--vscode-descriptionForeground, #616161); }
.pm-problems { margin: 0 0 18px; }
.pm-problems h2 { margin: 0 0 4px; font-size: 1em; }
.pm-problems ul { margin: 0; padding-left: 0; list-style: none; }
.pm-problems li { padding: 2px 0; }
.pm-problem-link { text-decoration: none; }
.pm-problem-link:hover .pm-message { text-decoration: underline; }
.pm-severity { display: inline-block; min-width: 5.5em; font-size: 0.85em; font-weight: 600; }
.severity-error .pm-severity { color: var(--vscode-editorError-foreground, #e51400); }
.severity-warning .pm-severity { color: var(--vscode-editorWarning-foreground, #bf8803); }
.severity-information .pm-severity, .severity-hint .pm-severity { color: var(--vscode-editorInfo-foreground, #1a85ff); }
.pm-where, .pm-rule { color: var(--vscode-descriptionForeground, #616161); }
.pm-message { color: var(--vscode-editor-foreground, #1f1f1f); }
.pm-none { color: var(--vscode-descriptionForeground, #616161); }
.pm-body { border-top: 1px solid var(--vscode-editorWidget-border, rgba(127, 127, 127, 0.35)); padding-top: 4px; }
.pm-body h1, .pm-body h2 { padding-bottom: 0.2em; border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(127, 127, 127, 0.25)); }
.pm-body .pm-timeline-block { margin: 12px 0; }
body.vscode-high-contrast .pm-card, body.vscode-high-contrast th, body.vscode-high-contrast td { border-color: var(--vscode-contrastBorder, #6fc3df); }
body.vscode-high-contrast .pm-problem-link:focus, body.vscode-high-contrast a:focus { outline: 1px dashed var(--vscode-contrastActiveBorder, #f38518); }
`;

/** The complete page: strict CSP, the card, the picture, the problems (each a link to its line) and the report. */
export function renderPreviewHtml(model: PostmortemModel, diagnostics: PreviewDiagnostic[], options: PreviewPageOptions): string {
  const nonce = escapeHtml(options.nonce);
  const csp = [
    "default-src 'none'",
    `img-src ${options.cspSource} https: data:`,
    `style-src ${options.cspSource} 'nonce-${options.nonce}'`,
    `script-src 'nonce-${options.nonce}'`,
  ].join('; ');
  const title = options.title ?? (model.title?.text.trim() || 'Postmortem preview');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${PAGE_CSS}${TIMELINE_CSS}</style>`,
    '</head>',
    '<body>',
    `<main id="pm-root">${pageContent(model, diagnostics, options)}</main>`,
    `<script nonce="${nonce}">${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function pageContent(model: PostmortemModel, diagnostics: PreviewDiagnostic[], options: PreviewPageOptions): string {
  if (model.tooLarge) {
    return `<p class="pm-timeline-note">This file has ${model.tooLarge.size.toLocaleString('en')} characters, more than the ${model.tooLarge.limit.toLocaleString('en')} the preview reads.</p>${problemList(diagnostics)}`;
  }
  const metrics = incidentMetrics(model);
  const picture = timelineSvg(model, metrics, { gapMinutes: options.gapMinutes, diagnostics });
  return [
    incidentCard(model, metrics),
    `<section class="pm-timeline-section" aria-label="Timeline picture">${picture}</section>`,
    problemList(diagnostics),
    `<article class="pm-body">${renderReportBody(model.root, { resourceBase: options.resourceBase, timelinePicture: picture })}</article>`,
  ].join('\n');
}

/** Each problem a link to its line; the page's script turns the click into a `reveal` message. */
function problemList(diagnostics: PreviewDiagnostic[]): string {
  if (diagnostics.length === 0) return '<section class="pm-problems" aria-label="Problems"><p class="pm-none">No problems found.</p></section>';
  const items = diagnostics.map((d) => [
    `<li class="pm-problem severity-${d.severity}">`,
    `<a class="pm-problem-link" href="#" data-line="${d.line}">`,
    `<span class="pm-severity">${d.severity}</span> <span class="pm-where">line ${d.line + 1}</span> <span class="pm-message">${messageHtml(d.message)}</span> <span class="pm-rule">(${escapeHtml(d.rule)})</span>`,
    '</a></li>',
  ].join(''));
  return `<section class="pm-problems" aria-label="Problems"><h2>Problems (${diagnostics.length})</h2><ul>${items.join('')}</ul></section>`;
}

/** A rule's message, with its `code` spans (Markdown, as the editor's hover shows them) as code. */
function messageHtml(message: string): string {
  return escapeHtml(message).replace(/`([^`]+)`/g, '<code>$1</code>');
}
