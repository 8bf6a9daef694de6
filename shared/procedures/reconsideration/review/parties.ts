import * as z from 'zod/mini';
import { formatDateZh } from '../../../calendar/explain';
import { shanghaiDate } from '../../../calendar/time';
import type { IsoDate } from '../../../calendar/types';
import { relationOf } from '../../../domain/access';
import type { Actor } from '../../../domain/actors';
import { agencyAudience, bodyAudience } from '../../../domain/audiences';
import type { Party } from '../../../domain/case';
import type { Notice } from '../../../domain/procedure';
import { type Decision, ok, refuse } from '../../../domain/refusals';
import { showName, showParty, showPerson, showText, type Viewer } from '../../../domain/visibility';
import { idText, nameText, optionalText, requiredText } from '../../../validation/text';
import {
  type AgentInput,
  type Application,
  agentKindsZh,
  agentSchema,
  authorityScopesZh,
  phoneField,
  residentIdField,
  type SpecialPower,
  specialPowersZh,
  usccField,
} from '../application';
import { expectedVersion, recordedDate } from '../command-fields';
import type { CaseState } from '../types';
import { definePart, events } from './part';

/**
 * Who takes part in a case besides the applicant and the respondent, and who acts for whom:
 *
 * - third parties (第三人, Art. 16): someone with an interest in the act or in the outcome, invited
 *   by the body (参加行政复议通知书) or admitted on their own application. A person who is not yet a
 *   party cannot see the case (no case exists for them), so the lawful minimal route is the one the
 *   law describes: they apply in writing to the body, and the clerk records the application
 *   received and the body admits or refuses it with a reason. With the account they sign in with,
 *   an admitted third party sees the case (shared/domain/access.ts) and takes part online;
 * - agents (代理人, Art. 17): one or two, each with a power of attorney whose authority is general
 *   or special (listing its powers). The applicant or the body records a change in writing;
 *   withdrawing, settling and mediating need a special authority naming that power;
 * - representatives (代表人, Art. 15) elected by numerous applicants of a group application.
 */

/** Art. 17: a party may appoint one or two agents. */
export const MAX_AGENTS = 2;
/**
 * Art. 15 (同一行政复议案件申请人人数众多的，可以由申请人推选代表人参加行政复议): the
 * Implementing Regulations (Art. 8) say how many representatives numerous applicants elect: one
 * to five.
 */
export const MAX_REPRESENTATIVES = 5;

const thirdPartyPerson = z.strictObject({
  type: z.literal('person'),
  name: nameText('第三人姓名', 50),
  residentId: z.optional(residentIdField('第三人公民身份号码')),
  phone: z.optional(phoneField('第三人联系电话')),
  address: requiredText('第三人住址', { max: 200 }),
});
const thirdPartyOrganisation = z.strictObject({
  type: z.literal('organisation'),
  name: nameText('第三人名称', 100),
  uscc: usccField('第三人统一社会信用代码'),
  legalRepresentative: nameText('第三人法定代表人或主要负责人', 50),
  phone: z.optional(phoneField('第三人联系电话')),
  address: requiredText('第三人住所', { max: 200 }),
});
const thirdPartySchema = z.discriminatedUnion('type', [thirdPartyPerson, thirdPartyOrganisation], {
  error: '第三人类型应为 person（自然人）或 organisation（法人或其他组织）',
});
export type ThirdPartyDetails = z.infer<typeof thirdPartySchema>;

const representativeSchema = z.strictObject({
  name: nameText('代表人姓名', 50),
  residentId: z.optional(residentIdField('代表人公民身份号码')),
  phone: z.optional(phoneField('代表人联系电话')),
});
export type Representative = z.infer<typeof representativeSchema>;

const userIdField = (label: string) => z.optional(idText(label));
const interest = requiredText('与本案的利害关系', { max: 2000, multiline: true });

/** An agent on the case: the power of attorney's authority, and from when to when it stood. */
export interface Agent extends Omit<AgentInput, 'powers'> {
  /** A1, A2 … in the order of appointment (kept after dismissal, so ids are never reused). */
  readonly id: string;
  readonly powers: readonly SpecialPower[];
  readonly appointedOn: IsoDate;
  readonly dismissedOn?: IsoDate;
}

