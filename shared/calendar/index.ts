export { LegalCalendar } from './calendar';
export {
  dueDateZh,
  type ExplainContext,
  explainPeriodZh,
  formatDateZh,
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
  CalendarYear,
  DayInfo,
  DayKind,
  IsoDate,
  NamedDay,
  PeriodComputation,
  PeriodUnit,
} from './types';
export { type CalendarYearInput, calendarYearSchema } from './year-schema';
