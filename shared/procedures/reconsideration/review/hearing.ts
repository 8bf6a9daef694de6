import * as z from 'zod/mini';
import type { LegalCalendar } from '../../../calendar/calendar';
import { formatDateZh } from '../../../calendar/explain';
import { shanghaiDate } from '../../../calendar/time';
import type { IsoDate } from '../../../calendar/types';
import { agencyById } from '../../../directory/agencies';
import type { Actor } from '../../../domain/actors';
import { agencyAudience, bodyAudience } from '../../../domain/audiences';
import type { Party } from '../../../domain/case';
import type { Notice } from '../../../domain/procedure';
import { type Refusal, refuse } from '../../../domain/refusals';
import { showText, type Viewer } from '../../../domain/visibility';
import { dateField } from '../../../validation/dates';
import { idText, nameText, optionalText, requiredText } from '../../../validation/text';
import { expectedVersion, note, storedDate } from '../command-fields';
import { reconsiderationTimeLimits } from '../rules';
import type { CaseState } from '../types';
import { definePart, events } from './part';

/**
 * Hearings (听证, Arts. 50–51): when one is held (mandatory for a major, difficult or complex case;
 * otherwise on the applicant's request granted by the office, or on the office's own decision),
 * the panel and its members' conflicts of interest and recusal (回避), the written notice at least
 * the rule row's working days before the day, postponement, the day itself (attendance, the
 * respondent's head, the applicant's waiver), and the record every participant confirms. The
 * decision rests on that record (Art. 61(2)): hearingPrerequisite says when a decision may not yet
 * be drafted.
 */

const noticeRule = reconsiderationTimeLimits.hearingNotice;

/** Art. 50(3): one presiding officer, two or more hearing officers, one recorder who writes the record. */
export const panelRolesZh = { presiding: '听证主持人', officer: '听证员', clerk: '记录员' } as const;
export type PanelRole = keyof typeof panelRolesZh;
const panelRoles = Object.keys(panelRolesZh) as [PanelRole];
/** The fewest hearing officers a panel has (Art. 50(3): 两名以上). */
const MIN_OFFICERS = 2;

export const memberKindsZh = {
  committeeMember: '行政复议委员会委员',
  staff: '行政复议机构工作人员',
} as const;
export type MemberKind = keyof typeof memberKindsZh;
const memberKinds = Object.keys(memberKindsZh) as [MemberKind];

export const applicantAttendanceZh = {
  attended: '申请人参加听证',
  absentWithoutReason: '申请人无正当理由拒不参加听证',
} as const;
const applicantAttendances = Object.keys(applicantAttendanceZh) as [keyof typeof applicantAttendanceZh];

/** Art. 51: the respondent's head attends, or explains why not and sends an official. */
export const respondentAttendanceZh = {
  head: '被申请人负责人参加听证',
  delegated: '被申请人负责人未参加，说明理由并委托工作人员参加',
  absent: '被申请人未派员参加听证',
} as const;
const respondentAttendances = Object.keys(respondentAttendanceZh) as [keyof typeof respondentAttendanceZh];

export const hearingOriginsZh = {
  mandatory: '案情重大、疑难、复杂，应当组织听证（《行政复议法》第五十条第一款）',
  office: '行政复议机构认为有必要听证（《行政复议法》第五十条第二款）',
  request: '申请人请求听证，行政复议机构决定举行（《行政复议法》第五十条第二款）',
} as const;
export type HearingOrigin = keyof typeof hearingOriginsZh;

/** Who may apply for a member's recusal: the parties (当事人), and the agent for the applicant. */
export const recusalPartiesZh = {
  applicant: '申请人',
  agent: '申请人的代理人',
  thirdParty: '第三人',
  respondent: '被申请人',
} as const;
type RecusalParty = keyof typeof recusalPartiesZh;
const recusalParties = Object.keys(recusalPartiesZh) as [RecusalParty];

export const signatureStatusZh = { pending: '待确认', confirmed: '已确认', refused: '拒绝签字' } as const;
type SignatureStatus = keyof typeof signatureStatusZh;

const isoDate = storedDate;
/** A time of day in Beijing time, 'HH:mm'. */
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const MAX_ISSUES = 20;
const MAX_PANEL = 15;

/** What a member declares about themselves before sitting: the basis of the conflict check. */
const declarationFields = {
  userId: idText('人员账号'),
  nameZh: nameText('姓名'),
  formerAgencyIds: z._default(
    z
      .array(idText('曾任职的行政机关'), { error: '曾任职的行政机关应为列表' })
      .check(z.maxLength(20, { message: '曾任职的行政机关最多填写20个' })),
    [],
  ),
  relatedToParty: z._default(z.boolean({ error: '请选择是否与当事人有近亲属或其他利害关系' }), false),
  relationZh: optionalText('与当事人的关系', { max: 500, multiline: true }),
};
export const memberDeclaration = z.strictObject(declarationFields);

const panelMemberCommand = z.strictObject({
  ...declarationFields,
  kind: z.enum(memberKinds, { error: '人员类别应为行政复议委员会委员或行政复议机构工作人员' }),
  panelRole: z.enum(panelRoles, { error: '听证职务应为听证主持人、听证员或记录员' }),
});

const hearingDate = dateField('听证日期', { min: '2000-01-01' });
const hearingTime = z
  .string({ error: (i) => (i.input === undefined ? '请填写听证时间' : '听证时间应为文字，如 09:30') })
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '听证时间应为“时:分”，如 09:30' }));
const place = optionalText('听证地点', { max: 200 });
const onlineLink = optionalText('网络听证链接', {
  max: 500,
  pattern: {
    re: /^https:\/\/\S+$/,
    messageZh: '网络听证链接格式不正确，请粘贴视频会议系统提供的完整加密链接（不含空格）',
  },
});
const issues = z
  .array(requiredText('争议焦点', { max: 500, multiline: true }), { error: '请列明拟听证的争议焦点' })
  .check(
    z.minLength(1, { message: '请至少列明一项拟听证的争议焦点' }),
    z.maxLength(MAX_ISSUES, { message: `争议焦点最多${MAX_ISSUES}项` }),
  );

const memberEvent = z.object({
  userId: z.string(),
  nameZh: z.string(),
  kind: z.enum(memberKinds),
  panelRole: z.enum(panelRoles),
  formerAgencyIds: z.readonly(z.array(z.string())),
  relatedToParty: z.boolean(),
  relationZh: z.optional(z.string()),
});
/** A panel member as a notice names them: name and role. */
const panelName = z.object({ nameZh: z.string(), panelRole: z.enum(panelRoles) });
const respondentPresence = z.object({
  attendance: z.enum(respondentAttendances),
  headNameZh: z.optional(z.string()),
  officialNameZh: z.optional(z.string()),
  explanationZh: z.optional(z.string()),
});
const signatory = z.object({
  key: z.string(),
  nameZh: z.string(),
  role: z.enum(['applicant', 'respondent', ...panelRoles]),
});

export type PanelMember = z.infer<typeof memberEvent>;
export type RespondentPresence = z.infer<typeof respondentPresence>;

export interface Recusal {
  readonly memberUserId: string;
  readonly memberNameZh: string;
  readonly by: RecusalParty;
  readonly reasonZh: string;
  readonly appliedOn: IsoDate;
  readonly decision?: { readonly granted: boolean; readonly reasonZh: string; readonly on: IsoDate };
}

