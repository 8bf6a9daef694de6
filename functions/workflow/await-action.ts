import { z } from 'zod';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { awaitAction } from '../../shared/services/workflow';

/** Invoked by a callback task (.waitForTaskToken): records the token so a person's action can resume it. */
export const handler = workflowTask(
  z.object({ caseId: z.string().min(1), stage: z.string().min(1), taskToken: z.string().min(1) }),
  async ({ caseId, stage, taskToken }) => {
    await awaitAction(await runtime(), caseId, stage, taskToken);
    return { recorded: true };
  },
);
