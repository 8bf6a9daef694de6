import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { type LocalSystem, startLocalSystem } from '../../infra/local/system';

export { fineApplication } from './fixtures';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in HTTP client for the local system, as a real user would call it. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  async signIn(username: string): Promise<ApiClient> {
    const r = await this.call('POST', '/local/sign-in', { username });
    if (r.status !== 200) throw new Error(`sign-in ${username} failed: ${JSON.stringify(r.body)}`);
    return new ApiClient(this.baseUrl, r.body.token);
  }

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }

  get = <T = any>(path: string) => this.call<T>('GET', path);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.call<T>('POST', path, body, headers);

  file(application: unknown, key = `k-${Math.random().toString(36).slice(2)}-${Date.now()}`) {
    return this.post('/v1/cases', application, { 'idempotency-key': key });
  }

  act(caseId: string, command: Record<string, unknown>) {
    return this.post(`/v1/cases/${caseId}/actions`, command);
  }
}

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
  const system = await startLocalSystem({ dataDir: dir, startAt });
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
  beforeAll(async () => {
    ctx.t = await startTestSystem(startAt);
    for (const [alias, username] of Object.entries(users) as [A, string][]) {
      (ctx as Record<A, ApiClient>)[alias] = await ctx.t.as(username);
    }
  });
  afterAll(async () => {
    await ctx.t?.system.stop();
  });
  return ctx;
}
