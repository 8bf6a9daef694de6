import { applyClock, nextClockInstant } from '../domain/decide';
import { timerSeconds } from '../domain/timers';
import { logger } from '../observability/logger';
import type { Runtime } from '../runtime';
import { currentCalendar } from './calendar';
import { appendDecided } from './cases';

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