export interface HearingSchedule {
  readonly date: IsoDate;
  readonly time: string;
  readonly place?: string;
  readonly onlineLink?: string;
  readonly issues: readonly string[];
  /** The day the written notice went out; the hearing day was checked against it (Art. 51). */
  readonly noticeOn: IsoDate;
}

export interface Signature {
  /** 'applicant', 'respondent', or a panel member's user id. */
  readonly key: string;
  readonly nameZh: string;
  readonly role: 'applicant' | 'respondent' | PanelRole;
  readonly status: SignatureStatus;
  readonly on?: IsoDate;
  readonly reasonZh?: string;
}

export interface HearingRecord {
  readonly recordZh: string;
  readonly draftedOn: IsoDate;
  readonly signatures: readonly Signature[];
}

/** The hearing of a case, as far as it has gone. */
export interface HearingState {
  /** A request made after filing (one made in the application is read from the application). */
  readonly request?: { readonly on: IsoDate; readonly reasonZh?: string };
  readonly requestDecision?: { readonly granted: boolean; readonly reasonZh?: string; readonly on: IsoDate };
  readonly ordered?: { readonly reasonZh: string; readonly on: IsoDate };
  readonly panel: readonly PanelMember[];
  readonly recusals: readonly Recusal[];
  readonly schedule?: HearingSchedule;
  readonly postponements: readonly {
    readonly fromDate: IsoDate;
    readonly fromTime: string;
    readonly reasonZh: string;
    readonly on: IsoDate;
  }[];
  readonly held?: {
    readonly date: IsoDate;
    readonly time: string;
    readonly applicantAttendance: keyof typeof applicantAttendanceZh;
    readonly respondent: RespondentPresence;
    /** The applicant stayed away without good reason: their right to be heard is waived (Art. 51). */
    readonly applicantWaived: boolean;
  };
  /** A hearing held only at the applicant's request, which they did not attend: not held (Art. 51). */
  readonly waived?: { readonly date: IsoDate; readonly on: IsoDate };
  readonly record?: HearingRecord;
}

const emptyHearing: HearingState = { panel: [], recusals: [], postponements: [] };
const hearingOf = (state: CaseState): HearingState => state.hearing ?? emptyHearing;

// ------------------------------------------------------------------------------ reading the state

/** The applicant's request for a hearing, in the application or made later, if any. */
export function hearingRequestOf(
  state: CaseState,
): { readonly on: IsoDate; readonly reasonZh?: string; readonly inApplication: boolean } | undefined {
  const later = state.hearing?.request;
  if (later) return { ...later, inApplication: false };
  return state.application.hearingRequested ? { on: state.receivedOn, inApplication: true } : undefined;
}

/** Why the case is to be heard, if it is: the law's duty first, then the office's own decision, then a request. */
export function hearingOrigin(state: CaseState): HearingOrigin | undefined {
  if (state.complexity?.majorDifficultComplex) return 'mandatory';
  if (state.hearing?.ordered) return 'office';
  // A request granted counts until the applicant waives it by staying away (Art. 51).
  if (state.hearing?.requestDecision?.granted && !state.hearing.waived) return 'request';
  return undefined;
}

const requestPending = (state: CaseState) =>
  hearingRequestOf(state) !== undefined && !state.hearing?.requestDecision;

/** A record is final once every participant confirmed it or the recorder noted their refusal to sign. */
export const recordFinal = (record: HearingRecord | undefined): boolean =>
  record?.signatures.every((s) => s.status !== 'pending') === true;

/** Held: the panel, the schedule and the attendance are settled; the record is what remains. */
const closedHearing = (h: HearingState) => h.held !== undefined;

/** What is missing from a panel, in Chinese (Art. 50(3)), or undefined when it is complete. */
function panelShortfallZh(panel: readonly Pick<PanelMember, 'panelRole'>[]): string | undefined {
  const count = (r: PanelRole) => panel.filter((m) => m.panelRole === r).length;
  const problems = [
    count('presiding') !== 1 ? `听证主持人应为一名（现为${count('presiding')}名）` : '',
    count('officer') < MIN_OFFICERS ? `听证员应为两名以上（现为${count('officer')}名）` : '',
    count('clerk') !== 1 ? `记录员应为一名（现为${count('clerk')}名）` : '',
  ].filter(Boolean);
  return problems.length ? problems.join('；') : undefined;
}

/**
 * Why a person may not sit on this case, from what they declared (the recusal grounds of the
 * reconsideration rules): having worked for the respondent agency, or a relation to a party.
 */
export function conflictOfInterestZh(
  state: CaseState,
  member: {
    readonly formerAgencyIds: readonly string[];
    readonly relatedToParty: boolean;
    readonly relationZh?: string;
  },
): { readonly path: 'formerAgencyIds' | 'relatedToParty'; readonly reasonZh: string } | undefined {
  const respondent = state.application.respondentAgencyId;
  if (member.formerAgencyIds.includes(respondent))
    return {
      path: 'formerAgencyIds',
      reasonZh: `曾在被申请人${agencyById(respondent)?.nameZh ?? respondent}工作`,
    };
  if (member.relatedToParty)
    return {
      path: 'relatedToParty',
      reasonZh: `与本案当事人有利害关系${member.relationZh ? `（${member.relationZh}）` : ''}`,
    };
  return undefined;
}

/**
 * The committee members with a standing in the case: those on the hearing panel and those asked
 * for the committee's opinion (./committee.ts). They become parties with the role committeeMember,
 * so they may see the case (shared/domain/access.ts), and leave when they are no longer either.
 */
export function withCommitteeParties(state: CaseState): CaseState {
  const members = new Map<string, string>();
  for (const m of state.hearing?.panel ?? [])
    if (m.kind === 'committeeMember') members.set(m.userId, m.nameZh);
  for (const m of state.committee?.referral?.members ?? [])
    if (!members.has(m.userId)) members.set(m.userId, m.nameZh);
  const parties: Party[] = [
    ...state.parties.filter((p) => p.role !== 'committeeMember'),
    ...[...members].map(([userId, nameZh]) => ({ role: 'committeeMember' as const, userId, nameZh })),
  ];
  return { ...state, parties };
}

/** The case's citizen party `actor` is (an applicant-role user), or the respondent for its agency's staff. */
function partyOf(state: CaseState, actor: Actor): RecusalParty | undefined {
  if (actor.role === 'respondent')
    return actor.agencyId === state.application.respondentAgencyId ? 'respondent' : undefined;
  if (actor.role !== 'applicant') return undefined;
  const mine = state.parties.filter((p) => p.userId === actor.userId).map((p) => p.role);
  return (['applicant', 'agent', 'thirdParty'] as const).find((r) => mine.includes(r));
}

/** The written notice must reach the parties this many working days before the hearing (Art. 51). */
function earliestHearingDate(calendar: LegalCalendar, noticeOn: IsoDate) {
  return calendar.addWorkingDays(noticeOn, noticeRule.amount);
}

/**
 * Counting convention "at least N working days before": the notice goes out today (day 0); the
 * hearing may be on the N-th working day after it or later. A day too close is refused with the
 * earliest day allowed.
 */
