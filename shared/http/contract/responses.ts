// The procedure modules load first, as the handlers load them (through the registry): the
// reconsideration module and its review parts import each other, and only this order
// initialises both before the schemas below read them.
import '../../procedures';
import * as z from 'zod/mini';
import { roles } from '../../domain/actors';
import type { engineEventTypes } from '../../domain/case';
import { documentFormats } from '../../domain/documents';
import { confidentialityKinds, filePurposes, fileSides } from '../../domain/files';
// The module first (its index), so its parts load in the order the module joins them.
import { actKindsZh, agentKindsZh, specialPowersZh } from '../../procedures/reconsideration';
import { reconsiderationProcedure } from '../../procedures/reconsideration/definition';
import {
  copyChannels,
  type ReconsiderationEventData,
  refusalReasons,
} from '../../procedures/reconsideration/events';
import type { ReviewEventData } from '../../procedures/reconsideration/review';
import { committeePart } from '../../procedures/reconsideration/review/committee';
import { decisionTypesZh, serviceChannelsZh } from '../../procedures/reconsideration/review/decision';
import {
  applicantAttendanceZh,
  hearingOriginsZh,
  hearingPart,
  memberKindsZh,
  panelRolesZh,
  recusalPartiesZh,
  respondentAttendanceZh,
  signatureStatusZh,
} from '../../procedures/reconsideration/review/hearing';
import {
  answerChannelsZh,
  mediationModesZh,
  signatureChannelsZh,
} from '../../procedures/reconsideration/review/mediation';
import { heardPartiesZh, opinionModesZh } from '../../procedures/reconsideration/review/route';
import {
  suspensionGroundsZh,
  terminationGroundsZh,
} from '../../procedures/reconsideration/review/suspension';

/**
 * What the API answers, as zod schemas (zod/mini, so they can be used anywhere): exactly what the
 * presenters return (shared/presenters/case-view.ts, the procedure's present.ts, the handlers of
 * functions/api/), and the problem documents of shared/http/problem.ts. The OpenAPI document
 * (shared/http/contract/document.ts) is generated from them, and test/integration/contract.test.ts
 * parses every answer of the real API with them: objects are strict, so a field a presenter adds
 * without documenting it fails there.
 *
 * Nothing here is imported by a Lambda handler: the document is served from its committed JSON.
 */

const described = <S extends z.core.$ZodType>(schema: S, descriptionZh: string): S =>
  (schema as unknown as z.ZodMiniType).check(z.describe(descriptionZh)) as unknown as S;

// ------------------------------------------------------------------------------ building blocks

export const isoDate = described(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  '日期（北京时间），格式 YYYY-MM-DD',
);
export const instant = described(z.iso.datetime(), '时刻（ISO 8601，UTC），如 2026-02-10T02:00:00.000Z');
const int = z.number().check(z.int());
const text = z.string();
const labelsZh = described(z.record(z.string(), z.string()), '代码 → 中文名称');

const stageIds = Object.keys(reconsiderationProcedure.stages) as [string, ...string[]];
const deadlineKeys = Object.keys(reconsiderationProcedure.deadlines) as [string, ...string[]];
const actionNames = [
  ...new Set(Object.values(reconsiderationProcedure.stages).flatMap((s) => Object.keys(s.actions))),
] as [string, ...string[]];
const responsible = described(
  z.enum(['body', 'applicant', 'respondent']),
  '谁的期限：body 复议机关、applicant 申请人、respondent 被申请人',
);
const deadlineStatus = described(
  z.enum(['open', 'met', 'cancelled', 'lapsed']),
  'open 进行中、met 已按期完成、cancelled 不再适用、lapsed 已届满',
);
const caseStatus = described(z.enum(['open', 'closed']), 'open 未结、closed 已结');

/** One day as the legal calendar classifies it. */
export const dayInfo = z.strictObject({
  date: isoDate,
  working: z.boolean(),
  kind: described(
    z.enum(['workday', 'weekend', 'dayOff', 'makeupWorkday', 'statutoryHoliday']),
    'workday 工作日、weekend 周末、dayOff 法定放假日、makeupWorkday 调休上班日、statutoryHoliday 未载入年份的法定节日（暂定）',
  ),
  name: z.optional(described(text, '节假日名称，如 春节')),
  provisional: described(z.boolean(), '该年正式节假日安排尚未载入：按周末和法定节日暂定'),
});

/** How a due date was reached, enough for a citizen to check the arithmetic. */
export const periodComputation = z.strictObject({
  unit: described(z.enum(['workingDays', 'calendarDays', 'years']), '期间单位：工作日、日、年'),
  amount: int,
  startDate: described(isoDate, '起算事件发生之日（当日不计入）'),
  dueDate: described(isoDate, '期间最后一日（当日24时止）'),
  countedDays: described(z.array(isoDate), '计入的工作日，按顺序（仅工作日期间）'),
  skippedDays: described(z.array(dayInfo), '计算中跳过的休息日'),
  makeupDaysCounted: described(z.array(dayInfo), '按工作日计入的调休上班日'),
  rolledOver: z.optional(
    described(
      z.strictObject({ from: isoDate, to: isoDate }),
      '期间最后一日为休息日，顺延至其后第一个工作日（《民事诉讼法》第八十五条）',
    ),
  ),
  calendarVersions: described(z.array(text), '所用节假日安排的版本，如 2026@v1'),
  provisionalYears: described(z.array(int), '计算涉及但正式安排尚未载入的年份'),
  provisional: z.boolean(),
  extraAmount: z.optional(described(int, '经批准延长的期间（与期间同一单位），加入期间本身计算')),
  pauses: z.optional(
    described(
      z.array(
        z.strictObject({
          suspendedOn: described(isoDate, '中止之日（当日计入）'),
          resumedOn: described(isoDate, '恢复之日（次日起续计）'),
          applied: described(z.boolean(), 'false：中止时期间已届满，该次中止不影响期限'),
          used: described(int, '至中止之日累计已计的日数（工作日期间为工作日数）'),
          remaining: described(int, '恢复后尚余的日数（工作日期间为工作日数）'),
        }),
      ),
      '期间内的中止，按先后顺序',
    ),
  ),
  endBeforePauses: z.optional(described(isoDate, '日、年期间：未计中止时的期间最后一日')),
});

/** A suspension of the case as it stops a deadline's clock; without resumedOn the deadline is paused now. */
const deadlinePause = z.strictObject({
  suspendedOn: described(isoDate, '中止之日'),
  resumedOn: z.optional(described(isoDate, '恢复之日；缺省表示仍在中止中')),
});

