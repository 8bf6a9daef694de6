import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';

/**
 * Every dependency that has an install script was reviewed: package.json's `allowScripts`
 * approves or denies it by name (README "Install scripts"). npm prints an advisory for any
 * package not listed, and npm 12 skips its script; a new one must be reviewed, not slip in.
 */
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const manifest = read('package.json') as { allowScripts?: Record<string, boolean> };
const lock = read('package-lock.json') as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

const withInstallScripts = [
  ...new Set(
    Object.entries(lock.packages)
      .filter(([path, p]) => path && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)),
  ),
].sort();

describe('dependency install scripts', () => {
  it('are each reviewed in allowScripts, and allowScripts names nothing else', () => {
    expect(withInstallScripts.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.allowScripts ?? {}).sort()).toEqual(withInstallScripts);
  });

  it('run for the pinned Node, the native and bundling binaries; not for a watcher that builds only on request, nor for telemetry', () => {
    expect(manifest.allowScripts).toEqual({
      node: true,
      esbuild: true,
      '@swc/core': true,
      'classic-level': true,
      '@parcel/watcher': false,
      // swagger-ui-dist's dependency: its script only reports the install to its publisher.
      '@scarf/scarf': false,
    });
  });
});
