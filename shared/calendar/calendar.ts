import { provisionalBasis, solarStatutoryHolidayOn, statutoryHolidayOn } from './statutory';
import {
  addDaysIso,
  assertIsoDate,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isoFromParts,
  isoParts,
  isWeekend,
  yearOf,
} from './time';
import type {
  AppliedPause,
  CalendarYear,
  DayInfo,
  IsoDate,
  PeriodAdjustments,
  PeriodComputation,
  PeriodPause,
  PeriodUnit,
  PeriodUsage,
} from './types';

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

/**
 * Pauses must be real, in order and apart: none suspends the period before it starts, none
 * resumes before it was suspended, none is suspended before the previous one resumed.
 */
function assertPauses(start: IsoDate, pauses: readonly PeriodPause[]): void {
  let after = start;
  pauses.forEach((p, i) => {
    assertIsoDate(p.suspendedOn, `pauses[${i}].suspendedOn`);
    assertIsoDate(p.resumedOn, `pauses[${i}].resumedOn`);
    if (p.suspendedOn < after)
      throw new RangeError(
        `pauses[${i}] is suspended on ${p.suspendedOn}, before ${i === 0 ? 'the start' : 'the previous resumption'} ${after}`,
      );
    if (p.resumedOn < p.suspendedOn)
      throw new RangeError(
        `pauses[${i}] resumes on ${p.resumedOn}, before its suspension on ${p.suspendedOn}`,
      );
    after = p.resumedOn;
  });
}

