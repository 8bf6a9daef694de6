import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { type Actor, type Role, roles } from '../domain/actors';
import type { Refusal } from '../domain/refusals';
import { withLogContext } from '../observability/log-context';
import { logger } from '../observability/logger';
import { VersionConflictError } from '../store/errors';
import {
  capProblems,
  contentTypeRefusal,
  problem,
  problemDocument,
  problemHeaders,
  RefusalError,
  zodRefusal,
} from './problem';

/** API Gateway's JWT authorizer puts claims here; the local server puts them in the same place. */
type JwtEvent = APIGatewayProxyEventV2 & {
  requestContext: {
    authorizer?: { jwt?: { claims?: Record<string, string | number | boolean | string[]> } };
  };
};

const parseGroups = (raw: unknown): string[] => {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw !== 'string') return [];
  // HTTP API flattens Cognito's array claim into "[clerk admin]".
  return raw
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
};

export function actorFrom(event: APIGatewayProxyEventV2): Actor {
  const claims = (event as JwtEvent).requestContext.authorizer?.jwt?.claims;
  const role = parseGroups(claims?.['cognito:groups']).find((g): g is Role =>
    (roles as readonly string[]).includes(g),
  );
  if (!claims?.sub || !role) throw new RefusalError({ code: 'auth.required', messageZh: '请先登录' });
  const bodyId = claims['custom:bodyId'];
  const agencyId = claims['custom:agencyId'];
  return {
    userId: String(claims.sub),
    role,
    nameZh: String(claims.name ?? claims['cognito:username'] ?? claims.sub),
    ...(typeof bodyId === 'string' && bodyId ? { bodyId } : {}),
    ...(typeof agencyId === 'string' && agencyId ? { agencyId } : {}),
  };
}

/**
 * JSON text as a value: a leading byte-order mark is ignored (RFC 8259 §8.1 allows it); anything
 * that is not JSON is the caller's error, named as the body.
 */
export function parseJsonText(text: string | undefined): unknown {
  const body = (text ?? '').replace(/^\uFEFF/, '');
  if (body.trim() === '')
    throw new RefusalError({
      code: 'request.invalid',
      messageZh: '请求体不能为空，应为 JSON 对象',
      fields: [{ path: '(body)', messageZh: '请求体为空' }],
    });
  try {
    return JSON.parse(body);
  } catch {
    throw new RefusalError({
      code: 'request.invalid',
      messageZh: '请求体应为 JSON',
      fields: [{ path: '(body)', messageZh: '无法解析为 JSON' }],
    });
  }
}

export function parseJsonBody<S extends z.core.$ZodType>(
  event: APIGatewayProxyEventV2,
  schema: S,
): z.infer<S> {
  const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body;
  return parseWith(schema, parseJsonText(text));
}

export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown, prefix?: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new RefusalError(zodRefusal(result.error, prefix));
  return result.data;
}

export const fail = (refusal: Refusal): never => {
  throw new RefusalError(refusal);
};

/** A caller's correlation id is taken when it is a plain token; otherwise API Gateway's request id. */
export const correlationIdShape = /^[A-Za-z0-9._:-]{1,128}$/;

export const correlationIdOf = (event: APIGatewayProxyEventV2): string => {
  const given = event.headers?.['x-correlation-id'];
  if (given && correlationIdShape.test(given)) return given;
  return event.requestContext?.requestId ?? 'unknown';
};

/** What each route reads from a request, by part: so tests can run every schema the API applies. */
export interface RequestSchemas {
  readonly path?: Readonly<Record<string, z.core.$ZodType>>;
  /** The query string's schema (built when asked: it may list what the registry holds). */
  readonly query?: () => z.core.$ZodType;
  readonly headers?: Readonly<Record<string, z.core.$ZodType>>;
  /** The body's schemas, in the order the route applies them (a filing: the envelope, then each procedure's form). */
  readonly body?: () => readonly z.core.$ZodType[];
  /**
   * The body as one schema, as a client writes it (the API reference documents this one): needed
   * only where `body` lists more than one. It accepts a body exactly when the route's own steps
   * do (test/integration/contract.test.ts holds the real API to that).
   */
  readonly bodyAsOne?: () => z.core.$ZodType;
}

/** Methods whose requests carry a body, which must then be JSON. */
const methodsWithBody = new Set(['POST', 'PUT', 'PATCH']);

/** 415 unless a request that carries a body declares it as JSON (an empty body without a type goes on to be refused as empty). */
function requireJsonBody(event: APIGatewayProxyEventV2): void {
  if (!methodsWithBody.has(event.requestContext?.http?.method ?? '')) return;
  const contentType = event.headers?.['content-type'];
  if (contentType === undefined && !event.body) return;
  const refusal = contentTypeRefusal(contentType);
  if (refusal) throw new RefusalError(refusal);
}

export type ApiFn = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/** The keys every log line of a request carries. */
const logKeysOf = (event: APIGatewayProxyEventV2) => ({
  correlationId: correlationIdOf(event),
  routeKey: event.routeKey,
  caseId: event.pathParameters?.id,
});

/**
 * A thin API handler: logger with correlation id, a body only as JSON (415 otherwise), and every
 * refusal or conflict answered as problem+json. Anything unexpected is logged with the
 * correlation id and answered 500 without internals, but with that id to quote.
 */
export function apiHandler(fn: ApiFn) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      onError: async (request) => {
        const { error, event } = request;
        const instance = event.rawPath;
        const keys = logKeysOf(event);
        withLogContext(keys, () => {
          if (error instanceof RefusalError) {
            const { listed, omitted } = capProblems(error.refusal.fields);
            logger.info('request refused', {
              code: error.refusal.code,
              fields: listed,
              ...(omitted ? { omittedFields: omitted } : {}),
            });
            request.response = problem(error.refusal, instance);
            return;
          }
          if (error instanceof VersionConflictError) {
            logger.info('version conflict', { seq: error.seq });
            request.response = problem(
              {
                code: 'case.versionStale',
                messageZh: '案件已被他人同时更新，请刷新后重试',
                fields: [{ path: 'expectedVersion', messageZh: '版本已过期' }],
              },
              instance,
            );
            return;
          }
          // Inside the request's log context: the line carries the correlation id.
          logger.error('unexpected error', error as Error);
          request.response = {
            statusCode: 500,
            headers: { ...problemHeaders },
            body: JSON.stringify(
              problemDocument(
                500,
                'internal',
                `系统暂时无法处理您的请求，错误已记录（编号 ${keys.correlationId}），请稍后重试。`,
                [],
                { instance, correlationId: keys.correlationId },
              ),
            ),
          };
        });
      },
    })
    .handler((event, context) =>
      withLogContext(logKeysOf(event), async () => {
        requireJsonBody(event);
        return fn(event, context);
      }),
    );
}
