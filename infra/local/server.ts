import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { correlationIdShape, parseJsonText, type RequestSchemas } from '../../shared/http/api';
import {
  clip,
  contentTypeRefusal,
  type FieldProblem,
  problemDocument,
  problemHeaders,
  RefusalError,
  statusByCode,
  zodRefusal,
} from '../../shared/http/problem';
import { withLogContext } from '../../shared/observability/log-context';
import { logger } from '../../shared/observability/logger';
import { invokeAs } from '../../shared/runtime';
import { notAnObject, requiredText } from '../../shared/validation/text';
import { routeGroups } from '../routes';
import { localPortalConfig } from '../site';
import type { LocalClock } from './clock';
import { demoUsers } from './demo-users';
import { type LocalFileStore, localFilesPrefix } from './files';
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
  /** The API route group whose Lambda handler answers, or undefined for a local-only route. */
  readonly group?: string;
  readonly handler?: ApiHandler;
}

export interface LocalServerDeps {
  readonly projectRoot: string;
  readonly identity: LocalIdentity;
  readonly clock: LocalClock;
  readonly workflow: LocalWorkflow;
  readonly outbox: LocalOutbox;
  /** Answers the signed upload and download links of the files bucket's stand-in. */
  readonly files?: LocalFileStore;
  /** Runs what the hourly schedule runs on AWS (the reconciler) once the clock has moved. */
  readonly afterClockMove?: () => Promise<void>;
  /** The portal's build folder to serve (none: this system serves the API only). */
  readonly portalDir?: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Which file of the portal's build answers a path, as the CloudFront function does on AWS: a
 * path with a file extension is that file, /docs is the API reference page, and every other
 * path is a client-side route of the single-page app (index.html).
 */
export function portalFileFor(path: string): string {
  if (path === '/docs' || path === '/docs/') return 'docs.html';
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path.slice(1) : 'index.html';
}

/** The routes only the local runtime has: demo sign-in, the movable clock, the outbox. */
export const localRoutes = {
  'GET /config.json': { auth: false, requests: {} },
  'GET /local/users': { auth: false, requests: {} },
  'POST /local/sign-in': { auth: false, requests: { body: () => [signInBody] } },
  'GET /local/clock': { auth: false, requests: {} },
  'POST /local/clock': { auth: true, requests: { body: () => [clockBody] } },
  'GET /local/outbox': { auth: true, requests: {} },
} as const satisfies Record<string, { auth: boolean; requests: RequestSchemas }>;
type LocalRouteKey = keyof typeof localRoutes;

/** Every route the local server answers: the API's (infra/routes.ts) and the local ones. */
export const serverRoutes = (): { key: string; auth: boolean }[] => [
  ...Object.values(routeGroups).flatMap((g) => g.routes.map((r) => ({ key: r.key, auth: r.auth }))),
  ...Object.entries(localRoutes).map(([key, r]) => ({ key, auth: r.auth })),
];

const apiGroupOf = new Map<string, string>(
  Object.entries(routeGroups).flatMap(([group, def]) => def.routes.map((r) => [r.key, group] as const)),
);

async function loadRoutes(projectRoot: string): Promise<Route[]> {
  const handlers = new Map<string, ApiHandler>();
  for (const [group, def] of Object.entries(routeGroups)) {
    const mod = (await import(`${projectRoot}/${def.entry}`)) as { handler: ApiHandler };
    handlers.set(group, mod.handler);
  }
  const routes = serverRoutes().map(({ key, auth }): Route => {
    const [method, path] = key.split(' ') as [string, string];
    const params: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, (_m, name: string) => {
        params.push(name);
        return '([^/]+)';
      })}$`,
    );
    const group = apiGroupOf.get(key);
    return { key, method, pattern, params, auth, ...(group ? { group, handler: handlers.get(group) } : {}) };
  });
  // Literal routes before parameterised ones (as API Gateway prefers the most specific match).
  return routes.sort((a, b) => a.params.length - b.params.length);
}

const problem = (
  res: ServerResponse,
  status: number,
  code: string,
  detail: string,
  errors: readonly FieldProblem[] = [],
  correlationId?: string,
) => {
  res.writeHead(status, problemHeaders);
  res.end(JSON.stringify(problemDocument(status, code, detail, errors, { correlationId })));
};

/** A local route's body: declared as JSON, parsed with its zod schema; or the problem to answer. */
function parseLocalBody<S extends z.ZodType>(
  req: IncomingMessage,
  text: string | undefined,
  schema: S,
):
  | { ok: true; value: z.infer<S> }
  | { ok: false; status: number; code: string; detail: string; errors: FieldProblem[] } {
  try {
    const contentType = req.headers['content-type'];
    if (contentType !== undefined || text) {
      const refusal = contentTypeRefusal(contentType);
      if (refusal) throw new RefusalError(refusal);
    }
    const parsed = schema.safeParse(parseJsonText(text));
    if (!parsed.success) throw new RefusalError(zodRefusal(parsed.error));
    return { ok: true, value: parsed.data };
  } catch (err) {
    if (!(err instanceof RefusalError)) throw err;
    const { code, messageZh, fields = [] } = err.refusal;
    return { ok: false, status: statusByCode[code], code, detail: messageZh, errors: [...fields] };
  }
}

const signInBody = z.strictObject(
  { username: requiredText('演示用户名 username', { max: 64 }) },
  { error: notAnObject('请求体应为 JSON 对象，包含演示用户名 username') },
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

/** The largest body the local API takes (API Gateway's own limit is higher; 1 MB is plenty for a form). */
const BODY_LIMIT = 1024 * 1024;
/** Beyond this, an oversized body is not even read to its end: the connection is dropped. */
const DRAIN_LIMIT = 16 * BODY_LIMIT;

/**
 * The request body as text. An oversized body is read to its end and dropped, then refused with
 * 413: the client gets its answer (stopping mid-stream would cut the connection under it).
 */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= BODY_LIMIT) chunks.push(chunk as Buffer);
    else if (size > DRAIN_LIMIT) break;
  }
  if (size > BODY_LIMIT) throw Object.assign(new Error('body too large'), { status: 413 });
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/**
 * The local HTTP API: turns each request into the APIGatewayProxyEventV2 API Gateway would
 * send (JWT verified, claims where the JWT authorizer puts them) and calls the same handler
 * module. Also serves the portal and the local-only sign-in, clock and outbox.
 */
export async function createLocalServer(deps: LocalServerDeps): Promise<Server> {
  const routes = await loadRoutes(deps.projectRoot);
  const portalDir = deps.portalDir && resolve(deps.portalDir);

  const claimsOf = async (req: IncomingMessage) => {
    // The scheme name is case-insensitive (RFC 7235 §2.1).
    const token = /^bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    return token ? deps.identity.verify(token) : undefined;
  };

  type Claims = Record<string, string>;
  type LocalHandler = (
    req: IncomingMessage,
    res: ServerResponse,
    claims: Claims | undefined,
  ) => Promise<void>;

  /** One handler per local route (the table above says which need a sign-in). */
  const localHandlers: Record<LocalRouteKey, LocalHandler> = {
    'GET /local/users': async (_req, res) => sendJson(res, 200, { users: demoUsers }),

    // What the stack writes to the bucket on AWS: here demo sign-in, and this server is both APIs.
    'GET /config.json': async (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      sendJson(res, 200, localPortalConfig());
    },

    'POST /local/sign-in': async (req, res) => {
      const body = parseLocalBody(req, await readBody(req), signInBody);
      if (!body.ok) return problem(res, body.status, body.code, `登录请求有误：${body.detail}`, body.errors);
      const { username } = body.value;
      const token = await deps.identity.signIn(username);
      if (!token)
        return problem(
          res,
          401,
          'auth.unknownUser',
          `没有演示用户“${username}”，可用：${demoUsers.map((u) => u.username).join('、')}`,
          [{ path: 'username', messageZh: '没有这个演示用户' }],
        );
      sendJson(res, 200, { token, user: deps.identity.user(username) });
    },

    'GET /local/clock': async (_req, res) => sendJson(res, 200, { now: deps.clock.now().toISOString() }),

    'POST /local/clock': async (req, res, claims) => {
      if (!claims?.['cognito:groups']?.includes('admin'))
        return problem(res, 403, 'auth.forbidden', '只有系统管理员可以调整演示时钟');
      const body = parseLocalBody(req, await readBody(req), clockBody);
      if (!body.ok)
        return problem(res, body.status, body.code, `演示时钟的调整有误：${body.detail}`, body.errors);
      const now = deps.clock.now();
      const target = body.value.to ? new Date(body.value.to) : undefined;
      if (target && (target < now || target > clockLimit))
        return problem(res, 400, 'request.invalid', '演示时钟的调整有误', [
          {
            path: 'to',
            messageZh: `时钟只能向前调整，且不晚于2100年12月31日（现在是${now.toISOString()}）`,
          },
        ]);
      const ms = ((body.value.advanceDays ?? 0) * 24 + (body.value.advanceHours ?? 0)) * 3600_000;
      if (!target && now.getTime() + ms > clockLimit.getTime())
        return problem(res, 400, 'request.invalid', '演示时钟的调整有误', [
          { path: 'advanceDays', messageZh: '调整后的时间不能晚于2100年12月31日' },
        ]);
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
    },

    'GET /local/outbox': async (_req, res, claims) => {
      // What SNS would have sent: the administrator sees all of it, anyone else only their own.
      const admin = claims?.['cognito:groups']?.includes('admin');
      sendJson(res, 200, {
        items: deps.outbox.delivered.filter((n) => admin || n.recipient === claims?.sub),
      });
    },
  };

  /**
   * The portal's build. Hashed assets are cached for a year; the pages and config.json are
   * revalidated on every load so a new build or configuration shows at once.
   */
  async function serveStatic(res: ServerResponse, path: string): Promise<boolean> {
    if (!portalDir) return false;
    const rel = portalFileFor(path);
    const file = normalize(join(portalDir, rel));
    if (!file.startsWith(`${portalDir}/`) || rel.startsWith('.')) return false;
    try {
      const content = await readFile(file);
      res.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'x-frame-options': 'DENY',
      });
      res.end(content);
      return true;
    } catch {
      return false;
    }
  }

  /** Calls the route's Lambda handler with the event API Gateway would send. */
  async function invokeApi(
    req: IncomingMessage,
    res: ServerResponse,
    r: Route,
    url: URL,
    pathParameters: Record<string, string>,
    claims: Claims | undefined,
    requestId: string,
  ) {
    const body = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(',') : (v ?? ''),
      ]),
    );
    // As API Gateway does (with https there): the scheme the request arrived on, whatever the caller sent.
    headers['x-forwarded-proto'] = 'http';
    const now = new Date();
    const event = {
      version: '2.0',
      routeKey: r.key,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(url.searchParams.size ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
      ...(r.params.length ? { pathParameters } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'local',
        http: {
          method: r.method,
          path: url.pathname,
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
    const group = r.group as string;
    const handler = r.handler as ApiHandler;
    const result = await invokeAs(group, () => handler(event, lambdaContext(`api-${group}`)));
    res.writeHead(result.statusCode ?? 200, (result.headers ?? {}) as Record<string, string>);
    res.end(result.body ?? '');
  }

  const server = createServer(async (req, res) => {
    // The id a 500 is logged and answered with: the caller's correlation id, or this request's own.
    const requestId = randomUUID();
    const given = req.headers['x-correlation-id'];
    const correlationId = typeof given === 'string' && correlationIdShape.test(given) ? given : requestId;
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        return problem(res, 400, 'request.invalid', '请求地址无效', [
          { path: '(url)', messageZh: '无法解析' },
        ]);
      }
      const path = url.pathname;
      // A signed file link (S3's role on AWS): its signature, not a sign-in, authorises it.
      if (deps.files && path.startsWith(localFilesPrefix)) return await deps.files.serve(req, res, url);
      const match = routes
        .filter((r) => r.method === req.method)
        .map((r) => ({ r, m: r.pattern.exec(path) }))
        .find((x) => x.m);
      if (!match) {
        if (req.method === 'GET' && (await serveStatic(res, path))) return;
        return problem(res, 404, 'route.notFound', `没有这个接口：${req.method} ${clip(path, 200)}`);
      }
      const { r, m } = match as { r: Route; m: RegExpExecArray };
      // A malformed escape (e.g. %ZZ) is the caller's error, named by its parameter.
      const pathParameters: Record<string, string> = {};
      for (const [i, p] of r.params.entries()) {
        try {
          pathParameters[p] = decodeURIComponent(m[i + 1] ?? '');
        } catch {
          return problem(res, 400, 'request.invalid', '地址中的参数编码有误', [
            { path: p, messageZh: '含有无法解码的 % 转义' },
          ]);
        }
      }
      const claims = r.auth ? await claimsOf(req) : undefined;
      if (r.auth && !claims)
        return problem(res, 401, 'auth.required', '请先登录（Authorization: Bearer <token>）');
      if (r.handler) return await invokeApi(req, res, r, url, pathParameters, claims, requestId);
      return await localHandlers[r.key as LocalRouteKey](req, res, claims);
    } catch (err) {
      // The caller hung up: no one to answer, and nothing wrong with the server.
      const code = (err as { code?: string }).code;
      if (
        !res.socket ||
        res.socket.destroyed ||
        code === 'ECONNRESET' ||
        code === 'ERR_STREAM_PREMATURE_CLOSE'
      ) {
        logger.info('request aborted by the client', { correlationId });
        return;
      }
      if ((err as { status?: number }).status === 413)
        return problem(res, 413, 'request.tooLarge', '请求体过大（不超过1 MB）', [
          { path: '(body)', messageZh: '请求体过大' },
        ]);
      withLogContext({ correlationId, routeKey: `${req.method} ${req.url ?? ''}`.slice(0, 300) }, () =>
        logger.error('local server error', err as Error),
      );
      if (res.headersSent) return res.destroy();
      problem(
        res,
        500,
        'internal',
        `本地服务器内部错误，错误已记录（编号 ${correlationId}），请稍后重试`,
        [],
        correlationId,
      );
    }
  });

  // A request that is not even well-formed HTTP gets a problem document too (Node's default is a bare 400).
  server.on('clientError', (err: Error & { code?: string }, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, reason] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
    const body = JSON.stringify(
      problemDocument(status, 'request.malformed', status === 431 ? '请求头过大' : 'HTTP 请求格式有误'),
    );
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: ${problemHeaders['content-type']}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
