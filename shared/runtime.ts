import type { Clock, JobQueue, Notifier, Workflow } from './ports';
import type { CaseStore } from './store/case-store';

/** What a handler needs from the world. Each runtime's composition root builds one. */
export interface Runtime {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly workflow: Workflow;
  readonly notifier: Notifier;
  readonly jobs: JobQueue;
}

let installed: Runtime | undefined;
let building: Promise<Runtime> | undefined;

/** The local runtime (and tests) install theirs before invoking any handler. */
export function installRuntime(runtime: Runtime): void {
  installed = runtime;
  building = undefined;
}

/** The installed runtime, or — on AWS — the one built from the Lambda environment. */
export async function runtime(): Promise<Runtime> {
  if (installed) return installed;
  building ??= import('./adapters/aws').then((m) => {
    installed = m.awsRuntime();
    return installed;
  });
  return building;
}
