import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { serverRoutes } from '../../infra/local/server';
import { localTableName } from '../../infra/local/system';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

/**
 * Random and adversarial requests at every route the local server answers (the same list it
 * routes by, so a new route is fuzzed without editing this file): broken JSON, null, NaN, a
 * byte-order mark, huge strings, deep nesting, wrong types, prototype-pollution keys; bad path
 * escapes, traversal and Unicode; content types, auth schemes and tampered tokens. Every answer
 * is below 500; every 4xx is problem+json with a code (and field paths for invalid input); and
 * a refusal writes nothing — the whole table, the outbox and the clock are as they were.
 *
 * Reproducible: a fixed seed by default; FUZZ_SEED and FUZZ_RUNS (total runs) override it.
 */

const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan' });

const seed = Number(process.env.FUZZ_SEED ?? 20_260_210);
const totalRuns = Number(process.env.FUZZ_RUNS ?? 400);
const routes = serverRoutes();
const runsPerRoute = Math.max(1, Math.ceil(totalRuns / routes.length));
/** Generous per route: a long run (FUZZ_RUNS in the thousands) files cases and moves the clock. */
const timeoutPerRoute = Math.max(30_000, runsPerRoute * 500);

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** One raw HTTP request (no client-side normalisation of the path, unlike fetch). */
function send(method: string, path: string, headers: Record<string, string>, body?: string | Buffer) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: s.t.system.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    // A request the server never answers is a failure of its own (named by the property's counterexample).
    req.setTimeout(15_000, () =>
      req.destroy(new Error(`no answer within 15 s: ${method} ${path.slice(0, 100)}`)),
    );
    req.end(body);
  });
}

/** Everything a request could write: every table item, the outbox, the clock file. */
async function writtenState(): Promise<string> {
  const items: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await s.t.system.documentClient.send(
      new ScanCommand({ TableName: localTableName, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) items.push(JSON.stringify(item));
    start = page.LastEvaluatedKey;
  } while (start);
  return JSON.stringify({
    items: items.sort(),
    outbox: s.t.system.outbox.delivered.length,
    clock: readFileSync(join(s.t.dataDir, 'clock.json'), 'utf8'),
  });
}

// ------------------------------------------------------------------------------- arbitraries

const huge = 'x'.repeat(200_000);
const tooLarge = `{"a":"${'y'.repeat(1_100_000)}"}`;
const deepArray = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
const deepObject = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;

/** Values that break things: wrong types, junk text, odd numbers and dates, pollution keys. */
const adversarialValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    '\u0000',
    '\uD800x',
    '\u200B',
    '\u202E反转',
    '张\r\n三',
    huge,
    -1,
    0,
    1e308,
    1.5,
    [],
    {},
    true,
    '0000-01-01',
    '9999-12-31',
    '2026-02-30',
    '000000000000000000',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "'; DROP TABLE cases;--",
    JSON.parse('{"__proto__":{"isAdmin":true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
);

/** Well-formed bodies to mutate, per route; a route without one still gets the generic bodies. */
const seedBodies: Record<string, unknown[]> = {
  'POST /v1/cases': [fineApplication()],
  'POST /v1/cases/timeliness': [fineApplication()],
  'POST /v1/cases/{id}/actions': [
    { action: 'accept', expectedVersion: 1, track: 'ordinary' },
    { action: 'requestCorrection', expectedVersion: 1, items: [{ field: '证据', descriptionZh: '请补充' }] },
    { action: 'withdraw', expectedVersion: 1, reasonZh: '不再申请' },
  ],
  'PUT /v1/calendar/{year}': [
    { source: '国务院办公厅通知', daysOff: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] },
  ],
  'POST /v1/calendar/{year}/previews': [
    { source: '国务院办公厅通知', daysOff: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] },
  ],
  'POST /local/sign-in': [{ username: 'zhangsan' }],
  'POST /local/clock': [{ advanceHours: 1 }],
};

type Path = (string | number)[];
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}

