import type { CalendarYear } from '../calendar/types';
import { calendarActor } from '../domain/actors';
import { recomputeOpenDeadlines } from '../domain/deadlines';
import { procedureOf } from '../domain/registry';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { openShards } from '../store/table-schema';
import { currentCalendar, forgetCalendar } from './calendar';
import { appendDecided } from './cases';

/** The year in force: an administrator's latest load, else the seeded data, else nothing. */
export async function calendarYearInForce(rt: Runtime, year: number): Promise<CalendarYear | undefined> {
  const calendar = await currentCalendar(rt.store);
  return calendar.year(year);
}

/**
 * Stores a loaded or corrected year, then recomputes every open deadline it can touch — those
 * due on or after 1 January of that year (a change to a year cannot move a date due earlier) —
 * and records the change on each affected case.
 */
export async function loadCalendarYear(
  rt: Runtime,
  year: CalendarYear,
  storedVersion: number | undefined,
): Promise<{ year: CalendarYear; affectedCases: string[] }> {
  await rt.store.putCalendarYear(year, storedVersion);
  forgetCalendar();
  const calendar = await currentCalendar(rt.store);
  const affectedCases: string[] = [];
  const firstDay = `${year.year}-01-01`;
  for (let shard = 0; shard < openShards; shard++) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await rt.store.openCases(shard, 100, start);
      for (const caseId of page.items) {
        const at = rt.clock.now().toISOString();
        let changedHere = false;
        await appendDecided(rt, caseId, (s) => {
          // A change to a year cannot move a date due before 1 January of that year.
          if (!Object.values(s.deadlines).some((d) => d.status === 'open' && d.dueDate >= firstDay))
            return [];
          const changed = recomputeOpenDeadlines(procedureOf(s.procedure), s, calendar);
          changedHere = changed.length > 0;
          if (!changedHere) return [];
          return [
            {
              type: 'deadlinesRecomputed',
              at,
              actor: calendarActor,
              deadlines: { recomputed: changed },
              data: {
                calendarYear: year.year,
                calendarVersion: year.version,
                changes: changed.map((d) => ({
                  key: d.key,
                  fromDue: s.deadlines[d.key]?.dueDate ?? d.dueDate,
                  toDue: d.dueDate,
                })),
              },
            },
          ];
        });
        if (changedHere) affectedCases.push(caseId);
      }
      start = page.next;
    } while (start);
  }
  logger.info('calendar year loaded', {
    year: year.year,
    version: year.version,
    affected: affectedCases.length,
  });
  return { year, affectedCases };
}
