import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
// @ts-expect-error dynalite ships no type declarations
import dynalite from 'dynalite';
import { tableIndexes, tableKeys } from '../../shared/store/table-schema';
import { StartupError } from './startup-error';

export interface LocalDynamo {
  readonly endpoint: string;
  readonly config: {
    endpoint: string;
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  close(): Promise<void>;
}

/**
 * Starts dynalite on loopback: persisted under `path` (LevelDB) or in memory. Only one process
 * may open a path at a time (a second opener crashes: stack-findings).
 */
export async function startDynalite(path: string | undefined): Promise<LocalDynamo> {
  const server = dynalite({
    ...(path ? { path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    config: { endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A data folder written by an earlier layout of the table (its indexes differ from today's). */
export class DataFolderLayoutError extends StartupError {
  override readonly name = 'DataFolderLayoutError';
}

/**
 * Creates the single table with the same keys and indexes CDK gives it in AWS, if missing. A
 * table with other indexes was written by an earlier version of the system: start-up stops
 * and says so, rather than serve cases it cannot list.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  dataDir?: string,
): Promise<void> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const have = (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
    const want = Object.keys(tableIndexes).sort();
    if (JSON.stringify(have) !== JSON.stringify(want))
      throw new DataFolderLayoutError(
        `数据目录 ${dataDir ?? ''} 由早期版本写入（表索引 ${have.join('、')}，本版本需要 ${want.join('、')}），` +
          '本版本不能直接使用。请将该目录移到别处保存，或用 DATA_DIR 指定一个新目录后重新启动。',
      );
    return;
  } catch (err) {
    if (err instanceof DataFolderLayoutError) throw err;
    if (!(err instanceof ResourceNotFoundException) && (err as Error).name !== 'ResourceNotFoundException')
      throw err;
  }
  const indexes = Object.entries(tableIndexes);
  const attributes = new Set<string>([tableKeys.partitionKey, tableKeys.sortKey]);
  for (const [, i] of indexes) {
    attributes.add(i.partitionKey);
    attributes.add(i.sortKey);
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: indexes.map(([name, i]) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  // dynalite answers "not found" until the new table is ACTIVE (seen under load): wait for it.
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
