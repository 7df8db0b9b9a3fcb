// The preview page's one script (the only one its Content Security Policy lets run). It turns
// clicks into messages for the extension, and follows the editor's scrolling:
// - a marker or a listed problem → `{ type: 'reveal', line }`; a double click on the report too;
// - a link → `{ type: 'open', href }` (the extension decides how to open it); `#…` stays in the page;
// - `{ type: 'scrollTo', line }` scrolls to the report's block nearest that line;
// - scrolling the page → `{ type: 'visibleLine', line }` for the editor to follow;
// - `{ type: 'update', html }` swaps in a newer rendering without losing the scroll position.
// Plain ES2020 that runs in the webview (and without `acquireVsCodeApi`, for tests in a browser).

export const PAGE_SCRIPT = String.raw`
(() => {
  'use strict';
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  const post = (message) => { if (vscode) vscode.postMessage(message); };
  /** Where scrollTo left the page: the scroll event that lands there is ours, not the reader's, and is not echoed back. */
  let scrolledByEditorTo = null;

  const lineOf = (element) => Number(element.getAttribute('data-line'));
  const bodyBlocks = () => Array.from(document.querySelectorAll('.pm-body [data-line]'));

  function makeMarkersFocusable() {
    for (const marker of document.querySelectorAll('.pm-timeline .marker[data-line]')) {
      marker.setAttribute('tabindex', '0');
      marker.setAttribute('role', 'button');
    }
  }

  function scrollToFragment(fragment) {
    const id = decodeURIComponent(fragment);
    const target = document.getElementById(id) || document.getElementById('user-content-' + id);
    if (target) target.scrollIntoView({ block: 'start' });
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const revealer = target.closest('.pm-timeline .marker[data-line], .pm-problem-link[data-line]');
    if (revealer) {
      event.preventDefault();
      post({ type: 'reveal', line: lineOf(revealer) });
      return;
    }
    const link = target.closest('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href.startsWith('#')) scrollToFragment(href.slice(1));
    else post({ type: 'open', href });
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || (event.key !== 'Enter' && event.key !== ' ') || !target.matches('.pm-timeline .marker[data-line]')) return;
    event.preventDefault();
    post({ type: 'reveal', line: lineOf(target) });
  });

  document.addEventListener('dblclick', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const block = target && !target.closest('a') ? target.closest('.pm-body [data-line]') : null;
    if (block) post({ type: 'reveal', line: lineOf(block) });
  });

  function scrollToLine(line) {
    let nearest = null;
    for (const block of bodyBlocks()) {
      if (lineOf(block) > line) break;
      nearest = block;
    }
    if (nearest) nearest.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
    scrolledByEditorTo = window.scrollY;
  }

  function topVisibleLine() {
    for (const block of bodyBlocks()) {
      if (block.getBoundingClientRect().bottom > 0) return lineOf(block);
    }
    return null;
  }

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (window.scrollY === scrolledByEditorTo) {
      scrolledByEditorTo = null;
      return;
    }
    scrolledByEditorTo = null;
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      const line = topVisibleLine();
      if (line !== null) post({ type: 'visibleLine', line });
    });
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'scrollTo' && typeof message.line === 'number') scrollToLine(message.line);
    if (message.type === 'update' && typeof message.html === 'string') {
      const next = new DOMParser().parseFromString(message.html, 'text/html').getElementById('pm-root');
      const current = document.getElementById('pm-root');
      if (next && current) {
        current.replaceWith(document.importNode(next, true));
        makeMarkersFocusable();
      }
    }
  });

  makeMarkersFocusable();
  post({ type: 'ready' });
})();
`;
