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
const asJson = { 'content-type': 'application/json' };
const tokenOf = async (username: string) =>
  (
    (await (
      await raw('/local/sign-in', { method: 'POST', headers: asJson, body: JSON.stringify({ username }) })
    ).json()) as {
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
    const r = await raw('/local/sign-in', { method: 'POST', headers: asJson, body });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs in with a byte-order mark before the JSON', async () => {
    const r = await raw('/local/sign-in', {
      method: 'POST',
      headers: asJson,
      body: '\uFEFF{"username":"zhangsan"}',
    });
    expect(r.status).toBe(200);
  });

  it.each([
    ['text/plain;charset=UTF-8', 415],
    ['application/x-www-form-urlencoded', 415],
    ['application/json; charset=latin1', 415],
    ['APPLICATION/JSON; Charset="UTF-8"', 200],
  ])('signs in only with a JSON body: content-type %s is %d', async (type, status) => {
    const r = await raw('/local/sign-in', {
      method: 'POST',
      headers: { 'content-type': type },
      body: '{"username":"zhangsan"}',
    });
    expect(r.status).toBe(status);
    if (status === 415) {
      const problem = (await r.json()) as { code: string; detail: string; errors: { path: string }[] };
      expect(problem.code).toBe('request.unsupportedMediaType');
      expect(problem.detail).toContain('Content-Type');
      expect(problem.errors.map((e) => e.path)).toEqual(['headers.content-type']);
    }
  });

  it('answers a body that is not declared as JSON with 415 on the API routes too, and a GET without a body as usual', async () => {
    const token = await tokenOf('zhangsan');
    const filing = await raw('/v1/cases', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'plain-text-0001' },
      body: JSON.stringify(fineApplication()),
    });
    expect(filing.status).toBe(415);
    expect(((await filing.json()) as { detail: string }).detail).toMatch(/Content-Type.*application\/json/);
    const list = await raw('/v1/cases?view=mine', { headers: { authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('moves the clock only for a signed-in administrator, only forward, and only sensibly', async () => {
    expect(
      (await raw('/local/clock', { method: 'POST', headers: asJson, body: '{"advanceDays":1}' })).status,
    ).toBe(401);
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
      [{ days: 1 }, 'days'],
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

describe('every 500 is logged with its correlation id, which the answer carries', () => {
  /** Runs `fn` with standard error captured (the logger writes error lines there); returns the lines. */
  async function capturingErrors(fn: () => Promise<void>): Promise<string[]> {
    const lines: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      await fn();
    } finally {
      process.stderr.write = write;
    }
    return lines;
  }

  it('an API handler that fails unexpectedly', async () => {
    let failNext = false;
    s.t.system.documentClient.middlewareStack.add(
      (next) => async (args) => {
        if (failNext) {
          failNext = false;
          throw new Error('injected storage failure');
        }
        return next(args);
      },
      { step: 'initialize', name: 'failOnce' },
    );
    let answer: { status: number; body: { code: string; correlationId: string; detail: string } } | undefined;
    const lines = await capturingErrors(async () => {
      failNext = true;
      const r = await raw('/v1/cases?view=mine', {
        headers: { authorization: `Bearer ${await tokenOf('zhangsan')}`, 'x-correlation-id': 'corr-api-500' },
      });
      answer = { status: r.status, body: (await r.json()) as never };
    });
    s.t.system.documentClient.middlewareStack.remove('failOnce');
    expect(answer?.status).toBe(500);
    expect(answer?.body).toMatchObject({ code: 'internal', correlationId: 'corr-api-500' });
    expect(answer?.body.detail).toContain('corr-api-500');
    expect(answer?.body.detail).not.toContain('injected');
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.message === 'unexpected error');
    expect(logged).toMatchObject({
      level: 'ERROR',
      correlationId: 'corr-api-500',
      routeKey: 'GET /v1/cases',
    });
  });

  it('the local server itself failing, with an id of its own when the caller gave none (or a bad one)', async () => {
    const clock = s.t.system.clock;
    const now = clock.now;
    let body: { code: string; correlationId: string } | undefined;
    const lines = await capturingErrors(async () => {
      clock.now = () => {
        throw new Error('injected clock failure');
      };
      try {
        const r = await raw('/local/clock', { headers: { 'x-correlation-id': 'not a plain token\u00e9' } });
        expect(r.status).toBe(500);
        body = (await r.json()) as never;
      } finally {
        clock.now = now;
      }
    });
    expect(body?.code).toBe('internal');
    expect(body?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.message === 'local server error');
    expect(logged).toMatchObject({ level: 'ERROR', correlationId: body?.correlationId });
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
