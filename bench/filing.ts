/**
 * Filing throughput: the full local HTTP path (JWT check → middy handler → zod → domain →
 * DynamoDB writes → notifications → workflow start) against the same DynamoDB items written
 * with raw SDK PutItem calls, on the same dynalite, in one run. Prints both and their ratio.
 *
 *   npm run bench            (BENCH_N=200 by default)
 */
import '../test/support/quiet-logs';
import { randomUUID } from 'node:crypto';
import { type AttributeValue, DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { localTableName, startLocalSystem } from '../infra/local/system';
import { ApiClient, fineApplication } from '../test/support/local-system';

const n = Number(process.env.BENCH_N ?? 200);

const system = await startLocalSystem({ startAt: new Date('2026-03-02T10:00:00+08:00') });
const applicant = await new ApiClient(system.url).signIn('zhangsan');
const raw = new DynamoDBClient({
  endpoint: system.dynamoEndpoint,
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

// Warm up both paths (module loading, first table access), then capture one filing's items.
const warm = await applicant.file(fineApplication());
const caseItems = (
  await raw.send(
    new QueryCommand({
      TableName: localTableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `CASE#${warm.body.id}` } },
    }),
  )
).Items as Record<string, AttributeValue>[];
const inboxItem = (
  await raw.send(
    new QueryCommand({
      TableName: localTableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: 'INBOX#local-zhangsan' } },
    }),
  )
).Items?.[0] as Record<string, AttributeValue>;
// The HTTP path writes: the case's items, two notices, the idempotency claim and the counter.
const template = [...caseItems, inboxItem, inboxItem, inboxItem, inboxItem];

async function httpRun() {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await applicant.file(fineApplication());
    if (r.status !== 201) throw new Error(`filing failed: ${JSON.stringify(r.body)}`);
  }
  return performance.now() - t0;
}

async function rawRun() {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    for (const [j, item] of template.entries()) {
      await raw.send(
        new PutItemCommand({
          TableName: localTableName,
          Item: { ...item, pk: { S: `BENCH#${id}` }, sk: { S: `${item.sk?.S}#${j}` } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    }
  }
  return performance.now() - t0;
}

const httpMs = await httpRun();
const rawMs = await rawRun();
const perSec = (ms: number) => (n / ms) * 1000;
console.log(`filings: ${n}, DynamoDB writes per filing on the raw path: ${template.length}`);
console.log(
  `full local HTTP path : ${perSec(httpMs).toFixed(1)} filings/s (${(httpMs / n).toFixed(2)} ms each)`,
);
console.log(
  `raw SDK PutItem      : ${perSec(rawMs).toFixed(1)} filings/s (${(rawMs / n).toFixed(2)} ms each)`,
);
console.log(
  `ratio raw/HTTP       : ${(rawMs === 0 ? 0 : httpMs / rawMs).toFixed(2)}× (the HTTP path's overhead over its bare writes)`,
);
await system.stop();
raw.destroy();
