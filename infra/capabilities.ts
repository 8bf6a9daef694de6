import type { FileStore, Notifier, Workflow } from '../shared/ports';
import type { Runtime } from '../shared/runtime';
import type { CaseStore } from '../shared/store/case-store';
import type { jobFunctions, routeGroups, streamFunctions, workflowFunctions } from './routes';

/**
 * Capabilities decide grants (ARCHITECTURE §8): one row per function says what it may touch.
 * The CDK stack grants exactly this (IAM), and the local runtime hands each handler only these
 * ports (restrictRuntime below), so a missing grant fails in a local test, not first on AWS.
 */
export interface Capabilities {
  /** The cases table and its named indexes: none, read (Get/BatchGet/Query/DescribeTable) or also write. */
  readonly table: 'none' | 'read' | 'readWrite';
  /**
   * dynamodb:PutItem on the calendar-preview records only (IAM: the leading key must be their
   * partition): lets a function that otherwise only reads keep a dry run's progress and findings.
   */
  readonly previewRecords: boolean;
  /** sns:Publish on the alert topic (the Notifier port). */
  readonly alerts: boolean;
  /** states:SendTaskSuccess/Failure/Heartbeat: resumes a waiting callback task (Workflow.resume). */
  readonly taskResults: boolean;
  /** states:StartExecution + DescribeExecution on this machine's executions (Workflow.start/isRunning). */
  readonly executions: boolean;
  /** sqs:SendMessage on the background-job queues (the JobQueue port). */
  readonly jobs: boolean;
  /**
   * The files bucket (the FileStore port): sign uploads and downloads, inspect, copy and store
   * objects under uploads/ and cases/, remove uploads once attached. The bucket's name comes in
   * FILES_BUCKET, given only to a function with this grant.
   */
  readonly files: boolean;
  /**
   * The documents a case issued, in the same bucket and through the same port, and nothing else
   * there: inspect, store, read and sign downloads of objects under cases/<case id>/documents/
   * (no uploads, no copies, no removal, no case materials). FILES_BUCKET comes with it.
   */
  readonly documents: boolean;
}

/**
 * Where generated documents live in the files bucket (shared/services/documents.ts names the
 * keys): the IAM resource pattern under the bucket, and the keys the documents grant lets through.
 */
export const documentObjects = {
  iamPattern: 'cases/*/documents/*',
  key: /^cases\/[A-Za-z0-9._-]+\/documents\//,
} as const;

/** Every deployed function, named as infra/routes.ts and infra/stack.ts name them. */
export type FunctionName =
  | keyof typeof routeGroups
  | keyof typeof workflowFunctions
  | keyof typeof jobFunctions
  | keyof typeof streamFunctions
  | 'reconciler';

export type CapabilityTable = Readonly<Record<FunctionName, Capabilities>>;

const none = {
  previewRecords: false,
  alerts: false,
  taskResults: false,
  executions: false,
  jobs: false,
  files: false,
  documents: false,
} as const;

/**
 * Each row from what the function does. Effects follow every append (shared/services/effects.ts):
 * a function that appends events delivers their notices (alerts), wakes the workflow (taskResults)
 * and, for a case's first event, starts it (executions).
 */