function checkNoticePeriod(
  calendar: LegalCalendar,
  today: IsoDate,
  date: IsoDate,
): { ok: false; refusal: Refusal } | undefined {
  const earliest = earliestHearingDate(calendar, today);
  if (date >= earliest.dueDate) return undefined;
  const provisional = earliest.provisional ? '（按暂定节假日安排计算）' : '';
  return refuse(
    'hearing.noticeTooShort',
    `${noticeRule.labelZh}为${noticeRule.amount}个工作日（${noticeRule.article}）：今天（${formatDateZh(today)}）发出听证通知，听证日期最早为${formatDateZh(earliest.dueDate)}${provisional}`,
    [{ path: 'date', messageZh: `听证日期不得早于${formatDateZh(earliest.dueDate)}` }],
  );
}

const placeZh = (s: Pick<HearingSchedule, 'place' | 'onlineLink'>) =>
  [s.place ? `地点：${s.place}` : '', s.onlineLink ? `网络视频听证：${s.onlineLink}` : '']
    .filter(Boolean)
    .join('；');

const panelNamesZh = (panel: readonly { nameZh: string; panelRole: PanelRole }[]) =>
  panelRoles
    .map((r) => {
      const names = panel.filter((m) => m.panelRole === r).map((m) => m.nameZh);
      return names.length ? `${panelRolesZh[r]}：${names.join('、')}` : '';
    })
    .filter(Boolean)
    .join('；');

const respondentNameZh = (state: CaseState) =>
  agencyById(state.application.respondentAgencyId)?.nameZh ?? state.application.respondentAgencyId;

/** The parties a hearing notice goes to (当事人): the applicant side, third parties, the respondent agency. */
function partyRecipients(state: CaseState): string[] {
  const users = state.parties
    .filter((p) => (p.role === 'applicant' || p.role === 'agent' || p.role === 'thirdParty') && p.userId)
    .map((p) => p.userId as string);
  return [
    ...new Set([state.applicantUserId, ...users]),
    agencyAudience(state.application.respondentAgencyId),
  ];
}

const memberRecipients = (panel: readonly PanelMember[]) => [...new Set(panel.map((m) => m.userId))];

const noticeTo = (recipients: readonly string[], kind: string, subjectZh: string, bodyZh: string): Notice[] =>
  recipients.map((recipient) => ({ recipient, kind, subjectZh, bodyZh }));

const BY_LAW_ZH =
  '申请人无正当理由拒不参加听证的，视为放弃听证权利；被申请人的负责人应当参加听证，不能参加的，应当说明理由并委托相应的工作人员参加听证（《行政复议法》第五十一条）。当事人认为听证人员与本案有利害关系的，可以申请其回避。';

/** The text of a 听证通知书: time, place, issues and the panel. */
function hearingNoticeZh(
  state: CaseState,
  d: {
    date: IsoDate;
    time: string;
    place?: string;
    onlineLink?: string;
    issues: readonly string[];
    panel: readonly { nameZh: string; panelRole: PanelRole }[];
  },
) {
  return `${state.bodyNameZh}定于${formatDateZh(d.date)}${d.time}就${state.caseNumber}行政复议案件举行听证。${placeZh(d)}。拟听证事项（争议焦点）：${d.issues
    .map((i, n) => `${n + 1}. ${i}`)
    .join('；')}。${panelNamesZh(d.panel)}。${BY_LAW_ZH}`;
}

// ------------------------------------------------------------------------------ the part

