import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { type LocalSystem, startLocalSystem } from '../../infra/local/system';

import { ApiClient } from './api-client';

export { ApiClient, type ApiResponse } from './api-client';
export { fineApplication } from './fixtures';

export interface TestSystem {
  system: LocalSystem;
  anonymous: ApiClient;
  as(username: string): Promise<ApiClient>;
  advanceClock(days: number, hours?: number): Promise<unknown>;
  dataDir: string;
}

/** Boots the whole local system (dynalite, handlers, local workflows) on a fresh data folder. */
export async function startTestSystem(startAt: Date, dataDir?: string): Promise<TestSystem> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'ajc-test-'));
  // The portal the run built once (test/support/portal-global-setup.js), if any.
  const portalDir = process.env.PORTAL_DIR;
  const system = await startLocalSystem({ dataDir: dir, startAt, ...(portalDir ? { portalDir } : {}) });
  const anonymous = new ApiClient(system.url);
  const admin = await anonymous.signIn('admin');
  return {
    system,
    anonymous,
    dataDir: dir,
    as: (username) => anonymous.signIn(username),
    advanceClock: async (days, hours = 0) => {
      const r = await admin.post('/local/clock', { advanceDays: days, advanceHours: hours });
      if (r.status !== 200) throw new Error(`clock: ${JSON.stringify(r.body)}`);
      return r.body;
    },
  };
}

/** 2026-02-10 10:00 Beijing time: a Tuesday, days before the 2026 Spring Festival break (Feb 15–23). */
export const beforeSpringFestival2026 = new Date('2026-02-10T10:00:00+08:00');

/**
 * One local system for a whole test file: booted in beforeAll with the named demo users signed
 * in (alias → username), stopped in afterAll. Read the fields inside tests, not at load time.
 */
export function useTestSystem<A extends string>(
  startAt: Date,
  users: Record<A, string> = {} as Record<A, string>,
): { t: TestSystem } & Record<A, ApiClient> {
  const ctx = {} as { t: TestSystem } & Record<A, ApiClient>;
  let starting: Promise<TestSystem> | undefined;
  beforeAll(async () => {
    starting = startTestSystem(startAt);
    ctx.t = await starting;
    for (const [alias, username] of Object.entries(users) as [A, string][]) {
      (ctx as Record<A, ApiClient>)[alias] = await ctx.t.as(username);
    }
  });
  afterAll(async () => {
    // Stops the system even if beforeAll gave up while it was still starting: a system left
    // running (dynalite, timers) would keep jest from exiting.
    const t = await starting?.catch(() => undefined);
    await t?.system.stop();
  });
  return ctx;
}
