import { rmSync } from 'node:fs';

/** Removes the folder infra-global-setup.js synthesized into. */
export default async function teardown() {
  const dir = process.env.AJC_SYNTHESIZED_STACK_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
