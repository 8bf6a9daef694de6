import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build, type Metafile } from 'esbuild';
import { bundlingFor, esbuildOptions } from '../../infra/bundling';
import { capabilities, type FunctionName } from '../../infra/capabilities';
import { projectRoot } from '../../infra/local/system';
import { functionEntries, routeGroups } from '../../infra/routes';

/**
 * What goes into each Lambda bundle, built exactly as the stack builds it (infra/bundling.ts):
 * the AWS clients its capability row grants and no others, no zod locales, no dynamodb-toolbox
 * repository, and the seeded calendar years only where dates are computed. Sizes and timings
 * are the bench's (npm run bench:bundles), never asserted here.
 */
const names = Object.keys(functionEntries) as FunctionName[];
let work: string;
const outputs = new Map<string, Metafile['outputs'][string]>();

/** Bundles `entry` with the bundling of `name` into the scratch folder; returns the output's path. */
async function bundleAs(name: FunctionName, entry: string, dir: string): Promise<string> {
  const outdir = join(work, dir);
  const result = await build({
    ...esbuildOptions(join(projectRoot, entry), outdir, bundlingFor(name)),
    metafile: true,
  });
  const [path, output] = Object.entries(result.metafile.outputs).find(([p]) => p.endsWith('index.mjs')) ?? [];
  if (!path || !output) throw new Error(`${name}: no index.mjs`);
  outputs.set(dir, output);
  return join(outdir, 'index.mjs');
}

const sdk = (dir: string, kind: 'import-statement' | 'dynamic-import') =>
  [
    ...new Set(
      (outputs.get(dir)?.imports ?? [])
        .filter((i) => i.external && i.kind === kind && i.path.startsWith('@aws-sdk/'))
        .map((i) => i.path),
    ),
  ].sort();
