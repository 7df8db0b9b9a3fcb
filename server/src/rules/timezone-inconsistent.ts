import { formatOffset } from '../model';
import type { ZoneSource } from '../model';
import type { Rule } from './rule';

const PLACES: Record<ZoneSource, string> = {
  'front-matter': 'the front matter',
  'timeline-heading': 'the timeline heading',
  summary: 'the summary',
  'timeline-entry': 'the timeline',
  body: 'the text',
};

export const timezoneInconsistent: Rule = {
  meta: {
    id: 'timezone-inconsistent',
    description: 'The incident\'s times are given in two different time zones.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(model) {
    const incident = model.incidentZone;
    if (!incident) return [];
    return model.zones
      .filter((z) => z.offsetMinutes !== incident.offsetMinutes)
      .map((z) => ({
        range: z.range,
        message: `\`${z.raw}\` (${formatOffset(z.offsetMinutes)}) is not the incident's time zone, \`${incident.statement.raw}\` (${formatOffset(incident.offsetMinutes)}) as stated in ${PLACES[incident.statement.source]}. Give every time in one zone, or convert this one.`,
      }));
  },
};
