import assert from 'node:assert/strict';
import { analyze, formatHHMM, statedWindowMinutes } from '../../../server/src/model';
import type { SummaryClaims } from '../../../server/src/model';
import { dedent, marked, slices } from '../helpers';

function summaryOf(summary: string): SummaryClaims {
  return analyze(`# Outage\n\n## Summary\n\n${summary}\n\n## Root cause\n\nA bad config.\n`).summary;
}

describe('model: summary claims', () => {
  describe('the window', () => {
    it('reads `From 11:36 PM to 01:48 AM East African time`, the zone applying to both ends', () => {
      const doc = marked('## Summary\n\nFrom ⟦11:36 PM⟧ to ⟦01:48 AM East African time⟧ some requests failed.\n');
      const { start, end } = analyze(doc.text).summary;
      assert.deepEqual([formatHHMM(start!.time.minutes), formatHHMM(end!.time.minutes)], ['23:36', '01:48']);
      assert.deepEqual([start!.range, end!.range], doc.ranges);
      assert.deepEqual([start!.zone?.raw, end!.zone?.raw], ['East African time', 'East African time']);
    });

    it('reads `between 10:00 and 10:22 UTC` and `8:30 AM (WAT) to 12:15 PM (WAT)`', () => {
      const between = summaryOf('Between 10:00 and 10:22 UTC, checkout failed.');
      assert.deepEqual([formatHHMM(between.start!.time.minutes), formatHHMM(between.end!.time.minutes)], ['10:00', '10:22']);
      const parenthesised = summaryOf('From 8:30 AM (WAT) to 12:15 PM (WAT), logins failed.');
      assert.deepEqual([formatHHMM(parenthesised.start!.time.minutes), formatHHMM(parenthesised.end!.time.minutes)], ['08:30', '12:15']);
      assert.deepEqual([parenthesised.start!.zone?.raw, parenthesised.end!.zone?.raw], ['WAT', 'WAT']);
    });

    it('reads `10:00-10:22 UTC` and `9:00am-9:45am PT`, written without spaces', () => {
      // Found by this test: the hyphen hid the end time, and with it the zone.
      const tight = summaryOf('Checkout failed 10:00-10:22 UTC.');
      assert.deepEqual([formatHHMM(tight.start!.time.minutes), formatHHMM(tight.end!.time.minutes), tight.start!.zone?.raw], ['10:00', '10:22', 'UTC']);
      const meridiem = summaryOf('Checkout failed from 9:00am-9:45am PT.');
      assert.deepEqual([formatHHMM(meridiem.start!.time.minutes), formatHHMM(meridiem.end!.time.minutes), meridiem.end!.zone?.raw], ['09:00', '09:45', 'PT']);
    });

    it('reads a start alone, and an end cued by `restored at`', () => {
      const startOnly = summaryOf('At 10:00 UTC checkout began failing.');
      assert.equal(formatHHMM(startOnly.start!.time.minutes), '10:00');
      assert.equal(startOnly.end, null);
      const cued = summaryOf('At 10:00 UTC checkout began failing; service was restored at 10:22.');
      assert.equal(formatHHMM(cued.end!.time.minutes), '10:22');
      assert.equal(cued.end!.zone?.raw, 'UTC');
    });

    it('reads a window whose ends each carry a date, and counts the days between them', () => {
      const week = summaryOf('The service was degraded from Mar 3, 2025 6:00 AM - Mar 10, 2025 6:00 AM.');
      assert.deepEqual([formatHHMM(week.start!.time.minutes), formatHHMM(week.end!.time.minutes)], ['06:00', '06:00']);
      assert.deepEqual([week.start!.date, week.end!.date].map((d) => d && [d.year, d.month, d.day]), [[2025, 3, 3], [2025, 3, 10]]);
      assert.equal(statedWindowMinutes(week.start, week.end), 7 * 1440);
      const overnight = summaryOf('Window: 2025-07-02 22:40 UTC to 2025-07-03 01:10 UTC, uploads failed.');
      assert.deepEqual([formatHHMM(overnight.start!.time.minutes), formatHHMM(overnight.end!.time.minutes)], ['22:40', '01:10']);
      assert.equal(statedWindowMinutes(overnight.start, overnight.end), 150);
      const commas = summaryOf('Duration: June 4, 2025, 9:15 AM - June 4, 2025, 11:45 AM (CAT), exports were stuck.');
      assert.deepEqual([formatHHMM(commas.start!.time.minutes), formatHHMM(commas.end!.time.minutes), commas.end!.zone?.raw], ['09:15', '11:45', 'CAT']);
    });

    it('reads the start and end from the lines that label them, dates, bold and line breaks between', () => {
      // The forms of eyadfattah23/alx-system_engineering-devops@935ce6870a0a 0x19-postmortem/README.md and Est-1y/alx-system_engineering-devops@3c1696cecb31 0x19-postmortem/README.md.
      const lines = summaryOf('**Duration:**\n- Start Time: 2025-05-09 07:05 UTC\n- End Time: 2025-05-09 08:50 UTC');
      assert.deepEqual([formatHHMM(lines.start!.time.minutes), formatHHMM(lines.end!.time.minutes)], ['07:05', '08:50']);
      const inline = summaryOf('- **Duration**: 3 hrs, Start time: Oct 2, 2025 9:00 AM (GMT+02:00), End time: Oct 2, 2025 12:00 PM (GMT+02:00)');
      assert.deepEqual([formatHHMM(inline.start!.time.minutes), formatHHMM(inline.end!.time.minutes)], ['09:00', '12:00']);
      const wrapped = summaryOf('Start-time:\n14/Feb/2025 4:40 PM (GMT) End-time: 14/Feb/2025 5:25 PM (GMT)');
      assert.deepEqual([formatHHMM(wrapped.start!.time.minutes), formatHHMM(wrapped.end!.time.minutes)], ['16:40', '17:25']);
      const began = summaryOf('Uploads began failing at **09:10 UTC, July 2, 2025** and were resolved by **09:55 UTC, July 2, 2025**.');
      assert.deepEqual([formatHHMM(began.start!.time.minutes), formatHHMM(began.end!.time.minutes)], ['09:10', '09:55']);
    });

    it('takes the time of the sentence saying the service came back as the end', () => {
      const claims = summaryOf('At about 9:40am every service became unreachable. After ruling out guesses we upgraded the proxy, and at 12:10pm all services were back up.');
      assert.deepEqual([formatHHMM(claims.start!.time.minutes), formatHHMM(claims.end!.time.minutes)], ['09:40', '12:10']);
      assert.equal(summaryOf('At 9:40 the proxy failed; at 10:05 we paged the team.').end, null);
    });

    it('reads the times of an HTML summary, between its tags', () => {
      const claims = analyze('<h2>Issue Summary</h2>\n<p><strong>Duration:</strong> From 7:40pm to 8:25pm CAT, the shop was down.</p>\n\n<h2>Timeline</h2>\n').summary;
      assert.deepEqual([formatHHMM(claims.start!.time.minutes), formatHHMM(claims.end!.time.minutes), claims.end!.zone?.raw], ['19:40', '20:25', 'CAT']);
    });

    it('reads a report with no headings at all as one introduction', () => {
      const claims = analyze('On May 2 our login service failed for most users, from 13:05 to 14:20 UTC. A cache node ran out of memory.\n').summary;
      assert.deepEqual([formatHHMM(claims.start!.time.minutes), formatHHMM(claims.end!.time.minutes)], ['13:05', '14:20']);
    });

    it('has no window when the summary gives no time', () => {
      const claims = summaryOf('Checkout failed for many users.');
      assert.deepEqual([claims.start, claims.end], [null, null]);
    });

    it('reads the introduction when there is no summary section', () => {
      const claims = analyze('# Outage\n\nFrom 10:00 to 10:22 UTC checkout failed.\n\n## Timeline\n\n- 10:00: a\n').summary;
      assert.deepEqual([formatHHMM(claims.start!.time.minutes), formatHHMM(claims.end!.time.minutes)], ['10:00', '10:22']);
    });

    it('does not take times from other sections', () => {
      const claims = analyze('## Summary\n\nCheckout failed.\n\n## Root cause\n\nAt 10:00 a change went out.\n').summary;
      assert.equal(claims.start, null);
    });
  });

  describe('the duration', () => {
    const durations: Array<[string, string, number]> = [
      ['The outage lasted for 37 minutes.', '37 minutes', 37],
      ['Checkout was down for 2 hours.', '2 hours', 120],
      ['Checkout was down for about 2 hours.', 'about 2 hours', 120],
      ['It lasted 2 hours and 10 minutes.', '2 hours and 10 minutes', 130],
      ['It lasted for 1.5 hours.', '1.5 hours', 90],
      ['It lasted for half an hour.', 'half an hour', 30],
      ['A 45-minute outage hit checkout.', '45-minute', 45],
      ['Checkout saw 45 minutes of downtime.', '45 minutes', 45],
      ['An outage of about 2 hours hit checkout.', 'about 2 hours', 120],
      ['Users could not log in for 20 minutes.', '20 minutes', 20],
      ['The site went down at 10:00 and stayed offline for 3 hours.', '3 hours', 180],
      ['Resolving the incident took 2 hours.', '2 hours', 120],
      ['Errors are cached for 5 minutes. Checkout was down for 40 minutes.', '40 minutes', 40],
      ['The outage lasted an hour and a half.', 'an hour and a half', 90],
      ['Payments failed for 2 and half hours.', '2 and half hours', 150],
      ['Payments failed for two and a half hours.', 'two and a half hours', 150],
      ['- **Duration**: 10 hrs, from the morning on.', '10 hrs', 600],
      ['Duration: 1h 30m of failed logins.', '1h 30m', 90],
      ['The hub was down for ~1hr.', '~1hr', 60],
      ['**Duration:** May 9, 2025, 11:00 - 12:20 UTC (1 hour 20 minutes)', '1 hour 20 minutes', 80],
      ['Uploads failed from 14:00 to 16:30 UTC (2 hours 30 minutes).', '2 hours 30 minutes', 150],
      ['Downloads were flaky for about two weeks.', 'about two weeks', 20160],
      ['公開 Web が約12分間 Error 1033 になった。', '約12分', 12],
      ['- **継続時間**: 2025-06-07 17:19–17:31 JST（約12分）', '約12分', 12],
    ];
    for (const [sentence, raw, minutes] of durations) {
      it(`reads ${JSON.stringify(raw)} in ${JSON.stringify(sentence)} as ${minutes} minutes`, () => {
        const text = `## Summary\n\n${sentence}\n`;
        const { duration } = analyze(text).summary;
        assert.equal(duration?.minutes, minutes);
        assert.equal(duration?.raw, raw);
        assert.equal(text.slice(duration!.range.start, duration!.range.end), raw);
      });
    }

    it('is more precise for `37 minutes` than for `2 hours`', () => {
      assert.equal(summaryOf('It lasted for 37 minutes.').duration?.precisionMinutes, 1);
      assert.equal(summaryOf('It lasted for 2 hours.').duration?.precisionMinutes, 30);
      assert.equal(summaryOf('It lasted for 2 hours and 10 minutes.').duration?.precisionMinutes, 1);
    });

    it('is looser with `about`, and never stricter than without it', () => {
      // Found by this test: `about 2 hours` allowed 18 minutes either way, `2 hours` 30.
      assert.equal(summaryOf('It lasted for about 37 minutes.').duration?.precisionMinutes, 6);
      assert.equal(summaryOf('It lasted for about 10 minutes.').duration?.precisionMinutes, 5);
      assert.equal(summaryOf('It lasted for about 2 hours.').duration?.precisionMinutes, 30);
      assert.equal(summaryOf('It lasted for roughly 6 hours.').duration?.precisionMinutes, 54);
    });

    const notTheIncident = [
      'A DNS record with a TTL of 5 minutes was changed, and checkout failed.',
      'The health check failed every 10 minutes.',
      'Errors began within 2 hours of the deploy.',
      'The job polls at 5-minute intervals and failed.',
      'Failed requests are retried for 10 minutes.',
      'The fix took 10 minutes to deploy.',
      'We rotated the keys for 5 minutes of testing.',
      'Limits are counted in a 10-minute window; checkout errors followed.',
    ];
    for (const sentence of notTheIncident) {
      it(`reads no incident duration in ${JSON.stringify(sentence)}`, () => {
        assert.equal(summaryOf(sentence).duration, null);
      });
    }

    it('is absent when the summary states none', () => {
      assert.equal(summaryOf('Checkout failed from 10:00 to 10:22 UTC.').duration, null);
    });
  });

  describe('impact and root cause', () => {
    it('reads the sentences that say who or what was hit', () => {
      const doc = marked(dedent`
        ## Summary

        ⟦100% of write requests failed.⟧ The database was fine. ⟦In total 50% of all users were affected.⟧
      `);
      const claims = analyze(doc.text).summary;
      assert.deepEqual(claims.impacts.map((i) => i.range), doc.ranges);
      assert.deepEqual(claims.impacts.map((i) => i.text), slices(doc.text, doc.ranges));
    });

    it('reads failures, errors, timeouts and hit pages or searches as impact', () => {
      const doc = marked(dedent`
        ## Summary

        ⟦Searches took eight seconds and one in five timed out.⟧ The index was rebuilt. ⟦Product pages showed errors.⟧ ⟦Checkout failed for card payments.⟧
      `);
      assert.deepEqual(analyze(doc.text).summary.impacts.map((i) => i.text), slices(doc.text, doc.ranges));
    });

    it('reads a sentence wrapped over lines of its paragraph as one, and a line that ends without a full stop', () => {
      const doc = marked(dedent`
        ## Summary

        The cache was rebuilt. ⟦About 40% of checkout
        requests failed for card payments.⟧ The database was fine.

        ⟦Users could not log in⟧
      `);
      const claims = analyze(doc.text).summary;
      assert.deepEqual(claims.impacts.map((i) => i.range), doc.ranges);
      assert.deepEqual(claims.impacts.map((i) => i.text), slices(doc.text, doc.ranges));
    });

    it('does not join a sentence across a blank line or into a list item', () => {
      const doc = marked(dedent`
        ## Summary

        ⟦Checkout failed for customers⟧

        the database was restored.
        ⟦- 30% of logins timed out⟧
        - the cache was rebuilt
      `);
      assert.deepEqual(analyze(doc.text).summary.impacts.map((i) => i.range), doc.ranges);
    });

    it('keeps CRLF inside a wrapped sentence, and ends no sentence at the point of `99.5%`', () => {
      const doc = marked('## Summary\r\n\r\nThe API was slow. ⟦Only 99.5% of\r\nrequests succeeded 🙁.⟧\r\n');
      const claims = analyze(doc.text).summary;
      assert.deepEqual(claims.impacts.map((i) => i.text), slices(doc.text, doc.ranges));
    });

    it('takes no impact from the title, a setext heading or the front matter of an introduction', () => {
      const text = '---\ntitle: Checkout outage\n---\n# Checkout outage\n\nPayments outage\n===\n\nThe cache was rebuilt.\n\n## Timeline\n\n- 10:00: a\n';
      assert.deepEqual(analyze(text).summary.impacts, []);
    });

    it('reads impact statements from an Impact section too', () => {
      const claims = analyze('## Summary\n\nA bad deploy.\n\n## Impact\n\nCustomers could not pay.\n').summary;
      assert.deepEqual(claims.impacts.map((i) => i.text), ['Customers could not pay.']);
    });

    it('notices when the summary names the cause', () => {
      assert.equal(summaryOf('This was caused by an update to the ORM library.').mentionsRootCause, true);
      assert.equal(summaryOf('The root cause was an invalid configuration change.').mentionsRootCause, true);
      assert.equal(summaryOf('Checkout failed for many users.').mentionsRootCause, false);
    });

    const namingTheCause = [
      'We traced the failures to an expired certificate.',
      'The slowdown was traced back to a missing index.',
      'The issue was a typo in the Apache configuration.',
      'We found that the problem was that the disk was full.',
      'The culprit was a cron job that deleted the cache.',
      'A stale DNS record was the culprit.',
      'A bad configuration push caused the outage.',
      'The errors stemmed from a connection pool that was too small.',
      'Checkout failed due to an expired API key.',
      'The bug was introduced by the Tuesday release.',
      'The outage was the result of a full disk.',
    ];
    for (const sentence of namingTheCause) {
      it(`notices the cause in ${JSON.stringify(sentence)}`, () => {
        assert.equal(summaryOf(sentence).mentionsRootCause, true);
      });
    }

    const notNamingTheCause = [
      'The incident caused no data loss.',
      'This has caused issues for our users, and we apologise.',
      'We are sorry for the inconvenience caused to our customers.',
      'The issue was detected at 10:05 by our monitoring.',
      'The issue was resolved by 10:40 and checkout works again.',
      'We traced the request logs to find the failing calls.',
      'Checkout failed for many users for 22 minutes.',
    ];
    for (const sentence of notNamingTheCause) {
      it(`finds no cause in ${JSON.stringify(sentence)}`, () => {
        assert.equal(summaryOf(sentence).mentionsRootCause, false);
      });
    }
  });

  it('says which ranges the claims were read from', () => {
    const doc = marked('# Outage\n\n## Summary\n⟦\nCheckout failed.\n\n⟧## Timeline\n\n- 10:00: a\n');
    assert.deepEqual(analyze(doc.text).summary.ranges, doc.ranges);
  });
});
