import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ZodError } from 'zod';
import type { Refusal, RefusalCode } from '../domain/refusals';

/** One table from refusal code to HTTP status (and, for workflow tasks, the error name). */
export const statusByCode: Record<RefusalCode, number> = {
  'request.invalid': 400,
  'case.notFound': 404,
  'case.closed': 409,
  'case.versionStale': 409,
  'action.unknown': 400,
  'action.roleNotAllowed': 403,
  'action.notAllowedInStage': 409,
  'filing.competentBodyUnknown': 422,
  'filing.respondentUnknown': 422,
  'filing.actDatesInvalid': 422,
  'correction.alreadyRequested': 409,
  'correction.noticePeriodExpired': 409,
  'refusal.competentBodyRequired': 422,
  'refusal.competentBodyUnknown': 422,
  'forward.targetInvalid': 422,
  'accept.simplifiedNotEligible': 422,
  'copy.alreadySent': 409,
  'copy.sentOnInvalid': 422,
  'copy.notSent': 409,
  'copy.alreadyReceived': 409,
  'copy.receivedOnInvalid': 422,
  'calendar.invalid': 422,
  'auth.required': 401,
  'auth.forbidden': 403,
  'idempotency.keyRequired': 400,
  'idempotency.keyReused': 422,
};

/** Thrown inside a handler to answer with a problem; the middleware turns it into the response. */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';
  constructor(readonly refusal: Refusal) {
    super(`${refusal.code}: ${refusal.messageZh}`);
  }
}

const titles: Partial<Record<number, string>> = {
  400: '请求有误',
  401: '请先登录',
  403: '无权执行此操作',
  404: '未找到',
  409: '与案件当前状态冲突',
  422: '不符合办理条件',
  500: '系统内部错误',
};

/** RFC 9457 problem+json: stable code, Chinese message, the failing field paths. */
export function problem(refusal: Refusal, instance?: string): APIGatewayProxyStructuredResultV2 {
  const status = statusByCode[refusal.code] ?? 400;
  return {
    statusCode: status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
    body: JSON.stringify({
      type: `urn:admin-justice:problem:${refusal.code}`,
      title: titles[status] ?? '请求未能完成',
      status,
      code: refusal.code,
      detail: refusal.messageZh,
      ...(instance ? { instance } : {}),
      errors: refusal.fields ?? [],
    }),
  };
}

export function zodRefusal(error: ZodError, prefix?: string): Refusal {
  const fields = error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
    messageZh: i.message,
  }));
  return {
    code: 'request.invalid',
    messageZh: `提交的内容有${fields.length}处需要修改：${fields.map((f) => `${f.path}：${f.messageZh}`).join('；')}`,
    fields,
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  } satisfies APIGatewayProxyStructuredResultV2;
}
