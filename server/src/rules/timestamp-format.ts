import { formatTime, timeStyleOf } from '../model';
import type { ClockTime } from '../model';
import type { Rule, RuleFinding } from './rule';
import { rewriteTime } from './time-edits';

export const timestampFormat: Rule = {
  meta: {
    id: 'timestamp-format',
    description: 'A time that cannot be read (`25:10`), is malformed (`5;14 PM`, `00:13 AM`), or breaks the timeline\'s style (`6:55PM` among `6:55 PM`, 12- and 24-hour mixed).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: RuleFinding[] = [];
    for (const invalid of model.invalidTimes) {
      findings.push({
        range: invalid.range,
        severity: 'error',
        message: `\`${invalid.raw}\` is not a time: ${invalid.reason}. Correct it so the timeline can be ordered and measured.`,
      });
    }
    const entryTimes = model.timeline.entries.flatMap((e) => (e.time ? [e.time] : []));
    const style = timeStyleOf(model);
    const malformed = new Set<ClockTime>();
    for (const time of [...entryTimes, ...model.timeMentions.map((m) => m.time)]) {
      for (const problem of time.problems) {
        malformed.add(time);
        // Mend the malformation only; a clock change is a separate finding.
        const replacement = formatTime(time, { ...style, clock: time.meridiem ? '12h' : '24h' });
        findings.push({
          range: time.range,
          message: `\`${time.raw}\` is malformed (${problem.detail}). Write \`${replacement}\`.`,
          data: { replacement },
        });
      }
    }
    for (const time of entryTimes) {
      if (malformed.has(time)) continue;
      const clock = time.meridiem ? '12h' : '24h';
      if (clock !== style.clock) {
        const replacement = formatTime(time, style);
        findings.push({
          range: time.range,
          message: `\`${time.raw}\` is ${clock === '12h' ? '12-hour' : '24-hour'} time while the rest of the timeline uses ${style.clock === '12h' ? '12-hour' : '24-hour'} time. Write \`${replacement}\`.`,
          data: { replacement },
        });
      } else if (time.meridiem && time.spaceBeforeMeridiem !== style.spaceBeforeMeridiem) {
        const replacement = formatTime(time, style);
        findings.push({
          range: time.range,
          severity: 'information',
          message: `\`${time.raw}\` is written ${time.spaceBeforeMeridiem ? 'with' : 'without'} a space before ${time.meridiem}, unlike the other entries. Write \`${replacement}\`.`,
          data: { replacement },
        });
      }
    }
    return findings.sort((a, b) => a.range.start - b.range.start);
  },
  fix(model, diagnostic) {
    const replacement = diagnostic.data?.replacement;
    if (typeof replacement !== 'string') return [];
    return [{ title: `Write ${replacement}`, edits: [rewriteTime(model.text, diagnostic.range, replacement)], preferred: true }];
  },
};