/** A deadline as people read it on the case (shared/presenters/case-view.ts presentDeadline). */
export const deadlineView = z.strictObject({
  key: described(z.enum(deadlineKeys), '本案的期限名称'),
  labelZh: text,
  ruleId: described(text, '规则表中的行（GET /v1/rules）'),
  article: described(text, '法律依据，如《行政复议法》第三十条'),
  responsible,
  responsibleZh: text,
  startEventZh: text,
  startDate: isoDate,
  dueDate: isoDate,
  dueZh: described(text, '如 届满日：2027年1月4日（当日24时止）'),
  warnOn: described(isoDate, '提醒责任人的日期'),
  status: deadlineStatus,
  statusZh: text,
  overdue: z.boolean(),
  awaitingCalendar: described(z.boolean(), '最后一日已过，但所依据的节假日安排尚未正式载入：待载入后确定'),
  paused: described(z.boolean(), '案件中止审理，期限暂停计算，恢复后重新计算届满日'),
  pausedZh: z.optional(
    described(text, '中止计时的说明：自何日起中止计时，已计与尚余的日数（工作日期间为工作日数）'),
  ),
  provisional: described(z.boolean(), '届满日为暂定（涉及未载入的年份）'),
  calendarVersions: z.array(text),
  explanationZh: described(text, '期限计算的完整说明'),
  computation: periodComputation,
});

/** A deadline as the engine records it on an event (the timeline's `deadlines` changes). */
export const deadlineRecord = z.strictObject({
  key: z.enum(deadlineKeys),
  ruleId: text,
  labelZh: text,
  article: text,
  responsible,
  startEventZh: text,
  startDate: isoDate,
  dueDate: isoDate,
  warnOn: isoDate,
  computation: periodComputation,
  explanationZh: text,
  status: deadlineStatus,
  warned: z.optional(z.boolean()),
  overdue: z.optional(z.boolean()),
  awaitingCalendar: z.optional(z.boolean()),
  closedAt: z.optional(instant),
  pauses: z.optional(z.array(deadlinePause)),
  extraAmount: z.optional(int),
  usageAtPause: z.optional(z.strictObject({ used: int, remaining: int })),
});

export const allowedAction = z.strictObject({
  action: described(z.enum(actionNames), '可执行的操作（POST /v1/cases/{id}/actions 的 action）'),
  labelZh: text,
});
const allowedActions = described(z.array(allowedAction), '当前用户此刻可以执行的操作');

// ------------------------------------------------------------------------------ the case

const maskedNote = '按查看人与案件的关系显示、遮盖或不显示（见 README 隐私部分）';

/** The applicant or third party as the viewer may see them: natural person or organisation. */
export const personView = z.strictObject({
  type: z.literal('person'),
  name: described(text, '姓名（公众仅见姓氏）'),
  residentId: z.optional(described(text, `公民身份号码，${maskedNote}`)),
  phone: z.optional(described(text, `联系电话，${maskedNote}`)),
  address: described(text, `住址，${maskedNote}`),
});
export const organisationView = z.strictObject({
  type: z.literal('organisation'),
  name: text,
  uscc: described(text, '统一社会信用代码'),
  legalRepresentative: text,
  phone: z.optional(described(text, `联系电话，${maskedNote}`)),
  address: text,
});
export const partyView = z.discriminatedUnion('type', [personView, organisationView]);
const keysOf = <T extends object>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
const agentKind = z.enum(keysOf(agentKindsZh));
/** The authority of a power of attorney (授权委托书, Art. 17): general, or special with its powers. */
const authority = {
  scope: described(z.enum(['general', 'special']), '一般授权或特别授权'),
  powers: described(
    z.array(z.enum(keysOf(specialPowersZh))),
    '特别授权的事项（撤回申请、和解、调解、变更复议请求）；一般授权为空',
  ),
};
export const agentView = z.strictObject({
  name: text,
  phone: z.optional(described(text, `联系电话，${maskedNote}`)),
  kind: agentKind,
  ...authority,
});

const actKinds = Object.keys(actKindsZh) as [keyof typeof actKindsZh, ...(keyof typeof actKindsZh)[]];

/** The application as the viewer may see it (shared/procedures/reconsideration/present.ts). */
export const applicationView = z.strictObject({
  applicant: partyView,
  agent: z.optional(agentView),
  respondentAgencyId: described(text, '被申请人（GET /v1/agencies 的 agencyId）'),
  act: z.strictObject({
    title: text,
    documentNumber: z.optional(text),
    madeOn: isoDate,
    learnedOn: isoDate,
    rightsNotified: z.boolean(),
    rightsLearnedOn: z.optional(isoDate),
    onTheSpot: z.boolean(),
    kind: z.enum(actKinds),
    amountYuan: z.optional(z.number()),
    realProperty: z.boolean(),
  }),
  requests: text,
  factsAndReasons: text,
  hearingRequested: z.boolean(),
  delayReason: z.optional(text),
  priorWithdrawal: z.optional(
    described(
      z.strictObject({ caseNumber: text, notGenuineZh: text }),
      '申请人主张前次撤回违背其真实意思表示（《行政复议法》第七十四条第二款）',
    ),
  ),
  actKindZh: text,
});

// ------------------------------------------------------------------------------ the review's parts

/** A party of the case as mediation names it: applicant, respondent, or thirdParty:T1 … */
const partyKey = described(text, '当事人：applicant 申请人、respondent 被申请人、thirdParty:T1 第三人');
const namedParty = z.strictObject({ key: partyKey, nameZh: text });

/** An agent on the case (review/parties.ts), with the authority of their power of attorney. */
export const agentOnCaseView = z.strictObject({
  id: described(text, '代理人编号 A1、A2 …'),
  name: text,
  phone: z.optional(described(text, `联系电话，${maskedNote}`)),
  kind: agentKind,
  ...authority,
  appointedOn: isoDate,
  dismissedOn: z.optional(described(isoDate, '解除委托之日')),
  online: described(z.boolean(), '代理人以自己的账号登录办理'),
});

const thirdPartyNoticeView = described(
  z.strictObject({
    kind: z.enum(['invitation', 'admission']),
    issuedOn: isoDate,
    caseNumber: text,
    bodyNameZh: text,
    applicantNameZh: text,
    respondentNameZh: text,
    actTitle: text,
    actDocumentNumber: z.optional(text),
  }),
  '参加行政复议通知书（invitation）或准予参加通知（admission）的内容',
);
const thirdPartyBasis = described(z.enum(['invited', 'applied']), '复议机构通知参加，或依申请准予参加');
export const thirdPartyView = z.strictObject({
  id: described(text, '第三人编号 T1、T2 …'),
  details: partyView,
  interestZh: described(text, '与本案的利害关系'),
  basis: thirdPartyBasis,
  admittedOn: isoDate,
  online: z.boolean(),
});
export const thirdPartyApplicationView = z.strictObject({
  id: described(text, '参加申请编号 P1、P2 …'),
  details: partyView,
  interestZh: text,
  receivedOn: isoDate,
  status: z.enum(['pending', 'admitted', 'refused']),
  decidedOn: z.optional(isoDate),
  refusalReasonZh: z.optional(text),
});
const representativeView = z.strictObject({
  name: text,
  residentId: z.optional(text),
  phone: z.optional(text),
});
export const representativesView = described(
  z.strictObject({ applicantCount: int, recordedOn: isoDate, representatives: z.array(representativeView) }),
  '代表人（《行政复议法》第十五条），至多五名',
);

