import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lunarFestivalDates } from './lunar';
import { PACKAGE_SOURCE, packageCalendarYears } from './seed-source';
import { LUNAR_DATA_UNTIL, STATUTORY_MEASURES_FROM } from './statutory';

/**
 * Writes the two tables the functions carry instead of `chinese-days` (npm run calendar:tables):
 * festival-table.ts (正月初一, 清明, 端午, 中秋 of 2025–2099) and seed-table.ts (the official
 * years the package transcribes). Run it when the package is updated; test/unit/calendar.test.ts
 * fails if a table and the package disagree.
 */
const write = (file: string, text: string) =>
  writeFileSync(fileURLToPath(new URL(file, import.meta.url)), text);
const md = (d: string) => d.slice(5);

const festivals: string[] = [];
for (let year = STATUTORY_MEASURES_FROM; year <= LUNAR_DATA_UNTIL; year++) {
  const f = lunarFestivalDates(year);
  festivals.push(
    `  ${year}: '${[f.springFestival, f.qingming, f.dragonBoat, f.midAutumn].map(md).join(' ')}',`,
  );
}
write(
  './festival-table.ts',
  `/**
 * 正月初一, 清明, 端午 and 中秋 (MM-DD) of each year the statutory holidays are computed for.
 * Generated from chinese-days by calendar-tables.generate.ts (npm run calendar:tables); do not edit.
 */
export const festivalTable: Readonly<Record<number, string>> = {
${festivals.join('\n')}
};
`,
);

const years = packageCalendarYears().map((y) => {
  const row = (days: readonly { date: string; name: string }[]) =>
    days.map((d) => `${md(d.date)}${d.name}`).join(' ');
  return `  ${y.year}: {\n    off: '${row(y.daysOff)}',\n    makeup: '${row(y.makeupWorkdays)}',\n  },`;
});
write(
  './seed-table.ts',
  `/**
 * The official days off and make-up working days of each seeded year, 'MM-DD名' separated by
 * spaces. Generated from chinese-days by calendar-tables.generate.ts (npm run calendar:tables); do not edit.
 */
export const seedSource = '${PACKAGE_SOURCE}';

export const seedTable: Readonly<Record<number, { readonly off: string; readonly makeup: string }>> = {
${years.join('\n')}
};
`,
);
// Formatted as the repository formats code, so a regenerated table differs only where the data does.
execFileSync(
  'npx',
  [
    'biome',
    'format',
    '--write',
    ...['./festival-table.ts', './seed-table.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url))),
  ],
  { stdio: 'ignore' },
);
console.log(`festival-table.ts: ${festivals.length} years; seed-table.ts: ${years.length} years`);
