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
 * Each function is measured in pairs with the floor, side by side in one run (the order within a
 * pair alternates, so machine load hits both alike); the ratio is the median of the pairs' ratios.
 * The AWS SDK is external, as on Lambda (the runtime ships it): both sides load it from
 * node_modules. Goals: ≤ 300 KB (1 KB = 1024 bytes) and ≤ 1.3 × the floor for every function.
 *
 *   npm run bench:bundles          (BENCH_N=10 pairs per function by default; BENCH_N=3 in CI)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundlingFor, esbuildOptions, lambdaBundling, lambdaNodeOptions } from '../infra/bundling';
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
  /** The external packages the bundle imports (the AWS SDK clients it loads). */
  readonly sdk: string[];
}

async function bundle(name: string, entry: string, options: Parameters<typeof esbuildOptions>[2]) {
  const outdir = join(work, name.replace(/[^A-Za-z0-9]/g, '_'));
  mkdirSync(outdir);
  const result = await build({ ...esbuildOptions(join(root, entry), outdir, options), metafile: true });
  const file = join(outdir, 'index.mjs');
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('index.mjs'))?.[1];
  const sdk = [
    ...new Set(
      (output?.imports ?? []).filter((i) => i.external && i.path.startsWith('@aws-sdk/')).map((i) => i.path),
    ),
  ].sort();
  return { name, file, bytes: statSync(file).size, sdk } satisfies Bundle;
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
  NODE_OPTIONS: lambdaNodeOptions,
});

/** One whole process: spawn → the module initialised → exit, in milliseconds. */
function initMs(b: Bundle): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [b.file], { env: lambdaEnv(b.name), encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${b.name}: the bundle failed to initialise:\n${r.stderr}`);
  return ms;
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
  for (const b of [floor, ...bundles]) initMs(b);

  const rows = bundles.map((b) => {
    const fnMs: number[] = [];
    const floorMs: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < pairs; i++) {
      // Alternate which of the pair runs first.
      const floorFirst = i % 2 === 0;
      const before = floorFirst ? initMs(floor) : initMs(b);
      const after = floorFirst ? initMs(b) : initMs(floor);
      const [f, x] = floorFirst ? [before, after] : [after, before];
      fnMs.push(x);
      floorMs.push(f);
      ratios.push(x / f);
    }
    return { ...b, ms: median(fnMs), floorMs: median(floorMs), ratio: median(ratios) };
  });

  const kb = (bytes: number) => bytes / 1024;
  console.log(
    `${pairs} paired runs per function; floor bundle ${kb(floor.bytes).toFixed(1)} KB (${floor.sdk.join(', ')})`,
  );
  console.log(
    `${'function'.padEnd(24)}${'bundle KB'.padStart(10)}${'init ms'.padStart(10)}${'floor ms'.padStart(10)}${'× floor'.padStart(9)}  AWS SDK imported`,
  );
  for (const r of rows)
    console.log(
      `${r.name.padEnd(24)}${kb(r.bytes).toFixed(1).padStart(10)}${r.ms.toFixed(1).padStart(10)}${r.floorMs
        .toFixed(1)
        .padStart(
          10,
        )}${r.ratio.toFixed(2).padStart(9)}  ${r.sdk.map((s) => s.replace('@aws-sdk/', '')).join(', ')}`,
    );
  const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const slowest = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(
    `largest bundle       : ${kb(largest.bytes).toFixed(1)} KB (${largest.name}; goal ≤ 300 KB each)`,
  );
  console.log(`worst init / floor   : ${slowest.ratio.toFixed(2)} (${slowest.name}; goal ≤ 1.3 each)`);
  console.log(
    JSON.stringify({
      metric: 'lambda_init_over_floor_worst',
      value: Number(slowest.ratio.toFixed(3)),
      goal: '<= 1.3',
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
