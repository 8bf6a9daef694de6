import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import { shanghaiDate } from '../../../calendar/time';
import type { IsoDate } from '../../../calendar/types';
import { bodyById } from '../../../directory/agencies';
import type { Actor } from '../../../domain/actors';
import { agencyAudience, bodyAudience } from '../../../domain/audiences';
import type { NewCaseEvent } from '../../../domain/case';
import type { ActionContext } from '../../../domain/procedure';
import { ok, type Refusal, refuse } from '../../../domain/refusals';
import type { Viewer } from '../../../domain/visibility';
import { optionalText, requiredText } from '../../../validation/text';
import { expectedVersion, recordedDate, storedDate } from '../command-fields';
import type { CaseState } from '../types';
import { committeeOpinionOf, committeePrerequisite } from './committee';
import { hearingPrerequisite } from './hearing';
import { definePart, events } from './part';
import { noReplyInTime } from './reply';

/**
 * The decision (Arts. 61–72) and its service (Art. 75): the clerk drafts one of the seven
 * decision types with its facts, reasons and basis; the office head approves it or asks for a
 * collective discussion first; approval issues it with the body's next decision number and serves
 * it — electronically, the same day, on every party who consented (the respondent agency through
 * this system), by post on the others. It takes effect when every party has been served; the
 * applicant's time to sue (Admin. Litigation Law Art. 45) then runs as a deadline on the case.
 */

export const decisionTypesZh = {
  vary: '变更',
  revoke: '撤销',
  confirmUnlawful: '确认违法',
  orderPerformance: '责令履行',
  confirmVoid: '确认无效',
  uphold: '维持',
  rejectRequest: '驳回行政复议请求',
} as const;
export type DecisionType = keyof typeof decisionTypesZh;
const decisionTypes = Object.keys(decisionTypesZh) as [DecisionType, ...DecisionType[]];

/** The article each decision type rests on. */
export const decisionArticlesZh: Record<DecisionType, string> = {
  vary: '《行政复议法》第六十三条',
  revoke: '《行政复议法》第六十四条',
  confirmUnlawful: '《行政复议法》第六十五条',
  orderPerformance: '《行政复议法》第六十六条',
  confirmVoid: '《行政复议法》第六十七条',
  uphold: '《行政复议法》第六十八条',
  rejectRequest: '《行政复议法》第六十九条',
};

/**
 * Which decisions fit which act. A failure to perform a duty is ordered performed (Art. 66),
 * confirmed unlawful when performing no longer makes sense (Art. 65(2)), or the request is
 * rejected when the respondent had no such duty or had performed it before acceptance (Art. 69).
 * Any other act is varied, revoked, confirmed unlawful or void, or upheld (Arts. 63–65, 67–68).
 */
export function decisionTypesFor(actKind: string): readonly DecisionType[] {
  return actKind === 'failureToPerform'
    ? ['orderPerformance', 'confirmUnlawful', 'rejectRequest']
    : ['vary', 'revoke', 'confirmUnlawful', 'confirmVoid', 'uphold'];
}

/** The longest period a body sets for the respondent to act again or perform (a decision's own term). */
const MAX_ORDERED_PERIOD_DAYS = 365;
const orderedPeriod = (labelZh: string) =>
  z
    .number({ error: `${labelZh}应为天数` })
    .check(
      z.int({ message: `${labelZh}应为整数天数` }),
      z.minimum(1, { message: `${labelZh}应大于零` }),
      z.maximum(MAX_ORDERED_PERIOD_DAYS, { message: `${labelZh}不得超过${MAX_ORDERED_PERIOD_DAYS}日` }),
    );

const isoDate = storedDate;

