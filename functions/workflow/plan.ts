import { z } from 'zod';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { planNext } from '../../shared/services/workflow';

/** Reads the case and tells the state machine which stage to wait in and for how long. */
export const handler = workflowTask(z.object({ caseId: z.string().min(1) }), async ({ caseId }) =>
  planNext(await runtime(), caseId),
);