/** The corresponding day `n` years after `start` (Civil Code Art. 202: Feb 29 → Feb 28 in a common year). */
function yearsLater(start: IsoDate, n: number): IsoDate {
  const { year, month, day } = isoParts(start);
  const y = year + n;
  return isoFromParts(y, month, Math.min(day, daysInMonth(y, month)));
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
 * day cannot move the due date. With pauses (computeAdjusted), the days of a suspension are not
 * looked at; a day looked at to tell whether a period had already ended is touched too.
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
    assertIsoDate(start, 'start');
    assertAmount(n, 'number of years');
    return this.rollOver('years', n, start, yearsLater(start, n));
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

  /**
   * A period with suspensions (中止) and an approved extension (延长), as the counting
   * conventions of the procedure rules decide:
   *
   * - Extension: the extra amount is added to the period itself (60 + 30 = 90 days from the
   *   start event), and the rest-day rollover applies once, to the new end.
   * - Pause: the days up to and including the suspension day count as used; counting restarts on
   *   the day after the resume day. A calendar-day or year period's nominal end moves by
   *   `resumedOn − suspendedOn` days; a working-day period keeps the working days counted by the
   *   suspension day and counts the rest from the day after the resume day. The rollover applies
   *   once, to the final end. Pauses apply in order.
   * - A pause suspended after the period (as earlier pauses left it) had already ended changes
   *   nothing and is reported with `applied: false`.
   * - When every day was counted by the suspension day (it fell on the last day, or on the rest
   *   days a rollover added), nothing is left to count: the period ends on the resume day, rolled
   *   over to the next working day if that is a rest day.
   *
   * Without pauses or an extension this is exactly `compute`.
   */
  computeAdjusted(
    unit: PeriodUnit,
    start: IsoDate,
    amount: number,
    adjustments: PeriodAdjustments = {},
  ): PeriodComputation {
    const { pauses = [], extraAmount } = adjustments;
    assertIsoDate(start, 'start');
    assertAmount(amount, 'period amount');
    if (extraAmount !== undefined) assertAmount(extraAmount, 'extension');
    assertPauses(start, pauses);
    if (pauses.length === 0 && extraAmount === undefined) return this.compute(unit, start, amount);
    const total = amount + (extraAmount ?? 0);
    const { computation, applied } =
      unit === 'workingDays'
        ? this.workingDaysWithPauses(start, total, pauses)
        : this.daysWithPauses(unit, start, total, pauses);
    return {
      ...computation,
      amount,
      ...(extraAmount !== undefined ? { extraAmount } : {}),
      ...(pauses.length > 0 ? { pauses: applied } : {}),
    };
  }

  private workingDaysWithPauses(
    start: IsoDate,
    total: number,
    pauses: readonly PeriodPause[],
  ): { computation: PeriodComputation; applied: AppliedPause[] } {
    const touched = new YearsTouched();
    const countedDays: IsoDate[] = [];
    const skippedDays: DayInfo[] = [];
    const makeupDaysCounted: DayInfo[] = [];
    /** Counts working days after `from` until the period is full or `limit` (inclusive) is reached; the last day looked at. */
    const count = (from: IsoDate, limit?: IsoDate): IsoDate => {
      let d = from;
      for (let guard = 0; countedDays.length < total && (limit === undefined || d < limit); guard++) {
        if (guard > MAX_SCAN_DAYS) throw new RangeError(`working-day period of ${total} days is too long`);
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
      return d;
    };

    const applied: AppliedPause[] = [];
    let cursor = start;
    let ended = false;
    // Every day was counted by a suspension: the period ends on the last resume day (rolled over).
    let fullAtPause = false;
    for (const p of pauses) {
      if (!ended) {
        if (countedDays.length < total) {
          const last = count(cursor, p.suspendedOn);
          ended = countedDays.length === total && last < p.suspendedOn;
        } else {
          ended = this.endsBefore(cursor, p.suspendedOn, touched);
        }
      }
      if (ended) {
        applied.push({ ...p, applied: false, used: total, remaining: 0 });
        continue;
      }
      applied.push({ ...p, applied: true, used: countedDays.length, remaining: total - countedDays.length });
      fullAtPause = countedDays.length === total;
      cursor = p.resumedOn;
    }

    if (fullAtPause) {
      const roll = this.rollForward(cursor, touched);
      skippedDays.push(...roll.skipped);
      if (roll.info.kind === 'makeupWorkday') makeupDaysCounted.push(roll.info);
      return {
        applied,
        computation: this.result('workingDays', total, start, roll.due, touched, {
          countedDays,
          skippedDays,
          makeupDaysCounted,
          ...(roll.due !== cursor ? { rolledOver: { from: cursor, to: roll.due } } : {}),
        }),
      };
    }
    if (!ended) count(cursor);
    const due = countedDays.at(-1) ?? start;
    return {
      applied,
      computation: this.result('workingDays', total, start, due, touched, {
        countedDays,
        skippedDays,
        makeupDaysCounted,
      }),
    };
  }

  private daysWithPauses(
    unit: 'calendarDays' | 'years',
    start: IsoDate,
    total: number,
    pauses: readonly PeriodPause[],
  ): { computation: PeriodComputation; applied: AppliedPause[] } {
    const touched = new YearsTouched();
    const endBeforePauses = unit === 'years' ? yearsLater(start, total) : addDaysIso(start, total);
    const totalDays = daysBetween(start, endBeforePauses);
    const applied: AppliedPause[] = [];
    let cursor = start;
    let used = 0;
    let ended = false;
    for (const p of pauses) {
      if (!ended) {
        const end = addDaysIso(cursor, totalDays - used);
        if (p.suspendedOn <= end) used += daysBetween(cursor, p.suspendedOn);
        // Suspended on the rest days of a rollover: every day was counted, the period still ran.
        else if (!this.endsBefore(end, p.suspendedOn, touched)) used = totalDays;
        else ended = true;
      }
      if (ended) {
        applied.push({ ...p, applied: false, used: totalDays, remaining: 0 });
        continue;
      }
      applied.push({ ...p, applied: true, used, remaining: totalDays - used });
      cursor = p.resumedOn;
    }
    const computation = this.rollOver(unit, total, start, addDaysIso(cursor, totalDays - used), touched);
    return { applied, computation: pauses.length > 0 ? { ...computation, endBeforePauses } : computation };
  }

  /**
   * Whether a period whose nominal last day is `nominal` had ended (after any rollover) before
   * `day`: some working day from `nominal` up to the day before `day`. The days looked at are touched.
   */
  private endsBefore(nominal: IsoDate, day: IsoDate, touched: YearsTouched): boolean {
    for (let d = nominal, guard = 0; d < day; d = addDaysIso(d, 1), guard++) {
      if (guard > MAX_SCAN_DAYS) throw new RangeError('suspension too far after the end of the period');
      touched.add(d);
      if (this.dayInfo(d).working) return true;
    }
    return false;
  }

  /** The first working day from `nominal` on (Art. 85 rollover), the rest days passed over, and the day found. */
  private rollForward(
    nominal: IsoDate,
    touched: YearsTouched,
  ): { due: IsoDate; skipped: DayInfo[]; info: DayInfo } {
    const skipped: DayInfo[] = [];
    let d = nominal;
    for (let guard = 0; ; guard++) {
      if (guard > MAX_SCAN_DAYS) throw new RangeError('no working day found after the nominal end');
      touched.add(d);
      const info = this.dayInfo(d);
      if (info.working) return { due: d, skipped, info };
      skipped.push(info);
      d = addDaysIso(d, 1);
    }
  }

  private result(
    unit: PeriodUnit,
    n: number,
    start: IsoDate,
    due: IsoDate,
    touched: YearsTouched,
    days: Pick<PeriodComputation, 'countedDays' | 'skippedDays' | 'makeupDaysCounted' | 'rolledOver'>,
  ): PeriodComputation {
    const { calendarVersions, provisionalYears } = touched.split(this);
    return {
      unit,
      amount: n,
      startDate: start,
      dueDate: due,
      countedDays: days.countedDays,
      skippedDays: days.skippedDays,
      makeupDaysCounted: days.makeupDaysCounted,
      ...(days.rolledOver ? { rolledOver: days.rolledOver } : {}),
      calendarVersions,
      provisionalYears,
      provisional: provisionalYears.length > 0,
    };
  }

  private rollOver(
    unit: PeriodUnit,
    n: number,
    start: IsoDate,
    nominal: IsoDate,
    touched = new YearsTouched(),
  ): PeriodComputation {
    const roll = this.rollForward(nominal, touched);
    return this.result(unit, n, start, roll.due, touched, {
      countedDays: [],
      skippedDays: roll.skipped,
      // A make-up workday as the last day is why the period did not roll over.
      makeupDaysCounted: roll.info.kind === 'makeupWorkday' ? [roll.info] : [],
      ...(roll.due !== nominal ? { rolledOver: { from: nominal, to: roll.due } } : {}),
    });
  }
}

/**
 * How much of a computed period was counted by `date` (a suspension day: that day counts as
 * used) and how much remains — for a deadline paused now: "已计10日，尚余50日". Pure: it reads
 * the computation only (the working days it counted, or its nominal end), so it needs no
 * calendar. `date` may not fall before the start or before the last pause's resumption.
 */
export function periodUsageAt(c: PeriodComputation, date: IsoDate): PeriodUsage {
  assertIsoDate(date);
  const after = c.pauses?.at(-1)?.resumedOn ?? c.startDate;
  if (date < after)
    throw new RangeError(
      `usage on ${date} is asked before ${c.pauses?.length ? 'the last resumption' : 'the start'} ${after}`,
    );
  const running = date <= c.dueDate;
  if (c.unit === 'workingDays') {
    const total = c.amount + (c.extraAmount ?? 0);
    const used = running ? c.countedDays.filter((d) => d <= date).length : total;
    return { countedIn: 'workingDays', used, remaining: total - used, running };
  }
  const nominal = c.rolledOver?.from ?? c.dueDate;
  const totalDays = daysBetween(c.startDate, c.endBeforePauses ?? nominal);
  const last = c.pauses?.filter((p) => p.applied).at(-1);
  const cursor = last?.resumedOn ?? c.startDate;
  const used = running ? (last?.used ?? 0) + daysBetween(cursor, date < nominal ? date : nominal) : totalDays;
  return { countedIn: 'days', used, remaining: totalDays - used, running };
}
