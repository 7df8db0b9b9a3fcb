import assert from 'node:assert/strict';
import { analyze, incidentMetrics } from '../../../server/src/model';
import { CARD_FIGURES, incidentCard } from '../../../server/src/preview';
import { CLEAN_REPORT, dedent } from '../helpers';
import { findAll, textOf } from './read';

interface Row {
  figure: string;
  label: string;
  value: string;
  note: string | null;
  known: boolean;
}

/** The card's rows as a reader sees them. */
function cardOf(text: string): { title: string; rows: Row[] } {
  const model = analyze(text);
  const html = incidentCard(model, incidentMetrics(model));
  return {
    title: textOf(findAll(html, 'h1', 'pm-card-title')[0].inner),
    rows: findAll(html, 'div', 'pm-figure').map(({ attributes, classes, inner }) => ({
      figure: attributes['data-figure'],
      label: textOf(findAll(inner, 'dt')[0].inner),
      value: textOf(findAll(inner, 'span', 'pm-value')[0].inner),
      note: findAll(inner, 'span', 'pm-note').map((n) => textOf(n.inner))[0] ?? null,
      known: !classes.includes('unknown'),
    })),
  };
}

function values(text: string): Record<string, string> {
  return Object.fromEntries(cardOf(text).rows.map((r) => [r.figure, r.value]));
}

describe('preview: incident card', () => {
  it('gives the window, duration, zone, impact, severity, status and the times to detect, mitigate and resolve', () => {
    const text = CLEAN_REPORT.replace('timezone: UTC', 'timezone: UTC\nseverity: SEV-2\nstatus: resolved');
    const { title, rows } = cardOf(text);
    assert.equal(title, 'Checkout outage');
    assert.deepEqual(rows, [
      { figure: 'window', label: 'Window', value: '23:40 – 00:25 (+1 day) UTC', note: 'as the summary states', known: true },
      { figure: 'duration', label: 'Duration', value: '45m', note: null, known: true },
      { figure: 'timezone', label: 'Time zone', value: 'UTC', note: null, known: true },
      { figure: 'impact', label: 'Impact', value: 'From 23:40 to 00:25 UTC, 40% of checkout requests failed.', note: null, known: true },
      { figure: 'severity', label: 'Severity', value: 'SEV-2', note: null, known: true },
      { figure: 'status', label: 'Status', value: 'resolved', note: null, known: true },
      { figure: 'detect', label: 'Time to detect', value: '0m', note: null, known: true },
      { figure: 'mitigate', label: 'Time to mitigate', value: '12m', note: null, known: true },
      { figure: 'resolve', label: 'Time to resolve', value: '45m', note: null, known: true },
    ]);
  });

  it('keeps every row, saying what the report does not tell', () => {
    const { title, rows } = cardOf('## Timeline\n\n- Something happened\n');
    assert.equal(title, 'Untitled postmortem');
    assert.deepEqual(rows.map((r) => r.figure), [...CARD_FIGURES]);
    assert.deepEqual(rows.map((r) => [r.value, r.note, r.known]), [
      ['unknown', null, false],
      ['unknown', null, false],
      ['not stated', null, false],
      ['not stated', null, false],
      ['not stated', 'no severity field in the front matter', false],
      ['not stated', 'no status field in the front matter', false],
      ['unknown', 'no timed entry reads as a detection', false],
      ['unknown', 'no timed entry reads as a mitigation', false],
      ['unknown', 'no timed entry reads as a resolution', false],
    ]);
  });

  it('dates the window, in the report\'s 12-hour style and zone, with the offset for a named zone', () => {
    const text = dedent`
      ---
      date: 2024-01-17
      severity: 2
      ---
      # Login errors

      ## Timeline (all times WAT)

      - 11:32 PM: ORM library updated
      - 11:36 PM: Pager alerts engineers
      - 12:57 AM: Rolled back the ORM library
      - 1:48 AM: All services fully restored
    `;
    const v = values(text);
    assert.equal(v.window, '2024-01-17 11:32 PM – 1:48 AM (+1 day) WAT');
    assert.equal(v.timezone, 'WAT (UTC+01:00)');
    assert.equal(v.duration, '2h 16m');
    assert.equal(v.severity, '2');
    assert.deepEqual([v.detect, v.mitigate, v.resolve], ['4m', '1h 25m', '2h 16m']);
    assert.equal(cardOf(text).rows[0].note, "the timeline's first and last entries");
  });

  it('says which end of a window the summary gives and which the timeline', () => {
    const text = dedent`
      ## Summary

      The outage started at 10:05 UTC when the cache failed.

      ## Timeline (UTC)

      - 10:00: Deploy of the cache layer
      - 10:05: Alert fires
      - 10:40: Error rate back to normal
    `;
    const { rows } = cardOf(text);
    assert.deepEqual([rows[0].value, rows[0].note], ['10:05 – 10:40 UTC', "start from the summary, end from the timeline's last entry"]);
    assert.equal(values(text).detect, '0m');
  });

  it('shortens a long impact statement and escapes what it quotes', () => {
    const impact = `Checkout <b>failed</b> for "all" users & partners ${'and kept failing '.repeat(20)}until noon.`;
    const model = analyze(`# A & B <outage>\n\n## Summary\n\n${impact}\n\n## Timeline\n\n- 10:00: Alert fires\n`);
    const html = incidentCard(model, incidentMetrics(model));
    assert.doesNotMatch(html, /<b>|<outage>/);
    assert.match(html, /<h1 class="pm-card-title">A &amp; B &lt;outage&gt;<\/h1>/);
    const value = values(model.text).impact;
    assert.equal(value.length, 200);
    assert.ok(value.startsWith('Checkout <b>failed</b> for "all" users & partners and kept failing'));
    assert.ok(value.endsWith('…'));
  });

  it('keeps emoji whole in the title and the impact', () => {
    const { title, rows } = cardOf('\ufeff# 🔥 Checkout down\r\n\r\n## Summary\r\n\r\n🛒 Half of the customers could not pay.\r\n');
    assert.equal(title, '🔥 Checkout down');
    assert.equal(rows.find((r) => r.figure === 'impact')?.value, '🛒 Half of the customers could not pay.');
  });
});
