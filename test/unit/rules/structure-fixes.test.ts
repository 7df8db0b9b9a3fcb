import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model';
import { fixAll, lint } from '../../../server/src/rules';
import { dedent } from '../helpers';

/** The rules whose fixes mend a report's structure. */
const STRUCTURE_RULES = ['missing-section', 'pseudo-heading', 'heading-level', 'timeline-not-list', 'timeline-order'];

function structureFindings(text: string): string[] {
  return lint(analyze(text)).filter((d) => STRUCTURE_RULES.includes(d.rule)).map((d) => `${d.rule}: ${d.message}`);
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('structure fixes together', () => {
  /** An empty heading, a bold heading over bare lines out of order, a section at another level, two sections missing. */
  const MESSY = dedent`
    # Checkout outage 🛒

    #

    ## Summary

    From 10:00 to 10:40 UTC, 40% of checkout requests failed, caused by a bad configuration push.

    **Timeline (UTC)**
    10:05 - Alert fires 🚨
    10:00 - Configuration push begins
    10:40 - Error rate back to normal
    10:20 - Rollback starts

    ### Root cause

    The push set the payment client timeout to zero.
  ` + '\n';

  const TIDY = dedent`
    # Checkout outage 🛒

    ## Summary

    From 10:00 to 10:40 UTC, 40% of checkout requests failed, caused by a bad configuration push.

    ## Timeline (UTC)
    - 10:00 - Configuration push begins
    - 10:05 - Alert fires 🚨
    - 10:20 - Rollback starts
    - 10:40 - Error rate back to normal

    ## Root cause

    The push set the payment client timeout to zero.

    ## Resolution

    _How service was restored and when._

    ## Action Items

    _Concrete actions, each with an owner and a due date._
  ` + '\n';

  it('mends every structural problem at once, leaving nothing for the rules to report', () => {
    assert.deepEqual(
      [...new Set(lint(analyze(MESSY)).map((d) => d.rule))].sort(),
      ['heading-level', 'missing-section', 'pseudo-heading', 'timeline-not-list', 'timeline-order'],
    );
    const { text } = fixAll(MESSY);
    assert.equal(text, TIDY);
    assert.deepEqual(lint(analyze(text)), []);
  });

  it('is idempotent: Fix all on the mended report changes nothing', () => {
    const { text } = fixAll(MESSY);
    assert.deepEqual(fixAll(text), { text, fixed: 0 });
  });

  it('mends a CRLF document with a byte order mark the same way, in CRLF', () => {
    const { text } = fixAll(`\uFEFF${crlf(MESSY)}`);
    assert.equal(text, `\uFEFF${crlf(TIDY)}`);
    assert.deepEqual(fixAll(text).fixed, 0);
  });

  it('mends a report whose sections stand above its title and whose timeline crosses midnight', () => {
    const text = dedent`
      ## Database outage

      # Summary

      From 11:32 PM to 1:48 AM EAT, every user lost access, caused by an ORM upgrade.

      # Timeline (all times EAT)

      - 11:32 PM: ORM library updated
      - 1:48 AM: All services restored
      - 12:13 AM: Engineer reads the logs

      # Root cause

      The upgrade changed the connection string format.

      # Resolution

      We pinned the previous version.

      # Action items

      - [ ] Pin library versions @sam due 2024-06-01
    `;
    const fixed = fixAll(text).text;
    assert.deepEqual(structureFindings(fixed), []);
    assert.match(fixed, /^# Database outage\n\n## Summary\n/);
    assert.match(fixed, /- 11:32 PM: ORM library updated\n- 12:13 AM: Engineer reads the logs\n- 1:48 AM: All services restored/);
    assert.equal(fixAll(fixed).text, fixed);
  });

  it('turns a report typed without blank lines into headings and a list, with Fix all', () => {
    const typed = dedent`
      Checkout outage
      Issue Summary:
      Duration: 45 minutes, 08:15 to 09:00 AM (CAT)
      Impact: 60% of visitors could not book.
      Timeline:
      08:15 AM (CAT): Alerts fired for the booking API.
      09:00 AM (CAT): Bookings succeeded again.
      Root Cause and Resolution:
      A migration locked the bookings table; it was rolled back.
      Corrective and Preventative Measures:
      Run migrations outside business hours.
    `;
    assert.equal(fixAll(typed).text, dedent`
      Checkout outage
      ## Issue Summary
      Duration: 45 minutes, 08:15 to 09:00 AM (CAT)
      Impact: 60% of visitors could not book.
      ## Timeline
      - 08:15 AM (CAT): Alerts fired for the booking API.
      - 09:00 AM (CAT): Bookings succeeded again.
      ## Root Cause and Resolution
      A migration locked the bookings table; it was rolled back.
      ## Corrective and Preventative Measures
      Run migrations outside business hours.
    `);
  });
});
