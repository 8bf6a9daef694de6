import { festivalTable } from './festival-table';
import { addDaysIso, isoFromParts, isoParts } from './time';
import type { IsoDate, NamedDay } from './types';

/**
 * The statutory public holidays of the national holiday measures (全国年节及纪念日放假办法) as
 * revised in 2024 (国务院令第795号, in force since 1 January 2025), used for a year whose official
 * arrangement (国务院办公厅关于部分节假日安排的通知) is not loaded yet:
 *
 *   元旦 1 Jan · 春节 除夕 to 正月初三 (4 days) · 清明节 (the solar term's day) · 劳动节 1–2 May ·
 *   端午节 五月初五 · 中秋节 八月十五 · 国庆节 1–3 Oct.
 *
 * Only these days: the notice's make-up working days (调休) and bridging days cannot be known
 * before it is published, so a provisional year has none. The lunar festivals and 清明 come
 * from festival-table.ts, generated from `chinese-days` (lunar.ts) and checked against it by
 * the tests.
 */

/** The first year the 2024 revision governs. Earlier unloaded years count weekends only. */
export const STATUTORY_MEASURES_FROM = 2025;

/**
 * The last year `chinese-days` covers reliably: its lunar table ends with lunar year 2100 and its
 * solar-term formula carries the constants of the 21st century only (2000–2099).
 */
export const LUNAR_DATA_UNTIL = 2099;

/**
 * How a year without an official calendar is counted: 'statutoryHolidays' from 2025 to 2099;
 * 'weekendsOnly' before 2025 (the measures then in force were different and are not modelled);
 * 'solarHolidaysOnly' after 2099, where there are no reliable lunar dates: the statutory days
 * fixed on the Gregorian calendar (元旦, 劳动节, 国庆节) count and the lunar festivals are not
 * guessed. Every such result is provisional, so no lapse is ever applied on it.
 */
export type ProvisionalBasis = 'statutoryHolidays' | 'weekendsOnly' | 'solarHolidaysOnly';

export function provisionalBasis(year: number): ProvisionalBasis {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  if (year > LUNAR_DATA_UNTIL) return 'solarHolidaysOnly';
  return year >= STATUTORY_MEASURES_FROM ? 'statutoryHolidays' : 'weekendsOnly';
}

export interface FestivalDates {
  /** 正月初一 */
  readonly springFestival: IsoDate;
  /** 清明: the solar term's day */
  readonly qingming: IsoDate;
  /** 端午: 五月初五 */
  readonly dragonBoat: IsoDate;
  /** 中秋: 八月十五 */
  readonly midAutumn: IsoDate;
}

/** The dates of the traditional festivals in Gregorian year `year` (2025–2099), from the table. */
export function festivalDates(year: number): FestivalDates {
  const row = festivalTable[year];
  if (!Number.isInteger(year) || row === undefined) {
    throw new RangeError(
      `festival dates are tabled for ${STATUTORY_MEASURES_FROM}–${LUNAR_DATA_UNTIL}, not ${year}`,
    );
  }
  const [springFestival, qingming, dragonBoat, midAutumn] = row.split(' ').map((md) => `${year}-${md}`);
  if (!springFestival || !qingming || !dragonBoat || !midAutumn)
    throw new RangeError(`bad festival row for ${year}`);
  return { springFestival, qingming, dragonBoat, midAutumn };
}

function statutoryDays(year: number): NamedDay[] {
  const names = new Map<IsoDate, string[]>();
  // 中秋节 can fall within 国庆节 (as on 1 Oct 2020): one day off, named for both, 国庆节 first
  // as the notices write it ('国庆节、中秋节').
  const add = (date: IsoDate, name: string) => names.set(date, [...(names.get(date) ?? []), name]);
  const on = (month: number, day: number) => isoFromParts(year, month, day);
  const f = festivalDates(year);

  add(on(1, 1), '元旦');
  // 除夕 is the day before 正月初一 (the last day of the twelfth month, whether it has 29 or 30
  // days); with 初一–初三 all four days are in `year`, since 正月初一 is on 21 January or later.
  for (const offset of [-1, 0, 1, 2]) add(addDaysIso(f.springFestival, offset), '春节');
  add(f.qingming, '清明节');
  add(on(5, 1), '劳动节');
  add(on(5, 2), '劳动节');
  add(f.dragonBoat, '端午节');
  for (const day of [1, 2, 3]) add(on(10, day), '国庆节');
  add(f.midAutumn, '中秋节');

  const days = [...names].map(([date, n]) => ({ date, name: n.join('、') }));
  for (const d of days) {
    if (isoParts(d.date).year !== year) throw new RangeError(`statutory holiday ${d.date} is not in ${year}`);
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

interface StatutoryYear {
  readonly days: readonly NamedDay[];
  readonly byDate: ReadonlyMap<IsoDate, string>;
}

/** Per year and process: a pure function of the year, so one copy serves every calendar. */
const cache = new Map<number, StatutoryYear>();

function statutoryYear(year: number): StatutoryYear {
  if (provisionalBasis(year) !== 'statutoryHolidays') {
    throw new RangeError(
      `no statutory holidays are computed for ${year}: only ${STATUTORY_MEASURES_FROM}–${LUNAR_DATA_UNTIL}`,
    );
  }
  let y = cache.get(year);
  if (!y) {
    const days = Object.freeze(statutoryDays(year).map((d) => Object.freeze(d)));
    y = { days, byDate: new Map(days.map((d) => [d.date, d.name])) };
    cache.set(year, y);
  }
  return y;
}

/** The statutory holidays of `year` (2025–2099), ascending; throws a RangeError for any other year. */
export function statutoryHolidays(year: number): readonly NamedDay[] {
  return statutoryYear(year).days;
}

/** The statutory days fixed on the Gregorian calendar: 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct. */
export function solarStatutoryHolidayOn(date: IsoDate): string | undefined {
  const { month, day } = isoParts(date);
  if (month === 1 && day === 1) return '元旦';
  if (month === 5 && day <= 2) return '劳动节';
  if (month === 10 && day <= 3) return '国庆节';
  return undefined;
}

/** The name of the statutory holiday on `date` (in 2025–2099), or undefined on any other day. */
export function statutoryHolidayOn(date: IsoDate): string | undefined {
  return statutoryYear(isoParts(date).year).byDate.get(date);
}
