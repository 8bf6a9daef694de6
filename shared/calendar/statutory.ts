import chineseDays from 'chinese-days';
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
 * before it is published, so a provisional year has none. Lunar dates and the solar term come
 * from `chinese-days`.
 *
 * `chinese-days` reads some dates with the host's local-time getters; only its time-zone-proof
 * parts are used (see `lunarDay` and `qingming`), so the result is the same on any host TZ.
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

interface LunarMonthDay {
  /** The lunar year, named by the Gregorian year in which it begins. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/**
 * The lunar date of a Gregorian date. `getLunarDate` parses 'YYYY-MM-DD' as UTC midnight and
 * counts whole days from a fixed instant (1900-01-31 00:00 +08:00), so its lunar fields do not
 * depend on the host's time zone (its echoed `date` field does, and is not used).
 */
function lunarDay(date: IsoDate): LunarMonthDay {
  const l = chineseDays.getLunarDate(date);
  if (
    !Number.isInteger(l.lunarYear) ||
    !Number.isInteger(l.lunarMon) ||
    l.lunarMon < 1 ||
    l.lunarMon > 12 ||
    !Number.isInteger(l.lunarDay) ||
    l.lunarDay < 1 ||
    l.lunarDay > 30
  ) {
    throw new RangeError(`chinese-days gave no valid lunar date for ${date}: ${JSON.stringify(l)}`);
  }
  return { year: l.lunarYear, month: l.lunarMon, day: l.lunarDay, leap: l.isLeap };
}

/**
 * The first Gregorian date on or after `from` whose lunar date is (lunarYear, month, day) in a
 * regular (not leap) month. Every lunar month has 29 or 30 days, so the distance to the target
 * is at least (29 − today's day) + 29 for each whole month between + the target day: jumping by
 * that lower bound never passes the target, and reaches it in a few look-ups instead of a scan.
 * A leap month repeating the target month comes after the regular one, so it is never hit first.
 */
function solarDateOfLunar(from: IsoDate, lunarYear: number, month: number, day: number): IsoDate {
  let d = from;
  for (let guard = 0; guard < 400; guard++) {
    const l = lunarDay(d);
    if (l.year === lunarYear && l.month === month && l.day === day && !l.leap) return d;
    const monthsAhead = (lunarYear - l.year) * 12 + (month - l.month);
    // Passed (or inside the leap month that follows the target month): not on or after `from`.
    if (monthsAhead < 0 || (monthsAhead === 0 && (l.leap || l.day > day))) break;
    const atLeast = monthsAhead === 0 ? day - l.day : 29 - l.day + (monthsAhead - 1) * 29 + day;
    d = addDaysIso(d, Math.max(1, atLeast));
  }
  throw new RangeError(`chinese-days: lunar ${lunarYear}-${month}-${day} not found from ${from}`);
}

/**
 * 清明: the day of the solar term 'pure_brightness'. `getSolarTermDate` computes the day of the
 * month, then prints the UTC midnight of that day with the host's local getters, which west of
 * UTC reads one day early. Reading the day back the same way undoes that on any host.
 */
function qingming(year: number): IsoDate {
  const printed = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const day of [4, 5, 6]) {
    const t = new Date(Date.UTC(year, 3, day));
    if (printed === `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`) {
      return isoFromParts(year, 4, day);
    }
  }
  // 清明 falls on 4, 5 or 6 April; anything else means the library changed under us.
  throw new RangeError(`chinese-days gave 清明 ${year} as ${JSON.stringify(printed)}, not 4–6 April`);
}

/** The first year whose lunar dates `chinese-days` gives (its table starts with lunar year 1900). */
const LUNAR_DATA_FROM = 1901;

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

/** The dates of the traditional festivals in Gregorian year `year` (1901–2099), from chinese-days. */
export function festivalDates(year: number): FestivalDates {
  if (!Number.isInteger(year) || year < LUNAR_DATA_FROM || year > LUNAR_DATA_UNTIL) {
    throw new RangeError(`lunar dates are available for ${LUNAR_DATA_FROM}–${LUNAR_DATA_UNTIL}, not ${year}`);
  }
  // 正月初一 lies between 21 January and 20 February, so it is in `year`, found from 1 January.
  const springFestival = solarDateOfLunar(isoFromParts(year, 1, 1), year, 1, 1);
  const dragonBoat = solarDateOfLunar(springFestival, year, 5, 5);
  return {
    springFestival,
    qingming: qingming(year),
    dragonBoat,
    midAutumn: solarDateOfLunar(dragonBoat, year, 8, 15),
  };
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
