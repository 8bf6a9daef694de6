import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { logger } from '../../shared/observability/logger';
import { installRuntime, invokeAs, type Runtime } from '../../shared/runtime';
import { CaseStore } from '../../shared/store/case-store';
import { documentClient } from '../../shared/store/client';
import { defineTable } from '../../shared/store/table';
import { type CapabilityTable, capabilities, restrictRuntime } from '../capabilities';
import { type PortalBuild, portalBuildSync } from '../portal';
import { aslFile, reconcilerEntry } from '../routes';
import { LocalClock } from './clock';
import { ensureTable, startDynalite } from './dynamo';
import { LocalFileStore } from './files';
import { LocalIdentity } from './identity';
import { LocalJobQueue } from './jobs';
import { LocalOutbox } from './outbox';
import { checkPortFree, claimDataFolder, openDataFile, portError } from './preflight';
import { createLocalServer } from './server';
import { StartupError } from './startup-error';
import { LocalWorkflow, lambdaContext } from './workflow';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const localTableName = 'AdminJusticeCases';

export interface LocalSystemOptions {
  /**
   * Data folder (dynalite's LevelDB, clock, outbox, sign-in secret, files). Omit for an in-memory
   * system (its files then live in a temporary folder removed when it stops).
   */
  readonly dataDir?: string;
  readonly port?: number;
  /** Where the local clock starts on a fresh data folder (tests and demos). */
  readonly startAt?: Date;
  /**
   * The ASL to run, exactly as given (a test runs the one extracted from the synthesized
   * template); defaults to the committed statemachines/case.asl.json. Start-up fails if it
   * cannot be run.
   */
  readonly aslPath?: string;
  /** What each function may touch; defaults to infra/capabilities.ts (a test takes a grant away). */
  readonly capabilities?: CapabilityTable;
  /** The portal's build to serve at / (`npm start` builds it; tests name the one the run built). */
  readonly portalDir?: string;
  /** Build the portal into `portalDir` first when its sources changed (after the data folder is claimed). */
  readonly buildPortal?: boolean;
}

export interface LocalSystem {
  readonly url: string;
  readonly port: number;
  readonly clock: LocalClock;
  readonly workflow: LocalWorkflow;
  readonly outbox: LocalOutbox;
  readonly jobs: LocalJobQueue;
  readonly identity: LocalIdentity;
  readonly store: CaseStore;
  /** The files bucket's stand-in (uploads, case materials, documents) and its signed links. */
  readonly files: LocalFileStore;
  /** The document client every handler's store uses (tests wrap it to inject faults). */
  readonly documentClient: ReturnType<typeof documentClient>;
  readonly dynamoEndpoint: string;
  readonly reconciled: { checked: number; restarted: string[] };
  /** The portal build made or kept at start-up (when asked to build it). */
  readonly portal?: PortalBuild;
  stop(): Promise<void>;
}

const host = '127.0.0.1';

/**
 * The whole system in one process: dynalite, the HTTP API over the same handler modules, the
 * same ASL on aws-local-stepfunctions, local sign-in, outbox and a movable clock. Listens only
 * once everything is ready, so GET /health answers when the system can serve.
 *
 * Before anything starts, the preflight: the port is free, the data folder is this process's
 * alone (a lock file; a stale one of a dead process is taken over) and its files are intact. Each
 * failure is a StartupError with one Chinese line, and leaves nothing behind.
 */