const draftShape = {
  type: z.enum(decisionTypes, { error: '请选择决定类型' }),
  findingsZh: requiredText('经审理查明的事实', { max: 20000, multiline: true }),
  reasonsZh: requiredText('决定理由', { max: 20000, multiline: true }),
  legalBasisZh: requiredText('决定依据', { max: 5000, multiline: true }),
  /** 变更: what the act becomes (Art. 63). */
  varyToZh: optionalText('变更后的内容', { max: 5000, multiline: true }),
  /** 撤销: the respondent may be ordered to act again within a period (Art. 64). */
  newActWithinDays: z.optional(orderedPeriod('重新作出行政行为的期限')),
  /** 责令履行: the period to perform (Art. 66). */
  performWithinDays: z.optional(orderedPeriod('履行期限')),
  /** Art. 72: compensation decided with the decision. */
  compensationZh: optionalText('行政赔偿决定', { max: 5000, multiline: true }),
  /** Art. 71: liability under an administrative agreement. */
  agreementLiabilityZh: optionalText('行政协议责任', { max: 5000, multiline: true }),
  /** Art. 61: how the committee's advisory opinion was weighed, when there is one. */
  committeeOpinionWeighingZh: optionalText('对行政复议委员会咨询意见的采纳情况', {
    max: 5000,
    multiline: true,
  }),
};
const draftSchema = z.object({
  ...draftShape,
  type: z.enum(decisionTypes),
});
export type DecisionDraft = z.infer<typeof draftSchema>;

/** Who is served: the applicant's side, the respondent agency, each third party by user id. */
export type ServiceParty = 'applicant' | 'respondent' | `thirdParty:${string}`;
const servicePartySchema = z.string().check(
  z.refine((p) => p === 'applicant' || p === 'respondent' || p.startsWith('thirdParty:'), {
    message: '受送达人无效',
  }),
);
export const serviceChannelsZh = { electronic: '电子送达', post: '邮寄送达' } as const;
const serviceChannels = Object.keys(serviceChannelsZh) as ['electronic', 'post'];

export interface ServiceRecord {
  readonly party: string;
  readonly nameZh: string;
  readonly channel: keyof typeof serviceChannelsZh;
  readonly mailedOn?: IsoDate;
  readonly trackingNumber?: string;
  readonly servedOn?: IsoDate;
}

export interface DecisionState {
  readonly draft: DecisionDraft;
  readonly draftedOn: IsoDate;
  readonly discussion?: {
    readonly requestedReasonZh: string;
    readonly heldOn?: IsoDate;
    readonly participantsZh?: string;
    readonly conclusionZh?: string;
  };
  readonly returned?: readonly { readonly on: IsoDate; readonly reasonZh: string }[];
  readonly number?: string;
  readonly issuedOn?: IsoDate;
  readonly service?: readonly ServiceRecord[];
  readonly effectiveOn?: IsoDate;
}

/** Checks other parts make before a decision may be drafted (hearing record, committee opinion …). */
export type DecisionPrerequisite = (state: CaseState, draft: DecisionDraft) => Refusal | undefined;

/**
 * Third parties' evidence lifts the Art. 70 consequence (the act concerns their rights and they
 * supplied evidence). Recorded by the files of the case once third parties upload evidence.
 */
export const thirdPartySuppliedEvidence = (state: CaseState): boolean => state.thirdPartyEvidence === true;

