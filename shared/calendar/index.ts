export { LegalCalendar, periodUsageAt } from './calendar';
export {
  dueDateZh,
  type ExplainContext,
  explainPeriodZh,
  formatDateZh,
  type PausedNow,
  pausedUsageZh,
  provisionalNoteZh,
  unloadedYearZh,
  withoutProvisionalNoteZh,
} from './explain';
export { SEED_SOURCE, seedCalendarYears } from './seed';
export {
  type FestivalDates,
  festivalDates,
  LUNAR_DATA_UNTIL,
  type ProvisionalBasis,
  provisionalBasis,
  STATUTORY_MEASURES_FROM,
  statutoryHolidays,
} from './statutory';
export {
  addDaysIso,
  assertIsoDate,
  compareIso,
  daysBetween,
  endOfShanghaiDay,
  isIsoDate,
  isWeekend,
  SHANGHAI_UTC_OFFSET_MS,
  shanghaiDate,
  startOfShanghaiDay,
  weekday,
  yearOf,
} from './time';
export type {
  AppliedPause,
  CalendarYear,
  DayInfo,
  DayKind,
  IsoDate,
  NamedDay,
  PeriodAdjustments,
  PeriodComputation,
  PeriodPause,
  PeriodUnit,
  PeriodUsage,
} from './types';
export { type CalendarYearInput, calendarYearSchema } from './year-schema';
