import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ApiClient, fineApplication } from '../support/local-system';
import { type RuntimeProcess, spawnRuntime } from '../support/runtime-process';

const runtimes: RuntimeProcess[] = [];
afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.stop('SIGKILL')));
});

/** Starts `npm start`'s entry point as a separate process and waits for its READY line. */
async function startRuntime(dataDir: string): Promise<RuntimeProcess & { url: string }> {
  const runtime = spawnRuntime({ PORT: '0', DATA_DIR: dataDir, START_AT: '2026-02-10T10:00:00+08:00' });
  runtimes.push(runtime);
  return { ...runtime, url: await runtime.ready };
}

describe('a crash loses nothing', () => {
  it('after kill -9 mid-acceptance, the restarted runtime still has the case and its timer still fires', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ajc-restart-'));
    const first = await startRuntime(dataDir);
    const anonymous = new ApiClient(first.url);
    const applicant = await anonymous.signIn('zhangsan');
    const filed = await applicant.file(fineApplication());
    expect(filed.status).toBe(201);
    await first.stop('SIGKILL');

    const second = await startRuntime(dataDir);
    const again = new ApiClient(second.url);
    const applicant2 = await again.signIn('zhangsan');
    const c = (await applicant2.get(`/v1/cases/${filed.body.id}`)).body;
    expect(c.caseNumber).toBe(filed.body.caseNumber);
    expect(c.stage).toBe('acceptanceReview');

    // The reconciler gave the case a new execution; moving the clock past 24 Feb fires its timer.
    const admin = await again.signIn('admin');
    const moved = await admin.post('/local/clock', { advanceDays: 15 });
    expect(moved.body.wokeExecutions).toBe(1);
    const after = (await applicant2.get(`/v1/cases/${filed.body.id}`)).body;
    expect(after.stage).toBe('underReview');
    expect(after.acceptedOn).toBe('2026-02-24');
    await second.stop('SIGKILL');
  });
});
