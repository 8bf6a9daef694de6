import { applyClock, nextClockInstant } from '../domain/decide';
import { logger } from '../observability/logger';
import { timerSeconds } from '../procedure/timers';
import type { Runtime } from '../runtime';
import { currentCalendar } from './calendar';
import { appendDecided, startWorkflow } from './cases';

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
