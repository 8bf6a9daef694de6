import type { Notifier, Workflow } from '../shared/ports';
import type { Runtime } from '../shared/runtime';
import type { CaseStore } from '../shared/store/case-store';
import type { routeGroups, workflowFunctions } from './routes';

/**
 * Capabilities decide grants (ARCHITECTURE §8): one row per function says what it may touch.
 * The CDK stack grants exactly this (IAM), and the local runtime hands each handler only these
 * ports (restrictRuntime below), so a missing grant fails in a local test, not first on AWS.
 */
export interface Capabilities {
  /** The cases table and its named indexes: read (Get/BatchGet/Query/DescribeTable) or also write. */
  readonly table: 'read' | 'readWrite';
  /** sns:Publish on the alert topic (the Notifier port). */
  readonly alerts: boolean;
  /** states:SendTaskSuccess/Failure/Heartbeat: resumes a waiting callback task (Workflow.resume). */
  readonly taskResults: boolean;
  /** states:StartExecution + DescribeExecution on this machine's executions (Workflow.start/isRunning). */
  readonly executions: boolean;
  /**
   * Documents and uploads (S3), reserved: no function reads or writes files yet (there is no
   * FileStore port), so it is false everywhere and neither runtime grants anything for it.
   */
  readonly files: boolean;
}

/** Every deployed function, named as infra/routes.ts and infra/stack.ts name them. */
export type FunctionName = keyof typeof routeGroups | keyof typeof workflowFunctions | 'reconciler';

export type CapabilityTable = Readonly<Record<FunctionName, Capabilities>>;

/**
 * Each row from what the function does today. `load` may repair a lagging projection (a write),
 * so anything that loads a case needs readWrite.
 */
export const capabilities = {
  /** Files, acts on and lists cases: appends events, announces notices, starts and resumes workflows. */
  cases: { table: 'readWrite', alerts: true, taskResults: true, executions: true, files: false },
  /** A calendar load stores the year, recomputes open deadlines (appends events, announces) and resumes waiting workflows. */
  calendar: { table: 'readWrite', alerts: true, taskResults: true, executions: false, files: false },
  /** GET /health, agencies, rules, a person's notifications: reads only. */
  directory: { table: 'read', alerts: false, taskResults: false, executions: false, files: false },
  /** Loads the case and plans the next wait (appends nothing). Taking over ApplyTimers' work needs alerts: true. */
  PlanFunctionArn: { table: 'readWrite', alerts: false, taskResults: false, executions: false, files: false },
  /** Records the task token on the workflow link (notifies no one). */
  AwaitActionFunctionArn: {
    table: 'readWrite',
    alerts: false,
    taskResults: false,
    executions: false,
    files: false,
  },
  /** Appends the clock's events (deemed acceptance, warnings…) and announces their notices. */
  ApplyTimersFunctionArn: {
    table: 'readWrite',
    alerts: true,
    taskResults: false,
    executions: false,
    files: false,
  },
  /** Lists open cases, checks their executions and starts missing ones (notifies and resumes nothing). */
  reconciler: { table: 'readWrite', alerts: false, taskResults: false, executions: true, files: false },
} as const satisfies CapabilityTable;

/** A handler used a port its function's row does not grant. */
export class CapabilityError extends Error {
  override readonly name = 'CapabilityError';
  constructor(
    readonly functionName: string,
    readonly grant: string,
    readonly attempted: string,
  ) {
    super(`function '${functionName}' has no '${grant}' grant (infra/capabilities.ts): ${attempted}`);
  }
}

/** CaseStore methods that only read; everything else (including `load`, which may repair) writes. */
const storeReads = [
  'loadEvents',
  'listMine',
  'listQueue',
  'listRespondent',
  'listOpenCaseIds',
  'openDeadlinesDue',
  'nextCaseSerialPeek',
  'getWorkflowLink',
  'listCalendarYears',
  'listNotifications',
] as const satisfies readonly (keyof CaseStore)[];

const denied =
  (functionName: string, grant: string, attempted: string) =>
  async (..._args: unknown[]): Promise<never> => {
    throw new CapabilityError(functionName, grant, attempted);
  };

/** The store as a read-only role sees it: reads pass, any other method throws CapabilityError. */
function readOnlyStore(functionName: string, store: CaseStore): CaseStore {
  const reads = new Set<PropertyKey>(storeReads);
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || typeof key === 'symbol') return value;
      if (reads.has(key)) return value.bind(target);
      return denied(functionName, 'table: readWrite', `store.${key}`);
    },
  });
}

/**
 * The local runtime of one function: the full runtime with every port its row does not grant
 * replaced by a stand-in that throws CapabilityError. The clock is always available.
 */
export function restrictRuntime(functionName: string, row: Capabilities, full: Runtime): Runtime {
  const workflow: Workflow =
    row.executions && row.taskResults
      ? full.workflow
      : {
          start: row.executions
            ? (caseId, name) => full.workflow.start(caseId, name)
            : denied(functionName, 'executions', 'workflow.start'),
          isRunning: row.executions
            ? (executionId) => full.workflow.isRunning(executionId)
            : denied(functionName, 'executions', 'workflow.isRunning'),
          resume: row.taskResults
            ? (token, output) => full.workflow.resume(token, output)
            : denied(functionName, 'taskResults', 'workflow.resume'),
        };
  const notifier: Notifier = row.alerts
    ? full.notifier
    : { deliver: denied(functionName, 'alerts', 'notifier.deliver') };
  return {
    store: row.table === 'readWrite' ? full.store : readOnlyStore(functionName, full.store),
    clock: full.clock,
    workflow,
    notifier,
  };
}
