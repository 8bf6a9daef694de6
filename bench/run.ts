/**
 * Runs every bench, one after another, each in its own process (each boots its own local
 * system, or its own bundles): `npm run bench`. One bench: `npm run bench -- lists` (or
 * bench:filing / bench:lists / bench:workflow / bench:bundles / bench:portal / bench:documents).
 * BENCH_N sets the size (see each script); CI runs them all with BENCH_N=3.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benches = ['filing', 'lists', 'workflow', 'bundles', 'portal', 'documents'] as const;

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const chosen = wanted.length ? benches.filter((b) => wanted.includes(b)) : [...benches];
if (wanted.length && chosen.length !== wanted.length) {
  console.error(
    `unknown bench: ${wanted.filter((w) => !(benches as readonly string[]).includes(w)).join(', ')}; known: ${benches.join(', ')}`,
  );
  process.exit(2);
}
let failed = 0;
for (const bench of chosen) {
  const file = join(here, `${bench}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n## bench:${bench}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    failed++;
    console.error(`bench:${bench} failed (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
