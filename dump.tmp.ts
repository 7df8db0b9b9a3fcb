import { readFileSync } from 'node:fs';
import { analyze, formatHHMM, formatOffset } from '/work/main/server/src/model';
for (const f of process.argv.slice(2)) {
  const m = analyze(readFileSync(f, 'utf8'));
  console.log('=====', f, 'title:', m.title?.text);
  for (const s of m.sections) console.log('  section', s.kinds.join('+'), s.heading.style, s.heading.depth, JSON.stringify(s.heading.text), s.isEmpty ? 'EMPTY' : '');
  for (const e of m.timeline.entries) console.log('  entry', e.form, e.time ? formatHHMM(e.time.minutes) : (e.invalidTime ? 'INVALID '+e.invalidTime.raw : 'null'), 'd'+e.dayOffset, JSON.stringify(e.separator), JSON.stringify(e.text.slice(0,50)), e.time?.problems.map(p=>p.kind).join(','));
  console.log('  zones', m.zones.map(z => `${z.source}:${z.raw}=${formatOffset(z.offsetMinutes)}`).join(' | '));
  console.log('  incident', m.incidentZone && formatOffset(m.incidentZone.offsetMinutes));
  console.log('  window', m.summary.start && formatHHMM(m.summary.start.time.minutes), m.summary.end && formatHHMM(m.summary.end.time.minutes), 'dur', m.summary.duration?.minutes, m.summary.duration?.raw, 'rc', m.summary.mentionsRootCause, 'impacts', m.summary.impacts.length);
  console.log('  mentions', m.timeMentions.map(t => t.time.raw + (t.zone ? '@'+t.zone.raw : '')).join(', '));
  console.log('  actions', m.actionItems.length, 'mojibake', m.mojibake.map(r => r.raw + '->' + r.repaired).join(','), 'fm', JSON.stringify(m.frontMatter?.data));
}
