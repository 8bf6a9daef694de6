import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { routeGroups } from '../../infra/routes';
import { visibleEvents } from '../../shared/domain/access';
import {
  defaultProcedureId,
  hasProcedure,
  procedureOf,
  registeredProcedures,
} from '../../shared/domain/registry';
import {
  actorFrom,
  apiHandler,
  correlationIdOf,
  fail,
  parseJsonBody,
  parseWith,
  type RequestSchemas,
} from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { presentCase, presentEvent } from '../../shared/presenters/case-view';
import { runtime } from '../../shared/runtime';
import { actOnCase, fileCase, previewApplication, viewCase } from '../../shared/services/cases';
import { listCases, listViews } from '../../shared/services/lists';
import { notAnObject } from '../../shared/validation/text';
import { attachmentList, fileRequests, handleFileRoute, isFileRoute } from './files';

const caseIdParam = z.string({ error: '请提供案件编号' }).check(
  z.regex(/^[0-9a-f-]{36}$/, {
    message: '案件编号格式不正确',
  }),
);
const idempotencyKey = z
  .string({ error: '提交申请须带 Idempotency-Key 请求头（同一申请重复提交时返回同一案件）' })
  .check(
    z.minLength(8, { message: 'Idempotency-Key 至少8个字符' }),
    z.maxLength(128, { message: 'Idempotency-Key 不超过128个字符' }),
    z.regex(/^[\x21-\x7E]+$/, { message: 'Idempotency-Key 只能由字母、数字和常用符号组成（不含空格）' }),
  );
const waitingStages = () => [
  ...new Set(
    registeredProcedures().flatMap((p) =>
      Object.entries(p.definition.stages)
        .filter(([, s]) => s.kind === 'waiting')
        .map(([id]) => id),
    ),
  ),
];
const listQuery = () =>
  z.object({
    view: z.enum(listViews, {
      error:
        'view 应为 mine（我的案件）、queue（待办队列）、respondent（被申请案件）、committee（复议委员会委员参与的案件）、overdue（逾期督办）或 dueSoon（即将到期）',
    }),
    stage: z.optional(
      z.enum(waitingStages() as [string, ...string[]], {
        error: `stage 应为 ${waitingStages().join('、')} 之一`,
      }),
    ),
    limit: z._default(
      z.coerce
        .number({ error: 'limit 应为数字' })
        .check(
          z.int({ message: 'limit 应为整数' }),
          z.minimum(1, { message: 'limit 应在1至200之间' }),
          z.maximum(200, { message: 'limit 应在1至200之间' }),
        ),
      50,
    ),
    cursor: z.optional(
      z
        .string({ error: '翻页标记无效' })
        .check(z.maxLength(2000, { message: '翻页标记无效，请从第一页重新查看' })),
    ),
  });

/**
 * The filing names its procedure (default: the first registered) and may name the applicant's
 * uploads to attach (the engine's, for every procedure); the rest is that procedure's form.
 */
const procedureField = z.looseObject(
  {
    procedure: z.optional(
      z
        .string({ error: 'procedure 应为文字' })
        .check(z.refine(hasProcedure, { message: '没有这种案件程序' })),
    ),
    attachments: attachmentList,
  },
  { error: notAnObject('申请书应为 JSON 对象') },
);
const filingBody = () => [procedureField, ...registeredProcedures().map((p) => p.filingSchema)];
/** The filing in one piece: each procedure's form with its `procedure` field (optional for the default) and attachments. */
const filingAsOne = () => {
  const forms = registeredProcedures().map((p) => {
    const form = p.filingSchema;
    if (!(form instanceof z.ZodMiniObject)) throw new Error(`${p.id}: its filing schema is not an object`);
    const procedure = z.literal(p.id);
    return z.extend(form, {
      procedure: p.id === defaultProcedureId() ? z.optional(procedure) : procedure,
      attachments: attachmentList,
    });
  });
  return forms.length === 1 ? (forms[0] as z.core.$ZodType) : z.union(forms);
};
/** An action's attachments (e.g. the material of a correction), the engine's; the rest is the procedure's command. */
const attachmentsField = z.looseObject(
  { attachments: attachmentList },
  { error: notAnObject('操作应为 JSON 对象') },
);
/** A command with the engine's `attachments` beside its own fields (each shape of a discriminated union). */
function withAttachments(schema: z.core.$ZodType): z.core.$ZodType {
  if (schema instanceof z.ZodMiniObject) return z.extend(schema, { attachments: attachmentList });
  if (schema instanceof z.ZodMiniDiscriminatedUnion) {
    const { discriminator, options } = schema._zod.def;
    return z.discriminatedUnion(
      discriminator,
      options.map((o) => withAttachments(o) as z.ZodMiniObject) as [z.ZodMiniObject, ...z.ZodMiniObject[]],
      // The union's own message for a missing or unknown discriminator, as the command has it.
      { error: schema._zod.def.error as z.core.$ZodErrorMap<never> as never },
    );
  }
  throw new Error('a command schema is an object or a discriminated union of objects');
}
/** Any procedure's command with attachments: the route applies the one of the case's procedure. */
const commandAsOne = () => {
  const commands = registeredProcedures().map((p) => withAttachments(p.commandSchema));
  return commands.length === 1 ? (commands[0] as z.core.$ZodType) : z.union(commands);
};
const caseIdPath = { id: caseIdParam };

