import type { Runtime } from '../runtime';

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
