import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { addDaysIso, shanghaiDate } from '../../shared/calendar/time';
import { bodiesUnder } from '../../shared/directory/agencies';
import { visibleEvents } from '../../shared/domain/access';
import { applicationSchema } from '../../shared/domain/application';
import { actionCommandSchema } from '../../shared/domain/commands';
import { procedure } from '../../shared/domain/decide';
import {
  actorFrom,
  apiHandler,
  correlationIdOf,
  fail,
  parseJsonBody,
  parseWith,
} from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { presentCase, presentEvent, presentSummary } from '../../shared/presenters/case-view';
import { runtime } from '../../shared/runtime';
import { actOnCase, fileCase, previewApplication, viewCase } from '../../shared/services/cases';

const caseIdParam = z.string().regex(/^[0-9a-f-]{36}$/, { message: '案件编号格式不正确' });
const idempotencyKey = z
  .string({ error: '提交申请须带 Idempotency-Key 请求头（同一申请重复提交时返回同一案件）' })
  .min(8, { message: 'Idempotency-Key 至少8个字符' })
  .max(128, { message: 'Idempotency-Key 不超过128个字符' });
const waitingStages = Object.entries(procedure.stages)
  .filter(([, s]) => s.kind === 'waiting')
  .map(([id]) => id) as [string, ...string[]];
const listQuery = z.object({
  view: z.enum(['mine', 'queue', 'respondent', 'overdue'], {
    error: 'view 应为 mine（我的案件）、queue（待办队列）、respondent（被申请案件）或 overdue（逾期督办）',
  }),
  stage: z.enum(waitingStages, { error: `stage 应为 ${waitingStages.join('、')} 之一` }).optional(),
});

const caseIdOf = (event: APIGatewayProxyEventV2) => parseWith(caseIdParam, event.pathParameters?.id, 'id');

export const handler = apiHandler(async (event) => {
  const rt = await runtime();
  const actor = actorFrom(event);
  const correlationId = correlationIdOf(event);
  switch (event.routeKey) {
    case 'POST /v1/cases/timeliness': {
      const application = parseJsonBody(event, applicationSchema);
      const preview = await previewApplication(rt, application);
      return json(200, preview);
    }
    case 'POST /v1/cases': {
      if (actor.role !== 'applicant')
        fail({ code: 'action.roleNotAllowed', messageZh: '只有申请人可以在线提交行政复议申请' });
      const key = parseWith(idempotencyKey, event.headers?.['idempotency-key'], 'headers.idempotency-key');
      const application = parseJsonBody(event, applicationSchema);
      const { state, created } = await fileCase(rt, actor, application, key, correlationId);
      return json(created ? 201 : 200, presentCase(actor, state), { location: `/v1/cases/${state.id}` });
    }
    case 'GET /v1/cases': {
      const q = parseWith(listQuery, event.queryStringParameters ?? {});
      return json(200, { items: await listCases(rt, actor, q) });
    }
    case 'GET /v1/cases/{id}': {
      const state = await viewCase(rt, actor, caseIdOf(event));
      return json(200, presentCase(actor, state), { etag: `"${state.version}"` });
    }
    case 'GET /v1/cases/{id}/events': {
      const caseId = caseIdOf(event);
      await viewCase(rt, actor, caseId);
      const events = visibleEvents(actor, await rt.store.loadEvents(caseId));
      return json(200, { items: events.map(presentEvent) });
    }
    case 'POST /v1/cases/{id}/actions': {
      const caseId = caseIdOf(event);
      const command = parseJsonBody(event, actionCommandSchema);
      const state = await actOnCase(rt, actor, caseId, command, correlationId);
      return json(200, presentCase(actor, state), { etag: `"${state.version}"` });
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});

async function listCases(
  rt: Awaited<ReturnType<typeof runtime>>,
  actor: ReturnType<typeof actorFrom>,
  q: z.infer<typeof listQuery>,
) {
  const forbidden = () => fail({ code: 'auth.forbidden', messageZh: '您的角色不能查看此列表' });
  if (q.view === 'mine') {
    if (actor.role !== 'applicant') forbidden();
    return (await rt.store.listMine(actor.userId)).map((s) => presentSummary(actor, s.state));
  }
  if (q.view === 'queue') {
    if ((actor.role !== 'clerk' && actor.role !== 'officeHead') || !actor.bodyId) return forbidden();
    const stages = q.stage ? [q.stage] : waitingStages;
    const lists = await Promise.all(stages.map((stage) => rt.store.listQueue(actor.bodyId as string, stage)));
    return lists
      .flat()
      .map((s) => presentSummary(actor, s.state))
      .sort((a, b) => ((a.nextDeadline?.dueDate ?? '9') < (b.nextDeadline?.dueDate ?? '9') ? -1 : 1));
  }
  if (q.view === 'respondent') {
    if (actor.role !== 'respondent' || !actor.agencyId) return forbidden();
    return (await rt.store.listRespondent(actor.agencyId)).map((s) => presentSummary(actor, s.state));
  }
  // Overdue: every open deadline whose last day has ended, for the bodies this person oversees.
  if (actor.role !== 'supervisor' && actor.role !== 'officeHead') return forbidden();
  if (!actor.bodyId) return forbidden();
  const visible = new Set(bodiesUnder(actor.bodyId));
  const yesterday = addDaysIso(shanghaiDate(rt.clock.now()), -1);
  const due = await rt.store.openDeadlinesDue('0000-01-01', yesterday);
  const caseIds = [...new Set(due.map((d) => d.caseId))];
  const states = await Promise.all(caseIds.map((id) => rt.store.load(id)));
  return states
    .filter((s): s is NonNullable<typeof s> => s !== undefined && visible.has(s.bodyId))
    .map((s) => presentSummary(actor, s));
}