export interface ThirdParty {
  /** T1, T2 … in the order of admission. */
  readonly id: string;
  readonly details: ThirdPartyDetails;
  readonly userId?: string;
  readonly interestZh: string;
  /** Invited by the body, or admitted on their own application. */
  readonly basis: 'invited' | 'applied';
  readonly admittedOn: IsoDate;
}

export interface ThirdPartyApplication {
  /** P1, P2 … in the order received. */
  readonly id: string;
  readonly details: ThirdPartyDetails;
  readonly userId?: string;
  readonly interestZh: string;
  readonly receivedOn: IsoDate;
  readonly status: 'pending' | 'admitted' | 'refused';
  readonly decidedOn?: IsoDate;
  readonly refusalReasonZh?: string;
}

export interface Representatives {
  readonly applicantCount: number;
  readonly representatives: readonly Representative[];
  readonly recordedOn: IsoDate;
}

/** The state slice of this part (in CaseState). */
export interface PartiesSlice {
  readonly agents?: readonly Agent[];
  readonly thirdParties?: readonly ThirdParty[];
  readonly thirdPartyApplications?: readonly ThirdPartyApplication[];
  readonly representatives?: Representatives;
}

// ------------------------------------------------------------------------ who acts for whom

/** A party of the case as mediation and signatures name it. */
export type PartyKey = 'applicant' | 'respondent' | `thirdParty:${string}`;
export const partyKeyPattern = /^(applicant|respondent|thirdParty:T\d+)$/;

/** Whom the actor acts for (their own side), and as whose agent if they are one. */
export interface Acting {
  readonly party: PartyKey;
  readonly agent?: Agent;
}

export const activeAgents = (state: PartiesSlice): readonly Agent[] =>
  (state.agents ?? []).filter((a) => a.dismissedOn === undefined);

/**
 * The side an actor is on: the applicant, the applicant through an agent, a third party, or the
 * respondent; undefined for staff (who record a party's act on paper and name the party).
 */
export function actingFor(state: CaseState, actor: Actor): Acting | undefined {
  if (actor.role === 'respondent') return { party: 'respondent' };
  switch (relationOf(state, actor)) {
    case 'applicant':
      return { party: 'applicant' };
    case 'agent': {
      const agent = activeAgents(state).find((a) => a.userId === actor.userId);
      return agent ? { party: 'applicant', agent } : undefined;
    }
    case 'thirdParty': {
      const third = (state.thirdParties ?? []).find((t) => t.userId === actor.userId);
      return third ? { party: `thirdParty:${third.id}` } : undefined;
    }
    default:
      return undefined;
  }
}

/** The powers an agent holds: none beyond general authority unless the power of attorney lists them. */
export const powersOf = (agent: Agent): readonly SpecialPower[] =>
  agent.scope === 'special' ? agent.powers : [];

/**
 * An agent may do `whatZh` for the applicant only with a special authority listing every power
 * it needs; the applicant themselves (or anyone not acting as an agent) always may.
 */
export function requirePowers(
  acting: Acting | undefined,
  needed: readonly SpecialPower[],
  whatZh: string,
): Decision<true> {
  const agent = acting?.agent;
  if (!agent) return ok(true);
  const missing = needed.filter((p) => !powersOf(agent).includes(p));
  if (missing.length === 0) return ok(true);
  return refuse(
    'agent.specialAuthorityRequired',
    `${whatZh}须有申请人的特别授权；代理人${agent.name}的授权委托书为${authorityScopesZh[agent.scope]}，未载明“${missing
      .map((p) => specialPowersZh[p])
      .join('”“')}”（《行政复议法》第十七条：授权委托书应当载明委托事项、权限和期限）`,
  );
}

/** A party's name on the case (the applicant's, the respondent's, a third party's). */
export function partyNameZh(state: CaseState, key: PartyKey): string {
  if (key === 'applicant') return state.application.applicant.name;
  if (key === 'respondent')
    return state.parties.find((p) => p.role === 'respondent')?.nameZh ?? state.application.respondentAgencyId;
  return (state.thirdParties ?? []).find((t) => `thirdParty:${t.id}` === key)?.details.name ?? key;
}

/** A party's name as `viewer` may see it (a natural person's through the visibility table). */
export function partyNameFor(viewer: Viewer, state: CaseState, key: PartyKey): string {
  if (key === 'respondent') return partyNameZh(state, key);
  if (key === 'applicant')
    return showName(viewer, 'applicant', state.application.applicant.name, state.application.applicant.type);
  const third = (state.thirdParties ?? []).find((t) => `thirdParty:${t.id}` === key);
  return third ? showName(viewer, 'thirdParty', third.details.name, third.details.type) : key;
}