const answerView = {
  party: partyKey,
  on: isoDate,
  channel: z.enum(keysOf(answerChannelsZh)),
  byAgentId: z.optional(described(text, '代申请人答复的代理人')),
  reasonZh: z.optional(text),
};
const sessionView = z.strictObject({
  heldOn: isoDate,
  mode: z.enum(keysOf(mediationModesZh)),
  participants: z.array(partyKey),
  summaryZh: text,
});
const signatureView = {
  party: partyKey,
  signedOn: isoDate,
  channel: z.enum(keysOf(signatureChannelsZh)),
  byAgentId: z.optional(text),
};
const mediationDocumentFields = {
  issuedOn: isoDate,
  caseNumber: text,
  bodyNameZh: text,
  parties: z.array(namedParty),
  actTitle: text,
  actDocumentNumber: z.optional(text),
  requestsZh: text,
  factsZh: text,
  termsZh: described(text, '调解协议内容'),
};
const mediationFailure = z.strictObject({
  by: described(text, '反悔或不同意的当事人，或 body（调解未达成协议）'),
  reasonZh: text,
});
export const mediationView = described(
  z.strictObject({
    proposedOn: isoDate,
    proposalZh: text,
    status: described(
      z.enum(['proposed', 'declined', 'inProgress', 'failed', 'effective']),
      'proposed 待答复、declined 有当事人不同意、inProgress 调解中、failed 调解不成、effective 调解书已生效',
    ),
    parties: z.array(namedParty),
    answers: z.array(z.strictObject({ ...answerView, consent: z.boolean(), nameZh: text })),
    startedOn: z.optional(isoDate),
    sessions: z.array(sessionView),
    document: z.optional(
      described(
        z.strictObject({
          ...mediationDocumentFields,
          signatures: z.array(z.strictObject({ ...signatureView, nameZh: text })),
          sealedOn: z.optional(isoDate),
          effectiveOn: z.optional(isoDate),
        }),
        '行政复议调解书：各方当事人签收并加盖印章后生效（《行政复议法》第七十三条）',
      ),
    ),
    endedOn: z.optional(isoDate),
    failure: z.optional(mediationFailure),
  }),
  '一次调解（《行政复议法》第五条、第七十三条）',
);

const settlementView = z.strictObject({ summaryZh: text, concludedOn: isoDate });
export const withdrawalView = described(
  z.strictObject({
    requestedOn: isoDate,
    reasonZh: text,
    settlement: z.optional(described(settlementView, '和解协议（《行政复议法》第七十四条）')),
    byAgentId: z.optional(text),
    status: z.enum(['pending', 'approved', 'refused']),
    decidedOn: z.optional(isoDate),
    refusalReasonZh: z.optional(text),
  }),
  '受理后的撤回申请，由复议机构负责人决定是否准予（《行政复议法》第四十一条、第七十四条）',
);
const priorWithdrawalAssessmentView = z.strictObject({
  withdrawalGenuine: described(z.boolean(), '前次撤回是否出于申请人真实意思'),
  reasonZh: text,
  on: isoDate,
});

/** The route part (review/route.ts): opinions heard (Art. 49) and the complexity found. */
const opinionsHeardView = z.strictObject({
  mode: z.enum(keysOf(opinionModesZh)),
  heardOn: isoDate,
  parties: z.array(z.enum(keysOf(heardPartiesZh))),
  summaryZh: text,
});

/** The verdict on the time to apply (Art. 20), as the procedure stores and shows it. */
export const timeliness = described(
  z.strictObject({
    timely: z.boolean(),
    filedOn: isoDate,
    dueDate: described(isoDate, '申请期限的最后一日'),
    basisRuleId: described(
      text,
      '决定申请期限的规则（规则表中的一条：一般申请期限、未告知申请权利或期限时的期限、或最长期限）',
    ),
    messageZh: text,
    explanationsZh: z.array(text),
    provisional: z.boolean(),
  }),
  '申请期限（《行政复议法》第二十条）的判断',
);
const correctionItem = z.strictObject({ field: text, descriptionZh: text });
const track = described(z.enum(['ordinary', 'simplified']), '普通程序或简易程序（受理后）');
export const copyView = described(
  z.strictObject({ channel: z.enum(copyChannels), sentOn: isoDate, receivedOn: z.optional(isoDate) }),
  '申请书副本送达被申请人（《行政复议法》第四十八条）',
);

// ------------------------------------------------------------------------------ the review parts

const complexityView = described(
  z.strictObject({
    majorDifficultComplex: described(
      z.boolean(),
      '案情重大、疑难、复杂（第五十条第一款、第五十二条第二款第一项）',
    ),
    highlyTechnical: described(z.boolean(), '专业性、技术性较强（第五十二条第二款第二项）'),
    reasonZh: text,
    on: isoDate,
  }),
  '案件复杂程度的认定',
);

/** The reply part (review/reply.ts): the respondent's written reply (Art. 48). */
const evidenceItem = z.strictObject({ nameZh: text, purposeZh: z.optional(text) });
const replyData = {
  replyZh: text,
  evidence: z.array(evidenceItem),
  legalBasisZh: text,
  receivedOn: isoDate,
  inTime: described(z.boolean(), '在答复期限内提交；逾期的适用《行政复议法》第七十条'),
};
export const replyView = described(
  z.strictObject(replyData),
  '被申请人的书面答复及证据、依据（《行政复议法》第四十八条）',
);

/** The suspension part (review/suspension.ts): suspension (Art. 39) and the one extension (Art. 62). */
const suspensionGround = described(
  z.enum(keysOf(suspensionGroundsZh)),
  '中止的法定情形（vocabulary suspensionGroundsZh）',
);
const terminationGround = described(
  z.enum(keysOf(terminationGroundsZh)),
  '终止的法定情形（vocabulary terminationGroundsZh）',
);
const dueChange = z.strictObject({ key: text, fromDue: isoDate, toDue: isoDate });
export const suspensionView = described(
  z.strictObject({
    ground: suspensionGround,
    reasonZh: text,
    on: described(isoDate, '中止之日'),
    resumedOn: z.optional(described(isoDate, '恢复审理之日')),
  }),
  '中止审理（《行政复议法》第三十九条）',
);
export const extensionView = described(
  z.strictObject({ days: int, reasonZh: text, on: isoDate }),
  '经批准延长审理期限（《行政复议法》第六十二条，只能延长一次）',
);

