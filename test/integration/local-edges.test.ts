import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { StartupError } from '../../infra/local/startup-error';
import { startLocalSystem } from '../../infra/local/system';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

/** Bad input at the local edges is a clear 4xx naming the field, and never breaks the runtime. */
const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan', admin: 'admin' });

const raw = (path: string, init: RequestInit = {}) => fetch(`${s.t.system.url}${path}`, init);
const tokenOf = async (username: string) =>
  (
    (await (await raw('/local/sign-in', { method: 'POST', body: JSON.stringify({ username }) })).json()) as {
      token: string;
    }
  ).token;

describe('the local edges refuse bad input clearly', () => {
  it.each(['/v1/cases/%ZZ', '/v1/cases/%ZZ/events'])('GET %s is 400 naming the id', async (path) => {
    const r = await s.applicant.get(path);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ path: 'id', messageZh: '含有无法解码的 % 转义' }]);
  });

  it.each([['{'], ['null'], ['NaN'], ['[]'], ['{"username":5}']])('sign-in with %s is 400', async (body) => {
    const r = await raw('/local/sign-in', { method: 'POST', body });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs in with a byte-order mark before the JSON', async () => {
    const r = await raw('/local/sign-in', { method: 'POST', body: '\uFEFF{"username":"zhangsan"}' });
    expect(r.status).toBe(200);
  });

  it('moves the clock only for a signed-in administrator, only forward, and only sensibly', async () => {
    expect((await raw('/local/clock', { method: 'POST', body: '{"advanceDays":1}' })).status).toBe(401);
    expect((await s.applicant.post('/local/clock', { advanceDays: 1 })).status).toBe(403);
    const before = (await s.admin.get('/local/clock')).body.now;
    for (const [body, path] of [
      [{ advanceDays: 'abc' }, 'advanceDays'],
      [{ advanceDays: 1e308 }, 'advanceDays'],
      [{ advanceDays: -1 }, 'advanceDays'],
      [{ to: '9999-12-31T00:00:00Z' }, 'to'],
      [{ to: '2020-01-01T00:00:00Z' }, 'to'],
      [{}, 'advanceDays'],
      [{ advanceDays: 1, to: '2030-01-01T00:00:00Z' }, 'advanceDays'],
      [{ days: 1 }, '(body)'],
    ] as const) {
      const r = await s.admin.post('/local/clock', body);
      expect({ body, status: r.status }).toEqual({ body, status: 400 });
      expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // Nothing moved, and the runtime still serves.
    expect((await s.admin.get('/local/clock')).body.now.slice(0, 16)).toBe(before.slice(0, 16));
    expect((await s.applicant.file(fineApplication())).status).toBe(201);
  });

  it('takes the Bearer scheme in any case and refuses a token that never expires', async () => {
    const token = await tokenOf('zhangsan');
    const lower = await raw('/v1/notifications', { headers: { authorization: `bearer ${token}` } });
    expect(lower.status).toBe(200);
    const secret = readFileSync(join(s.t.dataDir, 'jwt-secret'));
    const forever = await new SignJWT({ 'cognito:groups': ['applicant'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('local-zhangsan')
      .setIssuer('local-sign-in')
      .setAudience('admin-justice-cases')
      .sign(secret);
    const refused = await raw('/v1/notifications', { headers: { authorization: `Bearer ${forever}` } });
    expect(refused.status).toBe(401);
  });

  it('shows the outbox only to the signed in: each their own, the administrator all', async () => {
    await s.applicant.file(fineApplication());
    expect((await raw('/local/outbox')).status).toBe(401);
    const mine = (await s.applicant.get('/local/outbox')).body.items as { recipient: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((n) => n.recipient))).toEqual(new Set(['local-zhangsan']));
    const all = (await s.admin.get('/local/outbox')).body.items as { recipient: string }[];
    expect(all.length).toBeGreaterThan(mine.length);
  });
});

describe('start-up with a damaged clock file', () => {
  it('stops with one Chinese line naming the file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ajc-clock-'));
    writeFileSync(join(dataDir, 'clock.json'), '');
    const start = startLocalSystem({ dataDir });
    await expect(start).rejects.toBeInstanceOf(StartupError);
    await expect(startLocalSystem({ dataDir })).rejects.toThrow(/演示时钟文件 .*clock\.json 已损坏/);
  });
});
