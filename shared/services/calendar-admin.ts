import type { CalendarYear } from '../calendar/types';
import { systemActor } from '../domain/actors';
import { recomputeOpenDeadlines } from '../domain/deadlines';
import { procedure } from '../domain/decide';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { currentCalendar, forgetCalendar } from './calendar';
import { appendDecided, resumeWorkflow } from './cases';

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
  const due = await rt.store.openDeadlinesDue(`${year.year}-01-01`, '9999-12-31');
  const caseIds = [...new Set(due.map((d) => d.caseId))];
  const affectedCases: string[] = [];
  for (const caseId of caseIds) {
    const at = rt.clock.now().toISOString();
    let changedHere = false;
    await appendDecided(rt, caseId, (s) => {
      const changed = recomputeOpenDeadlines(procedure, s, calendar);
      changedHere = changed.length > 0;
      if (!changedHere) return [];
      return [
        {
          type: 'deadlinesRecomputed',
          at,
          actor: systemActor,
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
  // Waiting executions re-plan their timers on the new dates.
  for (const caseId of affectedCases) await resumeWorkflow(rt, caseId);
  logger.info('calendar year loaded', {
    year: year.year,
    version: year.version,
    affected: affectedCases.length,
  });
  return { year, affectedCases };
}
