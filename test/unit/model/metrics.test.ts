import assert from 'node:assert/strict';
import { analyze, classifyEvent, formatHHMM, formatMetricsLine, formatSincePrevious, formatSinceStart, incidentMetrics, placeOnTimeline } from '../../../server/src/model';
import type { IncidentMetrics, PostmortemModel } from '../../../server/src/model';
import { CLEAN_REPORT, dedent, marked } from '../helpers';

/** Each entry as `HH:MM kind T+… (+… after the previous)`, the way a reader would annotate the timeline. */
function annotated(model: PostmortemModel, metrics: IncidentMetrics = incidentMetrics(model)): string[] {
  return model.timeline.entries.map((entry, i) => {
    const m = metrics.entries[i];
    const time = entry.time ? formatHHMM(entry.time.minutes) : '--:--';
    const since = m.sinceStart === null ? '' : ` ${formatSinceStart(m.sinceStart)}`;
    const previous = m.sincePrevious === null ? '' : ` (${formatSincePrevious(m.sincePrevious)})`;
    return `${time} ${m.kind ?? '-'}${since}${previous}`;
  });
}

/** The headline figures, in minutes. */
function figures(metrics: IncidentMetrics) {
  return {
    start: metrics.start && `${metrics.start.absoluteMinutes} from ${metrics.start.source}`,
    end: metrics.end && `${metrics.end.absoluteMinutes} from ${metrics.end.source}`,
    duration: metrics.durationMinutes,
    detected: metrics.detection?.sinceStart ?? null,
    escalated: metrics.escalation?.sinceStart ?? null,
    mitigated: metrics.mitigation?.sinceStart ?? null,
    resolved: metrics.resolution?.sinceStart ?? null,
  };
}

