import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The portal's build (web/, Vite): made when its sources changed since the last build in the
 * folder, else kept. `npm start` keeps it in the data folder, `cdk synth` in web/dist, and the
 * test run builds once into the folder `PORTAL_DIR` names, which every local system and spawned
 * runtime then serves without building again.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webRoot = join(projectRoot, 'web');
const stampFile = '.build-stamp';
/** Inside web/: what the build writes, never read as a source. */
const notSources = new Set(['dist', 'node_modules']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !notSources.has(e.name))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/**
 * What the build is made from: every file of web/, the product code it may import from shared/
 * (the role list, for one), and the locked dependency versions.
 */
export function portalSourceHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...sourceFiles(webRoot),
    ...sourceFiles(join(projectRoot, 'shared')),
    join(projectRoot, 'package-lock.json'),
  ];
  for (const file of files) {
    hash.update(relative(projectRoot, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The folder a build goes to when nobody names one: `PORTAL_DIR`, else web/dist. */
const defaultPortalDir = (): string => resolve(process.env.PORTAL_DIR ?? join(webRoot, 'dist'));

export function portalIsFresh(outDir: string, hash = portalSourceHash()): boolean {
  const stamp = join(outDir, stampFile);
  return existsSync(join(outDir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

export interface PortalBuild {
  readonly dir: string;
  /** False when the folder already held a build of the same sources. */
  readonly built: boolean;
  readonly seconds: number;
}

/**
 * Builds the portal into `outDir` unless it holds a build of the current sources. The build is
 * written beside the folder and renamed into place, so a crash or a concurrent reader never sees
 * half a build. Synchronous (a child process), so the CDK app can call it while it synthesizes.
 */
export function portalBuildSync(outDir: string = defaultPortalDir()): PortalBuild {
  const dir = resolve(outDir);
  const hash = portalSourceHash();
  if (portalIsFresh(dir, hash)) return { dir, built: false, seconds: 0 };
  const started = Date.now();
  const staging = `${dir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(webRoot, 'vite.config.ts'),
      '--outDir',
      staging,
    ],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `门户构建失败（vite build 退出码 ${result.status ?? result.signal}）：\n${result.stderr || result.stdout}`,
    );
  }
  writeFileSync(join(staging, stampFile), hash);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return { dir, built: true, seconds: (Date.now() - started) / 1000 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const build = portalBuildSync(process.argv[2]);
  console.log(
    build.built
      ? `门户已构建：${build.dir}（${build.seconds.toFixed(1)} 秒）`
      : `门户已是最新构建：${build.dir}`,
  );
}
