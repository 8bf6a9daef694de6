import type { routeGroups, workflowFunctions } from './routes';

/**
 * Capabilities decide grants (ARCHITECTURE §8): one row per function says what it may touch.
 * The CDK stack grants exactly this (IAM).
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
