import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lunarFestivalDates } from './lunar';
import { LUNAR_DATA_UNTIL, STATUTORY_MEASURES_FROM } from './statutory';

/**
 * Writes festival-table.ts from `chinese-days` (npm run calendar:festivals). Run it when the
 * library is updated; test/unit/calendar.test.ts fails if the table and the library disagree.
 */
const rows: string[] = [];
for (let year = STATUTORY_MEASURES_FROM; year <= LUNAR_DATA_UNTIL; year++) {
  const f = lunarFestivalDates(year);
  const md = (d: string) => d.slice(5);
  rows.push(`  ${year}: '${[f.springFestival, f.qingming, f.dragonBoat, f.midAutumn].map(md).join(' ')}',`);
}
const text = `/**
 * 正月初一, 清明, 端午 and 中秋 (MM-DD) of each year the statutory holidays are computed for.
 * Generated from chinese-days by festival-table.generate.ts (npm run calendar:festivals); do not edit.
 */
export const festivalTable: Readonly<Record<number, string>> = {
${rows.join('\n')}
};
`;
writeFileSync(fileURLToPath(new URL('./festival-table.ts', import.meta.url)), text);
console.log(`festival-table.ts: ${rows.length} years`);
