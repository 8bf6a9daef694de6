import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import { shanghaiDate } from '../../../calendar/time';
import type { IsoDate } from '../../../calendar/types';
import { agencyAudience, bodyAudience } from '../../../domain/audiences';
import type { DeadlineChanges } from '../../../domain/case';
import { extendDeadline, pauseOpenDeadlines, resumePausedDeadlines } from '../../../domain/deadlines';
import { refuse } from '../../../domain/refusals';
import { requiredText } from '../../../validation/text';
import { expectedVersion, storedDate } from '../command-fields';
import { reconsiderationTimeLimits } from '../rules';
import type { CaseState } from '../types';
import { definePart, events } from './part';

/**
 * Suspension, resumption, termination and extension (Arts. 39–41, 62). A suspension stops every
 * open deadline (the pause convention of procedure-rules.md: days up to the suspension count as
 * used, counting restarts the day after the resumption); grounds 1, 2 and 4 end the case by
 * themselves after the statutory period unresolved (a deadline with a clock transition). An
 * extension of the decision period is granted once, by the office head, up to the statutory
 * maximum, and added to the period itself.
 */

/** Art. 39(1): the grounds of suspension, by number. */
export const suspensionGroundsZh = {
  applicantDied: '作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议（第三十九条第一款第一项）',
  applicantIncapacitated:
    '作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议（第三十九条第一款第二项）',
  applicantMissing: '作为申请人的公民下落不明（第三十九条第一款第三项）',
  entityEnded: '作为申请人的法人或者其他组织终止，尚未确定权利义务承受人（第三十九条第一款第四项）',
  forceMajeure: '申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议（第三十九条第一款第五项）',
  mediationOrSettlement: '依法进行调解、和解，申请人和被申请人同意中止（第三十九条第一款第六项）',
  legalInterpretation: '案件涉及的法律适用问题需要有权机关作出解释或者确认（第三十九条第一款第七项）',
  pendingOtherCase: '案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结（第三十九条第一款第八项）',
  normativeDocumentReview: '有《行政复议法》第五十六条或者第五十七条规定的情形（第三十九条第一款第九项）',
  other: '需要中止行政复议的其他情形（第三十九条第一款第十项）',
} as const;
export type SuspensionGround = keyof typeof suspensionGroundsZh;
const suspensionGrounds = Object.keys(suspensionGroundsZh) as [SuspensionGround, ...SuspensionGround[]];

/** Art. 41(1)(5): the grounds whose suspension ends the case when unresolved for the statutory period. */
export const terminatingGrounds: readonly SuspensionGround[] = [
  'applicantDied',
  'applicantIncapacitated',
  'entityEnded',
];

/** Art. 41(1): the grounds of termination a person decides (withdrawal and the lapse have their own routes). */
export const terminationGroundsZh = {
  noSuccessor: '作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利（第四十一条第一款第二项）',
  entityNoSuccessor:
    '作为申请人的法人或者其他组织终止，没有权利义务承受人或者其权利义务承受人放弃行政复议权利（第四十一条第一款第三项）',
  criminalDetention:
    '申请人对行政拘留或者限制人身自由的行政强制措施不服申请行政复议后，因同一违法行为涉嫌犯罪，该措施变更为刑事拘留（第四十一条第一款第四项）',
  suspensionUnresolved:
    '依照第三十九条第一款第一项、第二项、第四项的规定中止行政复议满法定期限，中止的原因仍未消除（第四十一条第一款第五项）',
} as const;
export type TerminationGround = keyof typeof terminationGroundsZh;
const terminationGrounds = Object.keys(terminationGroundsZh) as [TerminationGround, ...TerminationGround[]];

const isoDate = storedDate;
const dueChange = z.object({ key: z.string(), fromDue: isoDate, toDue: isoDate });

export interface Suspension {
  readonly ground: SuspensionGround;
  readonly reasonZh: string;
  readonly on: IsoDate;
  readonly resumedOn?: IsoDate;
}

const merge = (...parts: (DeadlineChanges | undefined)[]): DeadlineChanges => {
  const out: { closed?: unknown[]; opened?: unknown[]; recomputed?: unknown[]; flagged?: unknown[] } = {};
  for (const p of parts)
    for (const [k, v] of Object.entries(p ?? {}) as [keyof typeof out, unknown[]][])
      if (v?.length) out[k] = [...(out[k] ?? []), ...v];
  return out as DeadlineChanges;
};
const dueChanges = (before: CaseState, changes: DeadlineChanges) =>
  (changes.recomputed ?? []).map((d) => ({
    key: d.key,
    fromDue: before.deadlines[d.key]?.dueDate ?? d.dueDate,
    toDue: d.dueDate,
  }));

