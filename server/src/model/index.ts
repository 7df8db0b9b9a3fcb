export { analyze, MAX_ANALYSED_LENGTH } from './analyze';
export { classifyHeading } from './sections';
export { clockTime, describeTime, dominantTimeStyle, formatDuration, formatHHMM, formatTime, timeStyleOf } from './times';
export type { TimeStyle } from './times';
export { formatOffset, zoneOffsetOf } from './timezones';
export { addDays, classifyEvent, dateOfTimelineDay, formatIncidentDate, formatMetricsLine, formatSincePrevious, formatSinceStart, incidentMetrics, inTimelineZone, placeOnTimeline, statedWindowMinutes, timelineZoneOf } from './metrics';
export type { EntryMetrics, EventKind, IncidentDate, IncidentMetrics, IncidentMoment, Milestone } from './metrics';
export { repairMojibake } from './mojibake';
export * from './types';
