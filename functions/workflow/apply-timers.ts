import { z } from 'zod';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { applyTimers } from '../../shared/services/workflow';

/** On States.Timeout, or when a timer is already due: applies the clock's rules to the case. */
export const handler = workflowTask(z.object({ caseId: z.string().min(1) }), async ({ caseId }) => {
  await applyTimers(await runtime(), caseId);
  return { caseId };
});
