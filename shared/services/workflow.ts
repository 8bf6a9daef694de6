import { applyClock, nextClockInstant } from '../domain/decide';
import { logger } from '../observability/logger';
import { timerSeconds } from '../procedure/timers';
import type { Runtime } from '../runtime';
import { openShards } from '../store/table-schema';
import { currentCalendar } from './calendar';
import { resumeIdleCalendarJobs } from './calendar-admin';
import { appendDecided } from './cases';
import { catchUp } from './effects';

export interface PlanOutput {
  readonly caseId: string;
  /** The stage to wait in, or 'closed' to end the execution. */
  readonly stage: string;
  /** Task timeout for the wait: seconds until the clock must next look at the case (≤ 1 day). */
  readonly timeoutSeconds: number;
  /** A timer is already due (e.g. the local clock moved): apply it before waiting. */
  readonly timerDue: boolean;
}

export async function planNext(rt: Runtime, caseId: string): Promise<PlanOutput> {
  const state = await rt.store.load(caseId);
  const now = rt.clock.now();
  if (!state || state.status === 'closed')
    return { caseId, stage: 'closed', timeoutSeconds: 1, timerDue: false };
  const next = nextClockInstant(state);
  return {
    caseId,
    stage: state.stage,
    timeoutSeconds: timerSeconds(now, next),
    timerDue: next !== undefined && next <= now,
  };
}

/** The callback task's handler: keeps the token on the case so an action can resume the workflow. */
export async function awaitAction(
  rt: Runtime,
  caseId: string,
  stage: string,
  taskToken: string,
): Promise<void> {
  await rt.store.updateWorkflowLink(caseId, { taskToken, stage });
}

/** Applies what the clock requires by now: warnings, deemed acceptance, deemed abandonment, overdue alerts. */
export async function applyTimers(rt: Runtime, caseId: string): Promise<void> {
  const calendar = await currentCalendar(rt.store);
  const state = await appendDecided(rt, caseId, (s) => applyClock(s, rt.clock.now(), calendar));
  if (state) logger.info('timers applied', { caseId, stage: state.stage, version: state.version });
}

/**
 * Pages through every open case — found from its first event, never from a derived item alone —
 * completes effects a crash left undone (projection, lists, notices, workflow start), and gives
 * every open case without a live execution a new one at its current stage.
 */
export async function reconcile(
  rt: Runtime,
  options: { pageSize?: number; resumeJobsIdleForMs?: number } = {},
): Promise<{ checked: number; restarted: string[]; caughtUp: number; woken: number; resumedJobs: string[] }> {
  const pageSize = options.pageSize ?? 100;
  // A background job that stopped moving (lost message, restart) is queued again.
  const resumedJobs = await resumeIdleCalendarJobs(rt, options.resumeJobsIdleForMs ?? 15 * 60_000);
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
    logger.info('reconciler', { checked, restarted, caughtUp, woken, resumedJobs });
  return { checked, restarted, caughtUp, woken, resumedJobs };
}
