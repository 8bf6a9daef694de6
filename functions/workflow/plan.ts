import * as z from 'zod/mini';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { plan } from '../../shared/services/workflow';

/**
 * The Plan task: applies what the clock requires by now (warnings, deemed acceptance, deemed
 * abandonment, overdue alerts), then tells the state machine the stage to wait in, whether the
 * case is closed, and the timer (seconds until the clock must next act).
 */
export const handler = workflowTask(
  z.object({ caseId: z.string().check(z.minLength(1)) }),
  async ({ caseId }) => plan(await runtime(), caseId),
);