const maxExtension = reconsiderationTimeLimits.decisionExtension.amount;

export const suspensionPart = definePart(
  [
    z.strictObject({
      action: z.literal('suspend'),
      expectedVersion,
      ground: z.enum(suspensionGrounds, { error: '请选择中止的法定情形' }),
      reasonZh: requiredText('中止的具体原因', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('resume'),
      expectedVersion,
      reasonZh: requiredText('中止原因消除的情况', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('terminate'),
      expectedVersion,
      ground: z.enum(terminationGrounds, { error: '请选择终止的法定情形' }),
      reasonZh: requiredText('终止的具体原因', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('extendDecisionPeriod'),
      expectedVersion,
      days: z.number({ error: '请填写延长的天数' }).check(
        z.int({ message: '延长天数应为整数' }),
        z.minimum(1, { message: '延长天数应大于零' }),
        z.maximum(maxExtension, {
          message: `延长期限最多不得超过${maxExtension}日（${reconsiderationTimeLimits.decisionExtension.article}）`,
        }),
      ),
      reasonZh: requiredText('延长理由', { max: 2000, multiline: true }),
    }),
  ],
  {
    suspended: z.object({
      ground: z.enum(suspensionGrounds),
      reasonZh: z.string(),
      on: isoDate,
    }),
    resumed: z.object({ reasonZh: z.string(), on: isoDate, changes: z.readonly(z.array(dueChange)) }),
    terminated: z.object({ ground: z.enum(terminationGrounds), reasonZh: z.string() }),
    terminatedAfterSuspension: z.object({ suspendedOn: isoDate, limitDueDate: isoDate }),
    decisionPeriodExtended: z.object({
      days: z.number(),
      reasonZh: z.string(),
      changes: z.readonly(z.array(dueChange)),
    }),
  },
  {
    decide: {
      suspend(state, command, { base, today, spec, changes, module }) {
        const paused = pauseOpenDeadlines(module, state, today);
        const limit = terminatingGrounds.includes(command.ground)
          ? changes({ opens: spec.opens ?? [] })
          : undefined;
        return events({
          ...base,
          type: 'suspended',
          deadlines: merge(paused, limit),
          data: { ground: command.ground, reasonZh: command.reasonZh, on: today },
        });
      },
      resume(state, command, { base, today, spec, changes, calendar, module }) {
        const resumed = resumePausedDeadlines(module, state, today, calendar);
        return events({
          ...base,
          type: 'resumed',
          deadlines: merge(changes({ closes: spec.closes }), resumed),
          data: { reasonZh: command.reasonZh, on: today, changes: dueChanges(state, resumed) },
        });
      },
      terminate(state, command, { base, spec, changes }) {
        if (
          command.ground === 'suspensionUnresolved' &&
          !(
            state.suspension &&
            !state.suspension.resumedOn &&
            terminatingGrounds.includes(state.suspension.ground)
          )
        )
          return refuse(
            'suspension.notTerminating',
            '本案未因第三十九条第一款第一项、第二项、第四项规定的情形中止，不能以此终止',
            [{ path: 'ground', messageZh: '不符合该终止情形' }],
          );
        return events({
          ...base,
          type: 'terminated',
          deadlines: changes(spec),
          data: { ground: command.ground, reasonZh: command.reasonZh },
        });
      },
      extendDecisionPeriod(state, command, { base, calendar, today, module }) {
        if (state.track !== 'ordinary')
          return refuse(
            'extension.notOrdinary',
            '适用简易程序的案件不能延长审理期限；情况复杂的，可以先经批准转为普通程序（《行政复议法》第五十五条、第六十二条）',
          );
        if (state.extension)
          return refuse(
            'extension.alreadyGranted',
            `本案已于${formatDateZh(state.extension.on)}延长审理期限${state.extension.days}日，审理期限只能延长一次（《行政复议法》第六十二条）`,
          );
        const decision = state.deadlines.decision;
        if (decision?.status !== 'open')
          return refuse('extension.noOpenPeriod', '本案没有正在计算的审理期限，无需延长');
        const extended = extendDeadline(module, state, 'decision', command.days, calendar, today);
        return events({
          ...base,
          type: 'decisionPeriodExtended',
          deadlines: extended,
          data: { days: command.days, reasonZh: command.reasonZh, changes: dueChanges(state, extended) },
        });
      },
    },
    evolve: {
      suspended: (state, data) => ({ ...state, suspension: { ...data } }),
      resumed: (state, data) => ({
        ...state,
        suspension: state.suspension && { ...state.suspension, resumedOn: data.on },
      }),
      terminated: (state, data, event) => ({
        ...state,
        closure: {
          kind: 'terminated',
          on: shanghaiDate(new Date(event.at)),
          detailZh: `${terminationGroundsZh[data.ground]}：${data.reasonZh}`,
        },
      }),
      terminatedAfterSuspension: (state, data, event) => ({
        ...state,
        closure: {
          kind: 'terminated',
          on: shanghaiDate(new Date(event.at)),
          detailZh: `自${formatDateZh(data.suspendedOn)}中止行政复议满法定期限，中止的原因仍未消除，行政复议终止（《行政复议法》第四十一条第一款第五项）`,
        },
      }),
      decisionPeriodExtended: (state, data, event) => ({
        ...state,
        extension: { days: data.days, reasonZh: data.reasonZh, on: shanghaiDate(new Date(event.at)) },
      }),
    },
    eventLabelsZh: {
      suspended: '中止行政复议（《行政复议法》第三十九条）',
      resumed: '恢复审理（《行政复议法》第四十条）',
      terminated: '终止行政复议（《行政复议法》第四十一条）',
      terminatedAfterSuspension: '中止满期，行政复议终止（《行政复议法》第四十一条）',
      decisionPeriodExtended: '延长审理期限（《行政复议法》第六十二条）',
    },
    notices: {
      suspended: (state, data) =>
        partiesOf(state).map((recipient) => ({
          recipient,
          kind: 'suspended',
          subjectZh: `行政复议中止通知（${state.caseNumber}）`,
          bodyZh: `因${suspensionGroundsZh[data.ground]}，本案自${formatDateZh(data.on)}起中止审理：${data.reasonZh}。中止期间各项期限停止计算，恢复审理后继续计算，届时将另行通知。`,
        })),
      resumed: (state, data) =>
        partiesOf(state).map((recipient) => ({
          recipient,
          kind: 'resumed',
          subjectZh: `恢复审理通知（${state.caseNumber}）`,
          bodyZh: `中止的原因已经消除，本案自${formatDateZh(data.on)}起恢复审理。${data.changes
            .map((c) => `${state.deadlines[c.key]?.labelZh ?? c.key}重新计算为${formatDateZh(c.toDue)}`)
            .join('；')}。`,
        })),
      terminated: (state, data) =>
        partiesOf(state).map((recipient) => ({
          recipient,
          kind: 'terminated',
          subjectZh: `终止行政复议通知（${state.caseNumber}）`,
          bodyZh: `因${terminationGroundsZh[data.ground]}，本案行政复议终止。`,
        })),
      terminatedAfterSuspension: (state) =>
        partiesOf(state).map((recipient) => ({
          recipient,
          kind: 'terminated',
          subjectZh: `终止行政复议通知（${state.caseNumber}）`,
          bodyZh: state.closure?.detailZh ?? '本案行政复议终止。',
        })),
      decisionPeriodExtended: (state, data) =>
        partiesOf(state).map((recipient) => ({
          recipient,
          kind: 'decisionPeriodExtended',
          subjectZh: `延期审理通知（${state.caseNumber}）`,
          bodyZh: `因案情复杂，经行政复议机构负责人批准，本案审理期限延长${data.days}日（《行政复议法》第六十二条），${data.changes
            .map((c) => `作出行政复议决定的期限由${formatDateZh(c.fromDue)}延长至${formatDateZh(c.toDue)}`)
            .join('；')}。`,
        })),
    },
    available: {
      extendDecisionPeriod: (state) => state.track === 'ordinary' && !state.extension,
    },
    present: (_viewer, state) => ({ suspension: state.suspension, extension: state.extension }),
    vocabulary: { suspensionGroundsZh, terminationGroundsZh },
  },
);

/** Everyone the notices of the review go to: the applicant, the respondent once a party, the body. */
function partiesOf(state: CaseState): string[] {
  return [
    state.applicantUserId,
    ...(state.parties.some((p) => p.role === 'respondent')
      ? [agencyAudience(state.application.respondentAgencyId)]
      : []),
    ...state.parties.filter((p) => p.role === 'thirdParty' && p.userId).map((p) => p.userId as string),
    bodyAudience(state.bodyId),
  ];
}