describe('model: incident metrics', () => {
  describe('classifyEvent', () => {
    const cases: Array<[string, ReturnType<typeof classifyEvent>]> = [
      ['Configuration push begins', 'trigger'],
      ['Deployed v2.3 to production', 'trigger'],
      ['ORM library updated', 'trigger'],
      ['Database migration started', 'trigger'],
      ['Checkout error rate alert fires', 'detection'],
      ['Pager alerts engineers to the problem', 'detection'],
      ['On-call engineer paged', 'detection'],
      ['Monitoring flagged elevated latency', 'detection'],
      ['Issue noticed by a support agent', 'detection'],
      ['Customers reported failed payments', 'detection'],
      ['Users send complaints about 500 errors', 'detection'],
      ['Support ticket opened by a merchant', 'detection'],
      ['On-call team acknowledged the page', 'detection'],
      ['Incident escalated to the database team', 'escalation'],
      ['Incident declared, SEV1', 'escalation'],
      ['Paged the network team', 'escalation'],
      ['War room opened', 'escalation'],
      ['Engaged our security team', 'escalation'],
      ['On-call engineer begins troubleshooting', 'investigation'],
      ['Engineer looks at load balancer logs', 'investigation'],
      ['Root cause identified as a bad certificate', 'investigation'],
      ['Discovered that the cause was a full disk', 'investigation'],
      ['Rolled back the release', 'mitigation'],
      ['Reverted commit abc123', 'mitigation'],
      ['Failed over to the secondary region', 'mitigation'],
      ['Server restarts begin', 'mitigation'],
      ['Feature flag disabled', 'mitigation'],
      ['Scaled up the worker pool', 'mitigation'],
      ['Workaround applied: traffic routed around the bad node', 'mitigation'],
      ['Hotfix deployed', 'mitigation'],
      ['Database restored from last night\'s backup', 'mitigation'],
      ['Recovery began in the EU region', 'mitigation'],
      ['Service partially restored', 'mitigation'],
      ['Issue resolved', 'resolution'],
      ['All services fully restored', 'resolution'],
      ['100% of traffic back online', 'resolution'],
      ['Error rate back to normal', 'resolution'],
      ['API functioning normally again', 'resolution'],
      ['Incident closed', 'resolution'],
      ['All clear given', 'resolution'],
      ['Team lunch', null],
      ['Outage begins', null],
    ];
    for (const [text, kind] of cases) {
      it(`reads “${text}” as ${kind ?? 'no kind'}`, () => {
        assert.equal(classifyEvent(text), kind);
      });
    }

    it('ignores negated cues and failed attempts', () => {
      assert.deepEqual(
        [
          'The alert did not fire',
          'No alert was sent',
          'Rollback failed',
          'Rollback attempt failed to complete',
          'Failed configuration change rollback',
          'Attempted configuration change rollback',
          'Tried to restart the service',
          'Restart had no effect',
          "Alert didn't fire until later",
        ].map(classifyEvent),
        [null, null, null, null, null, null, null, null, null],
      );
    });

    it('keeps what a clause affirms when another clause negates', () => {
      // The restart was only attempted and did not resolve anything; the alert was real.
      assert.equal(classifyEvent('The team got the alert, and attempted restarting the server, but didn\'t resolve it.'), 'detection');
      assert.equal(classifyEvent('Despite increased server capacity, users reported slow pages'), 'detection');
      assert.equal(classifyEvent('Rollback failed; the database was restored from a snapshot'), 'mitigation');
    });

    it('tells false friends apart', () => {
      // A monitoring system that `triggered an alert` detects; it sets nothing off.
      assert.equal(classifyEvent('The issue was detected when the monitoring system triggered an alert'), 'detection');
      // `resolution` as a noun names an intent, not an outcome.
      assert.equal(classifyEvent('The incident was escalated to our network team for immediate resolution'), 'escalation');
      assert.equal(classifyEvent('The team began investigation and resolution of the issue'), 'investigation');
      assert.equal(classifyEvent('Status page updated'), null);
      assert.equal(classifyEvent('A failed configuration change was rolled back'), 'mitigation');
    });

    it('picks the furthest step when an entry records several', () => {
      assert.equal(classifyEvent('Escalated to the database team and rolled back the migration'), 'mitigation');
      assert.equal(classifyEvent('Rolled back; service fully restored'), 'resolution');
      assert.equal(classifyEvent('Alert fired and the on-call engineer started investigating'), 'detection');
    });

    it('reads through Markdown emphasis and curly apostrophes', () => {
      assert.equal(classifyEvent('**Alert fires** for `checkout`'), 'detection');
      assert.equal(classifyEvent('The restart didn’t help'), null);
    });
  });

  describe('incidentMetrics', () => {
    it('measures a 24-hour timeline from the summary\'s start, which is an entry', () => {
      const model = analyze(dedent`
        ## Summary

        From 10:05 to 11:12 UTC checkout failed for 40% of users, caused by a bad deploy.

        ## Timeline (UTC)

        - 10:00: Deploy of v2.3 begins
        - 10:05: Checkout error rate alert fires
        - 10:12: Incident escalated to the payments team
        - 10:30: Engineers investigate the payment client
        - 10:45: Rolled back to v2.2
        - 11:12: Error rate back to normal
      `);
      assert.deepEqual(annotated(model), [
        '10:00 trigger T-5m',
        '10:05 detection T+0m (+5m)',
        '10:12 escalation T+7m (+7m)',
        '10:30 investigation T+25m (+18m)',
        '10:45 mitigation T+40m (+15m)',
        '11:12 resolution T+1h 7m (+27m)',
      ]);
      const metrics = incidentMetrics(model);
      assert.deepEqual(figures(metrics), { start: '605 from summary', end: '672 from summary', duration: 67, detected: 0, escalated: 7, mitigated: 40, resolved: 67 });
      assert.deepEqual([metrics.start?.entryIndex, metrics.end?.entryIndex, metrics.detection?.entryIndex, metrics.resolution?.entryIndex], [1, 5, 1, 5]);
      assert.equal(metrics.timelineZone?.raw, 'UTC');
      assert.deepEqual([metrics.entryCount, metrics.timedEntryCount], [6, 6]);
    });

    it('follows a 12-hour timeline past midnight', () => {
      const model = analyze(dedent`
        ## Timeline (all times East African time)

        - 11:32 PM: ORM library updated
        - 11:36 PM: Pager alerts engineers
        - 12:13 AM: Engineer looks at load balancer logs
        - 1:02 AM: Server restarted
        - 1:48 AM: All services fully restored
      `);
      assert.deepEqual(annotated(model), [
        '23:32 trigger T+0m',
        '23:36 detection T+4m (+4m)',
        '00:13 investigation T+41m (+37m)',
        '01:02 mitigation T+1h 30m (+49m)',
        '01:48 resolution T+2h 16m (+46m)',
      ]);
      assert.deepEqual(figures(incidentMetrics(model)), { start: '1412 from timeline', end: '1548 from timeline', duration: 136, detected: 4, escalated: null, mitigated: 90, resolved: 136 });
    });

    it('places a summary start that is no entry on the day nearest the timeline, here the day before', () => {
      const model = analyze('## Summary\n\nErrors started at 23:55 UTC.\n\n## Timeline (UTC)\n\n- 00:05: Alert fires\n- 00:20: Rolled back\n');
      const metrics = incidentMetrics(model);
      assert.deepEqual(metrics.start, { absoluteMinutes: -5, source: 'summary', entryIndex: null });
      assert.deepEqual(annotated(model, metrics), ['00:05 detection T+10m', '00:20 mitigation T+25m (+15m)']);
      assert.deepEqual(metrics.end, { absoluteMinutes: 20, source: 'timeline', entryIndex: 1 });
      assert.equal(metrics.durationMinutes, 25);
    });

    it('reads the summary\'s window in the timeline\'s zone, half-hour offsets included', () => {
      // 15:30 IST (UTC+5:30) is 10:00 UTC; 16:15 IST is 10:45 UTC.
      const model = analyze('## Summary\n\nFrom 15:30 to 16:15 IST, logins failed.\n\n## Timeline (UTC)\n\n- 09:50: Deploy begins\n- 10:00: Alert fires\n- 10:45: Login rate back to normal\n');
      const metrics = incidentMetrics(model);
      assert.deepEqual(figures(metrics), { start: '600 from summary', end: '645 from summary', duration: 45, detected: 0, escalated: null, mitigated: 45, resolved: 45 });
      assert.deepEqual([metrics.start?.entryIndex, metrics.end?.entryIndex], [1, 2]);
    });

    it('places a summary end that is no entry after the start, across midnight', () => {
      const model = analyze('## Summary\n\nFrom 23:40 to 00:25 UTC checkout failed.\n\n## Timeline (UTC)\n\n- 23:40: Alert fires\n- 23:52: Rollback starts\n');
      const metrics = incidentMetrics(model);
      assert.deepEqual(metrics.end, { absoluteMinutes: 1465, source: 'summary', entryIndex: null });
      assert.equal(metrics.durationMinutes, 45);
    });

    it('measures from the summary alone when no entry has a time', () => {
      const model = analyze('## Summary\n\nFrom 11:36 PM to 01:48 AM EAT some requests failed.\n\n## Timeline\n\n- Deploy\n- Alert\n');
      const metrics = incidentMetrics(model);
      assert.deepEqual(figures(metrics), { start: '1416 from summary', end: '1548 from summary', duration: 132, detected: null, escalated: null, mitigated: null, resolved: null });
      assert.deepEqual(annotated(model, metrics), ['--:-- trigger', '--:-- detection']);
      assert.deepEqual([metrics.entryCount, metrics.timedEntryCount], [2, 0]);
    });

    it('skips entries without a time when counting from the previous entry', () => {
      const model = analyze('## Timeline (UTC)\n\n- 10:00: Alert fires\n- Someone restarts the cache\n- 10:20: Error rate back to normal\n');
      const metrics = incidentMetrics(model);
      assert.deepEqual(annotated(model, metrics), ['10:00 detection T+0m', '--:-- mitigation', '10:20 resolution T+20m (+20m)']);
      assert.deepEqual(metrics.entries.map((e) => e.previousIndex), [null, null, 0]);
      // The untimed restart cannot be timed; the resolution stands in for mitigation.
      assert.equal(metrics.mitigation?.entryIndex, 2);
    });

    it('gives an entry earlier than the one before it a negative step', () => {
      const model = analyze('## Timeline (UTC)\n\n- 10:00: Alert fires\n- 10:30: Rolled back\n- 10:20: Escalated to the database team\n');
      assert.deepEqual(annotated(model), ['10:00 detection T+0m', '10:30 mitigation T+30m (+30m)', '10:20 escalation T+20m (-10m)']);
    });

    it('has no duration for a single timed entry, and nothing at all without a timeline', () => {
      const single = incidentMetrics(analyze('## Timeline\n\n- 10:00: Alert fires\n'));
      assert.deepEqual(figures(single), { start: '600 from timeline', end: '600 from timeline', duration: null, detected: 0, escalated: null, mitigated: null, resolved: null });
      const none = incidentMetrics(analyze('# Outage\n\n## Root cause\n\nA bad config.\n'));
      assert.deepEqual(figures(none), { start: null, end: null, duration: null, detected: null, escalated: null, mitigated: null, resolved: null });
      assert.deepEqual([none.entryCount, none.timedEntryCount, none.entries, none.timelineZone], [0, 0, [], null]);
    });

    it('dates each entry from a dated entry, or from the front matter\'s date, across midnight', () => {
      const fromEntry = analyze('## Timeline (UTC)\n\n- Jan 17, 2024 11:30 PM: Alert fires\n- 12:10 AM: Rolled back\n');
      assert.deepEqual(incidentMetrics(fromEntry).entries.map((e) => e.date), [{ year: 2024, month: 1, day: 17 }, { year: 2024, month: 1, day: 18 }]);
      const fromFrontMatter = analyze('---\ndate: 2024-12-31\n---\n## Timeline (UTC)\n\n- 23:30: Alert fires\n- 00:10: Rolled back\n');
      assert.deepEqual(incidentMetrics(fromFrontMatter).entries.map((e) => e.date), [{ year: 2024, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 }]);
      const undated = analyze('## Timeline (UTC)\n\n- 23:30: Alert fires\n');
      assert.deepEqual(incidentMetrics(undated).entries.map((e) => e.date), [null]);
    });

    it('takes the timeline\'s zone from an entry, the heading, or the front matter', () => {
      assert.equal(incidentMetrics(analyze('## Timeline\n\n- 10:00 WAT: Alert fires\n')).timelineZone?.raw, 'WAT');
      assert.equal(incidentMetrics(analyze('---\ntimezone: Africa/Lagos\n---\n## Timeline (all times UTC)\n\n- 10:00: Alert fires\n')).timelineZone?.raw, 'UTC');
      assert.equal(incidentMetrics(analyze('---\ntimezone: Africa/Lagos\n---\n## Timeline\n\n- 10:00: Alert fires\n')).timelineZone?.raw, 'Africa/Lagos');
    });

    it('measures an entry written in another zone on the timeline\'s clock', () => {
      const model = analyze(dedent`
        ## Summary

        From 3:00 PM to 4:30 PM CAT checkout was down.

        ## Timeline

        - 3:00 PM CAT: Outage detected
        - 9:40 AM EDT: Rolled back the release
        - 4:30 PM CAT: Outage resolved
      `);
      const metrics = incidentMetrics(model);
      assert.equal(metrics.timelineZone?.raw, 'CAT');
      assert.deepEqual(metrics.entries.map((e) => [e.sinceStart, e.sincePrevious]), [[0, null], [40, 40], [90, 50]]);
      assert.deepEqual([metrics.durationMinutes, metrics.mitigation?.sinceStart, metrics.resolution?.sinceStart], [90, 40, 90]);
      // 9:40 AM EDT, wherever else it is written, is at that entry (3:40 PM CAT).
      assert.equal(placeOnTimeline(model, metrics, model.timeline.entries[1].time!, model.timeline.entries[1].zone), 940);
    });

    it('measures the clean report', () => {
      const metrics = incidentMetrics(analyze(CLEAN_REPORT));
      assert.deepEqual(figures(metrics), { start: '1420 from summary', end: '1465 from summary', duration: 45, detected: 0, escalated: null, mitigated: 12, resolved: 45 });
    });
  });

  describe('placeOnTimeline', () => {
    const doc = marked('## Summary\n\nAt ⟦10:05⟧ the alert fired; at ⟦11:30 WAT⟧ we rolled back; at ⟦13:00⟧ we had lunch; the nightly job ran at ⟦02:00⟧.\n\n## Timeline (UTC)\n\n- 10:05: Alert fires\n- 10:40: Rolled back\n- 11:00: Error rate back to normal\n');
    const model = analyze(doc.text);
    const metrics = incidentMetrics(model);
    const place = (index: number) => {
      const mention = model.timeMentions.find((m) => m.range.start === doc.ranges[index].start)!;
      return placeOnTimeline(model, metrics, mention.time, mention.zone);
    };

    it('puts a time at the entry with the same clock time, in the timeline\'s zone', () => {
      assert.equal(place(0), 605);
      // 11:30 WAT is 10:30 UTC: inside the incident, though no entry has it.
      assert.equal(place(1), 630);
    });

    it('leaves out a time outside the incident, which may be of another day', () => {
      assert.equal(place(2), null);
      assert.equal(place(3), null);
    });
  });

  it('sums the figures up in one line, leaving out those the report does not give', () => {
    assert.equal(formatMetricsLine(incidentMetrics(analyze(CLEAN_REPORT))), 'Duration 45m · detected T+0m · mitigated T+12m · resolved T+45m · 4 entries');
    const untimed = analyze('## Timeline\n\n- Alert fires\n- Rolled back\n');
    assert.equal(formatMetricsLine(incidentMetrics(untimed)), '2 entries');
    assert.equal(formatMetricsLine(incidentMetrics(analyze('## Timeline\n\n- 10:00: Deploy begins\n'))), '1 entry');
  });

  it('writes elapsed times as `T+2h 12m`, `T-4m`, `+12m`, `-10m`', () => {
    assert.deepEqual([formatSinceStart(132), formatSinceStart(-4), formatSinceStart(0), formatSincePrevious(12), formatSincePrevious(-10)], ['T+2h 12m', 'T-4m', 'T+0m', '+12m', '-10m']);
  });
});
