import {
  type Capabilities,
  capabilities,
  type FunctionName,
  restrictRuntime,
} from '../../../infra/capabilities';
import { filesBucketOf, readAwsEnv } from '../../config/env';
import type { Clock, FileStore, JobQueue, Notifier, Workflow } from '../../ports';
import type { Runtime } from '../../runtime';
import { caseStore } from '../../store/client';

/**
 * Compiled into each function's bundle from its row of infra/capabilities.ts (esbuild `define`,
 * infra/bundling.ts `bundlingFor`): the function's name and its grants, as constants. A branch on
 * a grant the row does not give is dead code, so the bundler leaves that port's adapter and its
 * AWS SDK client out of the bundle, and the function never loads them.
 */
declare const LAMBDA_FUNCTION: FunctionName;
declare const LAMBDA_GRANTS: Capabilities;

const systemClock: Clock = { now: () => new Date() };

/** In the place of a port the row does not grant: restrictRuntime puts a refusing stand-in there. */
const notBuilt = async (): Promise<never> => {
  throw new Error('this port is not granted to the function (infra/capabilities.ts)');
};
const ungranted: Workflow & Notifier & JobQueue & FileStore = {
  start: notBuilt,
  resume: notBuilt,
  isRunning: notBuilt,
  deliver: notBuilt,
  enqueue: notBuilt,
  presignUpload: notBuilt,
  inspect: notBuilt,
  copy: notBuilt,
  remove: notBuilt,
  presignDownload: notBuilt,
  put: notBuilt,
  get: notBuilt,
};

/** The runtime of this function on AWS: only the ports its capability row grants. */
export async function awsRuntime(): Promise<Runtime> {
  if (typeof LAMBDA_FUNCTION === 'undefined')
    throw new Error('bundled without its capability row: bundle with bundlingFor(name) (infra/bundling.ts)');
  const env = readAwsEnv();
  const full: Runtime = {
    store: caseStore(env.TABLE_NAME),
    clock: systemClock,
    workflow:
      LAMBDA_GRANTS.executions || LAMBDA_GRANTS.taskResults
        ? new (await import('./step-functions')).StepFunctionsWorkflow(env.STATE_MACHINE_ARN)
        : ungranted,
    notifier: LAMBDA_GRANTS.alerts ? new (await import('./sns')).SnsNotifier(env.ALERT_TOPIC_ARN) : ungranted,
    jobs: LAMBDA_GRANTS.jobs ? new (await import('./sqs')).SqsJobQueue(env.JOB_QUEUES) : ungranted,
    files:
      LAMBDA_GRANTS.files || LAMBDA_GRANTS.documents
        ? new (await import('./s3')).S3FileStore(filesBucketOf(env))
        : ungranted,
  };
  // The same restriction as the local runtime's (a read-only role's store refuses writes).
  return restrictRuntime(LAMBDA_FUNCTION, capabilities[LAMBDA_FUNCTION], full);
}
