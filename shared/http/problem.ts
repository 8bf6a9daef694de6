import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Refusal, RefusalCode } from '../domain/refusals';
// Installs the Chinese zod messages for every runtime that answers requests.
import '../validation/zod-zh';

/** One table from refusal code to HTTP status (and, for workflow tasks, the error name). */
export const statusByCode: Record<RefusalCode, number> = {
  'request.invalid': 400,
  'request.unsupportedMediaType': 415,
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
  'review.dateInvalid': 422,
  'route.notSimplified': 409,
  'reply.copyNotReceived': 409,
  'reply.alreadySubmitted': 409,
  'decision.typeNotFit': 422,
  'decision.noReplyArt70': 422,
  'decision.discussionAlreadyRequested': 409,
  'decision.discussionNotRequested': 409,
  'decision.discussionAlreadyRecorded': 409,
  'decision.discussionPending': 409,
  'service.notPostal': 422,
  'service.alreadyServed': 409,
  'service.notMailed': 409,
  'service.alreadyConsented': 409,
  'suspension.notTerminating': 422,
  'extension.notOrdinary': 409,
  'extension.alreadyGranted': 409,
  'extension.noOpenPeriod': 409,
  'hearing.alreadyRequested': 409,
  'hearing.noRequest': 409,
  'hearing.mandatory': 422,
  'hearing.alreadyOrdered': 409,
  'hearing.notRequired': 409,
  'hearing.alreadyHeld': 409,
  'hearing.waived': 409,
  'hearing.panelInvalid': 422,
  'hearing.panelIncomplete': 409,
  'hearing.memberConflict': 422,
  'hearing.memberRecused': 422,
  'hearing.memberNotOnPanel': 422,
  'hearing.notParty': 403,
  'hearing.recusalPending': 409,
  'hearing.noRecusalApplication': 409,
  'hearing.alreadyScheduled': 409,
  'hearing.noticeTooShort': 422,
  'hearing.notScheduled': 409,
  'hearing.notYetDue': 409,
  'hearing.notHeld': 409,
  'hearing.notPanelClerk': 403,
  'hearing.recordSigned': 409,
  'hearing.noRecord': 409,
  'hearing.notSignatory': 403,
  'hearing.alreadySigned': 409,
  'hearing.required': 409,
  'hearing.recordNotFinal': 409,
  'hearing.pending': 409,
  'committee.alreadyReferred': 409,
  'committee.memberInvalid': 422,
  'committee.memberConflict': 422,
  'committee.notReferred': 409,
  'committee.notAsked': 403,
  'committee.alreadyOpined': 409,
  'committee.concluded': 409,
  'committee.noOpinions': 409,
  'committee.opinionRequired': 409,
  'committee.opinionPending': 409,
  'action.partyNotAllowed': 403,
  'filing.withdrawnBefore': 422,
  'agent.specialAuthorityRequired': 403,
  'parties.alreadyParty': 409,
  'parties.tooManyAgents': 422,
  'parties.agentUnknown': 422,
  'parties.tooManyRepresentatives': 422,
  'parties.applicationUnknown': 422,
  'parties.applicationDecided': 409,
  'mediation.respondentNotJoined': 409,
  'mediation.alreadyProposed': 409,
  'mediation.notProposed': 409,
  'mediation.alreadyAnswered': 409,
  'mediation.partyUnknown': 422,
  'mediation.noDocument': 409,
  'mediation.documentAlreadyIssued': 409,
  'mediation.alreadySigned': 409,
  'mediation.alreadySealed': 409,
  'settlement.noPriorWithdrawal': 409,
  'document.notFound': 404,
  'document.formatNotAllowed': 403,
  'document.noDraft': 409,
  'calendar.invalid': 422,
  'file.typeNotAllowed': 422,
  'file.tooLarge': 422,
  'file.purposeNotAllowed': 403,
  'file.uploadNotFound': 404,
  'file.mismatch': 422,
  'file.alreadyAttached': 409,
  'file.notFound': 404,
  'file.withheld': 403,
  'file.confidentialityUnchanged': 409,
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
  413: '请求内容过大',
  415: '请求格式不受支持',
  422: '不符合办理条件',
  500: '系统内部错误',
};

/**
 * At most this many problems are listed in a response (and in its log line); the rest are
 * counted. A request with 20,000 bad dates gets 50 of them and the number of the others.
 */
export const MAX_LISTED_PROBLEMS = 50;
const MAX_MESSAGE_CHARS = 300;
const MAX_PATH_CHARS = 200;
const MAX_DETAIL_CHARS = 2000;

