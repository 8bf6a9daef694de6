import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { type Actor, type Role, roles } from '../domain/actors';
import type { Refusal } from '../domain/refusals';
import { withLogContext } from '../observability/log-context';
import { logger } from '../observability/logger';
import { VersionConflictError } from '../store/errors';
import { problem, RefusalError, zodRefusal } from './problem';

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

export function parseJsonBody<S extends z.ZodType>(event: APIGatewayProxyEventV2, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    const text = event.isBase64Encoded
      ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
      : event.body;
    raw = JSON.parse(text ?? '');
  } catch {
    throw new RefusalError({
      code: 'request.invalid',
      messageZh: '请求体应为 JSON',
      fields: [{ path: '(body)', messageZh: '无法解析为 JSON' }],
    });
  }
  return parseWith(schema, raw);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RefusalError(zodRefusal(result.error, prefix));
  return result.data;
}

export const fail = (refusal: Refusal): never => {
  throw new RefusalError(refusal);
};

export const correlationIdOf = (event: APIGatewayProxyEventV2): string =>
  event.headers?.['x-correlation-id'] ?? event.requestContext?.requestId ?? 'unknown';

export type ApiFn = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/**
 * A thin API handler: logger with correlation id, and every refusal or conflict answered as
 * problem+json. Anything unexpected is logged and answered 500 without internals.
 */
export function apiHandler(fn: ApiFn) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      onError: async (request) => {
        const { error, event } = request;
        const instance = event.rawPath;
        if (error instanceof RefusalError) {
          logger.info('request refused', { code: error.refusal.code, fields: error.refusal.fields });
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
        logger.error('unexpected error', error as Error);
        request.response = {
          statusCode: 500,
          headers: { 'content-type': 'application/problem+json; charset=utf-8' },
          body: JSON.stringify({
            type: 'urn:admin-justice:problem:internal',
            title: '系统内部错误',
            status: 500,
            code: 'internal',
            detail: '系统暂时无法处理您的请求，错误已记录，请稍后重试。',
            instance,
            errors: [],
          }),
        };
      },
    })
    .handler((event, context) =>
      withLogContext(
        { correlationId: correlationIdOf(event), routeKey: event.routeKey, caseId: event.pathParameters?.id },
        () => fn(event, context),
      ),
    );
}