const inputs = (dir: string) => Object.keys(outputs.get(dir)?.inputs ?? {});

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bundles-test-'));
  // The external SDK resolves from the bundle as on Lambda.
  symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (const name of names) await bundleAs(name, functionEntries[name], name);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('each Lambda bundle', () => {
  it.each(names)(
    '%s loads at init only the DynamoDB clients, and the others its row grants on first use',
    (name) => {
      const row = capabilities[name];
      expect(sdk(name, 'import-statement').filter((p) => !p.endsWith('-dynamodb'))).toEqual([]);
      expect(sdk(name, 'dynamic-import')).toEqual(
        [
          ...(row.executions || row.taskResults ? ['@aws-sdk/client-sfn'] : []),
          ...(row.alerts ? ['@aws-sdk/client-sns'] : []),
          ...(row.jobs ? ['@aws-sdk/client-sqs'] : []),
          ...(row.files || row.documents ? ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner'] : []),
        ].sort(),
      );
    },
  );

  it.each(names)('%s holds no zod locale but the default, and no dynamodb-toolbox repository', (name) => {
    const files = inputs(name);
    expect(files.some((f) => f.includes('node_modules/zod/'))).toBe(true);
    expect(files.filter((f) => /zod\/v4\/locales\/(?!en\.js$|index\.js$)/.test(f))).toEqual([]);
    expect(
      files.filter((f) => /dynamodb-toolbox\/.*\/(repository|transact\w*|batch\w*|scan)\//.test(f)),
    ).toEqual([]);
  });

  it.each(Object.keys(routeGroups))('%s (an API function) holds the Chinese zod messages', (name) => {
    expect(inputs(name).filter((f) => f.endsWith('shared/validation/zod-zh.ts'))).toHaveLength(1);
  });

  it.each(['AwaitActionFunctionArn', 'effects', 'directory', 'contract'] as const)(
    '%s computes no date and holds none of the seeded calendar years',
    (name) => {
      expect(inputs(name).filter((f) => f.endsWith('chinese-days/dist/chinese-days.json'))).toEqual([]);
    },
  );

  it('keeps its source map beside it and needs no source-map support at run time', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(`file://${join(work, 'directory', 'index.mjs')}`)});
         const res = await m.handler({ routeKey: 'GET /v1/rules', rawPath: '/v1/rules', headers: {}, requestContext: { requestId: 'r1' } }, {});
         const body = JSON.parse(res.body);
         console.log(JSON.stringify({ status: res.statusCode, procedures: body.procedures.map((p) => p.id) }));`,
      ],
      {
        env: { PATH: process.env.PATH, AWS_REGION: 'cn-north-1', POWERTOOLS_LOG_LEVEL: 'ERROR' },
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ status: 200, procedures: ['reconsideration'] });
  });
});

describe('the AWS runtime inside a bundle', () => {
  /** Builds the AWS composition root as `name` bundles it and asks what each port does. */
  async function probe(name: FunctionName, options: { tryWrite: boolean; env?: Record<string, string> }) {
    const file = await bundleAs(name, 'shared/adapters/aws/runtime.ts', `runtime-${name}`);
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { awsRuntime } = await import(${JSON.stringify(`file://${file}`)});
         const rt = await awsRuntime().catch((e) => { console.log(JSON.stringify({ coldStart: e.message })); process.exit(0); });
         const attempt = (f) => f().then(() => 'ran', (e) => e.name + ': ' + e.message.split(' (')[0]);
         const notice = { id: 'n', at: '2026-03-02T00:00:00Z', recipient: 'u', kind: 'k', subjectZh: 's', bodyZh: 'b' };
         console.log(JSON.stringify({
           notifier: await attempt(() => rt.notifier.deliver(notice)),
           jobs: await attempt(() => rt.jobs.enqueue({ kind: 'calendarRecompute', jobId: 'j' })),
           files: await attempt(() => rt.files.remove('uploads/not-a-key/..')),
           storeWrite: ${options.tryWrite} ? await attempt(() => rt.store.putNotification(notice)) : 'not tried',
         }));`,
      ],
      {
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'cn-north-1',
          TABLE_NAME: 'cases',
          ALERT_TOPIC_ARN: 'arn:aws-cn:sns:cn-north-1:000000000000:alerts',
          // No endpoint is ever reached: every call tried is refused before any request (no
          // JOB_QUEUES either, so a granted queue stops in its adapter).
          AWS_ACCESS_KEY_ID: 'none',
          AWS_SECRET_ACCESS_KEY: 'none',
          ...options.env,
        },
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    return { result: JSON.parse(r.stdout), sdk: sdk(`runtime-${name}`, 'dynamic-import') };
  }

  it('of a read-only function without alerts or jobs refuses those ports and writes with CapabilityError', async () => {
    const denied = "CapabilityError: function 'directory' has no";
    const { result, sdk: lazy } = await probe('directory', { tryWrite: true });
    expect(result).toEqual({
      notifier: `${denied} 'alerts' grant`,
      jobs: `${denied} 'jobs' grant`,
      files: `${denied} 'files' grant`,
      storeWrite: `${denied} 'table: readWrite' grant`,
    });
    expect(lazy).toEqual([]);
  });

  it('of the calendar function queues jobs through SQS and refuses alerts; no SNS or SFN client is in it', async () => {
    const { result, sdk: lazy } = await probe('calendar', { tryWrite: false });
    expect(result.notifier).toBe("CapabilityError: function 'calendar' has no 'alerts' grant");
    expect(result.jobs).toBe('Error: JOB_QUEUES is not set for this function');
    expect(lazy).toEqual(['@aws-sdk/client-sqs']);
  });

  it('of the cases function needs FILES_BUCKET at its cold start, then uses S3 through the FileStore port', async () => {
    const missing = await probe('cases', { tryWrite: false });
    expect(missing.result).toEqual({
      coldStart: 'invalid Lambda environment: FILES_BUCKET is not set (the files grant needs it)',
    });
    const { result, sdk: lazy } = await probe('cases', {
      tryWrite: false,
      env: { FILES_BUCKET: 'ajc-files' },
    });
    // The adapter refuses a key that is not one (before any request), so the port is the S3 adapter's.
    expect(result.files).toMatch(/^Error: not an object key/);
    expect(lazy).toEqual(
      [
        '@aws-sdk/client-s3',
        '@aws-sdk/s3-request-presigner',
        '@aws-sdk/client-sfn',
        '@aws-sdk/client-sns',
      ].sort(),
    );
  });
});