export const hearingPart = definePart(
  [
    z.strictObject({
      action: z.literal('requestHearing'),
      expectedVersion,
      reasonZh: optionalText('请求听证的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('decideHearingRequest'),
      expectedVersion,
      granted: z.boolean({ error: '请选择是否举行听证' }),
      reasonZh: optionalText('理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('orderHearing'),
      expectedVersion,
      reasonZh: requiredText('决定听证的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('assignHearingPanel'),
      expectedVersion,
      members: z
        .array(panelMemberCommand, { error: '请列明听证人员' })
        .check(
          z.minLength(1, { message: '请列明听证人员' }),
          z.maxLength(MAX_PANEL, { message: `听证人员最多${MAX_PANEL}名` }),
        ),
    }),
    z.strictObject({
      action: z.literal('applyForRecusal'),
      expectedVersion,
      memberUserId: idText('申请回避的听证人员'),
      reasonZh: requiredText('申请回避的理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('decideRecusal'),
      expectedVersion,
      memberUserId: idText('被申请回避的听证人员'),
      granted: z.boolean({ error: '请选择是否准予回避' }),
      reasonZh: requiredText('决定理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('scheduleHearing'),
      expectedVersion,
      date: hearingDate,
      time: hearingTime,
      place,
      onlineLink,
      issues,
    }),
    z.strictObject({
      action: z.literal('postponeHearing'),
      expectedVersion,
      date: hearingDate,
      time: hearingTime,
      place,
      onlineLink,
      reasonZh: requiredText('延期理由', { max: 2000, multiline: true }),
    }),
    z.strictObject({
      action: z.literal('recordHearingHeld'),
      expectedVersion,
      applicantAttendance: z.enum(applicantAttendances, {
        error: '请选择申请人是否参加听证（参加，或无正当理由拒不参加）',
      }),
      respondentAttendance: z.enum(respondentAttendances, {
        error: '请选择被申请人参加听证的情况',
      }),
      respondentHeadNameZh: optionalText('被申请人负责人姓名', { max: 50 }),
      respondentOfficialNameZh: optionalText('被申请人委托参加的工作人员', { max: 100 }),
      respondentExplanationZh: optionalText('被申请人负责人未参加的理由', { max: 2000, multiline: true }),
      noteZh: note,
    }),
    z.strictObject({
      action: z.literal('draftHearingRecord'),
      expectedVersion,
      recordZh: requiredText('听证笔录', { max: 50000, multiline: true }),
    }),
    z.strictObject({ action: z.literal('confirmHearingRecord'), expectedVersion }),
    z.strictObject({
      action: z.literal('recordSignatureRefusal'),
      expectedVersion,
      signatory: idText('拒绝签字的人员'),
      reasonZh: requiredText('拒绝签字的情况', { max: 2000, multiline: true }),
    }),
  ],
  {
    hearingRequested: z.object({ reasonZh: z.optional(z.string()) }),
    hearingRequestDecided: z.object({ granted: z.boolean(), reasonZh: z.optional(z.string()) }),
    hearingOrdered: z.object({ reasonZh: z.string() }),
    hearingPanelAssigned: z.object({
      members: z.readonly(z.array(memberEvent)),
      /** Members of the panel before who are no longer on it. */
      removed: z.readonly(z.array(z.object({ userId: z.string(), nameZh: z.string() }))),
    }),
    recusalApplied: z.object({
      memberUserId: z.string(),
      memberNameZh: z.string(),
      by: z.enum(recusalParties),
      reasonZh: z.string(),
    }),
    recusalDecided: z.object({
      memberUserId: z.string(),
      memberNameZh: z.string(),
      by: z.enum(recusalParties),
      granted: z.boolean(),
      reasonZh: z.string(),
    }),
    hearingScheduled: z.object({
      date: isoDate,
      time: clockTime,
      place: z.optional(z.string()),
      onlineLink: z.optional(z.string()),
      issues: z.readonly(z.array(z.string())),
      noticeOn: isoDate,
      earliestDate: isoDate,
      panel: z.readonly(z.array(panelName)),
    }),
    hearingPostponed: z.object({
      fromDate: isoDate,
      fromTime: clockTime,
      date: isoDate,
      time: clockTime,
      place: z.optional(z.string()),
      onlineLink: z.optional(z.string()),
      issues: z.readonly(z.array(z.string())),
      reasonZh: z.string(),
      noticeOn: isoDate,
      earliestDate: isoDate,
      panel: z.readonly(z.array(panelName)),
    }),
    hearingHeld: z.object({
      date: isoDate,
      time: clockTime,
      origin: z.enum(['mandatory', 'office', 'request']),
      applicantAttendance: z.enum(applicantAttendances),
      respondent: respondentPresence,
      panel: z.readonly(z.array(panelName)),
      noteZh: z.optional(z.string()),
    }),
    hearingWaived: z.object({ date: isoDate, time: clockTime, noteZh: z.optional(z.string()) }),
    hearingRecordDrafted: z.object({
      recordZh: z.string(),
      signatories: z.readonly(z.array(signatory)),
    }),
    hearingRecordConfirmed: z.object({ signatory: z.string(), nameZh: z.string(), final: z.boolean() }),
    hearingSignatureRefused: z.object({
      signatory: z.string(),
      nameZh: z.string(),
      reasonZh: z.string(),
      final: z.boolean(),
    }),
  },
  {
    decide: {
      requestHearing(state, command, { base, actor }) {
        const h = hearingOf(state);
        if (h.waived)
          return refuse(
            'hearing.waived',
            '申请人无正当理由拒不参加听证，已视为放弃听证权利（《行政复议法》第五十一条）',
          );
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '本案已举行听证');
        const request = hearingRequestOf(state);
        if (request)
          return refuse(
            'hearing.alreadyRequested',
            h.requestDecision
              ? `行政复议机构已于${formatDateZh(h.requestDecision.on)}决定${h.requestDecision.granted ? '举行听证' : `不举行听证${h.requestDecision.reasonZh ? `，理由：${h.requestDecision.reasonZh}` : ''}`}`
              : `您已${request.inApplication ? '在申请书中' : `于${formatDateZh(request.on)}`}请求听证，行政复议机构将作出决定`,
          );
        const party = partyOf(state, actor);
        if (party !== 'applicant' && party !== 'agent')
          return refuse(
            'hearing.notParty',
            '只有申请人（或其代理人）可以请求听证（《行政复议法》第五十条第二款）',
          );
        return events({
          ...base,
          type: 'hearingRequested',
          data: command.reasonZh ? { reasonZh: command.reasonZh } : {},
        });
      },
      decideHearingRequest(state, command, { base }) {
        if (!requestPending(state))
          return refuse(
            'hearing.noRequest',
            state.hearing?.requestDecision ? '已对申请人的听证请求作出决定' : '申请人没有请求听证',
          );
        if (!command.granted && state.complexity?.majorDifficultComplex)
          return refuse(
            'hearing.mandatory',
            '本案已认定为案情重大、疑难、复杂，应当组织听证，不能决定不举行听证（《行政复议法》第五十条第一款）',
            [{ path: 'granted', messageZh: '本案应当听证' }],
          );
        if (!command.granted && !command.reasonZh)
          return refuse('request.invalid', '决定不举行听证的，应当说明理由并告知申请人', [
            { path: 'reasonZh', messageZh: '请填写不举行听证的理由' },
          ]);
        return events({
          ...base,
          type: 'hearingRequestDecided',
          data: { granted: command.granted, ...(command.reasonZh ? { reasonZh: command.reasonZh } : {}) },
        });
      },
      orderHearing(state, command, { base }) {
        const h = hearingOf(state);
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '本案已举行听证');
        const origin = hearingOrigin(state);
        if (origin)
          return refuse('hearing.alreadyOrdered', `本案已确定举行听证：${hearingOriginsZh[origin]}`);
        return events({ ...base, type: 'hearingOrdered', data: { reasonZh: command.reasonZh } });
      },
      assignHearingPanel(state, command, { base }) {
        const h = hearingOf(state);
        const origin = hearingOrigin(state);
        if (!origin) return notRequired(state);
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '听证已经举行，不能再变更听证人员');
        const fields: { path: string; messageZh: string }[] = [];
        const seen = new Set<string>();
        command.members.forEach((m, i) => {
          if (seen.has(m.userId))
            fields.push({ path: `members.${i}.userId`, messageZh: `${m.nameZh}重复列入` });
          seen.add(m.userId);
        });
        if (fields.length) return refuse('hearing.panelInvalid', '同一人员不能在听证人员中重复列入', fields);
        const shortfall = panelShortfallZh(command.members);
        if (shortfall)
          return refuse(
            'hearing.panelInvalid',
            `听证由一名听证主持人、两名以上听证员和一名记录员组成（《行政复议法》第五十条第三款）：${shortfall}`,
            [{ path: 'members', messageZh: shortfall }],
          );
        for (const [i, m] of command.members.entries()) {
          const conflict = conflictOfInterestZh(state, m);
          if (conflict)
            return refuse(
              'hearing.memberConflict',
              `${m.nameZh}${conflict.reasonZh}，应当回避，不能担任${panelRolesZh[m.panelRole]}`,
              [{ path: `members.${i}.${conflict.path}`, messageZh: `${m.nameZh}${conflict.reasonZh}` }],
            );
          const recused = h.recusals.find((r) => r.memberUserId === m.userId && r.decision?.granted);
          if (recused)
            return refuse(
              'hearing.memberRecused',
              `${m.nameZh}已${recused.decision ? `于${formatDateZh(recused.decision.on)}` : ''}被决定回避，不能再担任本案听证人员`,
              [{ path: `members.${i}.userId`, messageZh: `${m.nameZh}已回避` }],
            );
        }
        const members: PanelMember[] = command.members.map((m) => ({
          userId: m.userId,
          nameZh: m.nameZh,
          kind: m.kind,
          panelRole: m.panelRole,
          formerAgencyIds: m.formerAgencyIds,
          relatedToParty: m.relatedToParty,
          ...(m.relationZh ? { relationZh: m.relationZh } : {}),
        }));
        const removed = h.panel
          .filter((p) => !members.some((m) => m.userId === p.userId))
          .map((p) => ({ userId: p.userId, nameZh: p.nameZh }));
        return events({ ...base, type: 'hearingPanelAssigned', data: { members, removed } });
      },
      applyForRecusal(state, command, { base, actor }) {
        const h = hearingOf(state);
        const member = h.panel.find((m) => m.userId === command.memberUserId);
        if (!member)
          return refuse('hearing.memberNotOnPanel', '该人员不是本案的听证人员', [
            { path: 'memberUserId', messageZh: '请从本案听证人员中选择' },
          ]);
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '听证已经举行，不能再申请听证人员回避');
        const by = partyOf(state, actor);
        if (!by) return refuse('hearing.notParty', '只有本案当事人可以申请听证人员回避');
        if (h.recusals.some((r) => r.memberUserId === member.userId && !r.decision))
          return refuse('hearing.recusalPending', `已有对${member.nameZh}的回避申请，正在等待决定`);
        return events({
          ...base,
          type: 'recusalApplied',
          data: { memberUserId: member.userId, memberNameZh: member.nameZh, by, reasonZh: command.reasonZh },
        });
      },
      decideRecusal(state, command, { base }) {
        const h = hearingOf(state);
        const pending = h.recusals.find((r) => r.memberUserId === command.memberUserId && !r.decision);
        if (!pending)
          return refuse('hearing.noRecusalApplication', '没有对该人员尚待决定的回避申请', [
            { path: 'memberUserId', messageZh: '请选择被申请回避的听证人员' },
          ]);
        return events({
          ...base,
          type: 'recusalDecided',
          data: {
            memberUserId: pending.memberUserId,
            memberNameZh: pending.memberNameZh,
            by: pending.by,
            granted: command.granted,
            reasonZh: command.reasonZh,
          },
        });
      },
      scheduleHearing(state, command, { base, today, calendar }) {
        const h = hearingOf(state);
        if (!hearingOrigin(state)) return notRequired(state);
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '本案听证已经举行');
        if (h.schedule)
          return refuse(
            'hearing.alreadyScheduled',
            `听证已定于${formatDateZh(h.schedule.date)}${h.schedule.time}举行；如需改期，请办理延期举行听证`,
          );
        const ready = readyToHear(h);
        if (ready) return ready;
        const where = placeRequired(command);
        if (where) return where;
        const tooSoon = checkNoticePeriod(calendar, today, command.date);
        if (tooSoon) return tooSoon;
        return events({
          ...base,
          type: 'hearingScheduled',
          data: {
            date: command.date,
            time: command.time,
            ...(command.place ? { place: command.place } : {}),
            ...(command.onlineLink ? { onlineLink: command.onlineLink } : {}),
            issues: command.issues,
            noticeOn: today,
            earliestDate: earliestHearingDate(calendar, today).dueDate,
            panel: panelNames(h.panel),
          },
        });
      },
      postponeHearing(state, command, { base, today, calendar }) {
        const h = hearingOf(state);
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '本案听证已经举行');
        const schedule = h.schedule;
        if (!schedule) return refuse('hearing.notScheduled', '尚未安排听证，请先安排听证并发出听证通知');
        // A new place or link replaces the old ones; given neither, the hearing stays where it was.
        const moved = command.place !== undefined || command.onlineLink !== undefined;
        const next = moved ? command : schedule;
        const tooSoon = checkNoticePeriod(calendar, today, command.date);
        if (tooSoon) return tooSoon;
        return events({
          ...base,
          type: 'hearingPostponed',
          data: {
            fromDate: schedule.date,
            fromTime: schedule.time,
            date: command.date,
            time: command.time,
            ...(next.place ? { place: next.place } : {}),
            ...(next.onlineLink ? { onlineLink: next.onlineLink } : {}),
            issues: schedule.issues,
            reasonZh: command.reasonZh,
            noticeOn: today,
            earliestDate: earliestHearingDate(calendar, today).dueDate,
            panel: panelNames(h.panel),
          },
        });
      },
      recordHearingHeld(state, command, { base, today }) {
        const h = hearingOf(state);
        if (closedHearing(h)) return refuse('hearing.alreadyHeld', '已登记本案听证情况');
        const schedule = h.schedule;
        if (!schedule) return refuse('hearing.notScheduled', '尚未安排听证，请先安排听证并发出听证通知');
        if (today < schedule.date)
          return refuse(
            'hearing.notYetDue',
            `听证定于${formatDateZh(schedule.date)}${schedule.time}举行，尚未到听证日期；如需改期，请办理延期举行听证`,
          );
        const ready = readyToHear(h);
        if (ready) return ready;
        const missing = respondentPresenceProblems(command);
        if (missing.length)
          return refuse(
            'request.invalid',
            '请完整登记被申请人参加听证的情况（《行政复议法》第五十一条）',
            missing,
          );
        const origin = hearingOrigin(state) ?? 'request';
        const note = command.noteZh ? { noteZh: command.noteZh } : {};
        // Art. 51: an applicant who stays away without good reason has waived the right to be
        // heard. A hearing held only because they asked for it therefore lapses: nothing is left
        // to hold it for. A hearing the law requires (Art. 50(1): major, difficult or complex) or
        // the office itself found necessary is the office's own duty of investigation, which the
        // applicant cannot waive for it: it is held with the parties present and the decision
        // still rests on its record (Art. 61(2)). (An absence with good reason is not recorded
        // here: the hearing is postponed instead.)
        if (command.applicantAttendance === 'absentWithoutReason' && origin === 'request')
          return events({
            ...base,
            type: 'hearingWaived',
            data: { date: schedule.date, time: schedule.time, ...note },
          });
        return events({
          ...base,
          type: 'hearingHeld',
          data: {
            date: schedule.date,
            time: schedule.time,
            origin,
            applicantAttendance: command.applicantAttendance,
            respondent: {
              attendance: command.respondentAttendance,
              ...(command.respondentHeadNameZh ? { headNameZh: command.respondentHeadNameZh } : {}),
              ...(command.respondentOfficialNameZh
                ? { officialNameZh: command.respondentOfficialNameZh }
                : {}),
              ...(command.respondentExplanationZh ? { explanationZh: command.respondentExplanationZh } : {}),
            },
            panel: panelNames(h.panel),
            ...note,
          },
        });
      },
      draftHearingRecord(state, command, { base, actor }) {
        const h = hearingOf(state);
        const held = h.held;
        if (!held) return notHeld(h);
        const clerk = h.panel.find((m) => m.panelRole === 'clerk');
        if (clerk?.userId !== actor.userId)
          return refuse(
            'hearing.notPanelClerk',
            `听证笔录由本次听证的记录员${clerk ? clerk.nameZh : ''}制作（《行政复议法》第五十条第三款）`,
          );
        if (h.record?.signatures.some((s) => s.status !== 'pending'))
          return refuse('hearing.recordSigned', '听证笔录已有人确认或拒绝签字，不能再修改');
        const signatories = [
          ...(held.applicantAttendance === 'attended'
            ? [{ key: 'applicant', nameZh: state.application.applicant.name, role: 'applicant' as const }]
            : []),
          ...(held.respondent.attendance !== 'absent'
            ? [{ key: 'respondent', nameZh: respondentNameZh(state), role: 'respondent' as const }]
            : []),
          ...h.panel.map((m) => ({ key: m.userId, nameZh: m.nameZh, role: m.panelRole })),
        ];
        return events({
          ...base,
          type: 'hearingRecordDrafted',
          data: { recordZh: command.recordZh, signatories },
        });
      },
      confirmHearingRecord(state, _command, { base, actor }) {
        const record = state.hearing?.record;
        if (!record) return noRecord();
        const key = signatoryKeyOf(state, actor);
        const signature = record.signatures.find((s) => s.key === key);
        if (!signature) return refuse('hearing.notSignatory', '您不是本次听证笔录的签字确认人');
        if (signature.status !== 'pending')
          return refuse(
            'hearing.alreadySigned',
            signature.status === 'confirmed' ? '您已确认听证笔录' : '已登记您拒绝在听证笔录上签字',
          );
        return events({
          ...base,
          type: 'hearingRecordConfirmed',
          data: {
            signatory: signature.key,
            nameZh: signature.nameZh,
            final: isLastPending(record, signature.key),
          },
        });
      },
      recordSignatureRefusal(state, command, { base, actor }) {
        const h = hearingOf(state);
        const record = h.record;
        if (!record) return noRecord();
        const clerk = h.panel.find((m) => m.panelRole === 'clerk');
        if (clerk?.userId !== actor.userId)
          return refuse(
            'hearing.notPanelClerk',
            `拒绝签字的情况由本次听证的记录员${clerk ? clerk.nameZh : ''}记明`,
          );
        const signature = record.signatures.find((s) => s.key === command.signatory);
        if (!signature)
          return refuse('hearing.notSignatory', '该人员不是听证笔录的签字确认人', [
            { path: 'signatory', messageZh: '请从签字确认人中选择' },
          ]);
        if (signature.status !== 'pending')
          return refuse(
            'hearing.alreadySigned',
            `${signature.nameZh}${signature.status === 'confirmed' ? '已确认听证笔录' : '拒绝签字的情况已记明'}`,
          );
        return events({
          ...base,
          type: 'hearingSignatureRefused',
          data: {
            signatory: signature.key,
            nameZh: signature.nameZh,
            reasonZh: command.reasonZh,
            final: isLastPending(record, signature.key),
          },
        });
      },
    },
    evolve: {
      hearingRequested: (state, data, event) =>
        setHearing(state, { request: { on: dayOf(event.at), ...data } }),
      hearingRequestDecided: (state, data, event) =>
        setHearing(state, { requestDecision: { ...data, on: dayOf(event.at) } }),
      hearingOrdered: (state, data, event) =>
        setHearing(state, { ordered: { ...data, on: dayOf(event.at) } }),
      hearingPanelAssigned: (state, data) => withCommitteeParties(setHearing(state, { panel: data.members })),
      recusalApplied: (state, data, event) =>
        setHearing(state, {
          recusals: [...hearingOf(state).recusals, { ...data, appliedOn: dayOf(event.at) }],
        }),
      recusalDecided: (state, data, event) => {
        const h = hearingOf(state);
        const on = dayOf(event.at);
        return withCommitteeParties(
          setHearing(state, {
            recusals: h.recusals.map((r) =>
              r.memberUserId === data.memberUserId && !r.decision
                ? { ...r, decision: { granted: data.granted, reasonZh: data.reasonZh, on } }
                : r,
            ),
            // Granted: the member leaves the panel, which must be completed before the hearing.
            panel: data.granted ? h.panel.filter((m) => m.userId !== data.memberUserId) : h.panel,
          }),
        );
      },
      hearingScheduled: (state, data) =>
        setHearing(state, {
          schedule: {
            date: data.date,
            time: data.time,
            ...(data.place ? { place: data.place } : {}),
            ...(data.onlineLink ? { onlineLink: data.onlineLink } : {}),
            issues: data.issues,
            noticeOn: data.noticeOn,
          },
        }),
      hearingPostponed: (state, data, event) => {
        const h = hearingOf(state);
        return setHearing(state, {
          schedule: {
            date: data.date,
            time: data.time,
            ...(data.place ? { place: data.place } : {}),
            ...(data.onlineLink ? { onlineLink: data.onlineLink } : {}),
            issues: data.issues,
            noticeOn: data.noticeOn,
          },
          postponements: [
            ...h.postponements,
            {
              fromDate: data.fromDate,
              fromTime: data.fromTime,
              reasonZh: data.reasonZh,
              on: dayOf(event.at),
            },
          ],
        });
      },
      hearingHeld: (state, data) =>
        setHearing(state, {
          held: {
            date: data.date,
            time: data.time,
            applicantAttendance: data.applicantAttendance,
            respondent: data.respondent,
            applicantWaived: data.applicantAttendance === 'absentWithoutReason',
          },
        }),
      // The hearing lapses with its schedule; if the law or the office later requires one, it is
      // scheduled and notified afresh.
      hearingWaived: (state, data, event) =>
        setHearing(state, { waived: { date: data.date, on: dayOf(event.at) }, schedule: undefined }),
      hearingRecordDrafted: (state, data, event) =>
        setHearing(state, {
          record: {
            recordZh: data.recordZh,
            draftedOn: dayOf(event.at),
            signatures: data.signatories.map((s) => ({ ...s, status: 'pending' as const })),
          },
        }),
      hearingRecordConfirmed: (state, data, event) =>
        sign(state, data.signatory, { status: 'confirmed', on: dayOf(event.at) }),
      hearingSignatureRefused: (state, data, event) =>
        sign(state, data.signatory, { status: 'refused', on: dayOf(event.at), reasonZh: data.reasonZh }),
    },
    eventLabelsZh: {
      hearingRequested: '申请人请求听证',
      hearingRequestDecided: '对听证请求作出决定',
      hearingOrdered: '决定举行听证（《行政复议法》第五十条）',
      hearingPanelAssigned: '确定听证人员',
      recusalApplied: '申请听证人员回避',
      recusalDecided: '对回避申请作出决定',
      hearingScheduled: '发出听证通知书（《行政复议法》第五十一条）',
      hearingPostponed: '延期举行听证',
      hearingHeld: '举行听证',
      hearingWaived: '申请人无正当理由拒不参加听证，视为放弃听证权利',
      hearingRecordDrafted: '制作听证笔录',
      hearingRecordConfirmed: '确认听证笔录',
      hearingSignatureRefused: '记明拒绝在听证笔录上签字',
    },
    notices: {
      hearingRequested: (state) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'hearingRequested',
          subjectZh: `申请人请求听证（${state.caseNumber}）`,
          bodyZh:
            '申请人请求听证，请决定是否举行听证；决定不举行的，应当告知理由（《行政复议法》第五十条第二款）。',
        },
      ],
      hearingRequestDecided: (state, data) => [
        {
          recipient: state.applicantUserId,
          kind: 'hearingRequestDecided',
          subjectZh: `${data.granted ? '决定举行听证' : '决定不举行听证'}（${state.caseNumber}）`,
          bodyZh: data.granted
            ? `${state.bodyNameZh}决定就您的申请举行听证，听证的时间、地点和拟听证事项将另行书面通知。`
            : `${state.bodyNameZh}决定不举行听证。理由：${data.reasonZh ?? ''}。本案将以其他方式听取您的意见（《行政复议法》第四十九条）。`,
        },
      ],
      hearingOrdered: (state, data) =>
        noticeTo(
          partyRecipients(state),
          'hearingOrdered',
          `决定举行听证（${state.caseNumber}）`,
          `${state.bodyNameZh}决定就本案举行听证（理由：${data.reasonZh}），听证的时间、地点和拟听证事项将另行书面通知。`,
        ),
      hearingPanelAssigned: (state, data) => [
        ...data.members.map((m) => ({
          recipient: m.userId,
          kind: 'hearingPanelAssigned',
          subjectZh: `您被确定为${state.caseNumber}案的${panelRolesZh[m.panelRole]}`,
          bodyZh: `${state.bodyNameZh}确定您担任${state.caseNumber}行政复议案件听证的${panelRolesZh[m.panelRole]}。${panelNamesZh(data.members)}。如您与本案有利害关系，请及时告知行政复议机构。`,
        })),
        ...data.removed.map((m) => ({
          recipient: m.userId,
          kind: 'hearingPanelLeft',
          subjectZh: `您不再担任${state.caseNumber}案的听证人员`,
          bodyZh: `${state.bodyNameZh}已调整本案听证人员，您不再担任本案听证人员。`,
        })),
        // Once the hearing is notified, the parties learn of a change of panel (they may ask for recusal).
        ...(state.hearing?.schedule
          ? noticeTo(
              partyRecipients(state),
              'hearingPanelChanged',
              `听证人员调整（${state.caseNumber}）`,
              `本案听证人员调整为：${panelNamesZh(data.members)}。当事人认为听证人员与本案有利害关系的，可以申请其回避。`,
            )
          : []),
      ],
      recusalApplied: (state, data) => [
        {
          recipient: bodyAudience(state.bodyId),
          kind: 'recusalApplied',
          subjectZh: `申请听证人员回避（${state.caseNumber}）`,
          bodyZh: `${recusalPartiesZh[data.by]}申请${data.memberNameZh}回避，请复议机构负责人作出决定。`,
        },
      ],
      recusalDecided: (state, data) => {
        const text = `${state.bodyNameZh}对${recusalPartiesZh[data.by]}申请${data.memberNameZh}回避一事，决定${data.granted ? '准予回避，另行确定听证人员' : '不予回避'}。理由：${data.reasonZh}。`;
        return [
          ...noticeTo(partyRecipients(state), 'recusalDecided', `回避申请决定（${state.caseNumber}）`, text),
          {
            recipient: data.memberUserId,
            kind: 'recusalDecided',
            subjectZh: `对您的回避申请已作出决定（${state.caseNumber}）`,
            bodyZh: text,
          },
        ];
      },
      hearingScheduled: (state, data) => {
        const text = hearingNoticeZh(state, data);
        return [
          ...noticeTo(partyRecipients(state), 'hearingNotice', `听证通知书（${state.caseNumber}）`, text),
          ...noticeTo(
            memberRecipients(state.hearing?.panel ?? []),
            'hearingNotice',
            `听证安排（${state.caseNumber}）`,
            text,
          ),
        ];
      },
      hearingPostponed: (state, data) => {
        const text = `原定于${formatDateZh(data.fromDate)}${data.fromTime}举行的听证延期举行（理由：${data.reasonZh}）。${hearingNoticeZh(state, data)}`;
        return [
          ...noticeTo(
            partyRecipients(state),
            'hearingPostponed',
            `听证延期通知（${state.caseNumber}）`,
            text,
          ),
          ...noticeTo(
            memberRecipients(state.hearing?.panel ?? []),
            'hearingPostponed',
            `听证延期（${state.caseNumber}）`,
            text,
          ),
        ];
      },
      hearingWaived: (state, data) => [
        {
          recipient: state.applicantUserId,
          kind: 'hearingWaived',
          subjectZh: `视为放弃听证权利（${state.caseNumber}）`,
          bodyZh: `您无正当理由未参加${formatDateZh(data.date)}的听证，视为放弃听证权利（《行政复议法》第五十一条）。本案将继续审理。`,
        },
      ],
      hearingRecordDrafted: (state, data) =>
        data.signatories.map((s) => ({
          recipient:
            s.key === 'applicant'
              ? state.applicantUserId
              : s.key === 'respondent'
                ? agencyAudience(state.application.respondentAgencyId)
                : s.key,
          kind: 'hearingRecordToConfirm',
          subjectZh: `请核对并确认听证笔录（${state.caseNumber}）`,
          bodyZh: `${state.caseNumber}案的听证笔录已制作完成，请登录核对后在线确认；拒绝签字的，由记录员记明情况。本案决定将依据听证笔录作出（《行政复议法》第六十一条第二款）。`,
        })),
      hearingRecordConfirmed: (state, data) => (data.final ? recordFinalNotice(state) : []),
      hearingSignatureRefused: (state, data) => (data.final ? recordFinalNotice(state) : []),
    },
    available: {
      requestHearing: (state) =>
        !hearingRequestOf(state) && !state.hearing?.waived && !closedHearing(hearingOf(state)),
      decideHearingRequest: requestPending,
      orderHearing: (state) => !hearingOrigin(state) && !closedHearing(hearingOf(state)),
      assignHearingPanel: (state) => hearingOrigin(state) !== undefined && !closedHearing(hearingOf(state)),
      applyForRecusal: (state) => hearingOf(state).panel.length > 0 && !closedHearing(hearingOf(state)),
      decideRecusal: (state) => hearingOf(state).recusals.some((r) => !r.decision),
      scheduleHearing: (state) => {
        const h = hearingOf(state);
        return hearingOrigin(state) !== undefined && !h.schedule && !closedHearing(h) && !readyToHear(h);
      },
      postponeHearing: (state) => hearingOf(state).schedule !== undefined && !closedHearing(hearingOf(state)),
      recordHearingHeld: (state) =>
        hearingOf(state).schedule !== undefined && !closedHearing(hearingOf(state)),
      draftHearingRecord: (state) => {
        const h = hearingOf(state);
        return h.held !== undefined && !h.record?.signatures.some((s) => s.status !== 'pending');
      },
      confirmHearingRecord: (state) =>
        state.hearing?.record !== undefined && !recordFinal(state.hearing.record),
      recordSignatureRefusal: (state) =>
        state.hearing?.record !== undefined && !recordFinal(state.hearing.record),
    },
    presentEventData: {
      hearingRequested: (data, viewer) =>
        data.reasonZh ? { reasonZh: showText(viewer, 'applicant', data.reasonZh) } : data,
      hearingPanelAssigned: (data, viewer) => ({
        ...data,
        members: data.members.map((m) => memberAsSeen(m, viewer)),
      }),
      recusalApplied: (data, viewer) => ({ ...data, reasonZh: partyText(viewer, data.by, data.reasonZh) }),
      hearingRecordDrafted: (data, viewer) => ({
        ...data,
        recordZh: showText(viewer, 'applicant', data.recordZh),
      }),
    },
    present: (viewer, state) => ({ hearing: presentHearing(viewer, state) }),
    vocabulary: {
      panelRolesZh,
      memberKindsZh,
      applicantAttendanceZh,
      respondentAttendanceZh,
      hearingOriginsZh,
      recusalPartiesZh,
      signatureStatusZh,
    },
  },
);

