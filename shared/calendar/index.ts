export { LegalCalendar } from './calendar';
export { type ExplainContext, explainPeriodZh, formatDateZh } from './explain';
export { type CalendarYearInput, calendarYearSchema, SEED_SOURCE, seedCalendarYears } from './seed';
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
