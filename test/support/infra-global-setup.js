// Jest global setup of the infra project: the CDK app is synthesized once per run,
// in a child process (aws-cdk-lib stays out of the jest workers), and every infra test reads the
// result from the file named by AJC_SYNTHESIZED_STACK (see synthesized-stack.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = 'AJC_SYNTHESIZED_STACK';
/** The temporary folder, for infra-global-teardown.js. */
const dirEnv = 'AJC_SYNTHESIZED_STACK_DIR';
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'ajc-synth-'));
  const file = join(dir, 'stack.json');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'test/support/synthesize-stack.ts'), join(dir, 'cdk.out'), file],
    { cwd: projectRoot, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (status, signal) => resolve(status ?? signal));
  });
  process.env[dirEnv] = dir;
  // A failed synthesis fails the infra tests, not the whole run: each then synthesizes in-process
  // and reports the error where it happens.
  if (code === 0) process.env[env] = file;
  else
    console.error(
      `synthesizing the CDK app once for the infra tests failed (${code}); each infra test file will try on its own`,
    );
}
