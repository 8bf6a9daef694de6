/**
 * Filing throughput: the full local HTTP path (JWT check → middy handler → zod → domain →
 * idempotency claim, case number, event append → effects: projection, list items, notices,
 * cursor, workflow start) against the same DynamoDB items written with bare SDK PutItem calls
 * one after another, on the same dynalite, measured side by side in one run (rounds alternate
 * so that machine load hits both alike). Prints both throughputs and HTTP/raw.
 *
 *   npm run bench:filing            (BENCH_N=200 filings by default)
 */
import '../test/support/quiet-logs';
import { randomUUID } from 'node:crypto';
import { type AttributeValue, DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { localTableName, startLocalSystem } from '../infra/local/system';
import { ApiClient } from '../test/support/api-client';
import { fineApplication } from '../test/support/fixtures';

const n = Math.max(2, Number(process.env.BENCH_N ?? 200));
const rounds = Math.min(5, n);

const system = await startLocalSystem({ startAt: new Date('2026-03-02T10:00:00+08:00') });
const applicant = await new ApiClient(system.url).signIn('zhangsan');
const raw = new DynamoDBClient({
  endpoint: system.dynamoEndpoint,
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const query = async (pk: string) =>
  (
    await raw.send(
      new QueryCommand({
        TableName: localTableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: pk } },
      }),
    )
  ).Items ?? [];

// Warm up both paths (module loading, first table access), then capture every item one filing wrote.
const warm = await applicant.file(fineApplication(), 'bench-warm-up-filing');
await system.workflow.settle();
const caseId = warm.body.id as string;
const ofCase = (i: Record<string, AttributeValue>) => i.caseId?.S === caseId;
const template = [
  ...(await query(`CASE#${caseId}`)),
  ...(await query('INBOX#local-zhangsan')).filter(ofCase),
  ...(await query('INBOX#body:gov-xn')).filter(ofCase),
  ...(await query('IDEMP#local-zhangsan#bench-warm-up-filing')),
  ...(await query('COUNTER#gov-xn#2026')),
];

async function httpRun(count: number) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const r = await applicant.file(fineApplication());
    if (r.status !== 201) throw new Error(`filing failed: ${JSON.stringify(r.body)}`);
  }
  return performance.now() - t0;
}

async function rawRun(count: number) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
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

let httpMs = 0;
let rawMs = 0;
for (let r = 0; r < rounds; r++) {
  const count = Math.floor(n / rounds) + (r < n % rounds ? 1 : 0);
  httpMs += await httpRun(count);
  rawMs += await rawRun(count);
}
await system.workflow.settle();
const perSec = (ms: number) => (n / ms) * 1000;
const ratio = rawMs === 0 ? 0 : rawMs / httpMs;
console.log(`filings: ${n} in ${rounds} alternating rounds; DynamoDB items per filing: ${template.length}`);
console.log(
  `full local HTTP path : ${perSec(httpMs).toFixed(1)} filings/s (${(httpMs / n).toFixed(2)} ms each)`,
);
console.log(
  `raw SDK PutItem      : ${perSec(rawMs).toFixed(1)} filings/s (${(rawMs / n).toFixed(2)} ms each)`,
);
console.log(`HTTP/raw throughput  : ${ratio.toFixed(2)} (goal ≥ 0.5)`);
await system.stop();
raw.destroy();
console.log(
  JSON.stringify({
    metric: 'filing_http_over_raw_throughput',
    value: Number(ratio.toFixed(3)),
    goal: '>= 0.5',
  }),
);