// ------------------------------------------------------------------------------ helpers

/** The Beijing date of an event. */
const dayOf = (at: string): IsoDate => shanghaiDate(new Date(at));

function setHearing(state: CaseState, change: Partial<HearingState>): CaseState {
  return { ...state, hearing: { ...hearingOf(state), ...change } };
}

function sign(
  state: CaseState,
  key: string,
  change: Pick<Signature, 'status' | 'on' | 'reasonZh'>,
): CaseState {
  const record = state.hearing?.record;
  if (!record) return state;
  return setHearing(state, {
    record: {
      ...record,
      signatures: record.signatures.map((s) => (s.key === key ? { ...s, ...change } : s)),
    },
  });
}

const isLastPending = (record: HearingRecord, key: string) =>
  record.signatures.every((s) => s.key === key || s.status !== 'pending');

const panelNames = (panel: readonly PanelMember[]) =>
  panel.map((m) => ({ nameZh: m.nameZh, panelRole: m.panelRole }));

function notRequired(state: CaseState) {
  const request = hearingRequestOf(state);
  return refuse(
    'hearing.notRequired',
    request && !state.hearing?.requestDecision
      ? '申请人请求听证，请先决定是否举行听证'
      : state.hearing?.requestDecision && !state.hearing.requestDecision.granted
        ? '已决定不举行听证；如认为有必要听证，请先决定举行听证'
        : '本案尚未确定举行听证（案情重大、疑难、复杂，申请人请求听证并经决定，或行政复议机构认为有必要的，方举行听证）',
  );
}

