import { seedSource, seedTable } from './seed-table';
import type { CalendarYear, NamedDay } from './types';

/**
 * The seeded official calendar: the State Council General Office notices on public-holiday
 * arrangements (国务院办公厅关于部分节假日安排的通知) as transcribed by the npm package
 * `chinese-days` (MIT), kept as a compact generated table (seed-table.ts, from seed-source.ts
 * by `npm run calendar:tables`; the tests check it against the package).
 *
 * An administrator loads later years, or corrects one, as a new CalendarYear with a higher
 * version (validated by `calendarYearSchema`, ./year-schema.ts).
 */

/** e.g. 'chinese-days@1.5.7（国务院办公厅节假日安排通知）' */
export const SEED_SOURCE = seedSource;

/** 'MM-DD名 MM-DD名 …' of one year → its named days. */
function days(year: number, row: string): NamedDay[] {
  return row
    .split(' ')
    .filter(Boolean)
    .map((d) => ({ date: `${year}-${d.slice(0, 5)}`, name: d.slice(5) }));
}

/** Every year of the seed, version 1, ascending. */
export function seedCalendarYears(): CalendarYear[] {
  return Object.entries(seedTable)
    .map(([y, row]) => {
      const year = Number(y);
      return {
        year,
        version: 1,
        source: SEED_SOURCE,
        daysOff: days(year, row.off),
        makeupWorkdays: days(year, row.makeup),
      };
    })
    .sort((a, b) => a.year - b.year);
}