/**
 * The parties of the case now: the applicant, the respondent once it is brought in (the copy of
 * the application sent, Art. 48), and every admitted third party.
 */
export function partyKeys(state: CaseState): PartyKey[] {
  return [
    'applicant',
    ...(state.parties.some((p) => p.role === 'respondent') ? (['respondent'] as const) : []),
    ...(state.thirdParties ?? []).map((t): PartyKey => `thirdParty:${t.id}`),
  ];
}

/**
 * Everyone on the applicant's side who signs in and is told what concerns the applicant: the
 * applicant and their agents who use the system.
 */
export function applicantSideRecipients(state: CaseState): string[] {
  return [
    state.applicantUserId,
    ...activeAgents(state)
      .map((a) => a.userId)
      .filter((u): u is string => u !== undefined && u !== state.applicantUserId),
  ];
}

/** The recipients that stand for one party: its users, or the respondent agency. */
export function recipientsOf(state: CaseState, key: PartyKey): string[] {
  if (key === 'applicant') return applicantSideRecipients(state);
  if (key === 'respondent') return [agencyAudience(state.application.respondentAgencyId)];
  const third = (state.thirdParties ?? []).find((t) => `thirdParty:${t.id}` === key);
  return third?.userId ? [third.userId] : [];
}

/** Every party who can be told online: the applicant's side, the respondent, third parties with an account. */
export const partyRecipients = (state: CaseState): string[] =>
  partyKeys(state).flatMap((k) => recipientsOf(state, k));

// ------------------------------------------------------------------------ the envelope's parties

/** The agent named in the application, as the case's first agent (general authority unless stated). */
export function agentsAtFiling(application: Application, on: IsoDate): Agent[] {
  const a = application.agent;
  if (!a) return [];
  return [{ ...a, scope: a.scope ?? 'general', powers: a.powers ?? [], id: 'A1', appointedOn: on }];
}

/** The envelope parties of agents and third parties who sign in: they see the case (canView). */
export function signedInParties(state: PartiesSlice): Party[] {
  return [
    ...activeAgents(state)
      .filter((a) => a.userId !== undefined)
      .map((a): Party => ({ role: 'agent', userId: a.userId, nameZh: a.name })),
    ...(state.thirdParties ?? [])
      .filter((t) => t.userId !== undefined)
      .map((t): Party => ({ role: 'thirdParty', userId: t.userId, nameZh: t.details.name })),
  ];
}

/** The state with its envelope parties matching its agents and third parties. */
function withParties(state: CaseState): CaseState {
  return {
    ...state,
    parties: [
      ...state.parties.filter((p) => p.role !== 'agent' && p.role !== 'thirdParty'),
      ...signedInParties(state),
    ],
  };
}

// ------------------------------------------------------------------------ checks

const identityOf = (d: { readonly type: string; readonly residentId?: string; readonly uscc?: string }) =>
  d.type === 'organisation' ? d.uscc : d.residentId;

/** Whether `details` (or `userId`) is someone already on the case: the applicant, an agent, a third party. */
function alreadyOnCase(state: CaseState, details: ThirdPartyDetails, userId?: string): string | undefined {
  const id = identityOf(details);
  const applicantId = identityOf(state.application.applicant);
  if ((id && id === applicantId) || userId === state.applicantUserId) return '申请人本人不能作为第三人';
  if (userId && activeAgents(state).some((a) => a.userId === userId)) return '申请人的代理人不能作为第三人';
  const same = (state.thirdParties ?? []).find(
    (t) => (id && identityOf(t.details) === id) || (userId && t.userId === userId),
  );
  return same ? `${same.details.name}已是本案第三人` : undefined;
}

const nextId = (prefix: string, list: readonly unknown[] | undefined) =>
  `${prefix}${(list?.length ?? 0) + 1}`;

// ------------------------------------------------------------------------ the part

