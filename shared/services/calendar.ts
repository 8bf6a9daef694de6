import { LegalCalendar } from '../calendar/calendar';
import { seedCalendarYears } from '../calendar/seed';
import type { CalendarYear } from '../calendar/types';
import type { CaseStore } from '../store/case-store';

const seed = seedCalendarYears();
const cacheMs = 30_000;
let cached: { at: number; store: CaseStore; calendar: LegalCalendar } | undefined;

/**
 * The official calendar in force: the seeded years, overridden by every year an administrator
 * has loaded or corrected. Cached briefly per process; a PUT in this process clears it at once.
 */
export async function currentCalendar(store: CaseStore): Promise<LegalCalendar> {
  const now = Date.now();
  if (cached && cached.store === store && now - cached.at < cacheMs) return cached.calendar;
  const overrides = await store.listCalendarYears();
  const byYear = new Map<number, CalendarYear>(seed.map((y) => [y.year, y]));
  for (const y of overrides) byYear.set(y.year, y);
  const calendar = new LegalCalendar([...byYear.values()]);
  cached = { at: now, store, calendar };
  return calendar;
}

export function forgetCalendar(): void {
  cached = undefined;
}

export const seededYear = (year: number): CalendarYear | undefined => seed.find((y) => y.year === year);
