import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { invokeAs } from '../../shared/runtime';
import { routeGroups } from '../routes';
import type { LocalClock } from './clock';
import { demoUsers } from './demo-users';
import type { LocalIdentity } from './identity';
import type { LocalOutbox } from './outbox';
import { type LocalWorkflow, lambdaContext } from './workflow';

type ApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

interface Route {
  readonly key: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly params: string[];
  readonly auth: boolean;
  readonly group: string;
  readonly handler: ApiHandler;
}

export interface LocalServerDeps {
  readonly projectRoot: string;
  readonly identity: LocalIdentity;
  readonly clock: LocalClock;
  readonly workflow: LocalWorkflow;
  readonly outbox: LocalOutbox;
  /** Runs what the hourly schedule runs on AWS (the reconciler) once the clock has moved. */
  readonly afterClockMove?: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function loadRoutes(projectRoot: string): Promise<Route[]> {
  const routes: Route[] = [];
  for (const [group, def] of Object.entries(routeGroups)) {
    const mod = (await import(`${projectRoot}/${def.entry}`)) as { handler: ApiHandler };
    for (const r of def.routes) {
      const [method, path] = r.key.split(' ') as [string, string];
      const params: string[] = [];
      const pattern = new RegExp(
        `^${path.replace(/\{(\w+)\}/g, (_m, name: string) => {
          params.push(name);
          return '([^/]+)';
        })}$`,
      );
      routes.push({ key: r.key, method, pattern, params, auth: r.auth, group, handler: mod.handler });
    }
  }
  // Literal routes before parameterised ones (as API Gateway prefers the most specific match).
  return routes.sort((a, b) => a.params.length - b.params.length);
}

const problem = (
  res: ServerResponse,
  status: number,
  code: string,
  detail: string,
  errors: readonly { path: string; messageZh: string }[] = [],
) => {
  res.writeHead(status, { 'content-type': 'application/problem+json; charset=utf-8' });
  res.end(
    JSON.stringify({
      type: `urn:admin-justice:problem:${code}`,
      title: detail,
      status,
      code,
      detail,
      errors,
    }),
  );
};

/** A local route's body: JSON text parsed with its zod schema, or the reason it is refused. */
function parseLocalBody<S extends z.ZodType>(
  text: string | undefined,
  schema: S,
): { ok: true; value: z.infer<S> } | { ok: false; errors: { path: string; messageZh: string }[] } {
  let raw: unknown;
  try {
    raw = JSON.parse((text ?? '').replace(/^\uFEFF/, '') || '{}');
  } catch {
    return { ok: false, errors: [{ path: '(body)', messageZh: '请求体应为 JSON 对象' }] };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 50).map((i) => ({
      path: i.path.map(String).join('.') || '(body)',
      messageZh: i.message,
    })),
  };
}

const signInBody = z.object(
  {
    username: z
      .string({ error: '请填写演示用户名 username' })
      .trim()
      .min(1, { message: '请填写演示用户名 username' }),
  },
  { error: '请求体应为 JSON 对象，例如 {"username":"zhangsan"}' },
);

/** The last instant the demo clock may be set to (the calendar data and the deadlines stop making sense after). */
const clockLimit = new Date('2100-12-31T23:59:59+08:00');
const clockBody = z
  .strictObject(
    {
      advanceDays: z
        .number({ error: 'advanceDays 应为天数（整数）' })
        .int({ message: 'advanceDays 应为整数' })
        .min(0, { message: 'advanceDays 不能为负数（时钟只能向前）' })
        .max(3650, { message: 'advanceDays 最大为 3650' })
        .optional(),
      advanceHours: z
        .number({ error: 'advanceHours 应为小时数（整数）' })
        .int({ message: 'advanceHours 应为整数' })
        .min(0, { message: 'advanceHours 不能为负数（时钟只能向前）' })
        .max(23, { message: 'advanceHours 应在0至23之间，整天请用 advanceDays' })
        .optional(),
      to: z.iso
        .datetime({ offset: true, message: 'to 应为带时区的时间，例如 2026-03-01T09:00:00+08:00' })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? '只接受 advanceDays、advanceHours 或 to'
          : '请求体应为 JSON 对象',
    },
  )
  .refine((b) => (b.to !== undefined) !== (b.advanceDays ?? 0) + (b.advanceHours ?? 0) > 0, {
    message: '请只给出 to（调到某一时刻），或 advanceDays / advanceHours（向前拨动，至少1小时）之一',
    path: ['advanceDays'],
  });

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/**
 * The local HTTP API: turns each request into the APIGatewayProxyEventV2 API Gateway would
 * send (JWT verified, claims where the JWT authorizer puts them) and calls the same handler
 * module. Also serves the portal and the local-only sign-in, clock and outbox.
 */
