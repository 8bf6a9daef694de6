import { provisionalBasis, solarStatutoryHolidayOn, statutoryHolidayOn } from './statutory';
import {
  addDaysIso,
  assertIsoDate,
  daysInMonth,
  isIsoDate,
  isoFromParts,
  isoParts,
  isWeekend,
  yearOf,
} from './time';
import type { CalendarYear, DayInfo, IsoDate, PeriodComputation, PeriodUnit } from './types';

/** Safety bound on day-by-day scans (about 27 years); no legal period comes near it. */
const MAX_SCAN_DAYS = 10_000;

interface YearIndex {
  readonly data: CalendarYear;
  readonly off: ReadonlyMap<IsoDate, string>;
  readonly makeup: ReadonlyMap<IsoDate, string>;
}

function indexYear(y: CalendarYear): YearIndex {
  if (!Number.isInteger(y.year)) throw new RangeError(`calendar year must be an integer, got ${y.year}`);
  const off = new Map<IsoDate, string>();
  const makeup = new Map<IsoDate, string>();
  for (const [list, map, what] of [
    [y.daysOff, off, 'day off'],
    [y.makeupWorkdays, makeup, 'make-up workday'],
  ] as const) {
    for (const d of list) {
      if (!isIsoDate(d.date) || yearOf(d.date) !== y.year) {
        throw new RangeError(
          `calendar ${y.year}: ${what} ${JSON.stringify(d.date)} is not a date in ${y.year}`,
        );
      }
      map.set(d.date, d.name);
    }
  }
  for (const d of off.keys()) {
    if (makeup.has(d))
      throw new RangeError(`calendar ${y.year}: ${d} is both a day off and a make-up workday`);
  }
  return { data: y, off, makeup };
}

function freezeYear(y: CalendarYear): CalendarYear {
  return Object.freeze({
    ...y,
    daysOff: Object.freeze(y.daysOff.map((d) => Object.freeze({ ...d }))),
    makeupWorkdays: Object.freeze(y.makeupWorkdays.map((d) => Object.freeze({ ...d }))),
  });
}

