import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, jest } from '@jest/globals';
import { type LocalSystem, type LocalSystemOptions, startLocalSystem } from '../../infra/local/system';
import { logger } from '../../shared/observability/logger';
import { ApiClient, fineApplication } from './local-system';

/**
 * One local system per test file (two in one jest process never exit once the first has run an
 * execution — seen before capabilities existed), booted at 14 Dec 2026 (Mon): a decision period
 * from acceptance then runs into 2027, whose calendar is not loaded yet.
 */
export const startAt = new Date('2026-12-14T10:00:00+08:00');

/** A hypothetical 2027 notice (test data): Spring Festival break 6–14 Feb 2027. */
export const year2027 = {
  source: '测试用假设通知',
  daysOff: [
    '2027-01-01',
    ...Array.from({ length: 9 }, (_, i) => `2027-02-${String(6 + i).padStart(2, '0')}`),
  ].map((date) => ({ date, name: date === '2027-01-01' ? '元旦' : '春节' })),
  makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
};

export interface Scenario {
  readonly system: LocalSystem;
  readonly applicant: ApiClient;
  readonly clerk: ApiClient;
  readonly admin: ApiClient;
}

export async function bootScenario(options: LocalSystemOptions = {}): Promise<Scenario> {
  const system = await startLocalSystem({
    dataDir: mkdtempSync(join(tmpdir(), 'ajc-caps-')),
    startAt,
    ...options,
  });
  const anonymous = new ApiClient(system.url);
  const [applicant, clerk, admin] = (await Promise.all(
    ['zhangsan', 'wangfang', 'admin'].map((u) => anonymous.signIn(u)),
  )) as [ApiClient, ApiClient, ApiClient];
  return { system, applicant, clerk, admin };
}

/** Files an application and has the clerk accept it: its decision deadline (12 Feb 2027) is provisional. */
export async function acceptedCase(s: Scenario): Promise<{ id: string }> {
  const filed = await s.applicant.file(
    fineApplication({ act: { madeOn: '2026-12-01', learnedOn: '2026-12-02' } }),
  );
  expect(filed.status).toBe(201);
  const accepted = await s.clerk.act(filed.body.id, {
    action: 'accept',
    expectedVersion: filed.body.version,
  });
  expect(accepted.status).toBe(200);
  return accepted.body;
}

/** Every error the handlers and the local workflow log, kept off the console and read back as text. */
export function captureErrorLogs(): { text(): string; clear(): void } {
  const spy = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
  return {
    text: () => JSON.stringify(spy.mock.calls.map((args) => args.map(String))),
    clear: () => spy.mockClear(),
  };
}