const notHeld = (h: HearingState) =>
  refuse(
    'hearing.notHeld',
    h.waived ? '申请人已视为放弃听证权利，本案未举行听证，无需制作听证笔录' : '尚未登记举行听证',
  );
const noRecord = () => refuse('hearing.noRecord', '听证笔录尚未制作');

/** A panel ready to sit: complete (Art. 50(3)) and no recusal application waiting for a decision. */
function readyToHear(h: HearingState) {
  const pending = h.recusals.find((r) => !r.decision);
  if (pending)
    return refuse(
      'hearing.recusalPending',
      `${recusalPartiesZh[pending.by]}申请${pending.memberNameZh}回避，请复议机构负责人先作出决定`,
    );
  const shortfall = panelShortfallZh(h.panel);
  if (shortfall)
    return refuse(
      'hearing.panelIncomplete',
      `听证人员不齐：${shortfall}。请先确定听证人员（《行政复议法》第五十条第三款）`,
    );
  return undefined;
}

function placeRequired(command: { place?: string; onlineLink?: string }) {
  if (command.place || command.onlineLink) return undefined;
  return refuse('request.invalid', '请填写听证地点或网络听证链接（听证通知应载明听证地点）', [
    { path: 'place', messageZh: '请填写听证地点，或填写网络听证链接' },
  ]);
}

