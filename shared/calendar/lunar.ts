import chineseDays from 'chinese-days';
import { LUNAR_DATA_UNTIL } from './statutory';
import { addDaysIso, isoFromParts } from './time';
import type { IsoDate } from './types';

/**
 * The traditional festivals of a Gregorian year computed from the lunar calendar of
 * `chinese-days` (MIT). Not loaded by any function at run time: it generates
 * festival-table.ts (`npm run calendar:tables`) and the tests check the table against it,
 * so the Lambda bundles carry a 75-line table instead of the library and its start-up work.
 *
 * `chinese-days` reads some dates with the host's local-time getters; only its time-zone-proof
 * parts are used (see `lunarDay` and `qingming`), so the result is the same on any host TZ.
 */

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
export const LUNAR_DATA_FROM = 1901;

export interface LunarFestivals {
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
export function lunarFestivalDates(year: number): LunarFestivals {
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
