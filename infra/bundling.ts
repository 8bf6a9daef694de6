import { type BundlingOptions, Charset, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { BUNDLED_FONTS_FOLDER, documentFontFiles, fontPackage } from '../shared/documents/font-files';
import { type Capabilities, capabilities, type FunctionName } from './capabilities';

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
  // Chinese text as UTF-8 (3 bytes a character) rather than \u escapes of four hex digits (6 bytes): the messages,
  // notices and labels are most of the procedure modules.
  charset: Charset.UTF8,
  // Source maps as separate files (index.mjs.map beside index.mjs in the function's asset), and
  // no `--enable-source-maps` at run time: with it, Node reads and parses the map of the whole
  // bundle while loading it (on every cold start) and rewrites each stack trace it prints. A
  // minified position from a log (index.mjs:1:23456) is resolved offline against the map of the
  // deployed asset instead.
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
} as const satisfies BundlingOptions;

/**
 * The bundling of one function: the common options, plus its name and its grants from
 * infra/capabilities.ts as constants (read by shared/adapters/aws/runtime.ts), so that its bundle
 * holds only the AWS clients its row grants.
 */
export function bundlingFor(functionName: FunctionName): BundlingOptions {
  const row: Capabilities = capabilities[functionName];
  return {
    ...lambdaBundling,
    define: {
      LAMBDA_FUNCTION: JSON.stringify(functionName),
      ...Object.fromEntries(
        Object.entries(row).map(([grant, value]) => [`LAMBDA_GRANTS.${grant}`, JSON.stringify(value)]),
      ),
    },
  };
}

/**
 * The bundling of a function that renders PDF documents (shared/documents): its own options, plus
 * the two font files (Noto Serif SC Regular and Bold, about 15 MB each) copied from node_modules
 * into `fonts/` beside its index.mjs, where shared/documents/fonts.ts looks for them. The fonts
 * are read on the first PDF, not at init. Use it as `withDocumentFonts(bundlingFor(name))`.
 */
export function withDocumentFonts(bundling: BundlingOptions): BundlingOptions {
  return {
    ...bundling,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir: string, outputDir: string) => [
        `mkdir -p "${outputDir}/${BUNDLED_FONTS_FOLDER}"`,
        ...Object.values(documentFontFiles).map(
          (f) =>
            `cp "${inputDir}/node_modules/${fontPackage}/${f.packagePath}" "${outputDir}/${BUNDLED_FONTS_FOLDER}/${f.file}"`,
        ),
      ],
    },
  };
}

/**
 * The bundling the stack gives a function: its own (bundlingFor), with the font files beside it
 * when its row has the documents grant (it renders PDFs).
 */
export function functionBundling(functionName: FunctionName): BundlingOptions {
  const bundling = bundlingFor(functionName);
  return capabilities[functionName].documents ? withDocumentFonts(bundling) : bundling;
}

/**
 * Options that are not esbuild's: commands run before or after it (withDocumentFonts copies files
 * beside the bundle). The bench bundles without them — the fonts are not read at init.
 */
const besideEsbuild = new Set(['commandHooks']);

/** The bundling options the translation below knows; any other would be silently dropped. */
const translated = new Set([
  'format',
  'target',
  'mainFields',
  'banner',
  'externalModules',
  'minify',
  'charset',
  'sourceMap',
  'sourceMapMode',
  'define',
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
  const unknown = Object.keys(bundling).filter((k) => !translated.has(k) && !besideEsbuild.has(k));
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
    ...(bundling.charset === Charset.UTF8 ? { charset: 'utf8' as const } : {}),
    ...(bundling.sourceMap || bundling.sourceMapMode
      ? { sourcemap: sourceMapMode === SourceMapMode.DEFAULT ? true : sourceMapMode }
      : {}),
    external: [...(bundling.externalModules ?? [])],
    ...(bundling.banner ? { banner: { js: bundling.banner } } : {}),
    ...(bundling.mainFields ? { mainFields: [...bundling.mainFields] } : {}),
    ...(bundling.define ? { define: { ...bundling.define } } : {}),
    logLevel: 'warning',
  };
}