/** The decision's own checks: the type fits the act and the case (Arts. 63–70). */
export function checkDraft(state: CaseState, draft: DecisionDraft): Refusal | undefined {
  const fits = decisionTypesFor(state.application.act.kind);
  const typeZh = decisionTypesZh[draft.type];
  if (!fits.includes(draft.type))
    return refuse(
      'decision.typeNotFit',
      draft.type === 'orderPerformance' || draft.type === 'rejectRequest'
        ? `“${typeZh}”决定适用于申请人认为被申请人不履行法定职责的案件（${decisionArticlesZh[draft.type]}），本案被申请复议的是已作出的行政行为`
        : `本案系申请人认为被申请人不履行法定职责的案件，不适用“${typeZh}”决定；可以决定${fits.map((t) => decisionTypesZh[t]).join('、')}`,
      [{ path: 'type', messageZh: '决定类型与本案不符' }],
    ).refusal;
  if (
    (draft.type === 'uphold' || draft.type === 'rejectRequest') &&
    noReplyInTime(state) &&
    !thirdPartySuppliedEvidence(state)
  )
    return refuse(
      'decision.noReplyArt70',
      `被申请人未在法定期限内提出书面答复、提交作出行政行为的证据、依据和其他有关材料，视为该行政行为没有证据、依据（《行政复议法》第七十条），不能决定${typeZh}；可以决定撤销、确认违法、确认无效或者责令履行`,
      [{ path: 'type', messageZh: `依《行政复议法》第七十条不能决定${typeZh}` }],
    ).refusal;
  if (draft.type === 'vary' && !draft.varyToZh)
    return refuse('request.invalid', '变更决定应写明变更后的内容（《行政复议法》第六十三条）', [
      { path: 'varyToZh', messageZh: '请填写变更后的内容' },
    ]).refusal;
  if (draft.type === 'orderPerformance' && draft.performWithinDays === undefined)
    return refuse('request.invalid', '责令履行决定应写明履行期限（《行政复议法》第六十六条）', [
      { path: 'performWithinDays', messageZh: '请填写履行期限' },
    ]).refusal;
  if (draft.type !== 'revoke' && draft.newActWithinDays !== undefined)
    return refuse(
      'request.invalid',
      '只有撤销决定可以责令被申请人重新作出行政行为（《行政复议法》第六十四条）',
      [{ path: 'newActWithinDays', messageZh: '仅撤销决定可填写' }],
    ).refusal;
  if (draft.type !== 'orderPerformance' && draft.performWithinDays !== undefined)
    return refuse('request.invalid', '只有责令履行决定可以写明履行期限', [
      { path: 'performWithinDays', messageZh: '仅责令履行决定可填写' },
    ]).refusal;
  return undefined;
}

/**
 * What other parts require before a decision (Art. 61): a mandatory hearing held and its record
 * final — the decision rests on the record — and the committee's opinion where it is mandatory,
 * with the draft saying how that opinion was weighed.
 */
const prerequisites: readonly DecisionPrerequisite[] = [
  (state) => hearingPrerequisite(state),
  (state) => committeePrerequisite(state),
  (state, draft) =>
    committeeOpinionOf(state) && !draft.committeeOpinionWeighingZh
      ? refuse(
          'request.invalid',
          '本案已听取行政复议委员会的咨询意见，决定应当写明对咨询意见的采纳情况（《行政复议法》第六十一条）',
          [{ path: 'committeeOpinionWeighingZh', messageZh: '请写明对咨询意见的采纳情况' }],
        ).refusal
      : undefined,
];

/** Whom the decision is served on, and how: electronically where consented, else by post. */
export function servicePlan(state: CaseState): ServiceRecord[] {
  const consented = new Set(state.electronicService ?? []);
  const plan: ServiceRecord[] = [
    {
      party: 'applicant',
      nameZh: state.application.applicant.name,
      channel: consented.has('applicant') ? 'electronic' : 'post',
    },
    // The respondent agency works in this system: it is served through its inbox.
    {
      party: 'respondent',
      nameZh:
        state.parties.find((p) => p.role === 'respondent')?.nameZh ?? state.application.respondentAgencyId,
      channel: 'electronic',
    },
  ];
  for (const p of state.parties)
    if (p.role === 'thirdParty' && p.userId) {
      const party = `thirdParty:${p.userId}`;
      plan.push({ party, nameZh: p.nameZh, channel: consented.has(party) ? 'electronic' : 'post' });
    }
  return plan;
}

/** The party a citizen answers for: the applicant's side (applicant or agent) or a third party. */
export function servicePartyOf(state: CaseState, actor: Actor): ServiceParty | undefined {
  if (actor.userId === state.applicantUserId) return 'applicant';
  const party = state.parties.find((p) => p.userId === actor.userId);
  if (party?.role === 'agent') return 'applicant';
  if (party?.role === 'thirdParty') return `thirdParty:${actor.userId}`;
  return undefined;
}

