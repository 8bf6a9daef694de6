import * as z from 'zod/mini';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { reconcile } from '../../shared/services/reconcile';

/** Scheduled hourly in AWS and run at boot locally: every open case gets a live execution. */
const options = z.catch(
  z.looseObject({ resumeJobsIdleForMs: z.optional(z.number().check(z.int(), z.minimum(0))) }),
  { resumeJobsIdleForMs: undefined },
);

/** The EventBridge schedule sends its own event; the local runtime at boot resumes every unfinished job. */
export const handler = workflowTask(options, async ({ resumeJobsIdleForMs }) =>
  reconcile(await runtime(), { ...(resumeJobsIdleForMs !== undefined ? { resumeJobsIdleForMs } : {}) }),
);
