import * as z from 'zod';
import { shanghaiDate } from '../../../shared/calendar/time';
import { bodyById } from '../../../shared/directory/agencies';
import { bodyAudience } from '../../../shared/domain/audiences';
import type { CaseEnvelope, CaseEvent } from '../../../shared/domain/case';
import { transitionDeadlines } from '../../../shared/domain/deadlines';
import type { ProcedureDefinition, ProcedureModule } from '../../../shared/domain/procedure';
import { ok, refuse } from '../../../shared/domain/refusals';
import type { TimeLimitRule } from '../../../shared/domain/rules';

/**
 * A test-only procedure, small on purpose: a written notice a body must answer within 3
 * working days, or the matter lapses. Two stages, one working-day deadline with a lapse effect.
 * It is registered by a test and runs through the real API, workflow and clock with no engine
 * edit — the proof that the engine holds nothing specific to reconsideration.
 */
interface NoticeCase extends CaseEnvelope {
  readonly procedure: 'testNotice';
  readonly titleZh: string;
  readonly applicantUserId: string;
  readonly outcomeZh?: string;
}

const timeLimits = {
  answer: {
    id: 'tn.answer',
    labelZh: '答复期限',
    amount: 3,
    unit: 'workingDays',
    article: '测试规则第一条',
    kind: 'statutory',
  },
  warning: {
    id: 'tn.warning',
    labelZh: '到期前提醒',
    amount: 1,
    unit: 'workingDays',
    article: '测试规则第二条',
    kind: 'policy',
  },
} as const satisfies Record<string, TimeLimitRule>;

const definition: ProcedureDefinition = {
  id: 'testNotice',
  labelZh: '测试程序：书面告知答复',
  initialStage: 'awaitingAnswer',
  warningRule: 'warning',
  filingRoles: ['applicant'],
  onFiling: { opens: ['answer'] },
  deadlines: {
    answer: {
      rule: 'answer',
      responsible: 'body',
      startEventZh: '收到告知',
      onLapse: { transition: 'noAnswer' },
    },
  },
  stages: {
    awaitingAnswer: {
      labelZh: '等待答复',
      kind: 'waiting',
      actions: {
        answer: { labelZh: '作出答复', roles: ['clerk'], to: 'done', closes: { answer: 'met' } },
      },
    },
    done: { labelZh: '已办结', kind: 'terminal', actions: {} },
  },
  clockTransitions: { noAnswer: { to: 'done', countFrom: 'today', closes: { answer: 'lapsed' } } },
};

const filingSchema = z.object({ titleZh: z.string().min(1), bodyId: z.string().min(1) });
const commandSchema = z.object({
  action: z.literal('answer'),
  expectedVersion: z.number().int().min(1),
  textZh: z.string().min(1),
});
const eventSchemas = {
  noticeFiled: {
    data: z.object({
      caseNumber: z.string(),
      bodyId: z.string(),
      bodyNameZh: z.string(),
      applicantUserId: z.string(),
      titleZh: z.string(),
    }),
  },
  answered: { data: z.object({ textZh: z.string() }) },
  noAnswer: { data: z.object({ dueDate: z.string() }) },
};

export const noticeProcedure: ProcedureModule<NoticeCase> = {
  id: definition.id,
  labelZh: definition.labelZh,
  definition,
  timeLimits,
  thresholds: [],
  vocabulary: {},
  filingSchema,
  commandSchema,
  eventSchemas,
  eventLabelsZh: { noticeFiled: '提交告知', answered: '作出答复', noAnswer: '逾期未答复' },
  responsibleLabelsZh: { body: '办理机关', applicant: '申请人', respondent: '被申请人' },
  previewFiling(input) {
    const { bodyId } = filingSchema.parse(input);
    const body = bodyById(bodyId);
    if (!body)
      return refuse('request.invalid', '机关不在名录中', [{ path: 'bodyId', messageZh: '请从名录中选择' }]);
    return ok({ bodyId: body.id, bodyNameZh: body.nameZh });
  },
  file(input, caseNumber, ctx) {
    const { titleZh, bodyId } = filingSchema.parse(input);
    const body = bodyById(bodyId);
    if (!body) return refuse('request.invalid', '机关不在名录中');
    return ok({
      type: 'noticeFiled',
      at: ctx.now.toISOString(),
      actor: ctx.actor,
      toStage: definition.initialStage,
      deadlines: transitionDeadlines(
        noticeProcedure as unknown as ProcedureModule,
        undefined,
        definition.onFiling,
        shanghaiDate(ctx.now),
        { calendar: ctx.calendar },
      ),
      data: {
        caseNumber,
        bodyId: body.id,
        bodyNameZh: body.nameZh,
        applicantUserId: ctx.actor.userId,
        titleZh,
      },
    });
  },
  decide(_state, command, ctx) {
    const { textZh } = commandSchema.parse(command);
    return ok({
      kind: 'events',
      events: [{ ...ctx.base, type: 'answered', deadlines: ctx.changes(ctx.spec), data: { textZh } }],
    });
  },
  evolve(state, event: CaseEvent) {
    if (event.type === 'noticeFiled') {
      const d = event.data as z.infer<typeof eventSchemas.noticeFiled.data>;
      return {
        id: '',
        version: event.seq,
        procedure: 'testNotice',
        caseNumber: d.caseNumber,
        status: 'open',
        stage: definition.initialStage,
        bodyId: d.bodyId,
        bodyNameZh: d.bodyNameZh,
        parties: [{ role: 'applicant', userId: d.applicantUserId, nameZh: d.applicantUserId }],
        deadlines: {},
        filedAt: event.at,
        updatedAt: event.at,
        titleZh: d.titleZh,
        applicantUserId: d.applicantUserId,
      };
    }
    if (!state) throw new Error('no case');
    if (event.type === 'answered') return { ...state, outcomeZh: (event.data as { textZh: string }).textZh };
    if (event.type === 'noAnswer') return { ...state, outcomeZh: '逾期未答复' };
    return state;
  },
  clockEventData: (_transition, lapsed) => ({ dueDate: lapsed.dueDate }),
  variantOf: () => undefined,
  notices(state, event) {
    if (event.type === 'noticeFiled')
      return [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'noticeFiled',
          subjectZh: `新的告知（${state.caseNumber}）`,
          bodyZh: state.titleZh,
        },
      ];
    if (event.type === 'noAnswer')
      return [
        {
          recipient: state.applicantUserId,
          kind: 'noAnswer',
          subjectZh: `告知逾期未获答复（${state.caseNumber}）`,
          bodyZh: state.titleZh,
        },
      ];
    return [];
  },
  presentCase: (_viewer, state) => ({ titleZh: state.titleZh, outcomeZh: state.outcomeZh }),
  presentEventData: (event) => event.data,
  summary: (state) => ({ applicantNameZh: state.applicantUserId, subjectZh: state.titleZh, late: false }),
};