/** Cuts a string to `max` UTF-16 units without leaving half a character behind. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export interface FieldProblem {
  readonly path: string;
  readonly messageZh: string;
}

/** The first MAX_LISTED_PROBLEMS problems, each of bounded size, and how many were left out. */
export function capProblems(fields: readonly FieldProblem[] = []): {
  listed: FieldProblem[];
  omitted: number;
} {
  return {
    listed: fields.slice(0, MAX_LISTED_PROBLEMS).map((f) => ({
      path: clip(f.path, MAX_PATH_CHARS),
      messageZh: clip(f.messageZh, MAX_MESSAGE_CHARS),
    })),
    omitted: Math.max(0, fields.length - MAX_LISTED_PROBLEMS),
  };
}

const omittedLineZh = (omitted: number) => `（以下仅列出前${MAX_LISTED_PROBLEMS}处，另有${omitted}处未列出）`;

/**
 * The RFC 9457 problem document both runtimes answer with: stable code, Chinese title and
 * detail, the failing fields (at most MAX_LISTED_PROBLEMS, plus `omittedErrors`).
 */
export function problemDocument(
  status: number,
  code: string,
  detailZh: string,
  fields: readonly FieldProblem[] = [],
  extra: { instance?: string; correlationId?: string } = {},
) {
  const { listed, omitted } = capProblems(fields);
  const detail = clip(detailZh, MAX_DETAIL_CHARS);
  return {
    type: `urn:admin-justice:problem:${code}`,
    title: titles[status] ?? '请求未能完成',
    status,
    code,
    detail:
      omitted && !detail.includes(omittedLineZh(omitted)) ? `${detail}${omittedLineZh(omitted)}` : detail,
    ...(extra.instance ? { instance: clip(extra.instance, MAX_PATH_CHARS) } : {}),
    ...(extra.correlationId ? { correlationId: extra.correlationId } : {}),
    errors: listed,
    ...(omitted ? { omittedErrors: omitted } : {}),
  };
}

export const problemHeaders = { 'content-type': 'application/problem+json; charset=utf-8' } as const;

/** RFC 9457 problem+json: stable code, Chinese message, the failing field paths. */
export function problem(refusal: Refusal, instance?: string): APIGatewayProxyStructuredResultV2 {
  const status = statusByCode[refusal.code] ?? 400;
  return {
    statusCode: status,
    headers: { ...problemHeaders },
    body: JSON.stringify(
      problemDocument(status, refusal.code, refusal.messageZh, refusal.fields, { instance }),
    ),
  };
}

/** A dotted field path; a key that is the empty string is written "" so the path still names it. */
const joinPath = (parts: readonly (string | undefined)[]) =>
  parts
    .filter((p): p is string => p !== undefined)
    .map((p) => (p === '' ? '""' : p))
    .join('.');

/**
 * A zod error as a refusal: one field per problem, each with its path and Chinese message (from
 * the schema, or the Chinese error map). A key the schema does not accept is named by its own
 * path. The detail repeats the first messages, never a path or anything the caller sent.
 */
export function zodRefusal(error: z.core.$ZodError, prefix?: string): Refusal {
  const fields: FieldProblem[] = [];
  for (const issue of error.issues) {
    const at = [prefix || undefined, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields.push({ path: joinPath([...at, key]), messageZh: issue.message });
    } else fields.push({ path: joinPath(at) || '(body)', messageZh: issue.message });
  }
  const distinct = [...new Set(fields.slice(0, 10).map((f) => f.messageZh))];
  const more = fields.length > 10 ? '等' : '';
  return {
    code: 'request.invalid',
    messageZh: `提交的内容有${fields.length}处需要修改：${distinct.join('；')}${more}`,
    fields,
  };
}

/**
 * A request body must be declared as JSON: `application/json`, in any letter case, with an
 * optional charset that can only be UTF-8. Returns the refusal (415) or undefined.
 */
export function contentTypeRefusal(contentType: string | undefined): Refusal | undefined {
  const [type = '', ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (type === 'application/json' && (charset === undefined || charset === 'utf-8' || charset === 'utf8'))
    return undefined;
  return {
    code: 'request.unsupportedMediaType',
    messageZh:
      type === 'application/json'
        ? '请求头 Content-Type 声明的字符集应为 UTF-8（application/json; charset=utf-8）'
        : type
          ? '请求体应为 JSON：请求头 Content-Type 应为 application/json'
          : '请求体应为 JSON：请求头 Content-Type 缺失，应为 application/json',
    fields: [{ path: 'headers.content-type', messageZh: '应为 application/json' }],
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  } satisfies APIGatewayProxyStructuredResultV2;
}
