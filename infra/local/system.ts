import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { installRuntime } from '../../shared/runtime';
import type { CaseStore } from '../../shared/store/case-store';
import { caseStore } from '../../shared/store/client';
import { aslFile, reconcilerEntry } from '../routes';
import { LocalClock } from './clock';
import { ensureTable, startDynalite } from './dynamo';
import { LocalIdentity } from './identity';
import { LocalOutbox } from './outbox';
import { createLocalServer } from './server';
import { LocalWorkflow, lambdaContext } from './workflow';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const localTableName = 'AdminJusticeCases';

export interface LocalSystemOptions {
  /** Data folder (dynalite's LevelDB, clock, outbox, sign-in secret). Omit for an in-memory system. */
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
}

export interface LocalSystem {
  readonly url: string;
  readonly port: number;
  readonly clock: LocalClock;
  readonly workflow: LocalWorkflow;
  readonly outbox: LocalOutbox;
  readonly identity: LocalIdentity;
  readonly store: CaseStore;
  readonly dynamoEndpoint: string;
  readonly reconciled: { checked: number; restarted: string[] };
  stop(): Promise<void>;
}

/**
 * The whole system in one process: dynalite, the HTTP API over the same handler modules, the
 * same ASL on aws-local-stepfunctions, local sign-in, outbox and a movable clock. Listens only
 * once everything is ready, so GET /health answers when the system can serve.
 */
export async function startLocalSystem(options: LocalSystemOptions = {}): Promise<LocalSystem> {
  const { dataDir } = options;
  // The ASL first: a definition that cannot run stops start-up before anything is opened.
  const workflow = new LocalWorkflow(options.aslPath ?? join(projectRoot, aslFile), projectRoot);
  await workflow.init();
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const clock = new LocalClock(dataDir, options.startAt);
  const outbox = new LocalOutbox(dataDir);
  const identity = new LocalIdentity(dataDir);
  const server = await createLocalServer({ projectRoot, identity, clock, workflow, outbox });
  const dynamo = await startDynalite(dataDir ? join(dataDir, 'dynamo') : undefined);
  const client = new DynamoDBClient(dynamo.config);
  const store = caseStore(localTableName, dynamo.config);
  let reconciled: { checked: number; restarted: string[] };
  try {
    await ensureTable(client, localTableName);
    installRuntime({ store, clock, workflow, notifier: outbox });

    // Executions die with the process; the reconciler is how open cases get theirs back.
    const reconciler = (await import(`${projectRoot}/${reconcilerEntry}`)) as {
      handler: (e: unknown, c: unknown) => Promise<{ checked: number; restarted: string[] }>;
    };
    reconciled = await reconciler.handler({}, lambdaContext('reconciler'));
    await workflow.settle();

    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 0, '127.0.0.1', () => ok());
    });
  } catch (err) {
    // A failed start-up leaves nothing open (a stray dynalite would hold the data folder).
    await workflow.stop();
    client.destroy();
    await dynamo.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    clock,
    workflow,
    outbox,
    identity,
    store,
    dynamoEndpoint: dynamo.endpoint,
    reconciled,
    async stop() {
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await closed;
      await workflow.stop();
      client.destroy();
      await dynamo.close();
    },
  };
}