/** The decision part (review/decision.ts): the draft, its approval, the number and the service. */
const decisionType = described(z.enum(keysOf(decisionTypesZh)), '决定类型（vocabulary decisionTypesZh）');
const serviceChannel = described(
  z.enum(keysOf(serviceChannelsZh)),
  '送达方式（vocabulary serviceChannelsZh）',
);
const serviceParty = described(text, '受送达人：applicant、respondent 或 thirdParty:<用户编号>');
export const decisionDraftView = z.strictObject({
  type: decisionType,
  findingsZh: text,
  reasonsZh: text,
  legalBasisZh: text,
  varyToZh: z.optional(described(text, '变更后的内容（第六十三条）')),
  newActWithinDays: z.optional(described(int, '责令重新作出行政行为的期限（日，第六十四条）')),
  performWithinDays: z.optional(described(int, '履行期限（日，第六十六条）')),
  compensationZh: z.optional(described(text, '行政赔偿（第七十二条）')),
  agreementLiabilityZh: z.optional(described(text, '行政协议责任（第七十一条）')),
  committeeOpinionWeighingZh: z.optional(described(text, '对行政复议委员会咨询意见的采纳情况（第六十一条）')),
});
export const serviceRecordView = z.strictObject({
  party: serviceParty,
  nameZh: text,
  channel: serviceChannel,
  mailedOn: z.optional(isoDate),
  trackingNumber: z.optional(text),
  servedOn: z.optional(described(isoDate, '送达之日')),
});
export const decisionView = described(
  z.strictObject({
    draft: decisionDraftView,
    draftedOn: isoDate,
    discussion: z.optional(
      described(
        z.strictObject({
          requestedReasonZh: text,
          heldOn: z.optional(isoDate),
          participantsZh: z.optional(text),
          conclusionZh: z.optional(text),
        }),
        '集体讨论',
      ),
    ),
    returned: z.optional(
      described(z.array(z.strictObject({ on: isoDate, reasonZh: text })), '退回修改的记录'),
    ),
    number: z.optional(described(text, '决定书文号，如 宁政复决字〔2026〕1号')),
    issuedOn: z.optional(isoDate),
    service: z.optional(described(z.array(serviceRecordView), '各受送达人的送达情况')),
    effectiveOn: z.optional(described(isoDate, '全部送达、发生法律效力之日（第七十五条）')),
  }),
  '行政复议决定（第六十一条至第七十二条）及其送达',
);

const panelRole = described(
  z.enum(keysOf(panelRolesZh)),
  'presiding 听证主持人、officer 听证员、clerk 记录员',
);
const panelMemberView = z.strictObject({
  userId: text,
  nameZh: text,
  kind: described(z.enum(keysOf(memberKindsZh)), 'committeeMember 复议委员会委员、staff 复议机构工作人员'),
  panelRole,
  formerAgencyIds: described(z.array(text), '本人申报曾任职的行政机关（仅本案工作人员可见，其他人为空）'),
  relatedToParty: described(z.boolean(), '本人申报与当事人有利害关系（仅本案工作人员可见）'),
  relationZh: z.optional(text),
});
const respondentPresenceView = z.strictObject({
  attendance: described(
    z.enum(keysOf(respondentAttendanceZh)),
    'head 负责人参加、delegated 委托工作人员参加、absent 未派员参加',
  ),
  headNameZh: z.optional(text),
  officialNameZh: z.optional(text),
  explanationZh: z.optional(text),
});
export const hearingView = described(
  z.strictObject({
    origin: z.optional(
      described(
        z.enum(keysOf(hearingOriginsZh)),
        'mandatory 依法应当听证、office 复议机构决定、request 申请人请求',
      ),
    ),
    originZh: z.optional(text),
    request: z.optional(
      z.strictObject({
        on: isoDate,
        inApplication: described(z.boolean(), '在申请书中请求听证'),
        reasonZh: z.optional(text),
      }),
    ),
    requestDecision: z.optional(
      z.strictObject({ granted: z.boolean(), reasonZh: z.optional(text), on: isoDate }),
    ),
    ordered: z.optional(z.strictObject({ reasonZh: text, on: isoDate })),
    panel: z.array(panelMemberView),
    panelComplete: described(z.boolean(), '一名主持人、两名以上听证员和一名记录员均已确定'),
    recusals: z.array(
      z.strictObject({
        memberUserId: text,
        memberNameZh: text,
        by: z.enum(keysOf(recusalPartiesZh)),
        reasonZh: text,
        appliedOn: isoDate,
        decision: z.optional(z.strictObject({ granted: z.boolean(), reasonZh: text, on: isoDate })),
      }),
    ),
    schedule: z.optional(
      z.strictObject({
        date: isoDate,
        time: described(text, '北京时间，时:分'),
        place: z.optional(text),
        onlineLink: z.optional(text),
        issues: z.array(text),
        noticeOn: described(isoDate, '发出听证通知书之日'),
      }),
    ),
    postponements: z.array(
      z.strictObject({ fromDate: isoDate, fromTime: text, reasonZh: text, on: isoDate }),
    ),
    held: z.optional(
      z.strictObject({
        date: isoDate,
        time: text,
        applicantAttendance: z.enum(keysOf(applicantAttendanceZh)),
        respondent: respondentPresenceView,
        applicantWaived: z.boolean(),
      }),
    ),
    waived: z.optional(z.strictObject({ date: isoDate, on: isoDate })),
    record: z.optional(
      z.strictObject({
        recordZh: text,
        draftedOn: isoDate,
        signatures: z.array(
          z.strictObject({
            key: described(text, 'applicant、respondent 或听证人员的用户编号'),
            nameZh: text,
            role: z.enum(['applicant', 'respondent', ...keysOf(panelRolesZh)]),
            status: z.enum(keysOf(signatureStatusZh)),
            on: z.optional(isoDate),
            reasonZh: z.optional(text),
          }),
        ),
        final: described(z.boolean(), '全部参加人已确认或已记明拒绝签字'),
      }),
    ),
  }),
  '听证（《行政复议法》第五十条、第五十一条）',
);
export const committeeView = described(
  z.strictObject({
    required: described(z.boolean(), '依法应当提请行政复议委员会提出咨询意见（第五十二条第二款）'),
    requiredGroundsZh: z.array(text),
    referral: z.optional(
      z.strictObject({
        on: isoDate,
        questionsZh: z.array(text),
        members: z.array(z.strictObject({ userId: text, nameZh: text })),
        groundsZh: z.array(text),
      }),
    ),
    opinions: described(
      z.array(z.strictObject({ userId: text, nameZh: text, opinionZh: text, on: isoDate })),
      '委员的书面咨询意见（当事人看不到意见内容）',
    ),
    consolidated: z.optional(z.strictObject({ opinionZh: text, on: isoDate })),
  }),
  '行政复议委员会咨询意见（《行政复议法》第五十二条）',
);

/**
 * A reconsideration case as the viewer sees it: the engine's envelope (id, number, stage,
 * deadlines, allowed actions) and the procedure's own fields.
 */
