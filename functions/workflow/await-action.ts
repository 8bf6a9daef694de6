import * as z from 'zod/mini';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { awaitAction } from '../../shared/services/await-action';

/**
 * Invoked by the callback task (.waitForTaskToken): records the token and the live execution on
 * the case, so a person's action can resume it and the reconciler can see it runs.
 */
export const handler = workflowTask(
  z.object({
    caseId: z.string().check(z.minLength(1)),
    stage: z.string().check(z.minLength(1)),
    taskToken: z.string().check(z.minLength(1)),
    executionId: z.string().check(z.minLength(1)),
  }),
  async ({ caseId, stage, taskToken, executionId }) => {
    await awaitAction(await runtime(), caseId, stage, taskToken, executionId);
    return { recorded: true };
  },
);