/**
 * When the last party is served the decision takes effect (Art. 75), and the applicant's time to
 * sue counts from the day the applicant was served.
 */
function tookEffect(
  service: readonly ServiceRecord[],
  ctx: Pick<ActionContext, 'base' | 'changes'>,
): NewCaseEvent[] {
  if (service.some((s) => !s.servedOn)) return [];
  const effectiveOn = service
    .map((s) => s.servedOn as IsoDate)
    .sort()
    .at(-1) as IsoDate;
  const applicantServedOn = service.find((s) => s.party === 'applicant')?.servedOn ?? effectiveOn;
  return [
    {
      ...ctx.base,
      type: 'decisionTookEffect',
      toStage: 'effective',
      deadlines: ctx.changes({ opens: ['litigationPeriod'] }, undefined, applicantServedOn),
      data: { effectiveOn, applicantServedOn },
    },
  ];
}

const serviceRecord = z.object({
  party: z.string(),
  nameZh: z.string(),
  channel: z.enum(serviceChannels),
  mailedOn: z.optional(isoDate),
  trackingNumber: z.optional(z.string()),
  servedOn: z.optional(isoDate),
});

export const decisionPart = definePart(
  [
    z.strictObject({ action: z.literal('draftDecision'), expectedVersion, ...draftShape }),
    z.strictObject({
      action: z.literal('requestCollectiveDiscussion'),
      expectedVersion,
      reasonZh: requiredText('提交集体讨论的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('recordCollectiveDiscussion'),
      expectedVersion,
      heldOn: recordedDate('讨论日期'),
      participantsZh: requiredText('参加人员', { max: 1000 }),
      conclusionZh: requiredText('讨论意见', { max: 10000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('returnDraft'),
      expectedVersion,
      reasonZh: requiredText('退回修改意见', { max: 5000, multiline: true }),
    }),
    z.strictObject({ action: z.literal('approveDecision'), expectedVersion }),
    z.strictObject({
      action: z.literal('recordMailing'),
      expectedVersion,
      party: servicePartySchema,
      mailedOn: recordedDate('邮寄日期'),
      trackingNumber: requiredText('邮件号码', { max: 50 }),
    }),
    z.strictObject({
      action: z.literal('recordReceipt'),
      expectedVersion,
      party: servicePartySchema,
      receivedOn: recordedDate('签收日期'),
    }),
    z.strictObject({ action: z.literal('consentToElectronicService'), expectedVersion }),
    z.strictObject({
      action: z.literal('recordLitigation'),
      expectedVersion,
      filedOn: recordedDate('起诉日期'),
      courtZh: requiredText('受理法院', { max: 200 }),
    }),
  ],
  {
    decisionDrafted: draftSchema,
    collectiveDiscussionRequested: z.object({ reasonZh: z.string() }),
    collectiveDiscussionRecorded: z.object({
      heldOn: isoDate,
      participantsZh: z.string(),
      conclusionZh: z.string(),
    }),
    decisionDraftReturned: z.object({ reasonZh: z.string() }),
    decisionIssued: z.object({
      number: z.string(),
      issuedOn: isoDate,
      service: z.readonly(z.array(serviceRecord)),
    }),
    decisionMailed: z.object({ party: z.string(), mailedOn: isoDate, trackingNumber: z.string() }),
    decisionServed: z.object({ party: z.string(), channel: z.enum(serviceChannels), servedOn: isoDate }),
    decisionTookEffect: z.object({ effectiveOn: isoDate, applicantServedOn: isoDate }),
    electronicServiceConsented: z.object({ party: z.string() }),
    litigationRecorded: z.object({ filedOn: isoDate, courtZh: z.string() }),
    decisionFinal: z.object({ litigationDueDate: isoDate }),
  },
  {
    decide: {
      draftDecision(state, command, { base }) {
        const { action: _a, expectedVersion: _v, ...draft } = command;
        const own = checkDraft(state, draft);
        if (own) return { ok: false, refusal: own };
        for (const check of prerequisites) {
          const refusal = check(state, draft);
          if (refusal) return { ok: false, refusal };
        }
        return events({ ...base, type: 'decisionDrafted', data: draft });
      },
      requestCollectiveDiscussion(state, command, { base }) {
        if (state.decision?.discussion)
          return refuse('decision.discussionAlreadyRequested', '本决定已提交集体讨论');
        return events({
          ...base,
          type: 'collectiveDiscussionRequested',
          data: { reasonZh: command.reasonZh },
        });
      },
      recordCollectiveDiscussion(state, command, { base, today }) {
        const discussion = state.decision?.discussion;
        if (!discussion)
          return refuse('decision.discussionNotRequested', '复议机构负责人尚未决定将本决定提交集体讨论');
        if (discussion.heldOn)
          return refuse(
            'decision.discussionAlreadyRecorded',
            `已记录${formatDateZh(discussion.heldOn)}的集体讨论意见`,
          );
        if (command.heldOn < (state.decision?.draftedOn ?? today) || command.heldOn > today)
          return refuse('review.dateInvalid', '讨论日期应在拟定决定之日与今天之间', [
            {
              path: 'heldOn',
              messageZh: `应在${formatDateZh(state.decision?.draftedOn ?? today)}至${formatDateZh(today)}之间`,
            },
          ]);
        const { action: _a, expectedVersion: _v, ...data } = command;
        return events({ ...base, type: 'collectiveDiscussionRecorded', data });
      },
      returnDraft(_state, command, { base }) {
        return events({ ...base, type: 'decisionDraftReturned', data: { reasonZh: command.reasonZh } });
      },
      approveDecision(state, _command, { base, today, spec, changes }, allocated) {
        const discussion = state.decision?.discussion;
        if (discussion && !discussion.heldOn)
          return refuse(
            'decision.discussionPending',
            '本决定已提交集体讨论，请先记录集体讨论意见，再批准签发',
          );
        if (!allocated) return ok({ kind: 'needsNumber', series: 'decision', bodyId: state.bodyId });
        const service = servicePlan(state).map((s) =>
          s.channel === 'electronic' ? { ...s, servedOn: today } : s,
        );
        const issued: NewCaseEvent = {
          ...base,
          type: 'decisionIssued',
          deadlines: changes({ closes: spec.closes }),
          data: { number: allocated.number, issuedOn: today, service },
        };
        return events(issued, ...tookEffect(service, { base, changes }));
      },
      recordMailing(state, command, { base, today }) {
        const record = state.decision?.service?.find((s) => s.party === command.party);
        if (record?.channel !== 'post')
          return refuse('service.notPostal', '该当事人不是邮寄送达的受送达人', [
            { path: 'party', messageZh: '请选择邮寄送达的当事人' },
          ]);
        if (record.servedOn)
          return refuse('service.alreadyServed', `已于${formatDateZh(record.servedOn)}送达该当事人`);
        const issuedOn = state.decision?.issuedOn ?? today;
        if (command.mailedOn < issuedOn || command.mailedOn > today)
          return refuse('review.dateInvalid', '邮寄日期应在签发之日与今天之间', [
            { path: 'mailedOn', messageZh: `应在${formatDateZh(issuedOn)}至${formatDateZh(today)}之间` },
          ]);
        const { action: _a, expectedVersion: _v, ...data } = command;
        return events({ ...base, type: 'decisionMailed', data });
      },
      recordReceipt(state, command, { base, today, changes }) {
        const service = state.decision?.service ?? [];
        const record = service.find((s) => s.party === command.party);
        if (record?.channel !== 'post')
          return refuse('service.notPostal', '该当事人不是邮寄送达的受送达人', [
            { path: 'party', messageZh: '请选择邮寄送达的当事人' },
          ]);
        if (record.servedOn)
          return refuse('service.alreadyServed', `已于${formatDateZh(record.servedOn)}送达该当事人`);
        if (!record.mailedOn) return refuse('service.notMailed', '请先登记邮寄送达（邮寄日期和邮件号码）');
        if (command.receivedOn < record.mailedOn || command.receivedOn > today)
          return refuse('review.dateInvalid', '签收日期应在邮寄之日与今天之间', [
            {
              path: 'receivedOn',
              messageZh: `应在${formatDateZh(record.mailedOn)}至${formatDateZh(today)}之间`,
            },
          ]);
        const served: NewCaseEvent = {
          ...base,
          type: 'decisionServed',
          data: { party: command.party, channel: 'post', servedOn: command.receivedOn },
        };
        const after = service.map((s) =>
          s.party === command.party ? { ...s, servedOn: command.receivedOn } : s,
        );
        return events(served, ...tookEffect(after, { base, changes }));
      },
      consentToElectronicService(state, _command, { base, actor, today, changes }) {
        const party = servicePartyOf(state, actor);
        if (!party) return refuse('action.roleNotAllowed', '只有本案申请人、代理人或第三人可以同意电子送达');
        if (state.electronicService?.includes(party))
          return refuse('service.alreadyConsented', '您已同意电子送达，文书将送达您在本系统的消息中心');
        const consented: NewCaseEvent = { ...base, type: 'electronicServiceConsented', data: { party } };
        // In service, a decision still waiting for this party reaches them now, electronically.
        const service = state.decision?.service ?? [];
        const pending = state.stage === 'service' && service.find((s) => s.party === party && !s.servedOn);
        if (!pending) return events(consented);
        const after = service.map((s) =>
          s.party === party ? { ...s, channel: 'electronic' as const, servedOn: today } : s,
        );
        return events(
          consented,
          { ...base, type: 'decisionServed', data: { party, channel: 'electronic', servedOn: today } },
          ...tookEffect(after, { base, changes }),
        );
      },
      recordLitigation(state, command, { base, today, spec, changes }) {
        const effectiveOn = state.decision?.effectiveOn ?? today;
        if (command.filedOn < effectiveOn || command.filedOn > today)
          return refuse('review.dateInvalid', '起诉日期应在决定生效之日与今天之间', [
            { path: 'filedOn', messageZh: `应在${formatDateZh(effectiveOn)}至${formatDateZh(today)}之间` },
          ]);
        const { action: _a, expectedVersion: _v, ...data } = command;
        return events({ ...base, type: 'litigationRecorded', deadlines: changes(spec), data });
      },
    },
    evolve: {
      decisionDrafted: (state, draft, event) => ({
        ...state,
        decision: { draft, draftedOn: shanghaiDate(new Date(event.at)), returned: state.decision?.returned },
      }),
      collectiveDiscussionRequested: (state, data) =>
        withDecision(state, (d) => ({ ...d, discussion: { requestedReasonZh: data.reasonZh } })),
      collectiveDiscussionRecorded: (state, data) =>
        withDecision(state, (d) => ({
          ...d,
          discussion: { requestedReasonZh: d.discussion?.requestedReasonZh ?? '', ...data },
        })),
      decisionDraftReturned: (state, data, event) =>
        withDecision(state, (d) => ({
          ...d,
          discussion: undefined,
          returned: [
            ...(d.returned ?? []),
            { on: shanghaiDate(new Date(event.at)), reasonZh: data.reasonZh },
          ],
        })),
      decisionIssued: (state, data) =>
        withDecision(state, (d) => ({
          ...d,
          number: data.number,
          issuedOn: data.issuedOn,
          service: data.service,
        })),
      decisionMailed: (state, data) =>
        withService(state, data.party, (s) => ({
          ...s,
          mailedOn: data.mailedOn,
          trackingNumber: data.trackingNumber,
        })),
      decisionServed: (state, data) =>
        withService(state, data.party, (s) => ({ ...s, channel: data.channel, servedOn: data.servedOn })),
      decisionTookEffect: (state, data) =>
        withDecision(state, (d) => ({ ...d, effectiveOn: data.effectiveOn })),
      electronicServiceConsented: (state, data) => ({
        ...state,
        electronicService: [...(state.electronicService ?? []), data.party],
      }),
      litigationRecorded: (state, data) => ({
        ...state,
        closure: {
          kind: 'decided',
          on: data.filedOn,
          detailZh: `申请人不服行政复议决定，已于${formatDateZh(data.filedOn)}向${data.courtZh}提起行政诉讼`,
        },
      }),
      decisionFinal: (state, data) => ({
        ...state,
        closure: {
          kind: 'decided',
          on: data.litigationDueDate,
          detailZh: `行政复议决定已生效，起诉期限已于${formatDateZh(data.litigationDueDate)}届满`,
        },
      }),
    },
    eventLabelsZh: {
      decisionDrafted: '拟定行政复议决定',
      collectiveDiscussionRequested: '提交集体讨论',
      collectiveDiscussionRecorded: '记录集体讨论意见',
      decisionDraftReturned: '决定稿退回修改',
      decisionIssued: '签发行政复议决定书',
      decisionMailed: '邮寄送达行政复议决定书',
      decisionServed: '行政复议决定书送达',
      decisionTookEffect: '行政复议决定生效（《行政复议法》第七十五条）',
      electronicServiceConsented: '同意电子送达',
      litigationRecorded: '申请人提起行政诉讼',
      decisionFinal: '起诉期限届满，行政复议决定确定',
    },
    notices: {
      decisionDrafted: (state, draft) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'decisionDrafted',
          subjectZh: `行政复议决定待审批（${state.caseNumber}）`,
          bodyZh: `承办人已拟定${decisionTypesZh[draft.type]}决定，请复议机构负责人审批。`,
        },
      ],
      decisionDraftReturned: (state, data) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'decisionDraftReturned',
          subjectZh: `决定稿退回修改（${state.caseNumber}）`,
          bodyZh: data.reasonZh,
        },
      ],
      decisionIssued: (state, data) => {
        const notice = (s: ServiceRecord) =>
          s.channel === 'electronic'
            ? `行政复议决定书（${data.number}）已于${formatDateZh(data.issuedOn)}电子送达，请在案件页面查阅和下载。`
            : `行政复议决定书（${data.number}）已于${formatDateZh(data.issuedOn)}签发，将邮寄送达。`;
        const litigation = (s: ServiceRecord) =>
          s.channel === 'electronic' ? litigationNoticeZh(s.servedOn ?? data.issuedOn) : '';
        return data.service.flatMap((s) => {
          const recipient = recipientOf(state, s.party);
          if (!recipient) return [];
          return [
            {
              recipient,
              kind: 'decisionIssued',
              subjectZh: `行政复议决定书（${state.caseNumber}）`,
              bodyZh: `${notice(s)}${s.party === 'respondent' ? '' : litigation(s)}`,
            },
          ];
        });
      },
      decisionServed: (state, data) => {
        const recipient = recipientOf(state, data.party);
        return recipient && data.channel === 'electronic'
          ? [
              {
                recipient,
                kind: 'decisionServed',
                subjectZh: `行政复议决定书已送达（${state.caseNumber}）`,
                bodyZh: `行政复议决定书（${state.decision?.number ?? ''}）已于${formatDateZh(data.servedOn)}电子送达。${litigationNoticeZh(data.servedOn)}`,
              },
            ]
          : [];
      },
      decisionTookEffect: (state, data) => [
        {
          recipient: state.applicantUserId,
          kind: 'decisionTookEffect',
          subjectZh: `行政复议决定已生效（${state.caseNumber}）`,
          bodyZh: `行政复议决定书已于${formatDateZh(data.effectiveOn)}全部送达，依《行政复议法》第七十五条发生法律效力。${
            state.deadlines.litigationPeriod
              ? `如不服，可以在${formatDateZh(state.deadlines.litigationPeriod.dueDate)}前向人民法院提起行政诉讼。`
              : ''
          }`,
        },
        {
          recipient: agencyAudience(state.application.respondentAgencyId),
          kind: 'decisionTookEffect',
          subjectZh: `行政复议决定已生效，请依法履行（${state.caseNumber}）`,
          bodyZh: `行政复议决定书（${state.decision?.number ?? ''}）已于${formatDateZh(data.effectiveOn)}发生法律效力，被申请人应当履行（《行政复议法》第七十七条）。`,
        },
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'decisionTookEffect',
          subjectZh: `行政复议决定已生效（${state.caseNumber}）`,
          bodyZh: `全部当事人已于${formatDateZh(data.effectiveOn)}前送达。`,
        },
      ],
    },
    available: {
      recordMailing: (state) =>
        (state.decision?.service ?? []).some((s) => s.channel === 'post' && !s.mailedOn && !s.servedOn),
      recordReceipt: (state) =>
        (state.decision?.service ?? []).some((s) => s.channel === 'post' && s.mailedOn && !s.servedOn),
      recordCollectiveDiscussion: (state) =>
        state.decision?.discussion !== undefined && !state.decision.discussion.heldOn,
      requestCollectiveDiscussion: (state) => state.decision?.discussion === undefined,
    },
    present: (viewer, state) => ({
      decision: decisionAsSeenBy(viewer, state.decision),
      decisionTypesFit: decisionTypesFor(state.application.act.kind),
      electronicService: state.electronicService ?? [],
    }),
    vocabulary: { decisionTypesZh, serviceChannelsZh },
  },
);

