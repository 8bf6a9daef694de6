import { type BundlingOptions, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import type { FunctionName } from './capabilities';

/**
 * How every Lambda function is bundled — one definition, read by the CDK stack (NodejsFunction
 * `bundling`) and by `npm run bench:bundles` (through `esbuildOptions` below), so the bench
 * measures exactly what is deployed.
 */
export const lambdaBundling = {
  format: OutputFormat.ESM,
  target: 'node24',
  // ESM builds of dependencies first: esbuild can drop what a handler does not import.
  mainFields: ['module', 'main'],
  // Some dependencies still call require() for Node built-ins; ESM output has no require of its own.
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  // The SDK v3 the Lambda runtime ships.
  externalModules: ['@aws-sdk/*'],
  minify: true,
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
} as const satisfies BundlingOptions;

/** The bundling of one function (every function is bundled alike). */
export const bundlingFor = (_functionName: FunctionName): BundlingOptions => lambdaBundling;

/** Environment every function gets that changes how Node starts (see infra/stack.ts). */
export const lambdaNodeOptions = '--enable-source-maps';

/** The bundling options the translation below knows; any other would be silently dropped. */
const translated = new Set([
  'format',
  'target',
  'mainFields',
  'banner',
  'externalModules',
  'minify',
  'sourceMap',
  'sourceMapMode',
]);

/**
 * The esbuild build NodejsFunction runs for `lambdaBundling` (aws-cdk-lib's
 * Bundling.buildEsbuildArgs, as an options object): `--bundle <entry> --platform=node
 * --outfile=<dir>/index.mjs` plus one flag per option.
 */
export function esbuildOptions(
  entry: string,
  outdir: string,
  bundling: BundlingOptions = lambdaBundling,
): BuildOptions {
  const unknown = Object.keys(bundling).filter((k) => !translated.has(k));
  if (unknown.length)
    throw new Error(`esbuildOptions: no translation for bundling option(s) ${unknown.join(', ')}`);
  const esm = bundling.format === OutputFormat.ESM;
  const sourceMapMode = bundling.sourceMapMode ?? SourceMapMode.DEFAULT;
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    outfile: `${outdir}/${esm ? 'index.mjs' : 'index.js'}`,
    ...(bundling.target ? { target: bundling.target } : {}),
    ...(bundling.format ? { format: esm ? 'esm' : 'cjs' } : {}),
    ...(bundling.minify ? { minify: true } : {}),
    ...(bundling.sourceMap || bundling.sourceMapMode
      ? { sourcemap: sourceMapMode === SourceMapMode.DEFAULT ? true : sourceMapMode }
      : {}),
    external: [...(bundling.externalModules ?? [])],
    ...(bundling.banner ? { banner: { js: bundling.banner } } : {}),
    ...(bundling.mainFields ? { mainFields: [...bundling.mainFields] } : {}),
    logLevel: 'warning',
  };
}