export const reconsiderationCaseView = z.strictObject({
  id: z.uuid(),
  caseNumber: described(text, '案号，如 西宁市人民政府 2026年第000001号'),
  version: described(int, '案件版本号：操作时作为 expectedVersion 提交'),
  procedure: z.literal('reconsideration'),
  procedureLabelZh: text,
  status: caseStatus,
  stage: z.enum(stageIds),
  stageLabelZh: text,
  body: described(
    z.strictObject({ id: text, nameZh: text, basisZh: described(text, '管辖依据') }),
    '办理本案的复议机关',
  ),
  filedAt: instant,
  selfReview: described(z.boolean(), '复议机关审查本机关的行政行为（《行政复议法》第二十四条第二款）'),
  receivedOn: described(isoDate, '收到申请之日（补正后为收到补正材料之日）'),
  track: z.optional(track),
  acceptedOn: z.optional(isoDate),
  deemedAccepted: described(z.boolean(), '视为受理（《行政复议法》第三十条）'),
  timeliness,
  simplifiedEligible: z.boolean(),
  simplifiedReasonsZh: described(z.array(text), '可以适用简易程序的情形（《行政复议法》第五十三条第一款）'),
  mustReconsiderFirst: described(z.boolean(), '复议前置：须先申请行政复议方可起诉'),
  correction: z.optional(
    z.strictObject({
      items: z.array(correctionItem),
      requestedAt: instant,
      submittedAt: z.optional(instant),
    }),
  ),
  copy: z.optional(copyView),
  closure: z.optional(
    z.strictObject({
      kind: described(
        z.enum(['refused', 'withdrawn', 'abandoned', 'mediated', 'terminated', 'decided']),
        '不予受理、撤回、视为放弃、调解书生效、终止、决定生效后结案',
      ),
      on: isoDate,
      detailZh: text,
    }),
  ),
  forwardedFrom: described(z.array(text), '转送前的案号'),
  application: applicationView,
  opinionsHeard: described(z.array(opinionsHeardView), '听取当事人意见（《行政复议法》第四十九条）'),
  complexity: z.optional(complexityView),
  reply: z.optional(replyView),
  noReplyInTime: described(
    z.boolean(),
    '被申请人未在期限内答复：视为没有证据、依据（《行政复议法》第七十条）',
  ),
  suspension: z.optional(suspensionView),
  extension: z.optional(extensionView),
  decision: z.optional(decisionView),
  decisionTypesFit: described(z.array(decisionType), '适合本案的决定类型'),
  electronicService: described(z.array(serviceParty), '同意电子送达的当事人'),
  hearing: z.optional(hearingView),
  committee: z.optional(committeeView),
  agents: described(z.array(agentOnCaseView), '申请人的代理人（含已解除委托的）'),
  thirdParties: described(z.array(thirdPartyView), '第三人（《行政复议法》第十六条）'),
  thirdPartyApplications: described(z.array(thirdPartyApplicationView), '参加行政复议的申请'),
  representatives: z.optional(representativesView),
  mediations: described(z.array(mediationView), '调解，最近一次在最后'),
  withdrawals: described(z.array(withdrawalView), '受理后的撤回申请，最近一次在最后'),
  priorWithdrawalAssessment: z.optional(priorWithdrawalAssessmentView),
  deadlines: described(z.array(deadlineView), '全部期限，按起算日排序'),
  openDeadlines: described(z.array(deadlineView), '进行中的期限'),
  allowedActions,
});

/** Each built-in procedure's case view; CaseView is the one, or the union of all of them. */
export const caseViewByProcedure = { reconsideration: reconsiderationCaseView } as const;
export const caseView = reconsiderationCaseView;

// ------------------------------------------------------------------------------ lists

/** A list row (presentSummary): read from the slim list item alone. */
export const caseSummary = z.strictObject({
  id: z.uuid(),
  caseNumber: text,
  version: int,
  procedure: text,
  status: caseStatus,
  stage: text,
  stageLabelZh: text,
  bodyNameZh: text,
  applicantNameZh: described(text, '申请人名称（按查看人显示）'),
  subjectZh: described(text, '被申请复议的行政行为'),
  filedAt: instant,
  late: described(z.boolean(), '超过申请期限提出'),
  nextDeadline: z.optional(
    described(
      z.strictObject({
        key: text,
        labelZh: text,
        dueDate: isoDate,
        status: text,
        responsible,
        overdue: z.boolean(),
        provisional: z.boolean(),
        awaitingCalendar: z.optional(z.boolean()),
        paused: z.optional(z.boolean()),
        responsibleZh: text,
        statusZh: text,
      }),
      '最近届满的进行中期限',
    ),
  ),
  allowedActions,
});

export const caseListPage = z.strictObject({
  items: z.array(caseSummary),
  cursor: z.optional(described(text, '下一页的翻页标记（作为 cursor 查询参数传回）；没有则为最后一页')),
});

// ------------------------------------------------------------------------------ materials (files)

const filePurpose = described(
  z.enum(filePurposes),
  '材料用途：evidence 证据、powerOfAttorney 授权委托书、correctionMaterial 补正材料、reply 答复书、basis 依据、other 其他材料',
);
const fileSide = described(
  z.enum(fileSides),
  '提交方：applicant 申请人方（含代理人）、thirdParty 第三人、respondent 被申请人、body 复议机构',
);
const confidentialityKind = described(
  z.enum(confidentialityKinds),
  '不予查阅的情形（《行政复议法》第四十七条）：stateSecret 涉及国家秘密、commercialSecret 涉及商业秘密、personalPrivacy 涉及个人隐私、publicSecurity 可能危及国家安全、公共安全、社会稳定',
);
const sha256 = described(z.string().check(z.regex(/^[0-9a-f]{64}$/)), 'SHA-256（64位小写十六进制）');
const fileActor = z.strictObject({
  role: z.enum([...roles, 'system']),
  nameZh: described(text, '姓名或名称（申请人姓名按查看人显示）'),
});
const confidentialityView = z.strictObject({ kind: confidentialityKind, kindLabelZh: text, reasonZh: text });

/** A file the viewer may read. */
export const fileView = z.strictObject({
  fileId: z.uuid(),
  withheld: z.literal(false),
  name: described(text, '文件名'),
  contentType: text,
  size: described(int, '字节数'),
  sha256,
  purpose: filePurpose,
  purposeLabelZh: text,
  side: fileSide,
  sideLabelZh: text,
  uploadedBy: fileActor,
  attachedAt: instant,
  confidentiality: z.optional(
    described(
      z.extend(confidentialityView, { markedBy: fileActor }),
      '已标记为对另一方不予查阅（本方和工作人员仍可查阅）',
    ),
  ),
  readingLogged: described(z.boolean(), '下载（阅卷）是否记入案件（当事人的每次阅卷均记录）'),
});

/** A file the viewer may not read: listed without its name, with why (Art. 47). */
export const withheldFileView = z.strictObject({
  fileId: z.uuid(),
  withheld: z.literal(true),
  purpose: filePurpose,
  purposeLabelZh: text,
  side: fileSide,
  sideLabelZh: text,
  attachedAt: instant,
  withheldZh: described(text, '不予查阅的说明'),
  confidentiality: confidentialityView,
});

/** A plain union (as calendarYear): an OpenAPI discriminator on a boolean would reach the portal as strings. */
export const fileEntry = described(
  z.union([fileView, withheldFileView]),
  '一份材料，按查看人可见的范围：可查阅的（withheld 为 false）或不予查阅的（withheld 为 true，不显示文件名）',
);
export const fileList = z.strictObject({ items: described(z.array(fileEntry), '按提交先后排列') });

/** POST /v1/uploads: where to PUT the bytes, and how. */
export const uploadTicket = z.strictObject({
  uploadId: described(z.uuid(), '上传编号：提交材料时的 uploadId'),
  url: described(text, '上传地址（签名，短时有效）'),
  method: z.literal('PUT'),
  headers: described(
    z.record(z.string(), z.string()),
    '上传时须原样发送的请求头（类型、SHA-256 校验值等均在签名之内；Content-Length 由浏览器按文件发送）',
  ),
  expiresAt: described(instant, '上传地址的失效时刻'),
});