/** A seed body with one place replaced, removed, or given a __proto__ key of its own. */
function mutated(body: unknown) {
  return fc
    .tuple(fc.nat(), adversarialValue, fc.constantFrom('replace', 'delete', 'proto'))
    .map(([n, value, how]) => {
      const copy = structuredClone(body) as Record<string | number, unknown>;
      const paths = pathsOf(copy).filter((p) => p.length > 0);
      const path = paths[n % paths.length] ?? [];
      const parent = path
        .slice(0, -1)
        .reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
      const key = path[path.length - 1] as string | number;
      if (how === 'delete') delete parent[key];
      else if (how === 'proto')
        Object.defineProperty(parent, '__proto__', {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else parent[key] = value;
      return JSON.stringify(copy);
    });
}

const brokenBodies = fc.constantFrom<string | Buffer>(
  '',
  ' ',
  '{',
  '{"a":',
  '[1,',
  'nul',
  'NaN',
  'Infinity',
  '-',
  'null',
  'true',
  '"text"',
  '[]',
  '1e400',
  '\uFEFF{}',
  '\uFEFF\uFEFF{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `{"a":"${huge}"}`,
  deepArray,
  deepObject,
  tooLarge,
  Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
);

function bodyFor(key: string) {
  const seeds = seedBodies[key] ?? [];
  return fc.oneof(
    brokenBodies,
    fc.jsonValue().map((v) => JSON.stringify(v)),
    adversarialValue.map((v) => JSON.stringify(v) ?? ''),
    ...seeds.map(mutated),
  );
}

/** A path segment for a {param}: a real case id, or bad escapes, traversal, Unicode, overlong. */
function segmentFor(caseId: string) {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(caseId, '2027') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '%ZZ',
        '%',
        '%E4%B8',
        '%C0%AF',
        '%00',
        '..',
        '%2e%2e',
        '..%2F..%2Fetc%2Fpasswd',
        '%2F',
        encodeURIComponent('案件'),
        'caf\u00e9',
        '0000',
        '-1',
        '__proto__',
        'constructor',
        'a'.repeat(3000),
      ),
    },
    fc.uuid(),
    fc.string({ unit: 'binary', maxLength: 20 }).map(encodeURIComponent),
  );
}

const queries = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?view=mine',
    '?view=queue&limit=0',
    '?view=mine&limit=abc',
    '?view=mine&limit=1e9',
    '?view=overdue&cursor=%%%',
    '?view=mine&cursor=eyJiIjotMX0',
    `?view=mine&cursor=${'A'.repeat(3000)}`,
    '?view=mine&view=queue',
    '?__proto__[x]=1&constructor=1',
    '?stage=closed&view=dueSoon',
  ),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }))
    .map((d) => `?${new URLSearchParams(d)}`),
);

/** Mostly JSON (so bodies reach validation), often something else. */
const contentTypes = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'APPLICATION/JSON;CHARSET=UTF-8',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<string | undefined>(
      undefined,
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/jsonp',
      '',
    ),
  },
);

/** Header values the HTTP client can put on the wire (visible ASCII and Latin-1, tabs, spaces). */
const headerSafe = (v: string) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v);

// -------------------------------------------------------------------------------------- the test

const tokens: Record<string, string> = {};
let caseId = '';

beforeAll(async () => {
  const signIn = async (username: string) =>
    JSON.parse(
      (
        await send(
          'POST',
          '/local/sign-in',
          { 'content-type': 'application/json' },
          JSON.stringify({ username }),
        )
      ).text,
    ).token as string;
  for (const username of ['zhangsan', 'wangfang', 'admin', 'liuwei', 'sunli'])
    tokens[username] = await signIn(username);
  caseId = (await s.applicant.file(fineApplication())).body.id;
  await s.t.system.workflow.settle();
});

/** Signed-in users (each scheme spelling), other schemes, and tokens that are tampered, unsigned or expired. */
async function authorizations() {
  const [head, payload, signature] = (tokens.zhangsan ?? '').split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
  const asAdmin = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'] })).toString(
    'base64url',
  );
  const unsigned = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  const expired = await new SignJWT({ 'cognito:groups': ['admin'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('local-admin')
    .setIssuer('local-sign-in')
    .setAudience('admin-justice-cases')
    .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
    .sign(readFileSync(join(s.t.dataDir, 'jwt-secret')));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        `Bearer ${tokens.zhangsan}`,
        `bearer ${tokens.wangfang}`,
        `BEARER ${tokens.admin}`,
        `Bearer ${tokens.liuwei}`,
        `Bearer ${tokens.sunli}`,
        `Bearer  ${tokens.zhangsan}`,
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        'Basic dXNlcjpwYXNz',
        'Bearer',
        'Bearer a.b.c',
        `Bearer ${head}.${asAdmin}.${signature}`,
        `Bearer ${unsigned}.${asAdmin}.`,
        `Bearer ${expired}`,
        `Bearer ${tokens.zhangsan}x`,
      ),
    },
  );
}