export const capabilities = {
  /**
   * Files, acts on and lists cases: appends events; their effects notify, start and resume
   * workflows. Its case materials (uploads, attachments with a filing or an action, the file list,
   * downloads, confidentiality marks) use the files bucket.
   */
  cases: { ...none, table: 'readWrite', alerts: true, taskResults: true, executions: true, files: true },
  /**
   * Lists a case's documents from its log (reads), renders one on first request and keeps it in
   * the files bucket under cases/<id>/documents/ (documents: inspect, put, signed download), and
   * appends a party's reading as an event (readWrite). A reading notifies no one and wakes no
   * workflow, so it needs no other grant.
   */
  documents: { ...none, table: 'readWrite', documents: true },
  /**
   * A calendar load stores the year and a job, and queues the job (the recompute runs in the
   * background); a preview of a load stores the preview and queues its run likewise.
   */
  calendar: { ...none, table: 'readWrite', jobs: true },
  /** GET /health, agencies, rules, a person's notifications: reads only. */
  directory: { ...none, table: 'read' },
  /** GET /v1/openapi.json: answers with the committed document, touches nothing. */
  contract: { ...none, table: 'none' },
  /**
   * Applies what the clock requires (appends deemed acceptance, warnings…; their effects deliver
   * notices), then plans the next wait.
   */
  PlanFunctionArn: { ...none, table: 'readWrite', alerts: true },
  /** Records the task token and the live execution on the workflow link (notifies no one). */
  AwaitActionFunctionArn: { ...none, table: 'readWrite' },
  /** Recomputes deadlines page by page: its events notify and wake workflows; it queues its continuation. */
  calendarRecompute: { ...none, table: 'readWrite', alerts: true, taskResults: true, jobs: true },
  /**
   * Previews a load page by page: reads the open cases, writes only the preview's own record (no
   * case, no notice, no workflow), and queues its continuation.
   */
  calendarPreview: { ...none, table: 'read', previewRecords: true, jobs: true },
  /** From the table's stream: completes any case's effects (notices, workflow start and wake). */
  effects: { ...none, table: 'readWrite', alerts: true, taskResults: true, executions: true },
  /**
   * Pages through open cases: completes lagging effects (notices, workflow start), restarts lost
   * executions, wakes executions waiting in a stage the case left, and re-queues idle jobs.
   */
  reconciler: { ...none, table: 'readWrite', alerts: true, taskResults: true, executions: true, jobs: true },
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

/** CaseStore methods that only read; everything else writes. */
const storeReads = [
  'loadEvents',
  'lastSeq',
  'eventAt',
  'loadProjection',
  'load',
  'openCases',
  'listOpenCaseIds',
  'listPage',
  'getCursor',
  'getWorkflowLink',
  'listCalendarYears',
  'listNotifications',
  'getCalendarJob',
  'unfinishedCalendarJobs',
  'getCalendarPreview',
  'unfinishedCalendarPreviews',
  'findIdempotencyClaim',
] as const satisfies readonly (keyof CaseStore)[];

/** CaseStore methods that write the calendar-preview records only (the `previewRecords` grant). */
const storePreviewWrites = ['putCalendarPreview'] as const satisfies readonly (keyof CaseStore)[];

const denied =
  (functionName: string, grant: string, attempted: string) =>
  async (..._args: unknown[]): Promise<never> => {
    throw new CapabilityError(functionName, grant, attempted);
  };

/**
 * The store as a role without write access sees it: with `read`, reads pass (and the preview
 * records' writes with `previewRecords`) and any other method throws CapabilityError; with
 * `none`, every method throws.
 */
function restrictedStore(
  functionName: string,
  store: CaseStore,
  table: 'none' | 'read',
  previewRecords: boolean,
): CaseStore {
  const reads = new Set<PropertyKey>([
    ...(table === 'read' ? storeReads : []),
    ...(previewRecords ? storePreviewWrites : []),
  ]);
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || typeof key === 'symbol') return value;
      if (reads.has(key)) return value.bind(target);
      const grant =
        table === 'none' && (storeReads as readonly PropertyKey[]).includes(key) ? 'read' : 'readWrite';
      return denied(functionName, `table: ${grant}`, `store.${key}`);
    },
  });
}

/** The FileStore of a function without the files grant: every method throws CapabilityError. */
const deniedFiles = (functionName: string): FileStore => {
  const methods = [
    'presignUpload',
    'inspect',
    'copy',
    'remove',
    'presignDownload',
    'put',
    'get',
  ] as const satisfies readonly (keyof FileStore)[];
  return Object.fromEntries(
    methods.map((m) => [m, denied(functionName, 'files', `files.${m}`)]),
  ) as unknown as FileStore;
};

/**
 * The FileStore of a function with the documents grant only: inspect, put, get and signed
 * downloads of keys under cases/<id>/documents/; any other key or method throws CapabilityError.
 */
function documentsOnly(functionName: string, files: FileStore): FileStore {
  const denyAll = deniedFiles(functionName);
  const checked =
    <A extends unknown[], R>(method: string, call: (key: string, ...rest: A) => Promise<R>) =>
    (key: string, ...rest: A): Promise<R> =>
      documentObjects.key.test(key)
        ? call(key, ...rest)
        : denied(functionName, 'files', `files.${method}(${key})`)();
  return {
    ...denyAll,
    inspect: checked('inspect', (key) => files.inspect(key)),
    get: checked('get', (key) => files.get(key)),
    put: checked('put', (key, bytes: Uint8Array, type: string, meta?: Readonly<Record<string, string>>) =>
      files.put(key, bytes, type, meta),
    ),
    presignDownload: checked('presignDownload', (key, name: string, seconds: number) =>
      files.presignDownload(key, name, seconds),
    ),
  };
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
    store:
      row.table === 'readWrite'
        ? full.store
        : restrictedStore(functionName, full.store, row.table, row.previewRecords),
    clock: full.clock,
    workflow,
    notifier,
    jobs: row.jobs ? full.jobs : { enqueue: denied(functionName, 'jobs', 'jobs.enqueue') },
    files: row.files
      ? full.files
      : row.documents
        ? documentsOnly(functionName, full.files)
        : deniedFiles(functionName),
  };
}
