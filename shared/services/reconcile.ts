import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { openShards } from '../store/table-schema';
import { remindAwaitedCalendars, resumeIdleCalendarJobs } from './calendar-admin';
import { resumeIdleCalendarPreviews } from './calendar-preview';
import { catchUp } from './effects';

/**
 * Pages through every open case — found from its first event, never from a derived item alone —
 * completes effects a crash left undone (projection, lists, notices, workflow start), and gives
 * every open case without a live execution a new one at its current stage.
 */
export async function reconcile(
  rt: Runtime,
  options: { pageSize?: number; resumeJobsIdleForMs?: number } = {},
): Promise<{
  checked: number;
  restarted: string[];
  caughtUp: number;
  woken: number;
  resumedJobs: string[];
  remindedYears: number[];
}> {
  const pageSize = options.pageSize ?? 100;
  // A background job that stopped moving (lost message, restart) is queued again.
  const idleForMs = options.resumeJobsIdleForMs ?? 15 * 60_000;
  const resumedJobs = [
    ...(await resumeIdleCalendarJobs(rt, idleForMs)),
    ...(await resumeIdleCalendarPreviews(rt, idleForMs)),
  ];
  // Deadlines waiting for an official calendar: the administrators' daily reminder.
  const { remindedYears } = await remindAwaitedCalendars(rt);
  const restarted: string[] = [];
  let woken = 0;
  let checked = 0;
  let caughtUp = 0;
  for (let shard = 0; shard < openShards; shard++) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await rt.store.openCases(shard, pageSize, start);
      for (const caseId of page.items) {
        checked++;
        const [cursor, last] = await Promise.all([rt.store.getCursor(caseId), rt.store.lastSeq(caseId)]);
        if (cursor < last) {
          caughtUp++;
          const state = await catchUp(rt, caseId);
          if (state?.status === 'closed') continue;
        }
        const link = await rt.store.getWorkflowLink(caseId);
        // The first execution is named by the case; the await task records whichever is live.
        if (await rt.workflow.isRunning(link?.executionId ?? caseId)) {
          // A lost wake: the execution waits in a stage the case has left. Wake it to re-plan.
          const stage = (await rt.store.loadProjection(caseId))?.stage;
          if (link?.taskToken && link.stage && stage && link.stage !== stage) {
            await rt.workflow.resume(link.taskToken, { caseId });
            woken++;
          }
          continue;
        }
        await rt.workflow.start(caseId, `${caseId}-${rt.clock.now().getTime()}`);
        restarted.push(caseId);
      }
      start = page.next;
    } while (start);
  }
  if (restarted.length || caughtUp || woken || resumedJobs.length)
    logger.info('reconciler', { checked, restarted, caughtUp, woken, resumedJobs, remindedYears });
  return { checked, restarted, caughtUp, woken, resumedJobs, remindedYears };
}