describe('fuzz: random and adversarial requests at every route', () => {
  it('covers the routes the server routes by', () => {
    const keys = routes.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['POST /v1/cases', 'PUT /v1/calendar/{year}', 'POST /local/clock']),
    );
  });

  it.each(routes.map((r, i) => [r.key, i] as const))(
    '%s',
    async (key, index) => {
      const [method, template] = key.split(' ') as [string, string];
      const params = template.match(/\{\w+\}/g) ?? [];
      const request = fc.record({
        segments: fc.tuple(...params.map(() => segmentFor(caseId))),
        query: queries,
        body: method === 'GET' ? fc.option(bodyFor(key), { freq: 8 }) : bodyFor(key),
        contentType: contentTypes,
        authorization: await authorizations(),
        correlationId: fc.option(fc.string({ maxLength: 200 }).filter(headerSafe)),
        idempotencyKey: fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 140 }).filter(headerSafe))),
      });
      let before = await writtenState();
      const codes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          let path = template;
          for (const [i, p] of params.entries()) path = path.replace(p, r.segments[i] ?? '');
          const headers: Record<string, string> = {};
          if (r.contentType !== undefined) headers['content-type'] = r.contentType;
          if (r.authorization !== undefined) headers.authorization = r.authorization;
          if (r.correlationId !== null) headers['x-correlation-id'] = r.correlationId;
          if (r.idempotencyKey !== null) headers['idempotency-key'] = r.idempotencyKey;
          const answer = await send(method, `${path}${r.query}`, headers, r.body ?? undefined);
          const what = `${method} ${path.slice(0, 120)}${r.query.slice(0, 60)} → ${answer.status} ${answer.text.slice(0, 300)}`;

          expect({ what, serverError: answer.status >= 500 }).toEqual({ what, serverError: false });
          if (answer.status < 400) {
            // Accepted: let its effects (workflow, notices, background jobs) finish, then start counting again.
            await s.t.system.workflow.settle();
            await s.t.system.jobs.settle();
            before = await writtenState();
            return;
          }
          // Every refusal is a problem document with a code; invalid input names its fields.
          const wrong: string[] = [];
          if (!answer.contentType.startsWith('application/problem+json')) wrong.push('not problem+json');
          const problem = JSON.parse(answer.text) as {
            code: unknown;
            status: unknown;
            detail: string;
            errors: { path: unknown; messageZh: string }[];
          };
          if (typeof problem.code !== 'string' || !problem.code) wrong.push('no code');
          else codes.add(problem.code);
          if (problem.status !== answer.status) wrong.push('status differs');
          if (!/\p{Script=Han}/u.test(problem.detail)) wrong.push('detail not in Chinese');
          if (!Array.isArray(problem.errors)) wrong.push('no errors list');
          else if (problem.code === 'request.invalid') {
            if (problem.errors.length === 0) wrong.push('invalid input without field paths');
            for (const e of problem.errors) {
              if (typeof e.path !== 'string' || !e.path) wrong.push(`empty path: ${JSON.stringify(e)}`);
              if (!/\p{Script=Han}/u.test(e.messageZh)) wrong.push(`message not in Chinese: ${e.messageZh}`);
            }
          }
          expect({ what, wrong }).toEqual({ what, wrong: [] });
          // A refusal writes nothing.
          expect({ what, unchanged: (await writtenState()) === before }).toEqual({ what, unchanged: true });
        }),
        { seed: seed + index, numRuns: runsPerRoute, endOnFailure: true },
      );
    },
    timeoutPerRoute,
  );

  it('leaves the system serving: health, and a filing still goes through', async () => {
    expect((await send('GET', '/health', {})).status).toBe(200);
    expect((await s.applicant.file(fineApplication())).status).toBe(201);
  });
});
