import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import { shanghaiDate } from '../../../calendar/time';
import type { IsoDate } from '../../../calendar/types';
import { bodyAudience } from '../../../domain/audiences';
import { type Refusal, refuse } from '../../../domain/refusals';
import type { Viewer } from '../../../domain/visibility';
import { requiredText } from '../../../validation/text';
import { expectedVersion, note, storedDate } from '../command-fields';
import type { CaseState } from '../types';
import { conflictOfInterestZh, memberDeclaration, withCommitteeParties } from './hearing';
import { definePart, events } from './part';

/**
 * The advisory opinion of the reconsideration committee (行政复议委员会, Art. 52): the office
 * refers the case with its questions to members it names, each member gives a written opinion of
 * their own, and the office records the committee's opinion (Art. 52(3)), which the decision takes
 * as an important reference (Art. 61(3)). Referral is mandatory on the grounds of Art. 52(2)(1)–(3);
 * committeePrerequisite keeps a decision from being drafted without it.
 */

/** Why the committee must be asked (Art. 52(2)); the office may also ask when it finds it necessary (4). */
export const committeeGroundsZh = {
  majorDifficultComplex: '案情重大、疑难、复杂（《行政复议法》第五十二条第二款第一项）',
  highlyTechnical: '专业性、技术性较强（《行政复议法》第五十二条第二款第二项）',
  selfReview:
    '省级人民政府审理对本机关行政行为不服的案件（《行政复议法》第五十二条第二款第三项、第二十四条第二款）',
  office: '行政复议机构认为有必要（《行政复议法》第五十二条第二款第四项）',
} as const;
export type CommitteeGround = keyof typeof committeeGroundsZh;

const MAX_QUESTIONS = 20;
const MAX_MEMBERS = 15;

const isoDate = storedDate;
const askedMember = z.object({
  userId: z.string(),
  nameZh: z.string(),
  formerAgencyIds: z.readonly(z.array(z.string())),
  relatedToParty: z.boolean(),
  relationZh: z.optional(z.string()),
});
export type AskedMember = z.infer<typeof askedMember>;

export interface CommitteeState {
  readonly referral?: {
    readonly on: IsoDate;
    readonly questionsZh: readonly string[];
    readonly members: readonly AskedMember[];
    readonly grounds: readonly CommitteeGround[];
  };
  /** Each member's own written opinion (書面意见), in the order given. */
  readonly opinions: readonly {
    readonly userId: string;
    readonly nameZh: string;
    readonly opinionZh: string;
    readonly on: IsoDate;
  }[];
  /** The committee's opinion as the office recorded it (Art. 52(3)). */
  readonly consolidated?: { readonly opinionZh: string; readonly on: IsoDate };
}

const emptyCommittee: CommitteeState = { opinions: [] };
const committeeOf = (state: CaseState): CommitteeState => state.committee ?? emptyCommittee;
const dayOf = (at: string): IsoDate => shanghaiDate(new Date(at));

/** The grounds on which the law requires the committee's opinion for this case (Art. 52(2)(1)–(3)). */
export function mandatoryCommitteeGrounds(state: CaseState): CommitteeGround[] {
  return [
    ...(state.complexity?.majorDifficultComplex ? (['majorDifficultComplex'] as const) : []),
    ...(state.complexity?.highlyTechnical ? (['highlyTechnical'] as const) : []),
    ...(state.selfReview ? (['selfReview'] as const) : []),
  ];
}

/** The committee's recorded opinion, for the decision to say how it was weighed (Art. 61(3)). */
export function committeeOpinionOf(
  state: CaseState,
):
  | { readonly opinionZh: string; readonly recordedOn: IsoDate; readonly questionsZh: readonly string[] }
  | undefined {
  const c = state.committee;
  if (!c?.consolidated) return undefined;
  return {
    opinionZh: c.consolidated.opinionZh,
    recordedOn: c.consolidated.on,
    questionsZh: c.referral?.questionsZh ?? [],
  };
}

/**
 * Whether the decision may be drafted as far as the committee goes: a case the law requires to be
 * put to the committee needs its recorded opinion (Art. 52(2)); a case put to it on the office's
 * own initiative waits for the opinion it asked for.
 */
export function committeePrerequisite(state: CaseState): Refusal | undefined {
  const c = committeeOf(state);
  if (c.consolidated) return undefined;
  const grounds = mandatoryCommitteeGrounds(state);
  if (grounds.length)
    return refuse(
      'committee.opinionRequired',
      `本案应当提请行政复议委员会提出咨询意见（${grounds.map((g) => committeeGroundsZh[g]).join('；')}），尚未记录委员会的咨询意见`,
    ).refusal;
  if (c.referral)
    return refuse(
      'committee.opinionPending',
      '本案已提请行政复议委员会提出咨询意见，尚未记录委员会的咨询意见',
    ).refusal;
  return undefined;
}

/** Who reads the members' opinions: the case's staff, supervisors and the committee; not the parties. */
const readsOpinions = (viewer: Viewer) =>
  viewer === 'clerk' ||
  viewer === 'officeHead' ||
  viewer === 'supervisor' ||
  viewer === 'committeeMember' ||
  viewer === 'admin';