function respondentPresenceProblems(command: {
  respondentAttendance: keyof typeof respondentAttendanceZh;
  respondentHeadNameZh?: string;
  respondentOfficialNameZh?: string;
  respondentExplanationZh?: string;
}) {
  const out: { path: string; messageZh: string }[] = [];
  if (command.respondentAttendance === 'head' && !command.respondentHeadNameZh)
    out.push({ path: 'respondentHeadNameZh', messageZh: '请填写参加听证的被申请人负责人姓名' });
  if (command.respondentAttendance !== 'head' && !command.respondentExplanationZh)
    out.push({
      path: 'respondentExplanationZh',
      messageZh:
        command.respondentAttendance === 'delegated'
          ? '请填写被申请人负责人不能参加听证的理由'
          : '请记明被申请人未派员参加听证的情况',
    });
  if (command.respondentAttendance === 'delegated' && !command.respondentOfficialNameZh)
    out.push({ path: 'respondentOfficialNameZh', messageZh: '请填写被申请人委托参加听证的工作人员' });
  return out;
}

/** Which signature of the record `actor` gives: the applicant side, the respondent, or a panel member. */
function signatoryKeyOf(state: CaseState, actor: Actor): string | undefined {
  if (actor.role === 'applicant') {
    const party = partyOf(state, actor);
    return party === 'applicant' || party === 'agent' ? 'applicant' : undefined;
  }
  if (actor.role === 'respondent') return partyOf(state, actor) === 'respondent' ? 'respondent' : undefined;
  return state.hearing?.panel.some((m) => m.userId === actor.userId) ? actor.userId : undefined;
}

