import { afterAll, describe, expect, it, jest } from '@jest/globals';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { apiHandler, parseJsonBody } from '../../shared/http/api';
import {
  contentTypeRefusal,
  json,
  MAX_LISTED_PROBLEMS,
  RefusalError,
  zodRefusal,
} from '../../shared/http/problem';
import { logger } from '../../shared/observability/logger';

// Refusals are logged at info level: kept off the console, and read by the test of the log line.
const info = jest.spyOn(logger, 'info').mockImplementation(() => {});
afterAll(() => info.mockRestore());

const context = { functionName: 'test', awsRequestId: 'r1' } as Context;
const event = (method: string, headers: Record<string, string>, body?: string) =>
  ({
    routeKey: `${method} /x`,
    rawPath: '/x',
    headers,
    requestContext: { requestId: 'req-1', http: { method } },
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2;
const call = async (handler: ReturnType<typeof apiHandler>, e: APIGatewayProxyEventV2) => {
  const r = (await handler(e, context)) as APIGatewayProxyStructuredResultV2;
  return { status: r.statusCode, body: JSON.parse(r.body ?? 'null') };
};

describe('a body is JSON or 415', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;Charset=UTF-8', true],
    ['application/json; charset="utf-8"; foo=bar', true],
    ['application/json; charset=iso-8859-1', false],
    ['text/plain', false],
    ['application/jsonp', false],
    ['application/problem+json', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (type, accepted) => {
    expect(contentTypeRefusal(type) === undefined).toBe(accepted);
  });

  const echo = apiHandler(async (e) => json(200, parseJsonBody(e, z.object({ a: z.number() }))));

  it('the API wrapper answers a POST or PUT that is not JSON with 415 naming the header; a GET is not asked', async () => {
    for (const method of ['POST', 'PUT']) {
      const r = await call(echo, event(method, { 'content-type': 'text/plain' }, '{"a":1}'));
      expect(r.status).toBe(415);
      expect(r.body).toMatchObject({
        code: 'request.unsupportedMediaType',
        errors: [{ path: 'headers.content-type', messageZh: '应为 application/json' }],
      });
    }
    const get = apiHandler(async () => json(200, { ok: true }));
    expect((await call(get, event('GET', {}))).status).toBe(200);
    expect(
      (await call(echo, event('POST', { 'content-type': 'application/json' }, '\uFEFF{"a":1}'))).body,
    ).toEqual({
      a: 1,
    });
    // No body and no type: refused as an empty body, not as a wrong type.
    expect((await call(echo, event('POST', {}))).body.errors).toEqual([
      { path: '(body)', messageZh: '请求体为空' },
    ]);
  });
});

describe('problem lists are capped, in the answer and in the log line', () => {
  it('lists the first 50 of 20,000 problems, counts the rest, and logs no more', async () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => ({
      path: `daysOff.${i}.date`,
      messageZh: `日期有误${'！'.repeat(1000)}`,
    }));
    const refuse = apiHandler(async () => {
      throw new RefusalError({ code: 'request.invalid', messageZh: '提交的内容有误', fields });
    });
    info.mockClear();
    const r = await call(refuse, event('GET', {}));
    const logged = info.mock.calls.find(([message]) => message === 'request refused')?.[1] as {
      fields: unknown[];
      omittedFields: number;
    };
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(r.body.omittedErrors).toBe(19_950);
    expect(r.body.detail).toBe('提交的内容有误（以下仅列出前50处，另有19950处未列出）');
    expect(r.body.errors[0].messageZh.length).toBeLessThanOrEqual(301);
    expect(JSON.stringify(r.body).length).toBeLessThan(20_000);
    expect(logged.fields).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(logged.omittedFields).toBe(19_950);
  });
});

describe('a zod error as a refusal', () => {
  const schema = z.strictObject({ name: z.string(), inner: z.strictObject({ x: z.number() }) });

  it('names each key it does not accept by its own path, the empty key too, and never repeats it', () => {
    const refusal = zodRefusal(
      schema.safeParse(JSON.parse('{"name":"甲","inner":{"x":1,"secretKey":2},"":3,"__proto__":4}'))
        .error as z.ZodError,
    );
    expect(refusal.fields?.map((f) => f.path).sort()).toEqual(['""', '__proto__', 'inner.secretKey']);
    expect(new Set(refusal.fields?.map((f) => f.messageZh))).toEqual(new Set(['不接受此字段，请删除']));
    expect(refusal.messageZh).not.toContain('secretKey');
  });

  it('prefixes paths (a path parameter), and names the body itself when the value is not an object', () => {
    expect(zodRefusal(z.string().safeParse(5).error as z.ZodError, 'id').fields).toEqual([
      { path: 'id', messageZh: '应为文字，收到的是整数' },
    ]);
    expect(zodRefusal(schema.safeParse(null).error as z.ZodError).fields).toEqual([
      { path: '(body)', messageZh: '应为对象，收到的是空值' },
    ]);
  });
});
