import { AsyncLocalStorage } from 'node:async_hooks';
import type { Clock, FileStore, JobQueue, Notifier, Workflow } from './ports';
import type { CaseStore } from './store/case-store';

/** What a handler needs from the world. Each runtime's composition root builds one. */
export interface Runtime {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly workflow: Workflow;
  readonly notifier: Notifier;
  readonly jobs: JobQueue;
  /** Uploads, case materials and generated documents (S3 on AWS, the data folder locally). */
  readonly files: FileStore;
}

/** Gives the runtime one function may use (where one process serves several functions). */
export type RuntimeForFunction = (functionName: string) => Runtime;

let installed: Runtime | undefined;
let forFunction: RuntimeForFunction | undefined;
let building: Promise<Runtime> | undefined;
/** The function whose handler is being invoked (set by the local runtime around each invocation). */
const invocation = new AsyncLocalStorage<string>();

/**
 * The local runtime (and tests) install theirs before invoking any handler. With `perFunction`,
 * a handler invoked through `invokeAs` gets that function's runtime instead of the full one.
 */
export function installRuntime(runtime: Runtime, perFunction?: RuntimeForFunction): void {
  installed = runtime;
  forFunction = perFunction;
  building = undefined;
}

/** Runs one handler invocation as the named function: inside it, `runtime()` is that function's. */
export function invokeAs<T>(functionName: string, invoke: () => T): T {
  return invocation.run(functionName, invoke);
}

/** The installed runtime, or — on AWS — the one built from the Lambda environment. */
export async function runtime(): Promise<Runtime> {
  const functionName = invocation.getStore();
  if (installed) return functionName !== undefined && forFunction ? forFunction(functionName) : installed;
  building ??= import('./adapters/aws/runtime')
    .then((m) => m.awsRuntime())
    .then((built) => {
      installed = built;
      return built;
    });
  return building;
}
