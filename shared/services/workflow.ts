import { applyClock, nextClockInstant } from '../domain/decide';
import { timerSeconds } from '../domain/timers';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { openShards } from '../store/table-schema';
import { currentCalendar } from './calendar';
import { remindAwaitedCalendars, resumeIdleCalendarJobs } from './calendar-admin';
import { appendDecided } from './cases';
import { catchUp } from './effects';

export interface PlanOutput {
  readonly caseId: string;
  /** The stage to wait in (data for the one AwaitAction state), or the stage the case closed in. */
  readonly stage: string;
  /** The case is closed (or gone): the execution ends. */
  readonly closed: boolean;
  /** Task timeout for the wait: seconds until the clock must next act (≤ TIMER_CAP_SECONDS). */
  readonly timeoutSeconds: number;
}

/**
 * The Plan task, run on every wake (start, a person's action, a timer, a clock move): first
 * applies what the clock requires by now — warnings, deemed acceptance, deemed abandonment,
 * overdue alerts — then tells the state machine where to wait and until when. One task, so a
 * timer firing costs Plan → Route → AwaitAction and nothing more.
 */
export async function plan(rt: Runtime, caseId: string): Promise<PlanOutput> {
  const calendar = await currentCalendar(rt.store);
  const now = rt.clock.now();
  const state = await appendDecided(rt, caseId, (s) => applyClock(s, now, calendar));
  const planned: PlanOutput =
    !state || state.status === 'closed'
      ? { caseId, stage: state?.stage ?? 'closed', closed: true, timeoutSeconds: 1 }
      : {
          caseId,
          stage: state.stage,
          closed: false,
          timeoutSeconds: timerSeconds(now, nextClockInstant(state)),
        };
  logger.info('planned', { ...planned, version: state?.version });
  return planned;
}

/**
 * The callback task's handler: keeps the token and the live execution on the case, so an
 * action can resume the workflow and the reconciler can tell the execution is alive.
 */
export async function awaitAction(
  rt: Runtime,
  caseId: string,
  stage: string,
  taskToken: string,
  executionId: string,
): Promise<void> {
  await rt.store.updateWorkflowLink(caseId, { taskToken, stage, executionId });
}

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
  const resumedJobs = await resumeIdleCalendarJobs(rt, options.resumeJobsIdleForMs ?? 15 * 60_000);
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