export async function createLocalServer(deps: LocalServerDeps): Promise<Server> {
  const routes = await loadRoutes(deps.projectRoot);
  const webRoot = join(deps.projectRoot, 'web');

  const claimsOf = async (req: IncomingMessage) => {
    // The scheme name is case-insensitive (RFC 7235 §2.1).
    const token = /^bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    return token ? deps.identity.verify(token) : undefined;
  };

  async function handleLocal(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (req.method === 'GET' && path === '/local/users') {
      sendJson(res, 200, { users: demoUsers });
      return true;
    }
    if (req.method === 'POST' && path === '/local/sign-in') {
      const body = parseLocalBody(await readBody(req), signInBody);
      if (!body.ok) {
        problem(res, 400, 'request.invalid', '登录请求有误', body.errors);
        return true;
      }
      const { username } = body.value;
      const token = await deps.identity.signIn(username);
      if (!token) {
        problem(
          res,
          401,
          'auth.unknownUser',
          `没有演示用户“${username}”，可用：${demoUsers.map((u) => u.username).join('、')}`,
          [{ path: 'username', messageZh: '没有这个演示用户' }],
        );
        return true;
      }
      sendJson(res, 200, { token, user: deps.identity.user(username) });
      return true;
    }
    if (path === '/local/clock') {
      if (req.method === 'GET') {
        sendJson(res, 200, { now: deps.clock.now().toISOString() });
        return true;
      }
      const claims = await claimsOf(req);
      if (!claims) {
        problem(res, 401, 'auth.required', '请先以系统管理员身份登录（Authorization: Bearer <token>）');
        return true;
      }
      if (!claims['cognito:groups']?.includes('admin')) {
        problem(res, 403, 'auth.forbidden', '只有系统管理员可以调整演示时钟');
        return true;
      }
      const body = parseLocalBody(await readBody(req), clockBody);
      const now = deps.clock.now();
      const target = body.ok && body.value.to ? new Date(body.value.to) : undefined;
      const errors = body.ok ? [] : body.errors;
      if (target && (target < now || target > clockLimit))
        errors.push({
          path: 'to',
          messageZh: `时钟只能向前调整，且不晚于2100年12月31日（现在是${now.toISOString()}）`,
        });
      if (!body.ok || errors.length) {
        problem(res, 400, 'request.invalid', '演示时钟的调整有误', errors);
        return true;
      }
      const ms = ((body.value.advanceDays ?? 0) * 24 + (body.value.advanceHours ?? 0)) * 3600_000;
      if (!target && now.getTime() + ms > clockLimit.getTime()) {
        problem(res, 400, 'request.invalid', '演示时钟的调整有误', [
          { path: 'advanceDays', messageZh: '调整后的时间不能晚于2100年12月31日' },
        ]);
        return true;
      }
      if (target) deps.clock.setTo(target);
      else deps.clock.advance(ms);
      const woke = deps.workflow.wakeAll();
      await deps.workflow.settle();
      await deps.afterClockMove?.();
      sendJson(res, 200, {
        before: now.toISOString(),
        now: deps.clock.now().toISOString(),
        wokeExecutions: woke,
      });
      return true;
    }
    if (req.method === 'GET' && path === '/local/outbox') {
      // What SNS would have sent: the administrator sees all of it, anyone else only their own.
      const claims = await claimsOf(req);
      if (!claims) {
        problem(res, 401, 'auth.required', '请先登录（Authorization: Bearer <token>）');
        return true;
      }
      const admin = claims['cognito:groups']?.includes('admin');
      sendJson(res, 200, {
        items: deps.outbox.delivered.filter((n) => admin || n.recipient === claims.sub),
      });
      return true;
    }
    return false;
  }

  async function serveStatic(res: ServerResponse, path: string): Promise<boolean> {
    const rel = path === '/' ? 'index.html' : path.slice(1);
    const file = normalize(join(webRoot, rel));
    if (!file.startsWith(webRoot)) return false;
    try {
      const content = await readFile(file);
      res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      res.end(content);
      return true;
    } catch {
      return false;
    }
  }

  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path.startsWith('/local/') && (await handleLocal(req, res, path))) return;
      const match = routes
        .filter((r) => r.method === req.method)
        .map((r) => ({ r, m: r.pattern.exec(path) }))
        .find((x) => x.m);
      if (!match) {
        if (req.method === 'GET' && (await serveStatic(res, path))) return;
        problem(res, 404, 'route.notFound', `没有这个接口：${req.method} ${path}`);
        return;
      }
      const { r, m } = match as { r: Route; m: RegExpExecArray };
      // A malformed escape (e.g. %ZZ) is the caller's error, named by its parameter.
      const pathParameters: Record<string, string> = {};
      for (const [i, p] of r.params.entries()) {
        try {
          pathParameters[p] = decodeURIComponent(m[i + 1] ?? '');
        } catch {
          problem(res, 400, 'request.invalid', '地址中的参数编码有误', [
            { path: p, messageZh: '含有无法解码的 % 转义' },
          ]);
          return;
        }
      }
      const claims = r.auth ? await claimsOf(req) : undefined;
      if (r.auth && !claims) {
        problem(res, 401, 'auth.required', '请先登录（Authorization: Bearer <token>）');
        return;
      }
      const body = await readBody(req);
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k.toLowerCase(),
          Array.isArray(v) ? v.join(',') : (v ?? ''),
        ]),
      );
      const now = new Date();
      const requestId = randomUUID();
      const event = {
        version: '2.0',
        routeKey: r.key,
        rawPath: path,
        rawQueryString: url.search.slice(1),
        headers,
        ...(url.searchParams.size ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
        ...(r.params.length
          ? {
              pathParameters,
            }
          : {}),
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          domainName: headers.host ?? 'localhost',
          domainPrefix: 'local',
          http: {
            method: r.method,
            path,
            protocol: 'HTTP/1.1',
            sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
            userAgent: headers['user-agent'] ?? '',
          },
          requestId,
          routeKey: r.key,
          stage: '$default',
          time: now.toISOString(),
          timeEpoch: now.getTime(),
          ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
        },
        ...(body !== undefined ? { body } : {}),
        isBase64Encoded: false,
      } as unknown as APIGatewayProxyEventV2;
      const result = await invokeAs(r.group, () => r.handler(event, lambdaContext(`api-${r.group}`)));
      res.writeHead(result.statusCode ?? 200, (result.headers ?? {}) as Record<string, string>);
      res.end(result.body ?? '');
    } catch (err) {
      const status = (err as { status?: number }).status ?? 500;
      problem(
        res,
        status,
        status === 413 ? 'request.tooLarge' : 'internal',
        status === 413 ? '请求体过大' : '本地服务器内部错误',
      );
    }
  });
}
