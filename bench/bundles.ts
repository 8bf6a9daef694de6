/**
 * Cold starts: every Lambda function of infra/routes.ts bundled with esbuild exactly as the
 * stack bundles it (infra/bundling.ts, the one definition both read), then, per function:
 *
 *   - the bundle size (index.mjs; the source map is a separate file that is never loaded);
 *   - the median whole-process init time — `node index.mjs`, from spawn to exit: Node starts, the
 *     handler's module and everything it imports at init are loaded and initialised, the handler
 *     is not invoked — against a floor handler (bench/floor-handler.ts) that imports only
 *     @aws-sdk/client-dynamodb and @aws-sdk/lib-dynamodb, bundled the same way.
 *
 * Init time is taken two ways for each process: on the wall clock (spawn → exit, as the parent
 * sees it) and as the CPU time the process used (user + system, reported by the process as it
 * exits). On a busy machine the wall clock mostly measures the scheduler; the CPU time is what
 * init costs, and what a Lambda with its fraction of a vCPU (512 MB) waits for. The goal and the
 * closing JSON line use the CPU ratio; the wall ratio is printed beside it.
 *
 * Each function is measured in pairs with the floor, side by side in one run (the order within a
 * pair alternates, so machine load hits both alike); the ratio is the median of the pairs' ratios.
 * The AWS SDK is external, as on Lambda (the runtime ships it): both sides load it from
 * node_modules. A client a function loads on first use (shown in brackets) is not part of init:
 * the first request that needs it pays for it. Goals: ≤ 300 KB (1 KB = 1024 bytes) and ≤ 1.3 ×
 * the floor for every function.
 *
 *   npm run bench:bundles          (BENCH_N=10 pairs per function by default; BENCH_N=3 in CI)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundlingFor, esbuildOptions, lambdaBundling } from '../infra/bundling';
import type { FunctionName } from '../infra/capabilities';
import { functionEntries } from '../infra/routes';

const pairs = Math.max(1, Number(process.env.BENCH_N ?? 10));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const floorName = '(floor)';

// Bundles go to a scratch folder whose node_modules is the project's, so that the external SDK
// resolves from the bundle as it does on Lambda (ESM ignores NODE_PATH).
const work = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');

interface Bundle {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  /** The AWS SDK packages the bundle loads at init (static imports). */
  readonly sdk: string[];
  /** …and those it loads on first use (dynamic imports), never at init. */
  readonly lazySdk: string[];
}

async function bundle(name: string, entry: string, options: Parameters<typeof esbuildOptions>[2]) {
  const outdir = join(work, name.replace(/[^A-Za-z0-9]/g, '_'));
  mkdirSync(outdir);
  const result = await build({ ...esbuildOptions(join(root, entry), outdir, options), metafile: true });
  const file = join(outdir, 'index.mjs');
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('index.mjs'))?.[1];
  const sdkImports = (kind: string) =>
    [
      ...new Set(
        (output?.imports ?? [])
          .filter((i) => i.external && i.kind === kind && i.path.startsWith('@aws-sdk/'))
          .map((i) => i.path.replace('@aws-sdk/', '')),
      ),
    ].sort();
  const sdk = sdkImports('import-statement');
  const lazySdk = sdkImports('dynamic-import').filter((p) => !sdk.includes(p));
  return { name, file, bytes: statSync(file).size, sdk, lazySdk } satisfies Bundle;
}

/** What a Lambda process has in its environment when the module initialises (placeholders). */
const lambdaEnv = (name: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  AWS_REGION: 'cn-north-1',
  AWS_LAMBDA_FUNCTION_NAME: name,
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  TABLE_NAME: 'cases',
  ALERT_TOPIC_ARN: 'arn:aws-cn:sns:cn-north-1:000000000000:alerts',
  POWERTOOLS_SERVICE_NAME: 'admin-justice-cases',
});

/**
 * Reports the process's CPU time (user + system, Node's own start-up included) as it exits, on
 * stderr; loaded before the bundle by both sides of a pair alike.
 */