/** Who works on the decision before it is issued: the body's own staff and its supervisors. */
const drafters: readonly Viewer[] = ['clerk', 'officeHead', 'supervisor'];

/**
 * Before issue, a draft, its collective discussion and the office head's remarks are internal
 * deliberation: only the body's staff see them. Once issued, everyone on the case sees the
 * decision as issued (its content, number and service); the deliberation stays internal.
 */
function decisionAsSeenBy(viewer: Viewer, decision: DecisionState | undefined) {
  if (!decision || drafters.includes(viewer)) return decision;
  if (!decision.number) return undefined;
  const { discussion: _d, returned: _r, ...issued } = decision;
  return issued;
}

function withDecision(state: CaseState, f: (d: DecisionState) => DecisionState): CaseState {
  return state.decision ? { ...state, decision: f(state.decision) } : state;
}

function withService(state: CaseState, party: string, f: (s: ServiceRecord) => ServiceRecord): CaseState {
  return withDecision(state, (d) => ({
    ...d,
    service: (d.service ?? []).map((s) => (s.party === party ? f(s) : s)),
  }));
}

/** The notice recipient of a served party: the applicant, the respondent agency, a third party. */
function recipientOf(state: CaseState, party: string): string | undefined {
  if (party === 'applicant') return state.applicantUserId;
  if (party === 'respondent') return agencyAudience(state.application.respondentAgencyId);
  if (party.startsWith('thirdParty:')) return party.slice('thirdParty:'.length);
  return undefined;
}

const litigationNoticeZh = (servedOn: IsoDate) =>
  `如不服本决定，可以自收到决定书之日（${formatDateZh(servedOn)}）起依照《中华人民共和国行政诉讼法》第四十五条规定的期限向人民法院提起行政诉讼。`;

/** The document number of a body's series: 宁政复决字〔2026〕12号. */
export function formatDocumentNumber(series: string, bodyId: string, year: number, serial: number): string {
  const prefix = bodyById(bodyId)?.numberPrefixZh ?? bodyId;
  const kind = series === 'mediation' ? '调' : series === 'decision' ? '决' : series;
  return `${prefix}${kind}字〔${year}〕${serial}号`;
}
