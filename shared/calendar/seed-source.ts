import { isIsoDate, yearOf } from './time';
import type { CalendarYear, NamedDay } from './types';

/**
 * The official calendar as the npm package `chinese-days` (MIT) transcribes the State Council
 * General Office notices (国务院办公厅关于部分节假日安排的通知). Its data file maps 'YYYY-MM-DD'
 * to 'English name,中文名,n' under `holidays` (days off) and `workdays` (make-up working days);
 * `inLieuDays` is not needed to count periods and is not used. Not loaded at run time: it
 * generates seed-table.ts (npm run calendar:tables) and the tests check the table against it.
 */

type DateNameMap = Readonly<Record<string, string>>;

// Dynamic imports with the JSON attribute: bundled by esbuild, run by tsx and by jest in ESM
// mode (@swc/jest drops the attribute from a static `import … with`, but keeps it here).
const { default: chineseDaysPkg } = await import('chinese-days/package.json', { with: { type: 'json' } });
const { default: chineseDaysData } = await import('chinese-days/dist/chinese-days.json', {
  with: { type: 'json' },
});
const data: { readonly holidays: DateNameMap; readonly workdays: DateNameMap } = chineseDaysData;

/** e.g. 'chinese-days@1.5.7（国务院办公厅节假日安排通知）' */
export const PACKAGE_SOURCE = `chinese-days@${chineseDaysPkg.version}（国务院办公厅节假日安排通知）`;

/**
 * The package abbreviates three names ('清明', '端午', '中秋'); the notices say '清明节',
 * '端午节', '中秋节'. Use the official names so explanations read as the notice does.
 */
const OFFICIAL_NAME: Readonly<Record<string, string>> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function chineseName(date: string, value: string): string {
  const zh = value.split(',')[1]?.trim();
  if (!zh) throw new Error(`chinese-days: no Chinese name for ${date}: ${JSON.stringify(value)}`);
  return OFFICIAL_NAME[zh] ?? zh;
}

function byYear(map: DateNameMap): Map<number, NamedDay[]> {
  const out = new Map<number, NamedDay[]>();
  for (const date of Object.keys(map).sort()) {
    if (!isIsoDate(date)) throw new Error(`chinese-days: bad date key ${JSON.stringify(date)}`);
    const y = yearOf(date);
    const list = out.get(y) ?? [];
    out.set(y, list);
    list.push({ date, name: chineseName(date, map[date] ?? '') });
  }
  return out;
}

/** Every year the package covers, version 1, ascending. */
export function packageCalendarYears(): CalendarYear[] {
  const off = byYear(data.holidays);
  const makeup = byYear(data.workdays);
  const years = [...new Set([...off.keys(), ...makeup.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    version: 1,
    source: PACKAGE_SOURCE,
    daysOff: off.get(year) ?? [],
    makeupWorkdays: makeup.get(year) ?? [],
  }));
}