function assertAmount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer, got ${n}`);
}

/** Collects which calendar years a computation relied on. */
class YearsTouched {
  private readonly years = new Set<number>();
  add(date: IsoDate): void {
    this.years.add(yearOf(date));
  }
  split(cal: LegalCalendar): { calendarVersions: string[]; provisionalYears: number[] } {
    const sorted = [...this.years].sort((a, b) => a - b);
    const calendarVersions: string[] = [];
    const provisionalYears: number[] = [];
    for (const y of sorted) {
      const data = cal.year(y);
      if (data) calendarVersions.push(`${y}@v${data.version}`);
      else provisionalYears.push(y);
    }
    return { calendarVersions, provisionalYears };
  }
}

/**
 * The official working calendar of the PRC as versioned yearly data, and period arithmetic on
 * it. Immutable and pure: every method is a function of the loaded years and its arguments.
 *
 * - A day is a working day when it is an official make-up workday (调休上班日), or a Monday–
 *   Friday that is not an official day off.
 * - A year that is not loaded is counted on weekends plus the statutory holidays of the national
 *   holiday measures (see statutory.ts; weekends only before 2025), with no make-up working
 *   days, and every result touching it is marked provisional, to be recomputed when the State
 *   Council notice is loaded.
 *
 * Which years a computation "touches": for working days, every day after the start up to the
 * due date; for calendar days / years, the nominal last day up to the (rolled-over) due date.
 * Those are exactly the days whose status can change the result, so a correction to any other
 * day cannot move the due date.
 */
export class LegalCalendar {
  private readonly index: ReadonlyMap<number, YearIndex>;

  constructor(years: readonly CalendarYear[]) {
    const index = new Map<number, YearIndex>();
    for (const y of years) {
      if (index.has(y.year)) throw new RangeError(`calendar year ${y.year} given twice`);
      index.set(y.year, indexYear(freezeYear(y)));
    }
    this.index = index;
    Object.freeze(this);
  }

  /** A new calendar with `y` added, or replacing the loaded year with the same number. */
  withYear(y: CalendarYear): LegalCalendar {
    const others = [...this.index.values()].map((i) => i.data).filter((d) => d.year !== y.year);
    return new LegalCalendar([...others, y]);
  }

  hasYear(year: number): boolean {
    return this.index.has(year);
  }

  year(year: number): CalendarYear | undefined {
    return this.index.get(year)?.data;
  }

  /** Loaded years, ascending. */
  loadedYears(): number[] {
    return [...this.index.keys()].sort((a, b) => a - b);
  }

  dayInfo(date: IsoDate): DayInfo {
    assertIsoDate(date);
    const year = yearOf(date);
    const idx = this.index.get(year);
    const weekend = isWeekend(date);
    if (!idx) {
      const basis = provisionalBasis(year);
      // After 2099 there are no reliable lunar dates: only the Gregorian statutory days count (see statutory.ts).
      const holiday =
        basis === 'statutoryHolidays'
          ? statutoryHolidayOn(date)
          : basis === 'solarHolidaysOnly'
            ? solarStatutoryHolidayOn(date)
            : undefined;
      if (holiday !== undefined)
        return { date, working: false, kind: 'statutoryHoliday', name: holiday, provisional: true };
      return weekend
        ? { date, working: false, kind: 'weekend', provisional: true }
        : { date, working: true, kind: 'workday', provisional: true };
    }
    const off = idx.off.get(date);
    if (off !== undefined) return { date, working: false, kind: 'dayOff', name: off, provisional: false };
    const makeup = idx.makeup.get(date);
    if (makeup !== undefined)
      return { date, working: true, kind: 'makeupWorkday', name: makeup, provisional: false };
    return weekend
      ? { date, working: false, kind: 'weekend', provisional: false }
      : { date, working: true, kind: 'workday', provisional: false };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayInfo(date).working;
  }

  /**
   * Working-day period (ARL Art. 88): the start day is not counted; the next `n` working days
   * are, and the n-th is the due date.
   */
  addWorkingDays(start: IsoDate, n: number): PeriodComputation {
    assertIsoDate(start, 'start');
    assertAmount(n, 'number of working days');
    const touched = new YearsTouched();
    const countedDays: IsoDate[] = [];
    const skippedDays: DayInfo[] = [];
    const makeupDaysCounted: DayInfo[] = [];
    let d = start;
    for (let guard = 0; countedDays.length < n; guard++) {
      if (guard > MAX_SCAN_DAYS) throw new RangeError(`working-day period of ${n} days is too long`);
      d = addDaysIso(d, 1);
      touched.add(d);
      const info = this.dayInfo(d);
      if (!info.working) {
        skippedDays.push(info);
        continue;
      }
      countedDays.push(d);
      if (info.kind === 'makeupWorkday') makeupDaysCounted.push(info);
    }
    const { calendarVersions, provisionalYears } = touched.split(this);
    return {
      unit: 'workingDays',
      amount: n,
      startDate: start,
      dueDate: d,
      countedDays,
      skippedDays,
      makeupDaysCounted,
      calendarVersions,
      provisionalYears,
      provisional: provisionalYears.length > 0,
    };
  }

  /**
   * Calendar-day period (Civil Procedure Law Art. 85): the start day is not counted, so the
   * nominal last day is start + n; if that is a rest day (weekend or official day off — a
   * make-up workday is a working day) the period ends on the first working day after it.
   */
  addCalendarDays(start: IsoDate, n: number): PeriodComputation {
    assertIsoDate(start, 'start');
    assertAmount(n, 'number of calendar days');
    return this.rollOver('calendarDays', n, start, addDaysIso(start, n));
  }

  /**
   * Period in years: the corresponding day n years later (Civil Code Art. 202; a start on
   * Feb 29 ends on Feb 28 of a non-leap year, the last day of that month), then the Art. 85
   * rest-day rollover.
   */
  addYears(start: IsoDate, n: number): PeriodComputation {
    const { year, month, day } = isoParts(start);
    assertAmount(n, 'number of years');
    const y = year + n;
    return this.rollOver('years', n, start, isoFromParts(y, month, Math.min(day, daysInMonth(y, month))));
  }

  /** The n-th working day before `date` (n = 0 gives `date` itself), e.g. "warn 1 working day before". */
  subtractWorkingDays(date: IsoDate, n: number): IsoDate {
    assertIsoDate(date);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`number of working days must be ≥ 0, got ${n}`);
    let d = date;
    for (let found = 0, guard = 0; found < n; guard++) {
      if (guard > MAX_SCAN_DAYS) throw new RangeError(`working-day count of ${n} days is too long`);
      d = addDaysIso(d, -1);
      if (this.dayInfo(d).working) found++;
    }
    return d;
  }

  compute(unit: PeriodUnit, start: IsoDate, amount: number): PeriodComputation {
    switch (unit) {
      case 'workingDays':
        return this.addWorkingDays(start, amount);
      case 'calendarDays':
        return this.addCalendarDays(start, amount);
      case 'years':
        return this.addYears(start, amount);
      default: {
        const never: never = unit;
        throw new RangeError(`unknown period unit ${String(never)}`);
      }
    }
  }

  private rollOver(unit: PeriodUnit, n: number, start: IsoDate, nominal: IsoDate): PeriodComputation {
    const touched = new YearsTouched();
    const skippedDays: DayInfo[] = [];
    let d = nominal;
    for (let guard = 0; ; guard++) {
      if (guard > MAX_SCAN_DAYS) throw new RangeError('no working day found after the nominal end');
      touched.add(d);
      const info = this.dayInfo(d);
      if (info.working) {
        const { calendarVersions, provisionalYears } = touched.split(this);
        return {
          unit,
          amount: n,
          startDate: start,
          dueDate: d,
          countedDays: [],
          skippedDays,
          // A make-up workday as the last day is why the period did not roll over.
          makeupDaysCounted: info.kind === 'makeupWorkday' ? [info] : [],
          ...(d !== nominal ? { rolledOver: { from: nominal, to: d } } : {}),
          calendarVersions,
          provisionalYears,
          provisional: provisionalYears.length > 0,
        };
      }
      skippedDays.push(info);
      d = addDaysIso(d, 1);
    }
  }
}
