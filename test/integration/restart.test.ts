import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { projectRoot } from '../../infra/local/system';
import { ApiClient, fineApplication } from '../support/local-system';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** Starts `npm start`'s entry point as a separate process and waits for its READY line. */
function startRuntime(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // One process (no tsx wrapper), as `npm start` runs it, so SIGKILL really kills the runtime.
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      START_AT: '2026-02-10T10:00:00+08:00',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (http:\/\/\S+)/.exec(out);
      if (ready?.[1]) resolve({ child, url: ready[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`runtime exited (${code}) before ready:\n${out}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('a crash loses nothing', () => {
  it('after kill -9 mid-acceptance, the restarted runtime still has the case and its timer still fires', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ajc-restart-'));
    const first = await startRuntime(dataDir);
    const anonymous = new ApiClient(first.url);
    const applicant = await anonymous.signIn('zhangsan');
    const filed = await applicant.file(fineApplication());
    expect(filed.status).toBe(201);
    await killed(first.child);

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
    await killed(second.child);
  });
});
