import assert from 'node:assert/strict';
import { plainTextSummary } from '../../../server/src/commands';
import { analyze } from '../../../server/src/model';
import { CLEAN_REPORT, dedent } from '../helpers';

function summaryOf(text: string): string {
  return plainTextSummary(analyze(text));
}

describe('command: copy summary', () => {
  it('gives the title, window, duration, impact, root cause and action items of a complete 12-hour report', () => {
    const text = dedent`
      ---
      date: 2026-02-10
      ---
      # Postmortem: Search latency after the index rebuild

      ## Summary

      From 9:12 PM to 10:05 PM WAT, search requests took eight seconds or more and one in five timed out. The slowdown happened because the nightly index rebuild ran against the live search cluster.

      ## Timeline (WAT)

      - 9:12 PM: Latency alert fires
      - 9:41 PM: The on-call engineer pauses the rebuild job
      - 10:05 PM: Latency back to normal

      ## Root cause

      The nightly **index rebuild** ran against the [live search cluster](https://example.com/cluster). It filled every node's disk.

      ## Action items

      - [ ] Run the rebuild against a copy @ada due 2026-03-01
      - [x] Alert on rebuild load @lin
    `;
    assert.equal(summaryOf(text), dedent`
      Incident: Search latency after the index rebuild
      Window: 9:12 PM – 10:05 PM WAT (2026-02-10)
      Duration: 53 minutes
      Impact: search requests took eight seconds or more and one in five timed out
      Root cause: The nightly index rebuild ran against the live search cluster
      Action items: 2 (1 open)
    `);
  });

  it('writes a 24-hour report\'s window on the 24-hour clock, across midnight, with the day it ends', () => {
    assert.equal(summaryOf(CLEAN_REPORT), dedent`
      Incident: Checkout outage
      Window: 23:40 – 00:25 (+1 day) UTC
      Duration: 45 minutes
      Impact: 40% of checkout requests failed
      Root cause: The push set the payment client timeout to zero
      Action items: 2 (1 open)
    `);
  });

  it('dates the window from the timeline\'s own dates and counts hours and minutes in words', () => {
    const text = dedent`
      # Queue backlog

      ## Timeline (UTC)

      - 2024-01-17 22:10: Consumers stop
      - 2024-01-18 00:32: Backlog drained
    `;
    assert.equal(summaryOf(text), dedent`
      Incident: Queue backlog
      Window: 22:10 – 00:32 (+1 day) UTC (2024-01-17)
      Duration: 2 hours 22 minutes
    `);
  });

  it('takes the impact from what was hit, not from the sentence that gives the duration', () => {
    const text = dedent`
      # Search latency

      ## Summary

      The outage lasted 40 minutes. Searches took eight seconds or more and one in five timed out.
    `;
    assert.match(summaryOf(text), /^Impact: Searches took eight seconds or more and one in five timed out$/m);
  });

  it('takes the cause the summary names when there is no Root Cause section', () => {
    const text = dedent`
      # Login failures

      ## Summary

      Between 10:00 AM and 11:00 AM EAT, 30% of logins failed. The root cause was an expired signing certificate.

      ## Timeline (EAT)

      - 10:00 AM: Login error alert fires
      - 11:00 AM: New certificate deployed, logins back to normal
    `;
    assert.equal(summaryOf(text), dedent`
      Incident: Login failures
      Window: 10:00 AM – 11:00 AM EAT
      Duration: 1 hour
      Impact: 30% of logins failed
      Root cause: an expired signing certificate
    `);
  });

  it('reads the cause out of `Because X, Y` up to the comma, and out of `caused by X`', () => {
    const because = '# Cache stampede\n\n## Summary\n\nBecause the cache expired all at once, the database was overwhelmed.\n';
    assert.equal(summaryOf(because), 'Incident: Cache stampede\nRoot cause: the cache expired all at once');
    const causedBy = '# Cache stampede\n\n## Summary\n\nUsers saw errors. The outage was caused by a cache that expired all at once.\n';
    assert.equal(summaryOf(causedBy), 'Incident: Cache stampede\nImpact: Users saw errors\nRoot cause: a cache that expired all at once');
  });

  it('prefers the front matter\'s title to the heading, and drops a `Postmortem:` label from either', () => {
    const text = dedent`
      ---
      title: "Postmortem – Checkout *timeouts*"
      ---
      # Incident report

      ## Summary

      Checkout requests timed out.
    `;
    assert.equal(summaryOf(text), 'Incident: Checkout timeouts\nImpact: Checkout requests timed out');
    assert.equal(summaryOf('# Incident report\n\n## Summary\n\nCheckout requests timed out.\n'), 'Impact: Checkout requests timed out');
  });

  it('counts action items without checkboxes, and says when there are none', () => {
    const base = '# Disk full\n\n## Action items\n\n';
    assert.equal(summaryOf(`${base}- Add a disk alert @ada\n- Rotate logs daily @lin\n`), 'Incident: Disk full\nAction items: 2');
    assert.equal(summaryOf(`${base}- [x] Add a disk alert\n- [x] Rotate logs daily\n`), 'Incident: Disk full\nAction items: 2 (none open)');
    assert.equal(summaryOf(`${base}_Concrete actions, each with an owner and a due date._\n`), 'Incident: Disk full\nAction items: none');
    assert.equal(summaryOf('# Disk full\n\n## Summary\n\nThe disk filled up.\n'), 'Incident: Disk full');
  });

  it('leaves out every line the report cannot tell, printing no empty or null value', () => {
    assert.equal(summaryOf('Some notes.\n'), '');
    const oneEntry = '# Blip\n\n## Timeline\n\n- 10:00: Alert fires\n\n## Root cause\n\n_Why it happened, not only what broke._\n';
    assert.equal(summaryOf(oneEntry), 'Incident: Blip');
  });

  it('gives plain text: no emphasis, code marks or link targets, one line per figure', () => {
    const text = dedent`
      # \`api\` outage

      ## Summary

      **Impact:** [Every API client](https://example.com/clients) got \`503\` errors.

      ## Root cause

      Root cause: a _misconfigured_ load balancer
      health check.
    `;
    assert.equal(summaryOf(text), 'Incident: api outage\nImpact: Every API client got 503 errors\nRoot cause: a misconfigured load balancer health check');
  });

  it('ends the impact sentence before one that starts with a figure, and keeps a long opening clause', () => {
    const text = '# Outage\n\n## Summary\n\nFrom 11:36 PM to 01:48 AM, requests failed with code 500. 100% of writes failed, and reads slowed.\n';
    assert.equal(summaryOf(text), 'Incident: Outage\nWindow: 11:36 PM – 01:48 AM (+1 day)\nDuration: 2 hours 12 minutes\nImpact: requests failed with code 500');
    const long = '# Outage\n\n## Summary\n\nFrom 11:36 PM onwards the source database behind every write endpoint was unreachable, so requests failed.\n';
    assert.equal(summaryOf(long), 'Incident: Outage\nImpact: From 11:36 PM onwards the source database behind every write endpoint was unreachable, so requests failed');
  });

  it('leaves out a Root Cause paragraph that is only a link', () => {
    const text = '# Outage\n\nRoot Cause:\n(https://example.com/diagram.png)\n\nA full disk stopped the database. It filled overnight.\n';
    assert.equal(summaryOf(text), 'Incident: Outage\nRoot cause: A full disk stopped the database');
  });

  it('takes the first item of an Impact list as the impact', () => {
    assert.equal(summaryOf('# Login outage\n\n## Impact\n\n- 40% of users could not log in.\n- Orders were lost.\n'), 'Incident: Login outage\nImpact: 40% of users could not log in');
  });

  it('keeps emoji and text after them whole, and says nothing for a document too large to analyse', () => {
    assert.equal(summaryOf('# 🔥 Pager storm\r\n\r\n## Summary\r\n\r\n🔥 Users got 40 pages each.\r\n'), 'Incident: 🔥 Pager storm\nImpact: 🔥 Users got 40 pages each');
    assert.equal(summaryOf(`# Big\n\n${'x'.repeat(600_000)}`), '');
  });
});