const thirdPartyNotice = z.object({
  kind: z.enum(['invitation', 'admission']),
  issuedOn: z.string(),
  caseNumber: z.string(),
  bodyNameZh: z.string(),
  applicantNameZh: z.string(),
  respondentNameZh: z.string(),
  actTitle: z.string(),
  actDocumentNumber: z.optional(z.string()),
});
/** Stored third-party details were validated when recorded: read back as they were. */
const storedDetails = z.custom<ThirdPartyDetails>(
  (v) => typeof v === 'object' && v !== null && 'type' in v && 'name' in v,
);
const storedAgent = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  kind: z.enum(Object.keys(agentKindsZh) as [keyof typeof agentKindsZh]),
  scope: z.enum(['general', 'special']),
  powers: z.readonly(z.array(z.enum(Object.keys(specialPowersZh) as [SpecialPower]))),
  userId: z.optional(z.string()),
  appointedOn: z.string(),
});

export const partiesPart = definePart(
  [
    z.strictObject({
      action: z.literal('inviteThirdParty'),
      expectedVersion,
      thirdParty: thirdPartySchema,
      userId: userIdField('第三人的登录账号'),
      interestZh: interest,
    }),
    z.strictObject({
      action: z.literal('recordThirdPartyApplication'),
      expectedVersion,
      applicant: thirdPartySchema,
      userId: userIdField('申请人的登录账号'),
      interestZh: interest,
      receivedOn: recordedDate('收到申请的日期'),
    }),
    z.strictObject({
      action: z.literal('decideThirdPartyApplication'),
      expectedVersion,
      applicationId: idText('第三人参加申请'),
      admitted: z.boolean({ error: '请选择是否准许参加' }),
      reasonZh: optionalText('不予准许的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('appointAgent'),
      expectedVersion,
      agent: agentSchema,
      replacesAgentId: z.optional(idText('被更换的代理人')),
    }),
    z.strictObject({
      action: z.literal('dismissAgent'),
      expectedVersion,
      agentId: idText('代理人'),
      reasonZh: optionalText('解除委托的说明', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('recordRepresentatives'),
      expectedVersion,
      applicantCount: z
        .number({ error: '请填写申请人人数' })
        .check(
          z.int({ message: '申请人人数应为整数' }),
          z.minimum(2, { message: '推选代表人须有两名以上申请人' }),
        ),
      representatives: z
        .array(representativeSchema, { error: '请填写代表人' })
        .check(
          z.minLength(1, { message: '请至少填写一名代表人' }),
          z.maxLength(50, { message: '代表人名单过长' }),
        ),
    }),
  ],
  {
    thirdPartyAdmitted: z.object({
      id: z.string(),
      details: storedDetails,
      userId: z.optional(z.string()),
      interestZh: z.string(),
      basis: z.enum(['invited', 'applied']),
      applicationId: z.optional(z.string()),
      admittedOn: z.string(),
      /** What the 参加行政复议通知书 (or the notice of admission) says, as issued. */
      notice: thirdPartyNotice,
    }),
    thirdPartyApplied: z.object({
      id: z.string(),
      details: storedDetails,
      userId: z.optional(z.string()),
      interestZh: z.string(),
      receivedOn: z.string(),
    }),
    thirdPartyApplicationRefused: z.object({
      applicationId: z.string(),
      reasonZh: z.string(),
      decidedOn: z.string(),
    }),
    agentAppointed: z.object({ agent: storedAgent, replacesAgentId: z.optional(z.string()) }),
    agentDismissed: z.object({
      agentId: z.string(),
      reasonZh: z.optional(z.string()),
      dismissedOn: z.string(),
    }),
    representativesRecorded: z.object({
      applicantCount: z.number(),
      representatives: z.readonly(
        z.array(
          z.object({ name: z.string(), residentId: z.optional(z.string()), phone: z.optional(z.string()) }),
        ),
      ),
    }),
  },
  {
    decide: {
      inviteThirdParty(state, command, { base, today }) {
        const conflict = alreadyOnCase(state, command.thirdParty, command.userId);
        if (conflict)
          return refuse('parties.alreadyParty', conflict, [{ path: 'thirdParty', messageZh: conflict }]);
        return events({
          ...base,
          type: 'thirdPartyAdmitted',
          data: {
            id: nextId('T', state.thirdParties),
            details: command.thirdParty,
            ...(command.userId ? { userId: command.userId } : {}),
            interestZh: command.interestZh,
            basis: 'invited',
            admittedOn: today,
            notice: noticeData(state, 'invitation', today),
          },
        });
      },
      recordThirdPartyApplication(state, command, { base, today }) {
        if (command.receivedOn > today || command.receivedOn < state.receivedOn)
          return refuse('review.dateInvalid', '收到申请的日期应在收到行政复议申请之日与今天之间', [
            {
              path: 'receivedOn',
              messageZh: `应在${formatDateZh(state.receivedOn)}至${formatDateZh(today)}之间`,
            },
          ]);
        const conflict = alreadyOnCase(state, command.applicant, command.userId);
        if (conflict)
          return refuse('parties.alreadyParty', conflict, [{ path: 'applicant', messageZh: conflict }]);
        return events({
          ...base,
          type: 'thirdPartyApplied',
          data: {
            id: nextId('P', state.thirdPartyApplications),
            details: command.applicant,
            ...(command.userId ? { userId: command.userId } : {}),
            interestZh: command.interestZh,
            receivedOn: command.receivedOn,
          },
        });
      },
      decideThirdPartyApplication(state, command, { base, today }) {
        const application = (state.thirdPartyApplications ?? []).find((a) => a.id === command.applicationId);
        if (!application)
          return refuse('parties.applicationUnknown', '未找到该第三人参加申请，请先登记收到的申请', [
            { path: 'applicationId', messageZh: '申请不存在' },
          ]);
        if (application.status !== 'pending')
          return refuse(
            'parties.applicationDecided',
            `该申请已于${formatDateZh(application.decidedOn ?? today)}作出${application.status === 'admitted' ? '准许' : '不予准许'}的决定`,
          );
        if (!command.admitted) {
          if (!command.reasonZh)
            return refuse('request.invalid', '不准许参加行政复议的，应当说明理由', [
              { path: 'reasonZh', messageZh: '请填写不予准许的理由' },
            ]);
          return events({
            ...base,
            type: 'thirdPartyApplicationRefused',
            data: { applicationId: application.id, reasonZh: command.reasonZh, decidedOn: today },
          });
        }
        const conflict = alreadyOnCase(state, application.details, application.userId);
        if (conflict) return refuse('parties.alreadyParty', conflict);
        return events({
          ...base,
          type: 'thirdPartyAdmitted',
          data: {
            id: nextId('T', state.thirdParties),
            details: application.details,
            ...(application.userId ? { userId: application.userId } : {}),
            interestZh: application.interestZh,
            basis: 'applied',
            applicationId: application.id,
            admittedOn: today,
            notice: noticeData(state, 'admission', today),
          },
        });
      },
      appointAgent(state, command, { base, today }) {
        const active = activeAgents(state);
        const replaced = command.replacesAgentId;
        if (replaced && !active.some((a) => a.id === replaced))
          return refuse('parties.agentUnknown', '要更换的代理人不是本案现有的代理人', [
            { path: 'replacesAgentId', messageZh: '代理人不存在或已解除委托' },
          ]);
        if (!replaced && active.length >= MAX_AGENTS)
          return refuse(
            'parties.tooManyAgents',
            `申请人可以委托一至二名代理人（《行政复议法》第十七条），本案已有${active.length}名代理人；请选择要更换的代理人`,
            [{ path: 'replacesAgentId', messageZh: '请选择被更换的代理人' }],
          );
        const userId = command.agent.userId;
        if (userId && userId === state.applicantUserId)
          return refuse('parties.alreadyParty', '申请人本人不能作为自己的代理人', [
            { path: 'agent.userId', messageZh: '这是申请人本人的账号' },
          ]);
        if (userId && (state.thirdParties ?? []).some((t) => t.userId === userId))
          return refuse('parties.alreadyParty', '本案第三人不能作为申请人的代理人', [
            { path: 'agent.userId', messageZh: '这是第三人的账号' },
          ]);
        if (userId && active.some((a) => a.userId === userId && a.id !== replaced))
          return refuse('parties.alreadyParty', '该账号已是本案代理人', [
            { path: 'agent.userId', messageZh: '已是本案代理人' },
          ]);
        const { powers, ...agent } = command.agent;
        return events({
          ...base,
          type: 'agentAppointed',
          data: {
            agent: {
              ...agent,
              powers: agent.scope === 'special' ? (powers ?? []) : [],
              id: nextId('A', state.agents ?? agentsAtFiling(state.application, state.receivedOn)),
              appointedOn: today,
            },
            ...(replaced ? { replacesAgentId: replaced } : {}),
          },
        });
      },
      dismissAgent(state, command, { base, today }) {
        if (!activeAgents(state).some((a) => a.id === command.agentId))
          return refuse('parties.agentUnknown', '本案没有该代理人，或已解除委托', [
            { path: 'agentId', messageZh: '代理人不存在或已解除委托' },
          ]);
        return events({
          ...base,
          type: 'agentDismissed',
          data: {
            agentId: command.agentId,
            ...(command.reasonZh ? { reasonZh: command.reasonZh } : {}),
            dismissedOn: today,
          },
        });
      },
      recordRepresentatives(_state, command, { base }) {
        if (command.representatives.length > MAX_REPRESENTATIVES)
          return refuse(
            'parties.tooManyRepresentatives',
            `申请人人数众多的，推选一至${MAX_REPRESENTATIVES}名代表人参加行政复议（《行政复议法》第十五条，《行政复议法实施条例》第八条）；现填写了${command.representatives.length}名`,
            [{ path: 'representatives', messageZh: `代表人至多${MAX_REPRESENTATIVES}名` }],
          );
        if (command.representatives.length > command.applicantCount)
          return refuse('request.invalid', '代表人人数不能多于申请人人数', [
            { path: 'representatives', messageZh: '代表人多于申请人' },
          ]);
        return events({
          ...base,
          type: 'representativesRecorded',
          data: { applicantCount: command.applicantCount, representatives: command.representatives },
        });
      },
    },
    evolve: {
      thirdPartyAdmitted: (state, d) =>
        withParties({
          ...state,
          thirdParties: [
            ...(state.thirdParties ?? []),
            {
              id: d.id,
              details: d.details,
              ...(d.userId ? { userId: d.userId } : {}),
              interestZh: d.interestZh,
              basis: d.basis,
              admittedOn: d.admittedOn,
            },
          ],
          thirdPartyApplications: (state.thirdPartyApplications ?? []).map((a) =>
            a.id === d.applicationId ? { ...a, status: 'admitted', decidedOn: d.admittedOn } : a,
          ),
        }),
      thirdPartyApplied: (state, d) => ({
        ...state,
        thirdPartyApplications: [...(state.thirdPartyApplications ?? []), { ...d, status: 'pending' }],
      }),
      thirdPartyApplicationRefused: (state, d) => ({
        ...state,
        thirdPartyApplications: (state.thirdPartyApplications ?? []).map((a) =>
          a.id === d.applicationId
            ? { ...a, status: 'refused', decidedOn: d.decidedOn, refusalReasonZh: d.reasonZh }
            : a,
        ),
      }),
      agentAppointed: (state, d) =>
        withParties({
          ...state,
          agents: [
            ...(state.agents ?? agentsAtFiling(state.application, state.receivedOn)).map((a) =>
              a.id === d.replacesAgentId ? { ...a, dismissedOn: d.agent.appointedOn } : a,
            ),
            d.agent,
          ],
        }),
      agentDismissed: (state, d) =>
        withParties({
          ...state,
          agents: (state.agents ?? agentsAtFiling(state.application, state.receivedOn)).map((a) =>
            a.id === d.agentId ? { ...a, dismissedOn: d.dismissedOn } : a,
          ),
        }),
      representativesRecorded: (state, d, event) => ({
        ...state,
        representatives: { ...d, recordedOn: shanghaiDate(new Date(event.at)) },
      }),
    },
    eventLabelsZh: {
      thirdPartyAdmitted: '第三人参加行政复议（《行政复议法》第十六条）',
      thirdPartyApplied: '收到参加行政复议的申请',
      thirdPartyApplicationRefused: '不准许参加行政复议',
      agentAppointed: '登记代理人（《行政复议法》第十七条）',
      agentDismissed: '解除代理人委托',
      representativesRecorded: '登记代表人（《行政复议法》第十五条）',
    },
    notices: {
      thirdPartyAdmitted: (state, d) => {
        const third = `thirdParty:${d.id}` as const;
        const name = d.details.name;
        const others = [
          ...applicantSideRecipients(state),
          ...(state.parties.some((p) => p.role === 'respondent') ? recipientsOf(state, 'respondent') : []),
        ];
        return [
          ...recipientsOf(state, third).map(
            (recipient): Notice => ({
              recipient,
              kind: 'thirdPartyNotice',
              subjectZh: `${d.notice.kind === 'invitation' ? '参加行政复议通知书' : '准予参加行政复议通知'}（${state.caseNumber}）`,
              bodyZh: thirdPartyNoticeText(d.notice, d.interestZh),
            }),
          ),
          ...others.map(
            (recipient): Notice => ({
              recipient,
              kind: 'thirdPartyAdmitted',
              subjectZh: `第三人参加本案（${state.caseNumber}）`,
              bodyZh: `${name}作为第三人参加本案行政复议（《行政复议法》第十六条）。`,
            }),
          ),
        ];
      },
      thirdPartyApplied: (state, d) =>
        d.userId
          ? [
              {
                recipient: d.userId,
                kind: 'thirdPartyApplied',
                subjectZh: `已收到您参加行政复议的申请（${state.caseNumber}）`,
                bodyZh: `${state.bodyNameZh}已于${formatDateZh(d.receivedOn)}收到您作为第三人参加行政复议的申请，审查后将书面告知结果。`,
              },
            ]
          : [],
      thirdPartyApplicationRefused: (state, d) => {
        const application = (state.thirdPartyApplications ?? []).find((a) => a.id === d.applicationId);
        return application?.userId
          ? [
              {
                recipient: application.userId,
                kind: 'thirdPartyApplicationRefused',
                subjectZh: `不准许参加行政复议（${state.caseNumber}）`,
                bodyZh: `经审查，您不能作为第三人参加本案行政复议。理由：${d.reasonZh}`,
              },
            ]
          : [];
      },
      agentAppointed: (state, d, event) => {
        const a = d.agent;
        const authority =
          a.scope === 'special'
            ? `特别授权：${a.powers.map((p) => specialPowersZh[p]).join('、')}`
            : '一般授权（不包括撤回申请、和解、调解等特别授权事项）';
        const text = `${a.name}（${agentKindsZh[a.kind]}）为申请人的代理人，${authority}。`;
        return [
          ...(event.actor.role === 'applicant'
            ? [
                {
                  recipient: bodyAudience(state.bodyId),
                  kind: 'agentAppointed',
                  subjectZh: `申请人登记代理人（${state.caseNumber}）`,
                  bodyZh: `${text}请核对授权委托书。`,
                },
              ]
            : []),
          {
            recipient: state.applicantUserId,
            kind: 'agentAppointed',
            subjectZh: `代理人已登记（${state.caseNumber}）`,
            bodyZh: text,
          },
          ...(a.userId
            ? [
                {
                  recipient: a.userId,
                  kind: 'agentAppointed',
                  subjectZh: `您已登记为行政复议代理人（${state.caseNumber}）`,
                  bodyZh: `您可以登录查看本案，并在授权范围内代申请人办理：${authority}。`,
                },
              ]
            : []),
        ];
      },
      agentDismissed: (state, d, event) => {
        const agent = (state.agents ?? []).find((a) => a.id === d.agentId);
        const text = `${agent?.name ?? '代理人'}的代理已于${formatDateZh(d.dismissedOn)}解除。${d.reasonZh ? `说明：${d.reasonZh}` : ''}`;
        return [
          ...(event.actor.role === 'applicant'
            ? [
                {
                  recipient: bodyAudience(state.bodyId),
                  kind: 'agentDismissed',
                  subjectZh: `申请人解除代理人委托（${state.caseNumber}）`,
                  bodyZh: text,
                },
              ]
            : []),
          {
            recipient: state.applicantUserId,
            kind: 'agentDismissed',
            subjectZh: `代理人委托已解除（${state.caseNumber}）`,
            bodyZh: text,
          },
          ...(agent?.userId
            ? [
                {
                  recipient: agent.userId,
                  kind: 'agentDismissed',
                  subjectZh: `您的代理人身份已解除（${state.caseNumber}）`,
                  bodyZh: `${text}您将不能再查看本案。`,
                },
              ]
            : []),
        ];
      },
    },
    available: {
      decideThirdPartyApplication: (state) =>
        (state.thirdPartyApplications ?? []).some((a) => a.status === 'pending'),
      dismissAgent: (state) => activeAgents(state).length > 0,
    },
    presentEventData: {
      thirdPartyAdmitted: (d, viewer) => ({
        id: d.id,
        details: showParty(viewer, 'thirdParty', d.details),
        interestZh: showText(viewer, 'thirdParty', d.interestZh),
        basis: d.basis,
        ...(d.applicationId ? { applicationId: d.applicationId } : {}),
        admittedOn: d.admittedOn,
        notice: {
          ...d.notice,
          applicantNameZh: showName(viewer, 'applicant', d.notice.applicantNameZh, 'person'),
        },
      }),
      thirdPartyApplied: (d, viewer) => ({
        id: d.id,
        details: showParty(viewer, 'thirdParty', d.details),
        interestZh: showText(viewer, 'thirdParty', d.interestZh),
        receivedOn: d.receivedOn,
      }),
      thirdPartyApplicationRefused: (d) => d,
      agentAppointed: (d, viewer) => ({
        agent: presentAgent(viewer, d.agent),
        ...(d.replacesAgentId ? { replacesAgentId: d.replacesAgentId } : {}),
      }),
      agentDismissed: (d, viewer) => ({
        ...d,
        ...(d.reasonZh ? { reasonZh: showText(viewer, 'applicant', d.reasonZh) } : {}),
      }),
      representativesRecorded: (d, viewer) => ({
        applicantCount: d.applicantCount,
        representatives: d.representatives.map((r) => showPerson(viewer, 'applicant', r)),
      }),
    },
    present: (viewer, state) => ({
      agents: (state.agents ?? agentsAtFiling(state.application, state.receivedOn)).map((a) =>
        presentAgent(viewer, a),
      ),
      thirdParties: (state.thirdParties ?? []).map((t) => ({
        id: t.id,
        details: showParty(viewer, 'thirdParty', t.details),
        interestZh: showText(viewer, 'thirdParty', t.interestZh),
        basis: t.basis,
        admittedOn: t.admittedOn,
        online: t.userId !== undefined,
      })),
      thirdPartyApplications: (state.thirdPartyApplications ?? []).map((a) => ({
        id: a.id,
        details: showParty(viewer, 'thirdParty', a.details),
        interestZh: showText(viewer, 'thirdParty', a.interestZh),
        receivedOn: a.receivedOn,
        status: a.status,
        ...(a.decidedOn ? { decidedOn: a.decidedOn } : {}),
        ...(a.refusalReasonZh ? { refusalReasonZh: a.refusalReasonZh } : {}),
      })),
      ...(state.representatives
        ? {
            representatives: {
              applicantCount: state.representatives.applicantCount,
              recordedOn: state.representatives.recordedOn,
              representatives: state.representatives.representatives.map((r) =>
                showPerson(viewer, 'applicant', r),
              ),
            },
          }
        : {}),
    }),
    vocabulary: { specialPowersZh, authorityScopesZh, agentKindsZh },
  },
);

/** An agent as `viewer` sees them: name and telephone by the table; the account id is never shown. */
function presentAgent(viewer: Viewer, a: Omit<Agent, 'dismissedOn'> & { readonly dismissedOn?: IsoDate }) {
  const { userId, ...rest } = a;
  return { ...showPerson(viewer, 'agent', rest), online: userId !== undefined };
}

/** What a third party's notice names: the case, the body, the parties and the act. */
function noticeData(state: CaseState, kind: 'invitation' | 'admission', issuedOn: IsoDate) {
  return {
    kind,
    issuedOn,
    caseNumber: state.caseNumber,
    bodyNameZh: state.bodyNameZh,
    applicantNameZh: state.application.applicant.name,
    respondentNameZh: partyNameZh(state, 'respondent'),
    actTitle: state.application.act.title,
    ...(state.application.act.documentNumber
      ? { actDocumentNumber: state.application.act.documentNumber }
      : {}),
  };
}

/** The text of the 参加行政复议通知书 (or the notice of admission on the third party's application). */
export function thirdPartyNoticeText(n: z.infer<typeof thirdPartyNotice>, interestZh: string): string {
  const act = `“${n.actTitle}”${n.actDocumentNumber ? `（${n.actDocumentNumber}）` : ''}`;
  const lead =
    n.kind === 'invitation'
      ? `${n.applicantNameZh}不服${n.respondentNameZh}作出的${act}，向本机关申请行政复议（${n.caseNumber}）。因你（单位）与该行政行为或者案件处理结果有利害关系（${interestZh}），依照《行政复议法》第十六条，通知你（单位）作为第三人参加行政复议。`
      : `经审查，准许你（单位）作为第三人参加${n.applicantNameZh}不服${n.respondentNameZh}作出的${act}一案的行政复议（${n.caseNumber}，《行政复议法》第十六条）。`;
  return `${lead}你（单位）可以提出书面意见、提供证据，可以查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料（《行政复议法》第四十七条），可以委托一至二名代理人（《行政复议法》第十七条）。第三人不参加行政复议，不影响行政复议案件的审理。${n.bodyNameZh}，${formatDateZh(n.issuedOn)}。`;
}