function recordFinalNotice(state: CaseState): Notice[] {
  return [
    {
      recipient: bodyAudience(state.bodyId),
      kind: 'hearingRecordFinal',
      subjectZh: `听证笔录已全部确认（${state.caseNumber}）`,
      bodyZh:
        '听证笔录已经全部参加人确认或记明拒绝签字的情况，可以依据听证笔录作出行政复议决定（《行政复议法》第六十一条第二款）。',
    },
  ];
}

/** The case's own staff see each member's declaration; everyone else their name, kind and role. */
const seesDeclarations = (viewer: Viewer) =>
  viewer === 'clerk' || viewer === 'officeHead' || viewer === 'supervisor';

function memberAsSeen(m: PanelMember, viewer: Viewer): PanelMember {
  if (seesDeclarations(viewer)) return m;
  return {
    userId: m.userId,
    nameZh: m.nameZh,
    kind: m.kind,
    panelRole: m.panelRole,
    formerAgencyIds: [],
    relatedToParty: false,
  };
}

/** A party's own words: the applicant side's through the visibility table, the agency's as written. */
const partyText = (viewer: Viewer, by: RecusalParty, text: string) =>
  by === 'respondent' ? text : showText(viewer, by === 'thirdParty' ? 'thirdParty' : 'applicant', text);

/** The hearing as `viewer` sees it (undefined while the case has nothing to do with one). */
function presentHearing(viewer: Viewer, state: CaseState) {
  const origin = hearingOrigin(state);
  const request = hearingRequestOf(state);
  const h = state.hearing;
  if (!origin && !request && !h) return undefined;
  const hearing = hearingOf(state);
  return {
    ...(origin ? { origin, originZh: hearingOriginsZh[origin] } : {}),
    ...(request
      ? {
          request: {
            on: request.on,
            inApplication: request.inApplication,
            ...(request.reasonZh ? { reasonZh: showText(viewer, 'applicant', request.reasonZh) } : {}),
          },
        }
      : {}),
    ...(hearing.requestDecision ? { requestDecision: hearing.requestDecision } : {}),
    ...(hearing.ordered ? { ordered: hearing.ordered } : {}),
    panel: hearing.panel.map((m) => memberAsSeen(m, viewer)),
    panelComplete: panelShortfallZh(hearing.panel) === undefined,
    recusals: hearing.recusals.map((r) => ({ ...r, reasonZh: partyText(viewer, r.by, r.reasonZh) })),
    ...(hearing.schedule ? { schedule: hearing.schedule } : {}),
    postponements: hearing.postponements,
    ...(hearing.held ? { held: hearing.held } : {}),
    ...(hearing.waived ? { waived: hearing.waived } : {}),
    ...(hearing.record
      ? {
          record: {
            ...hearing.record,
            recordZh: showText(viewer, 'applicant', hearing.record.recordZh),
            final: recordFinal(hearing.record),
          },
        }
      : {}),
  };
}

// ------------------------------------------------------------------------------ the decision's prerequisite

/**
 * Whether the decision may be drafted as far as the hearing goes (Arts. 50, 61(2)): a hearing the
 * law requires must have been held; a hearing held must have its record final, since the decision
 * rests on it; a hearing decided on (or a request not yet answered) must be held, or waived, first.
 */
export function hearingPrerequisite(state: CaseState): Refusal | undefined {
  const h = state.hearing;
  const refusal = (code: Parameters<typeof refuse>[0], messageZh: string) => refuse(code, messageZh).refusal;
  if (h?.held)
    return recordFinal(h.record)
      ? undefined
      : refusal(
          'hearing.recordNotFinal',
          h.record
            ? '听证笔录尚未经全部参加人确认（或记明拒绝签字的情况）；经过听证的案件，应当根据听证笔录作出行政复议决定（《行政复议法》第六十一条第二款）'
            : '听证笔录尚未制作；经过听证的案件，应当根据听证笔录作出行政复议决定（《行政复议法》第六十一条第二款）',
        );
  const origin = hearingOrigin(state);
  if (origin === 'mandatory')
    return refusal(
      'hearing.required',
      '本案案情重大、疑难、复杂，应当组织听证（《行政复议法》第五十条第一款），并根据听证笔录作出行政复议决定（第六十一条第二款）；尚未举行听证',
    );
  if (h?.waived) return undefined;
  if (origin)
    return refusal(
      'hearing.pending',
      `本案已决定举行听证（${hearingOriginsZh[origin]}），应在听证后作出决定`,
    );
  if (requestPending(state))
    return refusal('hearing.pending', '申请人请求听证，请先决定是否举行听证（《行政复议法》第五十条第二款）');
  return undefined;
}