/** What each route reads, part by part (the handler below parses exactly these). */
export const requests: Record<(typeof routeGroups)['cases']['routes'][number]['key'], RequestSchemas> = {
  ...fileRequests,
  'POST /v1/cases': {
    headers: { 'idempotency-key': idempotencyKey },
    body: filingBody,
    bodyAsOne: filingAsOne,
  },
  'POST /v1/cases/timeliness': { body: filingBody, bodyAsOne: filingAsOne },
  'GET /v1/cases': { query: listQuery },
  'GET /v1/cases/{id}': { path: caseIdPath },
  'GET /v1/cases/{id}/events': { path: caseIdPath },
  'POST /v1/cases/{id}/actions': {
    path: caseIdPath,
    body: () => [attachmentsField, ...registeredProcedures().map((p) => p.commandSchema)],
    bodyAsOne: commandAsOne,
  },
};

const caseIdOf = (event: APIGatewayProxyEventV2) => parseWith(caseIdParam, event.pathParameters?.id, 'id');

function parseFiling(event: APIGatewayProxyEventV2) {
  const body = parseJsonBody(event, procedureField);
  const procedureId = body.procedure ?? defaultProcedureId();
  const { procedure: _p, attachments = [], ...rest } = body;
  return { procedureId, attachments, input: parseWith(procedureOf(procedureId).filingSchema, rest) };
}

export const handler = apiHandler(async (event) => {
  const rt = await runtime();
  const actor = actorFrom(event);
  const correlationId = correlationIdOf(event);
  if (isFileRoute(event.routeKey)) return handleFileRoute(event.routeKey, event, rt, actor, correlationId);
  switch (event.routeKey) {
    case 'POST /v1/cases/timeliness': {
      const { procedureId, input } = parseFiling(event);
      return json(200, await previewApplication(rt, procedureId, input));
    }
    case 'POST /v1/cases': {
      const key = parseWith(idempotencyKey, event.headers?.['idempotency-key'], 'headers.idempotency-key');
      const { procedureId, input, attachments } = parseFiling(event);
      const { state, created } = await fileCase(
        rt,
        actor,
        procedureId,
        input,
        key,
        correlationId,
        attachments,
      );
      return json(created ? 201 : 200, presentCase(actor, state), { location: `/v1/cases/${state.id}` });
    }
    case 'GET /v1/cases': {
      const q = parseWith(listQuery(), event.queryStringParameters ?? {});
      const { stats: _stats, ...page } = await listCases(rt, actor, q);
      return json(200, page);
    }
    case 'GET /v1/cases/{id}': {
      const state = await viewCase(rt, actor, caseIdOf(event));
      return json(200, presentCase(actor, state), { etag: `"${state.version}"` });
    }
    case 'GET /v1/cases/{id}/events': {
      const caseId = caseIdOf(event);
      const state = await viewCase(rt, actor, caseId);
      const events = visibleEvents(actor, await rt.store.loadEvents(caseId), state);
      return json(200, { items: events.map((e) => presentEvent(actor, state, e)) });
    }
    case 'POST /v1/cases/{id}/actions': {
      const caseId = caseIdOf(event);
      const { attachments = [], ...command } = parseJsonBody(event, attachmentsField);
      const state = await actOnCase(rt, actor, caseId, command, correlationId, attachments);
      return json(200, presentCase(actor, state), { etag: `"${state.version}"` });
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
