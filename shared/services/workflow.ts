import { applyClock, nextClockInstant } from '../domain/decide';
import { logger } from '../observability/logger';
import { timerSeconds } from '../procedure/timers';
import type { Runtime } from '../runtime';
import { currentCalendar } from './calendar';
import { appendDecided, startWorkflow } from './cases';

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

/** Finds open cases without a live execution and starts one at the case's current stage. */
export async function reconcile(rt: Runtime): Promise<{ checked: number; restarted: string[] }> {
  const ids = await rt.store.listOpenCaseIds();
  const restarted: string[] = [];
  for (const caseId of ids) {
    const link = await rt.store.getWorkflowLink(caseId);
    if (link?.executionId && (await rt.workflow.isRunning(link.executionId))) continue;
    await startWorkflow(rt, caseId);
    restarted.push(caseId);
  }
  if (restarted.length) logger.info('reconciler restarted executions', { restarted });
  return { checked: ids.length, restarted };
}
