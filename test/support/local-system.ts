import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalSystem, startLocalSystem } from '../../infra/local/system';

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

/** A realistic application: a 5,000 yuan fine by 西宁市市场监督管理局, known three days after it was made. */
export function fineApplication(overrides: { act?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { act, ...rest } = overrides;
  return {
    applicant: {
      type: 'person',
      name: '张三',
      residentId: '630102198503124323',
      phone: '13897001234',
      address: '青海省西宁市城中区南大街1号',
    },
    respondentAgencyId: 'dept-xn-scjg',
    act: {
      title: '行政处罚决定书',
      documentNumber: '宁市监罚〔2026〕88号',
      madeOn: '2026-02-02',
      learnedOn: '2026-02-05',
      rightsNotified: true,
      onTheSpot: false,
      kind: 'fine',
      amountYuan: 5000,
      ...act,
    },
    requests: '撤销宁市监罚〔2026〕88号行政处罚决定',
    factsAndReasons: '被申请人认定事实不清，所依据的检测报告未送达申请人，程序违法。',
    hearingRequested: false,
    ...rest,
  };
}

/** 2026-02-10 10:00 Beijing time: a Tuesday, days before the 2026 Spring Festival break (Feb 15–23). */
export const beforeSpringFestival2026 = new Date('2026-02-10T10:00:00+08:00');
