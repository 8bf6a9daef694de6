// Jest global setup of the whole run: the portal is built once (unless a build of the same
// sources is already there) into a folder named by PORTAL_DIR, which every local system the
// tests start, every spawned runtime and the CDK synthesis then use as it is.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup() {
  process.env.PORTAL_DIR ??= join(projectRoot, 'node_modules/.cache/ajc-portal');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'infra/portal.ts'), process.env.PORTAL_DIR],
    { cwd: projectRoot, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (status, signal) => resolve(status ?? signal));
  });
  if (code !== 0) throw new Error(`building the portal for the tests failed (${code})`);
}
