import type { Runtime } from '../runtime';
import { resumeWorkflow } from './cases';

/** Wakes the waiting executions of these cases so their timers are re-planned on the new dates. */
export async function resumeAll(rt: Runtime, caseIds: readonly string[]): Promise<void> {
  for (const caseId of caseIds) await resumeWorkflow(rt, caseId);
}
