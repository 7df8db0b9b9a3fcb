import assert from 'node:assert/strict';
import { analyze, incidentMetrics } from '../../../server/src/model';
import { timelineSvg } from '../../../server/src/preview';
import type { PreviewDiagnostic } from '../../../server/src/preview';
import { CLEAN_REPORT, dedent } from '../helpers';
import { findAll, markersOf, textOf } from './read';

function pictureOf(text: string, options: { gapMinutes?: number; diagnostics?: PreviewDiagnostic[] } = {}): string {
  const model = analyze(text);
  return timelineSvg(model, incidentMetrics(model), { gapMinutes: options.gapMinutes ?? 30, ...(options.diagnostics ? { diagnostics: options.diagnostics } : {}) });
}

/** The 0-based line of the first line that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `no line contains ${needle}`);
  return index;
}

function diagnostic(line: number, rule = 'timestamp-format', message = 'Something is off.'): PreviewDiagnostic {
  return { line, severity: 'warning', message, rule };
}

const CROSSING_MIDNIGHT = dedent`
  # Login errors

  ## Summary

  From 11:36 PM to 01:48 AM EAT half the logins failed.

  ## Timeline (all times EAT)

  - 11:32 PM: ORM library updated
  - 11:36 PM: Pager alerts engineers
  - 12:10 AM: Escalated to the database team
  - 12:57 AM: Rolled back the ORM library
  - 01:48 AM: All services fully restored
`;

describe('preview: timeline picture', () => {
  it('draws one marker per timed entry, classed by kind, on its 0-based source line, in time order', () => {
    const svg = pictureOf(CROSSING_MIDNIGHT);
    assert.deepEqual(markersOf(svg).map((m) => [m.classes.join(' '), m.line]), [
      ['marker kind-trigger', lineOf(CROSSING_MIDNIGHT, '- 11:32 PM')],
      ['marker kind-detection', lineOf(CROSSING_MIDNIGHT, '- 11:36 PM')],
      ['marker kind-escalation', lineOf(CROSSING_MIDNIGHT, '- 12:10 AM')],
      ['marker kind-mitigation', lineOf(CROSSING_MIDNIGHT, '- 12:57 AM')],
      ['marker kind-resolution', lineOf(CROSSING_MIDNIGHT, '- 01:48 AM')],
    ]);
    assert.deepEqual(markersOf(svg).map((m) => m.title), [
      '11:32 PM · trigger — ORM library updated',
      '11:36 PM · detection — Pager alerts engineers',
      '12:10 AM (day 2) · escalation — Escalated to the database team',
      '12:57 AM (day 2) · mitigation — Rolled back the ORM library',
      '01:48 AM (day 2) · resolution — All services fully restored',
    ]);
  });

  it('is a self-contained, labelled picture coloured only through classes', () => {
    const svg = pictureOf(CROSSING_MIDNIGHT);
    assert.match(svg, /^<svg class="pm-timeline" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 \d+" role="img"><title>Timeline: 5 entries from 11:32 PM to 01:48 AM<\/title><desc>Outage window 2h 12m shaded\. 3 gaps longer than 30m\.<\/desc>/);
    assert.ok(svg.endsWith('</svg>'));
    assert.doesNotMatch(svg, /\b(?:fill|stroke|style)="/, 'no colour or style attribute: the theme decides through CSS');
  });

  it('runs the axis across midnight, from the first entry to the last, with the day under the midnight tick', () => {
    const svg = pictureOf(CROSSING_MIDNIGHT);
    const xs = markersOf(svg).map((m) => m.cx);
    assert.deepEqual([xs[0], xs[xs.length - 1]], [48, 752], 'the first and last entries sit at the axis ends');
    assert.deepEqual([...xs].sort((a, b) => a - b), xs, 'later entries stand further right, after midnight too');
    const ticks = findAll(svg, 'g', 'tick').map((t) => ({ label: textOf(t.inner), x: Number(/x1="([\d.]+)"/.exec(t.inner)?.[1]), midnight: t.classes.includes('midnight') }));
    // 136 minutes: a tick every 20, hours padded as the report writes them (`01:48 AM`).
    assert.deepEqual(ticks.map((t) => t.label), ['11:40 PM', '12:00 AMday 2', '12:20 AM', '12:40 AM', '01:00 AM', '01:20 AM', '01:40 AM']);
    assert.deepEqual(ticks.map((t) => t.midnight), [false, true, false, false, false, false, false]);
    // 12:00 AM is 28 of the 136 minutes from 11:32 PM.
    assert.equal(ticks[1].x, Math.round((48 + (28 / 136) * 704) * 10) / 10);
  });

  it('names the day by its date when the report dates the timeline, and writes ticks in the report\'s 24-hour style', () => {
    const svg = pictureOf(dedent`
      ---
      date: 2024-01-17
      ---
      ## Timeline (UTC)

      - 22:50: Deploy of the cache layer
      - 23:40: Alert fires for checkout errors
      - 00:25: Error rate back to normal
    `);
    assert.deepEqual(findAll(svg, 'g', 'tick').map((t) => textOf(t.inner)), ['23:00', '23:15', '23:30', '23:45', '00:002024-01-18', '00:15']);
  });

  it('shades the outage window the summary states, and nothing when it states none', () => {
    const svg = pictureOf(CLEAN_REPORT);
    const markers = markersOf(svg);
    const [window] = findAll(svg, 'rect', 'window');
    const x = Number(window.attributes.x);
    const width = Number(window.attributes.width);
    // CLEAN_REPORT: 23:35 push, 23:40 alert (the window's start), 23:52 rollback, 00:25 back to normal (its end).
    assert.equal(x, markers[1].cx);
    assert.equal(Math.round((x + width) * 10) / 10, markers[3].cx);
    assert.equal(textOf(findAll(svg, 'text', 'window-label')[0].inner), 'Outage 45m');

    const unstated = pictureOf(CLEAN_REPORT.replace('From 23:40 to 00:25 UTC, 40%', '40%'));
    assert.deepEqual(findAll(unstated, 'rect', 'window'), []);
  });

  it('clips a window that reaches past the entries to the axis', () => {
    const svg = pictureOf(dedent`
      ## Summary

      From 09:30 to 10:40 UTC the API failed.

      ## Timeline (UTC)

      - 10:00: Alert fires
      - 10:20: Rolled back
    `);
    const [window] = findAll(svg, 'rect', 'window');
    assert.deepEqual([Number(window.attributes.x), Number(window.attributes.width)], [48, 704]);
    assert.equal(textOf(findAll(svg, 'text', 'window-label')[0].inner), 'Outage 1h 10m');
  });

  it('marks silences longer than gapMinutes, with their length', () => {
    const text = dedent`
      ## Timeline (UTC)

      - 10:00: Alert fires
      - 10:20: Investigation starts
      - 11:32: Rolled back
      - 11:40: Error rate back to normal
    `;
    const gaps = (gapMinutes: number) => findAll(pictureOf(text, { gapMinutes }), 'line', 'gap').map((g) => textOf(g.inner));
    assert.deepEqual(gaps(30), ['No entry for 1h 12m, from 10:20 to 11:32']);
    assert.deepEqual(gaps(10), ['No entry for 20m, from 10:00 to 10:20', 'No entry for 1h 12m, from 10:20 to 11:32']);
    assert.deepEqual(gaps(72), [], 'a silence exactly as long as the setting is not marked');
    assert.deepEqual(findAll(pictureOf(text, { gapMinutes: 30 }), 'text', 'gap-label').map((t) => textOf(t.inner)), ['gap 1h 12m']);
  });

  it('flags the markers of entries a problem starts on, on any of their lines, and says what it is', () => {
    const text = dedent`
      ## Timeline (UTC)

      - 10:00: Alert fires
      - 10:05: On-call engineer paged;
        the page is acknowledged late
      - 10:30: Rolled back
    `;
    const continuation = lineOf(text, 'acknowledged late');
    const svg = pictureOf(text, { diagnostics: [diagnostic(continuation, 'mojibake', 'Double-encoded text.'), diagnostic(0, 'missing-section')] });
    const markers = markersOf(svg);
    assert.deepEqual(markers.map((m) => m.classes.includes('flagged')), [false, true, false]);
    assert.equal(markers[1].title, '10:05 · detection — On-call engineer paged;\n⚠ mojibake: Double-encoded text.');
    assert.equal(markers[1].line, continuation - 1, 'the marker points at the entry\'s first line');
    assert.match(svg, /<desc>[^<]*1 flagged with a problem\.<\/desc>/);
  });

  it('keeps markers that share a moment apart, one above the other', () => {
    const markers = markersOf(pictureOf('## Timeline\n\n- 10:00: Alert fires\n- 10:00: Paged the on-call\n- 10:30: Resolved\n'));
    assert.deepEqual(markers.map((m) => m.cx), [48, 48, 752]);
    assert.notEqual(markers[0].cy, markers[1].cy);
  });

  it('puts a single timed entry in the middle of an hour', () => {
    const markers = markersOf(pictureOf('## Timeline\n\n- 10:00: Alert fires\n- Wrote the report\n'));
    assert.deepEqual(markers.map((m) => m.cx), [400]);
  });

  it('escapes the entries\' text', () => {
    const svg = pictureOf('## Timeline\n\n- 10:00: <script>run("x")</script> & \'quotes\'\n- 10:10: Resolved\n');
    assert.doesNotMatch(svg, /<script/);
    assert.equal(markersOf(svg)[0].title, '10:00 · other event — <script>run("x")</script> & \'quotes\'');
  });

  it('counts lines in CRLF documents with emoji and a byte order mark as the editor does', () => {
    const text = '\ufeff# 🔥 Outage\r\n\r\n## Timeline 🕒 (UTC)\r\n\r\n- 10:00: 🚨 Alert fires\r\n- 10:20: ✅ Resolved\r\n';
    assert.deepEqual(markersOf(pictureOf(text)).map((m) => [m.line, m.title]), [
      [4, '10:00 · detection — 🚨 Alert fires'],
      [5, '10:20 · resolution — ✅ Resolved'],
    ]);
  });

  it('says why there is no picture instead of drawing an empty one', () => {
    assert.equal(pictureOf('# Outage\n\n## Summary\n\nIt broke.\n'), '<p class="pm-timeline-note">No Timeline section yet: add <code>## Timeline</code> with one entry per line, such as <code>- 10:02: Alert fires</code>, to see the picture.</p>');
    assert.equal(pictureOf('## Timeline\n\n- Alert fires\n- Resolved\n'), '<p class="pm-timeline-note">The timeline has no entries with a time yet, so there is nothing to draw.</p>');
  });
});