/** GET /v1/cases/{id}/files/{fileId}: a short-lived download link. */
export const fileDownload = z.strictObject({
  fileId: z.uuid(),
  fileName: text,
  url: described(text, '下载地址（签名，短时有效）'),
  method: z.literal('GET'),
  headers: z.record(z.string(), z.string()),
  expiresAt: instant,
  readingLogged: described(z.boolean(), '本次阅卷已记入案件'),
});

// ------------------------------------------------------------------------------ documents

/** One document the case issued, as the viewer may read it. */
export const documentEntry = z.strictObject({
  id: described(text, '文书编号：<事件序号>-<种类>[-<受文当事人>]，如 2-acceptance-applicant、9-decision'),
  kind: described(text, '文书种类（模板），如 acceptance、decision'),
  titleZh: described(text, '文书名称，如 行政复议受理通知书'),
  number: described(text, '文号，如 宁政复受字〔2026〕12号、宁政复决字〔2026〕1号'),
  issuedOn: described(isoDate, '成文日期'),
  seq: described(int, '作出该文书的事件序号（时间线上的同一序号）'),
  recipientNameZh: z.optional(described(text, '分别送达的通知书的受文当事人（自然人姓名按查看人显示）')),
  formats: described(
    z.array(z.enum(documentFormats)),
    '可下载的格式：复议机关工作人员 pdf 和 docx（可编辑），其他人 pdf',
  ),
});
export const documentList = z.strictObject({ items: described(z.array(documentEntry), '按作出先后排列') });

/** GET /v1/cases/{id}/documents/{documentId}: a short-lived link to one document. */
export const documentDownload = z.strictObject({
  documentId: text,
  format: z.enum(documentFormats),
  fileName: text,
  url: described(text, '下载地址（签名，短时有效）'),
  method: z.literal('GET'),
  headers: z.record(z.string(), z.string()),
  expiresAt: instant,
  readingLogged: described(z.boolean(), '本次查阅已记入案件（当事人查阅时）'),
});

/** GET /v1/cases/{id}/drafts/{kind}: a short-lived link to the draft, marked 草稿. */
export const draftDownload = z.strictObject({
  kind: z.literal('decision'),
  format: z.enum(documentFormats),
  fileName: text,
  url: described(text, '下载地址（签名，短时有效）'),
  method: z.literal('GET'),
  headers: z.record(z.string(), z.string()),
  expiresAt: instant,
});

// ------------------------------------------------------------------------------ the timeline

export const actorView = z.strictObject({
  userId: text,
  role: z.enum([...roles, 'system']),
  nameZh: described(text, '操作人（申请人姓名按查看人显示）'),
  bodyId: z.optional(text),
  agencyId: z.optional(text),
});

export const deadlineChanges = described(
  z.strictObject({
    opened: z.optional(z.array(deadlineRecord)),
    closed: z.optional(
      z.array(z.strictObject({ key: text, status: z.enum(['met', 'cancelled', 'lapsed']) })),
    ),
    recomputed: z.optional(z.array(deadlineRecord)),
    flagged: z.optional(
      z.array(
        z.strictObject({
          key: text,
          warned: z.optional(z.boolean()),
          overdue: z.optional(z.boolean()),
          awaitingCalendar: z.optional(z.boolean()),
        }),
      ),
    ),
  }),
  '该事件开启、结束、重新计算或标记的期限',
);

/** The data of each event type as the timeline shows it (the procedure's presentEventData). */
const deadlineRef = z.strictObject({ key: text, dueDate: isoDate });
const eventData = {
  // The engine's own events (the clock and the calendar).
  deadlineWarned: deadlineRef,
  deadlineOverdue: deadlineRef,
  deadlineLapsed: deadlineRef,
  deadlineAwaitingCalendar: z.strictObject({ key: text, dueDate: isoDate, provisionalYears: z.array(int) }),
  deadlinesRecomputed: z.strictObject({
    calendarYear: int,
    calendarVersion: int,
    changes: z.array(z.strictObject({ key: text, fromDue: isoDate, toDue: isoDate })),
  }),
  // Reconsideration: the filing shows who applied (the application itself is on the case).
  caseFiled: z.strictObject({
    caseNumber: text,
    bodyNameZh: text,
    applicant: partyView,
    agent: z.optional(agentView),
  }),
  // The others show their stored data (shared/procedures/reconsideration/events.ts), the
  // applicant's own words through the visibility table.
  correctionRequested: z.strictObject({ items: z.array(correctionItem), noteZh: z.optional(text) }),
  correctionSubmitted: z.strictObject({
    answers: z.array(z.strictObject({ field: text, textZh: text })),
    receivedOn: isoDate,
  }),
  accepted: z.strictObject({ track, acceptedOn: isoDate }),
  deemedAccepted: z.strictObject({ track, acceptedOn: isoDate }),
  refused: z.strictObject({
    reasons: z.array(z.enum(refusalReasons)),
    competentBodyId: z.optional(text),
    competentBodyNameZh: z.optional(text),
    noteZh: z.optional(text),
  }),
  forwarded: z.strictObject({
    fromBodyId: text,
    toBodyId: text,
    toBodyNameZh: text,
    caseNumber: text,
    receivedOn: isoDate,
    noteZh: z.optional(text),
  }),
  copySent: copyView,
  copyReceived: z.strictObject({ receivedOn: isoDate }),
  timelinessRecomputed: z.strictObject({
    calendarYear: int,
    calendarVersion: int,
    from: z.strictObject({ timely: z.boolean(), dueDate: isoDate, provisional: z.boolean() }),
    timeliness,
  }),
  withdrawn: z.strictObject({ reasonZh: text }),
  deemedAbandoned: z.strictObject({ correctionDueDate: isoDate }),
  // Hearings and the committee: their stored data, as presented (texts through the visibility table).
  ...hearingPart.events,
  ...committeePart.events,
  // The case's materials: the file as the viewer may see it (as in the file list).
  fileAttached: z.strictObject({ fileId: z.uuid(), file: z.optional(fileEntry) }),
  fileConfidentialityMarked: z.strictObject({
    fileId: z.uuid(),
    file: z.optional(fileEntry),
    kind: confidentialityKind,
    kindLabelZh: text,
    reasonZh: text,
  }),
  fileConfidentialityUnmarked: z.strictObject({
    fileId: z.uuid(),
    file: z.optional(fileEntry),
    reasonZh: text,
  }),
  fileRead: z.strictObject({ fileId: z.uuid(), file: z.optional(fileEntry) }),
  // A party's reading of a document the case issued.
  documentRead: z.strictObject({
    documentId: described(text, '文书编号，如 2-acceptance-applicant'),
    format: z.enum(documentFormats),
    titleZh: text,
    number: described(text, '文号，如 宁政复受字〔2026〕12号'),
  }),
} as const satisfies Record<
  (typeof engineEventTypes)[number] | keyof ReconsiderationEventData,
  z.core.$ZodType