export async function startLocalSystem(options: LocalSystemOptions = {}): Promise<LocalSystem> {
  const { dataDir } = options;
  const databasePath = dataDir ? join(dataDir, 'dynamo') : undefined;
  await checkPortFree(options.port ?? 0, host);
  const folder = dataDir && databasePath ? await claimDataFolder(dataDir, databasePath) : undefined;

  // What has started so far, stopped if start-up fails (a stray dynalite would hold the folder).
  let workflow: LocalWorkflow | undefined;
  let jobs: LocalJobQueue | undefined;
  let dynamo: Awaited<ReturnType<typeof startDynalite>> | undefined;
  let client: DynamoDBClient | undefined;
  let dynamoDocuments: ReturnType<typeof documentClient> | undefined;
  // The hourly schedule of AWS: the reconciler runs every hour, and when the demo clock moves.
  let scheduled: (() => Promise<void>) | undefined;
  let hourly: NodeJS.Timeout | undefined;
  let portal: PortalBuild | undefined;
  // An in-memory system keeps its files in a temporary folder, gone when it stops.
  const scratch = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'ajc-files-'));
  const stopStarted = async () => {
    clearInterval(hourly);
    scheduled = undefined;
    await jobs?.stop();
    await workflow?.stop();
    client?.destroy();
    dynamoDocuments?.destroy();
    await dynamo?.close();
    folder?.release();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    if (options.buildPortal && options.portalDir) {
      try {
        portal = portalBuildSync(options.portalDir);
      } catch (err) {
        throw new StartupError((err as Error).message);
      }
    }
    const fileOf = (name: string) => (dataDir ? join(dataDir, name) : undefined);
    const clock = openDataFile(fileOf('clock.json'), () => new LocalClock(dataDir, options.startAt));
    const outbox = openDataFile(fileOf('outbox.jsonl'), () => new LocalOutbox(dataDir));
    const identity = openDataFile(fileOf('jwt-secret'), () => new LocalIdentity(dataDir));
    // Links are absolute: the origin is known once the server listens (no request comes before).
    let origin = '';
    const files = openDataFile(
      fileOf('files-secret'),
      () =>
        new LocalFileStore(
          join(dataDir ?? (scratch as string), 'files'),
          () => origin,
          fileOf('files-secret'),
        ),
    );
    // The ASL next: a definition that cannot run stops start-up before the database is opened.
    workflow = new LocalWorkflow(options.aslPath ?? join(projectRoot, aslFile), projectRoot);
    await workflow.init();
    jobs = new LocalJobQueue(projectRoot);
    await jobs.init();
    const server = await createLocalServer({
      projectRoot,
      identity,
      clock,
      workflow,
      outbox,
      files,
      afterClockMove: async () => scheduled?.(),
      ...(options.portalDir ? { portalDir: options.portalDir } : {}),
    });
    dynamo = await startDynalite(databasePath);
    client = new DynamoDBClient(dynamo.config);
    dynamoDocuments = documentClient(dynamo.config);
    const store = new CaseStore(defineTable(dynamoDocuments, localTableName));
    await ensureTable(client, localTableName, dataDir);
    // Each handler gets only the ports its capability row grants (IAM's job on AWS).
    const full: Runtime = { store, clock, workflow, notifier: outbox, jobs, files };
    const perFunction = new Map<string, Runtime>(
      Object.entries(options.capabilities ?? capabilities).map(([fn, row]) => [
        fn,
        restrictRuntime(fn, row, full),
      ]),
    );
    installRuntime(full, (fn) => {
      const rt = perFunction.get(fn);
      if (!rt) throw new Error(`function '${fn}' has no row in infra/capabilities.ts`);
      return rt;
    });

    // Executions die with the process; the reconciler is how open cases get theirs back. Nothing
    // of this process's job queue survived either: every unfinished job is resumed now.
    const reconciler = (await import(`${projectRoot}/${reconcilerEntry}`)) as {
      handler: (e: unknown, c: unknown) => Promise<{ checked: number; restarted: string[] }>;
    };
    const reconciled = await invokeAs('reconciler', () =>
      reconciler.handler({ resumeJobsIdleForMs: 0 }, lambdaContext('reconciler')),
    );
    await workflow.settle();
    scheduled = async () => {
      await invokeAs('reconciler', () => reconciler.handler({}, lambdaContext('reconciler')));
    };

    await new Promise<void>((ok, fail) => {
      // Taken since the preflight (a race): the same clear line.
      server.once('error', (err) => fail(portError(options.port ?? 0, err)));
      server.listen(options.port ?? 0, host, () => ok());
    });
    hourly = setInterval(() => {
      scheduled?.().catch((err: unknown) => logger.error('scheduled reconciler failed', { err }));
    }, 3_600_000);
    hourly.unref();
    const { port } = server.address() as AddressInfo;
    origin = `http://localhost:${port}`;
    return {
      url: `http://localhost:${port}`,
      port,
      clock,
      workflow,
      outbox,
      jobs,
      identity,
      store,
      files,
      documentClient: dynamoDocuments,
      dynamoEndpoint: dynamo.endpoint,
      reconciled,
      ...(portal ? { portal } : {}),
      async stop() {
        const closed = new Promise<void>((ok) => server.close(() => ok()));
        server.closeAllConnections();
        await closed;
        await stopStarted();
      },
    };
  } catch (err) {
    await stopStarted();
    throw err;
  }
}
