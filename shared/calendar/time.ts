import type { IsoDate } from './types';

/**
 * Date helpers for China Standard Time (Asia/Shanghai).
 *
 * Mainland China has kept one fixed offset, UTC+08:00, with no daylight saving time since
 * 1992 (the last DST summer was 1991). Every date this system handles is later than that, so
 * converting between an instant and a Beijing calendar date is exact with a constant offset:
 * no time-zone database is needed, and the result does not depend on the host's TZ setting.
 *
 * Calendar-date arithmetic is done on UTC midnights (UTC has no DST either), so adding a day
 * is always exactly 86,400,000 ms.
 */

/** UTC+08:00 — the whole-year offset of Asia/Shanghai (no DST since 1992). */
export const SHANGHAI_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict check: 'YYYY-MM-DD' and a real calendar date (no 2026-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Throws a RangeError unless `s` is a valid IsoDate. */
export function assertIsoDate(s: unknown, what = 'date'): asserts s is IsoDate {
  if (!isIsoDate(s))
    throw new RangeError(`${what} must be a valid 'YYYY-MM-DD' date, got ${JSON.stringify(s)}`);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a valid IsoDate into numbers (month 1–12). */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** '2026年3月2日': a calendar day as Chinese documents write it. */
export function formatDateZh(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${year}年${month}月${day}日`;
}

/** Builds an IsoDate from numbers (month 1–12); throws if it is not a real date. */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  assertIsoDate(s);
  return s;
}

export function yearOf(date: IsoDate): number {
  return isoParts(date).year;
}

/** Milliseconds of UTC midnight of the date — an arithmetic handle, not "the" instant of the date. */
function utcMidnight(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` days after (negative: before) `date`. */
export function addDaysIso(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`day count must be an integer, got ${n}`);
  return fromUtcMidnight(utcMidnight(date) + n * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** -1, 0 or 1, for sorting. 'YYYY-MM-DD' strings order lexicographically as dates. */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of the week, as in Date#getUTCDay: 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return new Date(utcMidnight(date)).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** The Beijing calendar date on which `instant` falls. */
export function shanghaiDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  // Shift the instant by +8 h; its UTC calendar fields are then the Beijing wall-clock fields.
  return new Date(ms + SHANGHAI_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 Beijing time on `date` (= 16:00 UTC the day before). */
export function startOfShanghaiDay(date: IsoDate): Date {
  return new Date(utcMidnight(date) - SHANGHAI_UTC_OFFSET_MS);
}

/**
 * 24:00 Beijing time on `date`, i.e. 00:00 of the next day (+08:00): the instant a deadline
 * dated `date` passes. Anything strictly before this instant is in time.
 */
export function endOfShanghaiDay(date: IsoDate): Date {
  return startOfShanghaiDay(addDaysIso(date, 1));
}