>;

/** The review parts' events as the timeline shows them (each part's presentEventData). */
const reviewEventData = {
  // Parties (review/parties.ts).
  thirdPartyAdmitted: z.strictObject({
    id: text,
    details: partyView,
    interestZh: text,
    basis: thirdPartyBasis,
    applicationId: z.optional(text),
    admittedOn: isoDate,
    notice: thirdPartyNoticeView,
  }),
  thirdPartyApplied: z.strictObject({ id: text, details: partyView, interestZh: text, receivedOn: isoDate }),
  thirdPartyApplicationRefused: z.strictObject({ applicationId: text, reasonZh: text, decidedOn: isoDate }),
  agentAppointed: z.strictObject({
    agent: agentOnCaseView,
    replacesAgentId: z.optional(text),
  }),
  agentDismissed: z.strictObject({ agentId: text, reasonZh: z.optional(text), dismissedOn: isoDate }),
  representativesRecorded: z.strictObject({
    applicantCount: int,
    representatives: z.array(representativeView),
  }),
  // Mediation (review/mediation.ts).
  mediationProposed: z.strictObject({ proposalZh: text, proposedOn: isoDate, parties: z.array(namedParty) }),
  mediationConsented: z.strictObject({
    ...answerView,
    allConsented: described(z.boolean(), '各方当事人均已同意'),
  }),
  mediationDeclined: z.strictObject(answerView),
  mediationSessionHeld: sessionView,
  mediationDocumentIssued: z.strictObject(mediationDocumentFields),
  mediationDocumentSigned: z.strictObject(signatureView),
  mediationDocumentSealed: z.strictObject({ sealedOn: isoDate }),
  mediationTookEffect: z.strictObject({ effectiveOn: isoDate }),
  mediationFailed: z.strictObject({
    by: mediationFailure.shape.by,
    reasonZh: text,
    on: isoDate,
    channel: z.optional(z.enum(keysOf(answerChannelsZh))),
    byAgentId: z.optional(text),
  }),
  // Settlement and withdrawal (review/settlement.ts).
  withdrawalRequested: z.strictObject({
    reasonZh: text,
    requestedOn: isoDate,
    fromStage: text,
    settlement: z.optional(settlementView),
    byAgentId: z.optional(text),
  }),
  withdrawalApproved: z.strictObject({ approvedOn: isoDate, noteZh: z.optional(text) }),
  withdrawalRefused: z.strictObject({ reasonZh: text, decidedOn: isoDate }),
  priorWithdrawalAssessed: z.strictObject({
    priorCaseNumber: text,
    withdrawalGenuine: z.boolean(),
    reasonZh: text,
    on: isoDate,
  }),
  // The reply and the route (review/reply.ts, review/route.ts).
  replySubmitted: z.strictObject(replyData),
  opinionsHeard: opinionsHeardView,
  complexityAssessed: z.strictObject({
    majorDifficultComplex: z.boolean(),
    highlyTechnical: z.boolean(),
    reasonZh: text,
  }),
  convertedToOrdinary: z.strictObject({ reasonZh: text, changes: z.array(dueChange) }),
  // Suspension, termination, extension (review/suspension.ts).
  suspended: z.strictObject({ ground: suspensionGround, reasonZh: text, on: isoDate }),
  resumed: z.strictObject({ reasonZh: text, on: isoDate, changes: z.array(dueChange) }),
  terminated: z.strictObject({ ground: terminationGround, reasonZh: text }),
  terminatedAfterSuspension: z.strictObject({ suspendedOn: isoDate, limitDueDate: isoDate }),
  decisionPeriodExtended: z.strictObject({ days: int, reasonZh: text, changes: z.array(dueChange) }),
  // The decision and its service (review/decision.ts).
  decisionDrafted: decisionDraftView,
  collectiveDiscussionRequested: z.strictObject({ reasonZh: text }),
  collectiveDiscussionRecorded: z.strictObject({ heldOn: isoDate, participantsZh: text, conclusionZh: text }),
  decisionDraftReturned: z.strictObject({ reasonZh: text }),
  decisionIssued: z.strictObject({ number: text, issuedOn: isoDate, service: z.array(serviceRecordView) }),
  decisionMailed: z.strictObject({ party: serviceParty, mailedOn: isoDate, trackingNumber: text }),
  decisionServed: z.strictObject({ party: serviceParty, channel: serviceChannel, servedOn: isoDate }),
  decisionTookEffect: z.strictObject({ effectiveOn: isoDate, applicantServedOn: isoDate }),
  electronicServiceConsented: z.strictObject({ party: serviceParty }),
  litigationRecorded: z.strictObject({ filedOn: isoDate, courtZh: text }),
  decisionFinal: z.strictObject({ litigationDueDate: isoDate }),
} as const;

/** Every event type has its data here: a part's new event fails the type check until it is described. */
const allEventData = { ...eventData, ...reviewEventData } as const satisfies Record<
  (typeof engineEventTypes)[number] | keyof ReconsiderationEventData | keyof ReviewEventData,
  z.core.$ZodType
>;

const timelineEntry = <T extends string>(type: T, data: z.core.$ZodType) =>
  z.strictObject({
    seq: described(int, '事件序号（案件内从1起连续）'),
    type: z.literal(type),
    procedure: z.optional(text),
    at: instant,
    actor: actorView,
    correlationId: z.optional(text),
    toStage: z.optional(described(text, '事件后案件所处的阶段')),
    deadlines: z.optional(deadlineChanges),
    labelZh: text,
    data,
  });

/** One timeline entry: its type decides its data. */
export const timelineEvent = z.discriminatedUnion(
  'type',
  Object.entries(allEventData).map(([type, data]) => timelineEntry(type, data)) as unknown as [
    ReturnType<typeof timelineEntry>,
    ...ReturnType<typeof timelineEntry>[],
  ],
);

export const timelinePage = z.strictObject({ items: z.array(timelineEvent) });

// ------------------------------------------------------------------------------ filing preview

export const reconsiderationBody = z.strictObject({
  id: text,
  nameZh: text,
  level: z.enum(['province', 'city', 'county', 'national']),
  officeNameZh: described(text, '行政复议机构'),
  numberPrefixZh: described(text, '文书编号的机关代字，如“宁政复”（决定书编号为宁政复决字〔2026〕12号）'),
  parentBodyId: z.optional(text),
});

/** What an applicant is told before filing (the procedure's previewFiling). */
export const timelinessPreview = z.strictObject({
  bodyId: text,
  bodyNameZh: text,
  competentBody: reconsiderationBody,
  competenceBasisZh: described(text, '管辖依据'),
  selfReview: z.boolean(),
  timeliness,
  simplifiedEligible: described(z.boolean(), '可以适用简易程序（《行政复议法》第五十三条）'),
  mustReconsiderFirst: z.boolean(),
});

// ------------------------------------------------------------------------------ directory, rules