const cpuReporter = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\ncpu-us '+Object.values(process.cpuUsage()).reduce((a,b)=>a+b)+'\\n'))`;

interface Run {
  /** Spawn → exit, as a clock on the wall measures it. */
  readonly wallMs: number;
  /** CPU time the process used: what init costs, however busy the machine is. */
  readonly cpuMs: number;
}

/** One whole process: spawn → the handler's module initialised (not invoked) → exit. */
function initRun(b: Bundle): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', cpuReporter, b.file], {
    env: lambdaEnv(b.name),
    encoding: 'utf8',
  });
  const wallMs = performance.now() - t0;
  const cpu = /cpu-us (\d+)\n$/.exec(r.stderr);
  if (r.status !== 0 || !cpu) throw new Error(`${b.name}: the bundle failed to initialise:\n${r.stderr}`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000 };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

try {
  const names = Object.keys(functionEntries) as FunctionName[];
  const floor = await bundle(floorName, 'bench/floor-handler.ts', lambdaBundling);
  const bundles: Bundle[] = [];
  for (const name of names) bundles.push(await bundle(name, functionEntries[name], bundlingFor(name)));

  // Warm the file cache of every bundle and of the SDK once, untimed.
  for (const b of [floor, ...bundles]) initRun(b);

  const rows = bundles.map((b) => {
    const fn: Run[] = [];
    const fl: Run[] = [];
    for (let i = 0; i < pairs; i++) {
      // Alternate which of the pair runs first.
      if (i % 2 === 0) {
        fl.push(initRun(floor));
        fn.push(initRun(b));
      } else {
        fn.push(initRun(b));
        fl.push(initRun(floor));
      }
    }
    const ratio = (key: keyof Run) => median(fn.map((r, i) => r[key] / (fl[i] as Run)[key]));
    return {
      ...b,
      wallMs: median(fn.map((r) => r.wallMs)),
      floorWallMs: median(fl.map((r) => r.wallMs)),
      wallRatio: ratio('wallMs'),
      cpuMs: median(fn.map((r) => r.cpuMs)),
      floorCpuMs: median(fl.map((r) => r.cpuMs)),
      cpuRatio: ratio('cpuMs'),
    };
  });

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const ms = (x: number) => x.toFixed(0);
  const table = [
    [
      'function',
      'bundle KB',
      'wall ms',
      'floor',
      '× floor',
      'CPU ms',
      'floor',
      '× floor',
      'AWS SDK at init [on first use]',
    ],
    ...rows.map((r) => [
      r.name,
      kb(r.bytes),
      ms(r.wallMs),
      ms(r.floorWallMs),
      r.wallRatio.toFixed(2),
      ms(r.cpuMs),
      ms(r.floorCpuMs),
      r.cpuRatio.toFixed(2),
      `${r.sdk.join(' ')}${r.lazySdk.length ? ` [${r.lazySdk.join(' ')}]` : ''}`,
    ]),
  ];
  console.log(
    `${pairs} paired runs per function against the floor (${kb(floor.bytes)} KB: ${floor.sdk.join(' ')}); medians`,
  );
  for (const line of table)
    console.log(
      line.map((cell, i) => (i === 0 ? cell.padEnd(24) : i === 8 ? `  ${cell}` : cell.padStart(10))).join(''),
    );
  const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const slowest = rows.reduce((a, b) => (b.cpuRatio > a.cpuRatio ? b : a));
  const slowestWall = rows.reduce((a, b) => (b.wallRatio > a.wallRatio ? b : a));
  console.log(`largest bundle        : ${kb(largest.bytes)} KB (${largest.name}; goal ≤ 300 KB each)`);
  console.log(`worst init/floor, CPU : ${slowest.cpuRatio.toFixed(2)} (${slowest.name}; goal ≤ 1.3 each)`);
  console.log(`worst init/floor, wall: ${slowestWall.wallRatio.toFixed(2)} (${slowestWall.name})`);
  console.log(
    JSON.stringify({
      metric: 'lambda_init_cpu_over_floor_worst',
      value: Number(slowest.cpuRatio.toFixed(3)),
      goal: '<= 1.3',
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
