export { analyze, MAX_ANALYSED_LENGTH } from './analyze';
export { classifyHeading } from './sections';
export { describeTime, dominantTimeStyle, formatDuration, formatHHMM, formatTime } from './times';
export type { TimeStyle } from './times';
export { formatOffset, zoneOffsetOf } from './timezones';
export { repairMojibake } from './mojibake';
export * from './types';