export const agencies = z.strictObject({
  agencies: z.array(
    z.strictObject({
      agencyId: text,
      nameZh: text,
      level: z.enum(['province', 'city', 'county']),
      kind: described(
        z.enum(['government', 'department', 'verticalDepartment']),
        '人民政府、人民政府工作部门、实行垂直领导的机关',
      ),
      regionZh: text,
      competentBodyId: text,
      competentBodyNameZh: text,
      officeNameZh: text,
      basisZh: text,
      selfReview: z.boolean(),
    }),
  ),
  bodies: z.array(reconsiderationBody),
});

export const timeLimitRule = z.strictObject({
  id: text,
  labelZh: text,
  amount: int,
  unit: z.enum(['workingDays', 'calendarDays', 'years']),
  article: text,
  kind: described(z.enum(['statutory', 'policy']), 'statutory 法定、policy 本系统的设定（如提醒时间）'),
});
export const thresholdRule = z.strictObject({
  id: text,
  labelZh: text,
  amount: z.number(),
  unitZh: text,
  article: text,
});

export const rules = z.strictObject({
  procedures: z.array(
    z.strictObject({
      id: text,
      labelZh: text,
      timeLimits: z.array(timeLimitRule),
      thresholds: z.array(thresholdRule),
      stages: z.record(z.string(), z.strictObject({ labelZh: text, kind: z.enum(['waiting', 'terminal']) })),
      deadlines: z.record(z.string(), z.strictObject({ responsible, startEventZh: text })),
      eventLabelsZh: labelsZh,
      vocabulary: z.record(z.string(), labelsZh),
    }),
  ),
  timeLimits: z.array(timeLimitRule),
  thresholds: z.array(thresholdRule),
  labels: described(z.record(z.string(), labelsZh), '角色名称（roleLabelsZh）和各程序的代码表'),
});

// ------------------------------------------------------------------------------ notifications

export const notification = z.strictObject({
  id: text,
  at: instant,
  recipient: described(
    text,
    '接收人：用户，或 body:<复议机关>、supervisors:<复议机关>、agency:<机关>、admins',
  ),
  caseId: z.optional(text),
  kind: text,
  subjectZh: text,
  bodyZh: text,
});
export const notifications = z.strictObject({ items: z.array(notification) });

// ------------------------------------------------------------------------------ the calendar

export const namedDay = z.strictObject({ date: isoDate, name: text });

/** One year of the official calendar as loaded (the seed, or an administrator's load). */
export const officialCalendarYear = z.strictObject({
  year: int,
  version: int,
  source: described(text, '数据来源，如国务院办公厅通知'),
  daysOff: z.array(namedDay),
  makeupWorkdays: z.array(namedDay),
});

export const calendarYearInForce = z.extend(officialCalendarYear, { loaded: z.literal(true) });
export const calendarYearNotLoaded = z.strictObject({
  year: int,
  loaded: z.literal(false),
  messageZh: described(text, '该年尚未载入：期限按周末和法定节日暂定计算'),
});
/**
 * GET /v1/calendar/{year}: the year in force, or why there is none. A plain union: an OpenAPI
 * discriminator names string values only, so one on the boolean `loaded` reaches the portal's
 * types as the strings "true" / "false"; `loaded: true | false` narrows the union by itself.
 */
export const calendarYear = z.union([calendarYearInForce, calendarYearNotLoaded]);

export const calendarJob = z.strictObject({
  jobId: z.uuid(),
  year: int,
  calendarVersion: int,
  status: z.enum(['queued', 'running', 'done']),
  statusZh: text,
  shard: int,
  shardsTotal: int,
  page: z.optional(described(text, '当前分片的下一页位置')),
  checked: described(int, '已核对的未结案件数'),
  affected: described(int, '期限有变化的案件数'),
  affectedCaseIds: z.array(text),
  createdAt: instant,
  updatedAt: instant,
  finishedAt: z.optional(instant),
  progressZh: text,
});

export const calendarLoad = z.strictObject({
  year: officialCalendarYear,
  job: calendarJob,
  messageZh: text,
});

/** One open deadline a proposed year would move. */
export const calendarPreviewExample = z.strictObject({
  caseId: z.uuid(),
  caseNumber: described(text, '案件编号'),
  key: described(text, '期限代码，如 decision'),
  labelZh: described(text, '期限名称'),
  responsible: described(z.enum(['body', 'applicant', 'respondent']), '履行主体'),
  responsibleZh: described(text, '履行主体：复议机关、申请人或被申请人'),
  fromDue: described(isoDate, '现在的届满日'),
  toDue: described(isoDate, '载入后的届满日'),
  fromProvisional: described(z.boolean(), '现在的届满日是否为暂定（该年尚未载入）'),
});

/** A dry run of a load: which open deadlines it would move (it writes no case). */
export const calendarPreview = z.strictObject({
  previewId: z.uuid(),
  year: int,
  correctsVersion: z.optional(described(int, '所更正的版本；首次载入时没有')),
  status: z.enum(['queued', 'running', 'done']),
  statusZh: text,
  shard: int,
  shardsTotal: int,
  page: z.optional(described(text, '当前分片的下一页位置')),
  checked: described(int, '已核对的未结案件数'),
  casesAffected: described(int, '届满日将改变的案件数'),
  deadlinesMoved: described(int, '届满日将改变的期限数'),
  deadlinesConfirmed: described(int, '日期不变、由暂定转为正式的期限数'),
  examples: described(z.array(calendarPreviewExample), '将改变的期限，最多20个'),
  createdAt: instant,
  updatedAt: instant,
  finishedAt: z.optional(instant),
  progressZh: text,
});

export const calendarPreviewStarted = z.strictObject({
  preview: calendarPreview,
  messageZh: text,
});

// ------------------------------------------------------------------------------ the rest

export const health = z.strictObject({ status: z.literal('ok'), time: instant });

/** The served document itself (its shape is OpenAPI's; only its frame is checked here). */
export const openApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  servers: z.array(z.looseObject({ url: z.string() })),
  paths: z.record(z.string(), z.unknown()),
  components: z.looseObject({}),
});

/** RFC 9457 problem details as shared/http/problem.ts writes them. */
export const problem = z.strictObject({
  type: described(text, 'urn:admin-justice:problem:<code>'),
  title: described(text, '按状态码的中文标题'),
  status: described(int, 'HTTP 状态码'),
  code: described(text, '稳定的错误代码，如 request.invalid、case.versionStale、auth.forbidden'),
  detail: described(text, '中文说明'),
  instance: z.optional(described(text, '请求的路径')),
  correlationId: z.optional(described(text, '关联编号（500 时与服务器日志一致，可报给管理员）')),
  errors: described(
    z.array(
      z.strictObject({
        path: described(text, '出错的字段，如 act.learnedOn、headers.idempotency-key、(body)'),
        messageZh: text,
      }),
    ),
    '出错的字段（至多50处）',
  ),
  omittedErrors: z.optional(described(int, '未列出的其余出错处数')),
});

/** What API Gateway answers by itself, before any function runs (authorizer, throttling, limits). */
export const gatewayMessage = z.strictObject({
  message: described(text, '如 Unauthorized、Too Many Requests、Request Entity Too Large'),
});
