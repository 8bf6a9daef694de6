import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { installRuntime } from '../../shared/runtime';
import type { CaseStore } from '../../shared/store/case-store';
import { caseStore } from '../../shared/store/client';
import { reconcilerEntry } from '../routes';
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
  /** The ASL to run; defaults to statemachines/case.asl.json (a test runs the synthesized one). */
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
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const dynamo = await startDynalite(dataDir ? join(dataDir, 'dynamo') : undefined);
  const client = new DynamoDBClient(dynamo.config);
  await ensureTable(client, localTableName);
  const store = caseStore(localTableName, dynamo.config);
  const clock = new LocalClock(dataDir, options.startAt);
  const outbox = new LocalOutbox(dataDir);
  const identity = new LocalIdentity(dataDir);
  const workflow = new LocalWorkflow(join(projectRoot, 'statemachines/case.asl.json'), projectRoot);
  installRuntime({ store, clock, workflow, notifier: outbox });
  await workflow.init();

  // Executions die with the process; the reconciler is how open cases get theirs back.
  const reconciler = (await import(`${projectRoot}/${reconcilerEntry}`)) as {
    handler: (e: unknown, c: unknown) => Promise<{ checked: number; restarted: string[] }>;
  };
  const reconciled = await reconciler.handler({}, lambdaContext('reconciler'));
  await workflow.settle();

  const server = await createLocalServer({ projectRoot, identity, clock, workflow, outbox });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
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