const WITHHELD_ZH = '（行政复议委员会的内部咨询材料，不向当事人公开）';

export const committeePart = definePart(
  [
    z.strictObject({
      action: z.literal('referToCommittee'),
      expectedVersion,
      questionsZh: z
        .array(requiredText('咨询的问题', { max: 2000, multiline: true }), { error: '请列明提请咨询的问题' })
        .check(
          z.minLength(1, { message: '请至少列明一个提请咨询的问题' }),
          z.maxLength(MAX_QUESTIONS, { message: `提请咨询的问题最多${MAX_QUESTIONS}个` }),
        ),
      members: z
        .array(memberDeclaration, { error: '请选择提出咨询意见的委员' })
        .check(
          z.minLength(1, { message: '请至少选择一名委员' }),
          z.maxLength(MAX_MEMBERS, { message: `委员最多${MAX_MEMBERS}名` }),
        ),
      noteZh: note,
    }),
    z.strictObject({
      action: z.literal('giveCommitteeOpinion'),
      expectedVersion,
      opinionZh: requiredText('咨询意见', { max: 20000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('recordCommitteeOpinion'),
      expectedVersion,
      opinionZh: requiredText('行政复议委员会咨询意见', { max: 20000, multiline: true }),
    }),
  ],
  {
    referredToCommittee: z.object({
      questionsZh: z.readonly(z.array(z.string())),
      members: z.readonly(z.array(askedMember)),
      grounds: z.readonly(z.array(z.enum(Object.keys(committeeGroundsZh) as [CommitteeGround]))),
      noteZh: z.optional(z.string()),
    }),
    committeeMemberOpined: z.object({
      memberUserId: z.string(),
      memberNameZh: z.string(),
      opinionZh: z.string(),
    }),
    committeeOpinionRecorded: z.object({
      opinionZh: z.string(),
      /** The members whose written opinions were before the office. */
      memberNamesZh: z.readonly(z.array(z.string())),
      recordedOn: isoDate,
    }),
  },
  {
    decide: {
      referToCommittee(state, command, { base }) {
        const c = committeeOf(state);
        if (c.referral)
          return refuse(
            'committee.alreadyReferred',
            `本案已于${formatDateZh(c.referral.on)}提请行政复议委员会提出咨询意见`,
          );
        const seen = new Set<string>();
        for (const [i, m] of command.members.entries()) {
          if (seen.has(m.userId))
            return refuse('committee.memberInvalid', `${m.nameZh}重复列入`, [
              { path: `members.${i}.userId`, messageZh: `${m.nameZh}重复列入` },
            ]);
          seen.add(m.userId);
          const conflict = conflictOfInterestZh(state, m);
          if (conflict)
            return refuse(
              'committee.memberConflict',
              `${m.nameZh}${conflict.reasonZh}，应当回避，不能就本案提出咨询意见`,
              [{ path: `members.${i}.${conflict.path}`, messageZh: `${m.nameZh}${conflict.reasonZh}` }],
            );
        }
        const mandatory = mandatoryCommitteeGrounds(state);
        return events({
          ...base,
          type: 'referredToCommittee',
          data: {
            questionsZh: command.questionsZh,
            members: command.members.map((m) => ({
              userId: m.userId,
              nameZh: m.nameZh,
              formerAgencyIds: m.formerAgencyIds,
              relatedToParty: m.relatedToParty,
              ...(m.relationZh ? { relationZh: m.relationZh } : {}),
            })),
            grounds: mandatory.length ? mandatory : ['office'],
            ...(command.noteZh ? { noteZh: command.noteZh } : {}),
          },
        });
      },
      giveCommitteeOpinion(state, command, { base, actor }) {
        const c = committeeOf(state);
        if (!c.referral) return notReferred();
        if (c.consolidated)
          return refuse(
            'committee.concluded',
            `行政复议机构已于${formatDateZh(c.consolidated.on)}记录委员会的咨询意见`,
          );
        const member = c.referral.members.find((m) => m.userId === actor.userId);
        if (!member) return refuse('committee.notAsked', '本案未提请您提出咨询意见');
        if (c.opinions.some((o) => o.userId === member.userId))
          return refuse('committee.alreadyOpined', '您已就本案提出咨询意见');
        return events({
          ...base,
          type: 'committeeMemberOpined',
          data: { memberUserId: member.userId, memberNameZh: member.nameZh, opinionZh: command.opinionZh },
        });
      },
      recordCommitteeOpinion(state, command, { base, today }) {
        const c = committeeOf(state);
        if (!c.referral) return notReferred();
        if (c.consolidated)
          return refuse('committee.concluded', `已于${formatDateZh(c.consolidated.on)}记录委员会的咨询意见`);
        if (c.opinions.length === 0)
          return refuse('committee.noOpinions', '尚无委员提出书面咨询意见，暂不能记录委员会的咨询意见');
        return events({
          ...base,
          type: 'committeeOpinionRecorded',
          data: {
            opinionZh: command.opinionZh,
            memberNamesZh: c.opinions.map((o) => o.nameZh),
            recordedOn: today,
          },
        });
      },
    },
    evolve: {
      referredToCommittee: (state, data, event) =>
        withCommitteeParties({
          ...state,
          committee: {
            ...committeeOf(state),
            referral: {
              on: dayOf(event.at),
              questionsZh: data.questionsZh,
              members: data.members,
              grounds: data.grounds,
            },
          },
        }),
      committeeMemberOpined: (state, data, event) => {
        const c = committeeOf(state);
        return {
          ...state,
          committee: {
            ...c,
            opinions: [
              ...c.opinions,
              {
                userId: data.memberUserId,
                nameZh: data.memberNameZh,
                opinionZh: data.opinionZh,
                on: dayOf(event.at),
              },
            ],
          },
        };
      },
      committeeOpinionRecorded: (state, data) => ({
        ...state,
        committee: {
          ...committeeOf(state),
          consolidated: { opinionZh: data.opinionZh, on: data.recordedOn },
        },
      }),
    },
    eventLabelsZh: {
      referredToCommittee: '提请行政复议委员会提出咨询意见（《行政复议法》第五十二条）',
      committeeMemberOpined: '委员提出书面咨询意见',
      committeeOpinionRecorded: '记录行政复议委员会咨询意见（《行政复议法》第五十二条第三款）',
    },
    notices: {
      referredToCommittee: (state, data) =>
        data.members.map((m) => ({
          recipient: m.userId,
          kind: 'referredToCommittee',
          subjectZh: `请就${state.caseNumber}案提出咨询意见`,
          bodyZh: `${state.bodyNameZh}提请您就${state.caseNumber}行政复议案件提出书面咨询意见（《行政复议法》第五十二条）。咨询的问题：${data.questionsZh
            .map((q, n) => `${n + 1}. ${q}`)
            .join('；')}。请登录查看案件并提交意见。`,
        })),
      committeeMemberOpined: (state, data) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'committeeMemberOpined',
          subjectZh: `委员已提出咨询意见（${state.caseNumber}）`,
          bodyZh: `${data.memberNameZh}已就本案提出书面咨询意见。`,
        },
      ],
      committeeOpinionRecorded: (state) =>
        (state.committee?.referral?.members ?? []).map((m) => ({
          recipient: m.userId,
          kind: 'committeeOpinionRecorded',
          subjectZh: `委员会咨询意见已记录（${state.caseNumber}）`,
          bodyZh: `${state.bodyNameZh}已记录行政复议委员会就${state.caseNumber}案的咨询意见，感谢您的意见。`,
        })),
    },
    available: {
      referToCommittee: (state) => !state.committee?.referral,
      giveCommitteeOpinion: (state) =>
        state.committee?.referral !== undefined && !state.committee.consolidated,
      recordCommitteeOpinion: (state) =>
        state.committee?.referral !== undefined &&
        !state.committee.consolidated &&
        state.committee.opinions.length > 0,
    },
    presentEventData: {
      referredToCommittee: (data, viewer) =>
        readsOpinions(viewer)
          ? data
          : {
              ...data,
              members: data.members.map((m) => ({ ...m, formerAgencyIds: [], relatedToParty: false })),
            },
      committeeMemberOpined: (data, viewer) =>
        readsOpinions(viewer) ? data : { ...data, opinionZh: WITHHELD_ZH },
      committeeOpinionRecorded: (data, viewer) =>
        readsOpinions(viewer) ? data : { ...data, opinionZh: WITHHELD_ZH },
    },
    present: (viewer, state) => ({ committee: presentCommittee(viewer, state) }),
    vocabulary: { committeeGroundsZh },
  },
);

const notReferred = () => refuse('committee.notReferred', '本案尚未提请行政复议委员会提出咨询意见');

/** The committee's part of the case as `viewer` sees it (undefined while it has none). */
function presentCommittee(viewer: Viewer, state: CaseState) {
  const mandatory = mandatoryCommitteeGrounds(state);
  const c = state.committee;
  if (!c && mandatory.length === 0) return undefined;
  const reads = readsOpinions(viewer);
  return {
    required: mandatory.length > 0,
    requiredGroundsZh: mandatory.map((g) => committeeGroundsZh[g]),
    ...(c?.referral
      ? {
          referral: {
            on: c.referral.on,
            questionsZh: c.referral.questionsZh,
            members: c.referral.members.map((m) => ({ userId: m.userId, nameZh: m.nameZh })),
            groundsZh: c.referral.grounds.map((g) => committeeGroundsZh[g]),
          },
        }
      : {}),
    opinions: (c?.opinions ?? []).map((o) => ({ ...o, opinionZh: reads ? o.opinionZh : WITHHELD_ZH })),
    ...(c?.consolidated
      ? { consolidated: { ...c.consolidated, opinionZh: reads ? c.consolidated.opinionZh : WITHHELD_ZH } }
      : {}),
  };
}
