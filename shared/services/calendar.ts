import { LegalCalendar } from '../calendar/calendar';
import type { CalendarYear } from '../calendar/types';
import type { CaseStore } from '../store/case-store';

/**
 * The seeded years (shared/calendar/seed.ts, every year chinese-days covers), read with the first
 * calendar a process builds, not at its init: a cold start that computes no date never reads
 * them, and a function that never computes one does not contain them (only the services that
 * compute dates import this module).
 */
let seed: Promise<readonly CalendarYear[]> | undefined;
const seedYears = () => (seed ??= import('../calendar/seed').then((m) => m.seedCalendarYears()));

const cacheMs = 30_000;
let cached: { at: number; store: CaseStore; calendar: LegalCalendar } | undefined;

/**
 * The official calendar in force: the seeded years, overridden by every year an administrator
 * has loaded or corrected. Cached briefly per process; a PUT in this process clears it at once.
 */
export async function currentCalendar(store: CaseStore): Promise<LegalCalendar> {
  const now = Date.now();
  if (cached && cached.store === store && now - cached.at < cacheMs) return cached.calendar;
  const [seeded, overrides] = await Promise.all([seedYears(), store.listCalendarYears()]);
  const byYear = new Map<number, CalendarYear>(seeded.map((y) => [y.year, y]));
  for (const y of overrides) byYear.set(y.year, y);
  const calendar = new LegalCalendar([...byYear.values()]);
  cached = { at: now, store, calendar };
  return calendar;
}

export function forgetCalendar(): void {
  cached = undefined;
}
