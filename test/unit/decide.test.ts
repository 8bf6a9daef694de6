import { describe, expect, it, test } from '@jest/globals';
import {
  endOfShanghaiDay,
  LegalCalendar,
  seedCalendarYears,
  startOfShanghaiDay,
} from '../../shared/calendar/index';
import { type Actor, type Role, roles } from '../../shared/domain/actors';
import { type ActionOutcome, applyClock, decideAction, nextClockInstant } from '../../shared/domain/decide';
import { evolve, foldEvents } from '../../shared/domain/fold';
import type { Decision, Refusal, RefusalCode } from '../../shared/domain/refusals';
import { TIMER_CAP_SECONDS, timerSeconds } from '../../shared/domain/timers';
import type {
  ActionCommand,
  ActionName,
  CaseEvent,
  CaseEventType,
  CaseState,
  NewCaseEvent,
} from '../../shared/procedures/reconsideration';
import {
  type Application,
  applicationSchema,
  assessTimeliness,
  fileApplication,
  mustReconsiderFirst,
  previewFiling,
  procedure,
  refusalReasonsZh,
  simplifiedEligible,
} from '../../shared/procedures/reconsideration';
import { fineApplication } from '../support/fixtures';

// ---------------------------------------------------------------------------------------------
// Fixtures: the official calendar, people, a realistic application, and a case built from events.
// ---------------------------------------------------------------------------------------------

const calendar = new LegalCalendar(seedCalendarYears());

const applicant: Actor = { userId: 'u1', role: 'applicant', nameZh: '张三' };
const clerk: Actor = { userId: 'c1', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' };
const actorOf: Record<Role | 'system', Actor> = {
  applicant,
  clerk,
  officeHead: { userId: 'h1', role: 'officeHead', nameZh: '李明', bodyId: 'gov-xn' },
  committeeMember: { userId: 'm1', role: 'committeeMember', nameZh: '赵敏', bodyId: 'gov-xn' },
  respondent: { userId: 'r1', role: 'respondent', nameZh: '陈刚', agencyId: 'dept-xn-scjg' },
  supervisor: { userId: 's1', role: 'supervisor', nameZh: '孙丽', bodyId: 'gov-qh' },
  admin: { userId: 'a1', role: 'admin', nameZh: '管理员' },
  system: { userId: 'system', role: 'system', nameZh: '系统' },
};

/** An instant given as Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);

/** Tue 10 Feb 2026, 10:00 Beijing time: days before the Spring Festival break (15–23 Feb; Sat 14 Feb is worked). */
const FILED_AT = bj('2026-02-10T10:00:00');
/** The next working day, when the clerk looks at the application. */
const NEXT_DAY = bj('2026-02-11T10:00:00');
const CASE_ID = 'case-0001';
const CASE_NO = '西宁市人民政府行复〔2026〕1号';
const HD_CASE_NO = '海东市人民政府行复〔2026〕7号';

/** A 5,000 yuan fine by 西宁市市场监督管理局, made 2 Feb and known 5 Feb 2026, with rights notice. */
function application(act: Partial<Application['act']> = {}): Application {
  return applicationSchema.parse(fineApplication({ act }));
}
const act = (overrides: Partial<Application['act']> = {}) => application(overrides).act;

/** A command as a person sends it, before the version they saw is added. */
type Cmd = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

const cmd = {
  accept: { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
  refuse: { action: 'refuse', reasons: ['outsideScope'] },
  requestCorrection: {
    action: 'requestCorrection',
    items: [{ field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' }],
  },
  submitCorrection: {
    action: 'submitCorrection',
    answers: [{ field: 'evidence', textZh: '已上传行政处罚决定书复印件' }],
  },
  forward: { action: 'forward', toBodyId: 'gov-hd' },
  sendCopy: { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' },
  recordCopyReceipt: { action: 'recordCopyReceipt', receivedOn: '2026-02-12' },
  withdraw: { action: 'withdraw', reasonZh: '已与被申请人达成和解' },
  recordOpinions: {
    action: 'recordOpinions',
    mode: 'phone',
    heardOn: '2026-02-12',
    parties: ['applicant', 'respondent'],
    summaryZh: '申请人坚持复议请求；被申请人认为处罚适当',
  },
  markComplexity: {
    action: 'markComplexity',
    majorDifficultComplex: true,
    highlyTechnical: false,
    reasonZh: '涉及多个部门职责，争议较大',
  },
  convertToOrdinary: { action: 'convertToOrdinary', reasonZh: '案情复杂，需要听证' },
  submitReply: {
    action: 'submitReply',
    replyZh: '被申请人认为处罚事实清楚、证据确凿',
    evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
    legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
  },
  draftDecision: {
    action: 'draftDecision',
    type: 'revoke',
    findingsZh: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
    reasonsZh: '违反法定程序',
    legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
  },
  requestCollectiveDiscussion: { action: 'requestCollectiveDiscussion', reasonZh: '案情重大' },
  recordCollectiveDiscussion: {
    action: 'recordCollectiveDiscussion',
    heldOn: '2026-02-12',
    participantsZh: '李明、王芳、赵敏',
    conclusionZh: '同意撤销',
  },
  returnDraft: { action: 'returnDraft', reasonZh: '请补充证据分析' },
  approveDecision: { action: 'approveDecision' },
  recordMailing: {
    action: 'recordMailing',
    party: 'applicant',
    mailedOn: '2026-02-12',
    trackingNumber: 'EMS1234567890',
  },
  recordReceipt: { action: 'recordReceipt', party: 'applicant', receivedOn: '2026-02-12' },
  consentToElectronicService: { action: 'consentToElectronicService' },
  recordLitigation: { action: 'recordLitigation', filedOn: '2026-02-12', courtZh: '西宁市城中区人民法院' },
  suspend: {
    action: 'suspend',
    ground: 'applicantDied',
    reasonZh: '申请人死亡，其近亲属尚未确定是否参加行政复议',
  },
  resume: { action: 'resume', reasonZh: '申请人之子已确定参加行政复议' },
  terminate: { action: 'terminate', ground: 'noSuccessor', reasonZh: '申请人死亡，没有近亲属' },
  extendDecisionPeriod: { action: 'extendDecisionPeriod', days: 30, reasonZh: '案情复杂，需要进一步调查' },
  requestHearing: { action: 'requestHearing', reasonZh: '检测报告的效力争议较大，请求当面质证' },
  decideHearingRequest: { action: 'decideHearingRequest', granted: true },
  orderHearing: { action: 'orderHearing', reasonZh: '检测报告的效力需当面质证' },
  assignHearingPanel: {
    action: 'assignHearingPanel',
    members: [
      {
        userId: 'h1',
        nameZh: '李明',
        kind: 'staff',
        panelRole: 'presiding',
        formerAgencyIds: [],
        relatedToParty: false,
      },
      {
        userId: 'm1',
        nameZh: '赵敏',
        kind: 'committeeMember',
        panelRole: 'officer',
        formerAgencyIds: [],
        relatedToParty: false,
      },
      {
        userId: 'c2',
        nameZh: '周杰',
        kind: 'staff',
        panelRole: 'officer',
        formerAgencyIds: [],
        relatedToParty: false,
      },
      {
        userId: 'c1',
        nameZh: '王芳',
        kind: 'staff',
        panelRole: 'clerk',
        formerAgencyIds: [],
        relatedToParty: false,
      },
    ],
  },
  applyForRecusal: {
    action: 'applyForRecusal',
    memberUserId: 'm1',
    reasonZh: '该委员曾为被申请人提供法律顾问服务',
  },
  decideRecusal: { action: 'decideRecusal', memberUserId: 'm1', granted: false, reasonZh: '申请理由不成立' },
  scheduleHearing: {
    action: 'scheduleHearing',
    date: '2026-03-10',
    time: '09:30',
    place: '西宁市司法局三楼听证室',
    issues: ['检测报告是否依法送达申请人'],
  },
  postponeHearing: {
    action: 'postponeHearing',
    date: '2026-03-17',
    time: '09:30',
    reasonZh: '申请人因病请求延期',
  },
  recordHearingHeld: {
    action: 'recordHearingHeld',
    applicantAttendance: 'attended',
    respondentAttendance: 'head',
    respondentHeadNameZh: '马局长',
  },
  draftHearingRecord: { action: 'draftHearingRecord', recordZh: '听证主持人宣布听证开始……' },
  confirmHearingRecord: { action: 'confirmHearingRecord' },
  recordSignatureRefusal: {
    action: 'recordSignatureRefusal',
    signatory: 'applicant',
    reasonZh: '申请人当场拒绝签字',
  },
  referToCommittee: {
    action: 'referToCommittee',
    questionsZh: ['检测报告未送达是否构成程序违法'],
    members: [{ userId: 'm1', nameZh: '赵敏', formerAgencyIds: [], relatedToParty: false }],
  },
  giveCommitteeOpinion: { action: 'giveCommitteeOpinion', opinionZh: '检测报告未送达，程序违法' },
  recordCommitteeOpinion: { action: 'recordCommitteeOpinion', opinionZh: '委员会认为程序违法' },
  inviteThirdParty: {
    action: 'inviteThirdParty',
    thirdParty: {
      type: 'person',
      name: '王五',
      residentId: '630102199001011235',
      address: '青海省西宁市城东区八一路2号',
    },
    interestZh: '被处罚的检测报告由王五出具，处理结果与其有利害关系',
  },
  recordThirdPartyApplication: {
    action: 'recordThirdPartyApplication',
    applicant: {
      type: 'person',
      name: '赵六',
      residentId: '630102198811203453',
      address: '青海省西宁市城中区西大街5号',
    },
    interestZh: '与申请人共同经营被处罚的店铺',
    receivedOn: '2026-02-12',
  },
  decideThirdPartyApplication: { action: 'decideThirdPartyApplication', applicationId: 'P1', admitted: true },
  appointAgent: {
    action: 'appointAgent',
    agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', scope: 'general' },
  },
  dismissAgent: { action: 'dismissAgent', agentId: 'A1' },
  recordRepresentatives: {
    action: 'recordRepresentatives',
    applicantCount: 8,
    representatives: [{ name: '张三' }, { name: '李四' }],
  },
  proposeMediation: { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' },
  consentToMediation: { action: 'consentToMediation', consent: true },
  recordMediationConsent: {
    action: 'recordMediationConsent',
    party: 'applicant',
    consent: true,
    answeredOn: '2026-02-12',
  },
  recordMediationSession: {
    action: 'recordMediationSession',
    heldOn: '2026-02-12',
    mode: 'inPerson',
    participants: ['applicant', 'respondent'],
    summaryZh: '双方就罚款数额交换意见',
  },
  issueMediationDocument: {
    action: 'issueMediationDocument',
    requestsZh: '撤销行政处罚决定',
    factsZh: '被申请人对申请人处以罚款五千元，申请人认为数额过高',
    termsZh: '被申请人将罚款变更为三千元，申请人撤回其余请求',
  },
  signMediationDocument: { action: 'signMediationDocument', agreed: true },
  recordMediationSignature: {
    action: 'recordMediationSignature',
    party: 'applicant',
    signedOn: '2026-02-12',
  },
  sealMediationDocument: { action: 'sealMediationDocument' },
  declineMediation: { action: 'declineMediation', reasonZh: '申请人不再同意调解' },
  endMediation: { action: 'endMediation', reasonZh: '双方对数额分歧较大，未达成协议' },
  approveWithdrawal: { action: 'approveWithdrawal' },
  refuseWithdrawal: { action: 'refuseWithdrawal', reasonZh: '和解内容损害第三人合法权益' },
  assessPriorWithdrawal: {
    action: 'assessPriorWithdrawal',
    withdrawalGenuine: false,
    reasonZh: '申请人提供的录音证明撤回系受胁迫',
  },
} as const satisfies Record<ActionName, Cmd>;

/** Actions of a stage that need an earlier step on the case: what they answer without it. */
const refusedWithoutPrerequisite: Partial<Record<ActionName, RefusalCode>> = {
  recordCopyReceipt: 'copy.notSent',
  convertToOrdinary: 'route.notSimplified',
  submitReply: 'reply.copyNotReceived',
  recordCollectiveDiscussion: 'decision.discussionNotRequested',
  recordReceipt: 'service.notMailed',
  decideHearingRequest: 'hearing.noRequest',
  assignHearingPanel: 'hearing.notRequired',
  applyForRecusal: 'hearing.memberNotOnPanel',
  decideRecusal: 'hearing.noRecusalApplication',
  scheduleHearing: 'hearing.notRequired',
  postponeHearing: 'hearing.notScheduled',
  recordHearingHeld: 'hearing.notScheduled',
  draftHearingRecord: 'hearing.notHeld',
  confirmHearingRecord: 'hearing.noRecord',
  recordSignatureRefusal: 'hearing.noRecord',
  giveCommitteeOpinion: 'committee.notReferred',
  recordCommitteeOpinion: 'committee.notReferred',
  decideThirdPartyApplication: 'parties.applicationUnknown',
  dismissAgent: 'parties.agentUnknown',
  proposeMediation: 'mediation.respondentNotJoined',
  consentToMediation: 'mediation.notProposed',
  recordMediationConsent: 'mediation.notProposed',
  signMediationDocument: 'mediation.noDocument',
  recordMediationSignature: 'mediation.noDocument',
  sealMediationDocument: 'mediation.noDocument',
  assessPriorWithdrawal: 'settlement.noPriorWithdrawal',
};

const eventTypeOf: Record<ActionName, CaseEventType> = {
  accept: 'accepted',
  refuse: 'refused',
  requestCorrection: 'correctionRequested',
  submitCorrection: 'correctionSubmitted',
  forward: 'forwarded',
  sendCopy: 'copySent',
  recordCopyReceipt: 'copyReceived',
  withdraw: 'withdrawn',
  recordOpinions: 'opinionsHeard',
  markComplexity: 'complexityAssessed',
  convertToOrdinary: 'convertedToOrdinary',
  submitReply: 'replySubmitted',
  draftDecision: 'decisionDrafted',
  requestCollectiveDiscussion: 'collectiveDiscussionRequested',
  recordCollectiveDiscussion: 'collectiveDiscussionRecorded',
  returnDraft: 'decisionDraftReturned',
  approveDecision: 'decisionIssued',
  recordMailing: 'decisionMailed',
  recordReceipt: 'decisionServed',
  consentToElectronicService: 'electronicServiceConsented',
  recordLitigation: 'litigationRecorded',
  suspend: 'suspended',
  resume: 'resumed',
  terminate: 'terminated',
  extendDecisionPeriod: 'decisionPeriodExtended',
  requestHearing: 'hearingRequested',
  decideHearingRequest: 'hearingRequestDecided',
  orderHearing: 'hearingOrdered',
  assignHearingPanel: 'hearingPanelAssigned',
  applyForRecusal: 'recusalApplied',
  decideRecusal: 'recusalDecided',
  scheduleHearing: 'hearingScheduled',
  postponeHearing: 'hearingPostponed',
  recordHearingHeld: 'hearingHeld',
  draftHearingRecord: 'hearingRecordDrafted',
  confirmHearingRecord: 'hearingRecordConfirmed',
  recordSignatureRefusal: 'hearingSignatureRefused',
  referToCommittee: 'referredToCommittee',
  giveCommitteeOpinion: 'committeeMemberOpined',
  recordCommitteeOpinion: 'committeeOpinionRecorded',
  inviteThirdParty: 'thirdPartyAdmitted',
  recordThirdPartyApplication: 'thirdPartyApplied',
  decideThirdPartyApplication: 'thirdPartyAdmitted',
  appointAgent: 'agentAppointed',
  dismissAgent: 'agentDismissed',
  recordRepresentatives: 'representativesRecorded',
  proposeMediation: 'mediationProposed',
  consentToMediation: 'mediationConsented',
  recordMediationConsent: 'mediationConsented',
  recordMediationSession: 'mediationSessionHeld',
  issueMediationDocument: 'mediationDocumentIssued',
  signMediationDocument: 'mediationDocumentSigned',
  recordMediationSignature: 'mediationDocumentSigned',
  sealMediationDocument: 'mediationDocumentSealed',
  declineMediation: 'mediationFailed',
  endMediation: 'mediationFailed',
  approveWithdrawal: 'withdrawalApproved',
  refuseWithdrawal: 'withdrawalRefused',
  assessPriorWithdrawal: 'priorWithdrawalAssessed',
};

/** Where an action's event depends on the stage: the event it writes there (else eventTypeOf). */
const eventTypeInStage: Partial<Record<ActionName, Partial<Record<string, CaseEventType>>>> = {
  // After acceptance a withdrawal is a request the office head decides (Arts. 41, 74).
  withdraw: { underReview: 'withdrawalRequested', suspended: 'withdrawalRequested' },
};

/** Actions that take a number before they decide (a case number, a document number). */
const numbered: readonly ActionName[] = ['forward', 'approveDecision'];
const DECISION_NO = '宁政复决字〔2026〕1号';

function refusalOf<T>(d: Decision<T>): Refusal {
  if (d.ok) throw new Error(`expected a refusal, got ${JSON.stringify(d.value).slice(0, 300)}`);
  return d.refusal;
}
function eventsOf(d: Decision<ActionOutcome>): NewCaseEvent[] {
  if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
  if (d.value.kind !== 'events') throw new Error(`expected events, got ${d.value.kind}`);
  return d.value.events as NewCaseEvent[];
}

/** A case as its event log: every change is an event with the next seq, the state is their fold. */
class CaseFile {
  readonly events: CaseEvent[] = [];
  state!: CaseState;

  constructor(app: Application = application(), at: Date = FILED_AT) {
    const filed = fileApplication(app, CASE_NO, { actor: applicant, now: at, calendar });
    if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
    this.append([filed.value]);
  }

  append(events: readonly NewCaseEvent[]): this {
    for (const e of events) this.events.push({ ...e, seq: this.events.length + 1 } as CaseEvent);
    this.state = foldEvents(CASE_ID, this.events) as CaseState;
    return this;
  }

  decide(
    actor: Actor,
    command: Cmd,
    now: Date,
    allocated?: { readonly number: string },
    expectedVersion?: number,
  ) {
    const full = { ...command, expectedVersion: expectedVersion ?? this.state.version } as ActionCommand;
    return decideAction(this.state, full, { actor, now, calendar }, allocated);
  }

  /** Acts and records the events; throws when refused. */
  act(actor: Actor, command: Cmd, now: Date, allocated?: { readonly number: string }): NewCaseEvent[] {
    const events = eventsOf(this.decide(actor, command, now, allocated));
    this.append(events);
    return events;
  }

  clock(now: Date): NewCaseEvent[] {
    const events = applyClock(this.state, now, calendar) as NewCaseEvent[];
    this.append(events);
    return events;
  }

  /** Runs the clock as the workflow does: at each instant nextClockInstant names, up to `until`. */
  runClockUntil(until: Date): NewCaseEvent[] {
    const out: NewCaseEvent[] = [];
    for (let i = 0, next = nextClockInstant(this.state); next && next <= until; i++) {
      const events = this.clock(next);
      if (events.length === 0 || i > 100) throw new Error(`clock stuck at ${next.toISOString()}`);
      out.push(...events);
      next = nextClockInstant(this.state);
    }
    return out;
  }

  deadline(key: string) {
    const d = this.state.deadlines[key];
    if (!d) throw new Error(`no deadline ${key}`);
    return d;
  }

  openKeys(): string[] {
    return Object.values(this.state.deadlines)
      .filter((d) => d.status === 'open')
      .map((d) => d.key)
      .sort();
  }
}

type StageName =
  | 'acceptanceReview'
  | 'awaitingCorrection'
  | 'underReview'
  | 'mediation'
  | 'withdrawalReview'
  | 'suspended'
  | 'decisionReview'
  | 'service'
  | 'effective'
  | 'closed';
const inStage: Record<StageName, () => CaseFile> = {
  acceptanceReview: () => new CaseFile(),
  awaitingCorrection: () => {
    const c = new CaseFile();
    c.act(clerk, cmd.requestCorrection, NEXT_DAY);
    return c;
  },
  underReview: () => {
    const c = new CaseFile();
    c.act(clerk, cmd.accept, NEXT_DAY);
    return c;
  },
  suspended: () => {
    const c = inStage.underReview();
    c.act(clerk, cmd.suspend, NEXT_DAY);
    return c;
  },
  decisionReview: () => {
    const c = inStage.underReview();
    c.act(clerk, cmd.draftDecision, NEXT_DAY);
    return c;
  },
  service: () => {
    const c = inStage.decisionReview();
    c.act(actorOf.officeHead, cmd.approveDecision, NEXT_DAY, { number: DECISION_NO });
    return c;
  },
  effective: () => {
    const c = inStage.underReview();
    c.act(applicant, cmd.consentToElectronicService, NEXT_DAY);
    c.act(clerk, cmd.draftDecision, NEXT_DAY);
    c.act(actorOf.officeHead, cmd.approveDecision, NEXT_DAY, { number: DECISION_NO });
    return c;
  },
  /** Accepted, the copy sent online (the respondent joins), mediation proposed and agreed by both. */
  mediation: () => {
    const c = new CaseFile();
    c.act(clerk, cmd.accept, NEXT_DAY);
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, NEXT_DAY);
    c.act(clerk, cmd.proposeMediation, NEXT_DAY);
    c.act(applicant, cmd.consentToMediation, NEXT_DAY);
    c.act(actorOf.respondent, cmd.consentToMediation, NEXT_DAY);
    return c;
  },
  withdrawalReview: () => {
    const c = new CaseFile();
    c.act(clerk, cmd.accept, NEXT_DAY);
    c.act(applicant, cmd.withdraw, NEXT_DAY);
    return c;
  },
  closed: () => {
    const c = new CaseFile();
    c.act(applicant, cmd.withdraw, NEXT_DAY);
    return c;
  },
};

// ---------------------------------------------------------------------------------------------
// Filing
// ---------------------------------------------------------------------------------------------

describe('filing before the 2026 Spring Festival (Art. 30, Art. 31, Art. 88)', () => {
  const filed = fileApplication(application(), CASE_NO, { actor: applicant, now: FILED_AT, calendar });
  if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
  const event = filed.value;

  it('makes a caseFiled event at the competent body, received on the Beijing date', () => {
    expect(event).toMatchObject({
      type: 'caseFiled',
      at: '2026-02-10T02:00:00.000Z',
      actor: applicant,
      toStage: 'acceptanceReview',
      data: {
        caseNumber: CASE_NO,
        bodyId: 'gov-xn',
        bodyNameZh: '西宁市人民政府',
        selfReview: false,
        applicantUserId: 'u1',
        receivedOn: '2026-02-10',
        simplifiedEligible: false,
        mustReconsiderFirst: false,
      },
    });
    if (event.type !== 'caseFiled') throw new Error('not a filing');
    expect(event.data.competenceBasisZh).toContain('第二十四条第一款第一项');
    expect(event.data.application).toEqual(application());
  });

  it('opens the acceptance review and the correction-notice window, both due Tue 24 Feb', () => {
    const opened = event.deadlines?.opened ?? [];
    expect(opened.map((d) => d.key)).toEqual(['acceptanceReview', 'correctionNotice']);
    expect(event.deadlines?.closed).toBeUndefined();
    for (const d of opened) {
      expect(d).toMatchObject({
        startDate: '2026-02-10',
        dueDate: '2026-02-24',
        status: 'open',
        responsible: 'body',
        startEventZh: '收到行政复议申请',
      });
      // Counted: Wed 11, Thu 12, Fri 13, Sat 14 (make-up working day), Tue 24; 15–23 Feb off.
      expect(d.computation.countedDays).toEqual([
        '2026-02-11',
        '2026-02-12',
        '2026-02-13',
        '2026-02-14',
        '2026-02-24',
      ]);
      expect(d.computation.skippedDays.map((s) => [s.date, s.kind, s.name])).toEqual(
        ['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((n) => [`2026-02-${n}`, 'dayOff', '春节']),
      );
      expect(d.computation.makeupDaysCounted.map((m) => m.date)).toEqual(['2026-02-14']);
      expect(d.computation.calendarVersions).toEqual(['2026@v1']);
      expect(d.computation.provisional).toBe(false);
    }
    expect(opened[0]).toMatchObject({ ruleId: 'rc.acceptanceReview', article: '《行政复议法》第三十条' });
    expect(opened[1]).toMatchObject({
      ruleId: 'rc.correctionNotice',
      article: '《行政复议法》第三十一条第一款',
    });
  });

  it('warns one working day before the due date: Sat 14 Feb, the make-up working day', () => {
    for (const d of event.deadlines?.opened ?? []) {
      expect(d.warnOn).toBe('2026-02-14');
      expect(calendar.isWorkingDay(d.warnOn)).toBe(true);
      expect(calendar.addWorkingDays(d.warnOn, 1).dueDate).toBe(d.dueDate);
    }
  });

  it('explains the date in Chinese: the article, the Spring Festival and the make-up day', () => {
    const text = event.deadlines?.opened?.[0]?.explanationZh ?? '';
    expect(text).toContain('《行政复议法》第三十条');
    expect(text).toContain('春节放假2月15日至23日（9天）');
    expect(text).toContain('2月14日（春节调休）为调休上班日');
    expect(text).toContain('期限届满日为2026年2月24日');
  });

  it('folds into an open case in acceptance review', () => {
    const c = new CaseFile();
    expect(c.state).toMatchObject({
      id: CASE_ID,
      version: 1,
      status: 'open',
      stage: 'acceptanceReview',
      caseNumber: CASE_NO,
      bodyId: 'gov-xn',
      receivedOn: '2026-02-10',
      filedAt: FILED_AT.toISOString(),
      forwardedFrom: [],
    });
    expect(c.openKeys()).toEqual(['acceptanceReview', 'correctionNotice']);
  });

  it('takes the receipt date in Beijing time, whatever the UTC date', () => {
    const late = fileApplication(application(), CASE_NO, {
      actor: applicant,
      now: new Date('2026-02-10T15:59:59Z'), // 23:59:59 Beijing
      calendar,
    });
    const afterMidnight = fileApplication(
      application({ learnedOn: '2026-02-11', madeOn: '2026-02-11' }),
      CASE_NO,
      {
        actor: applicant,
        now: new Date('2026-02-10T16:30:00Z'), // 00:30 on 11 Feb in Beijing
        calendar,
      },
    );
    expect(late.ok && late.value.type === 'caseFiled' && late.value.data.receivedOn).toBe('2026-02-10');
    expect(
      afterMidnight.ok && afterMidnight.value.type === 'caseFiled' && afterMidnight.value.data.receivedOn,
    ).toBe('2026-02-11');
  });

  it('files a late application too, flagged, for the body to judge (Art. 20(2))', () => {
    const c = new CaseFile(application({ madeOn: '2025-11-20', learnedOn: '2025-12-01' }));
    expect(c.state.timeliness.timely).toBe(false);
    expect(c.state.stage).toBe('acceptanceReview');
  });

  it('previews the competent body and the timeliness before submitting', () => {
    const p = previewFiling(application(), { now: FILED_AT, calendar });
    if (!p.ok) throw new Error(p.refusal.code);
    expect(p.value.competentBody.id).toBe('gov-xn');
    expect(p.value.competenceBasisZh).toMatch(/^《行政复议法》第二十四条/);
    expect(p.value.timeliness).toMatchObject({ timely: true, filedOn: '2026-02-10', dueDate: '2026-04-07' });
  });

  it('refuses an unknown respondent', () => {
    const app = { ...application(), respondentAgencyId: 'dept-nowhere' };
    const r = refusalOf(previewFiling(app, { now: FILED_AT, calendar }));
    expect(r.code).toBe('filing.respondentUnknown');
    expect(r.fields?.map((f) => f.path)).toEqual(['respondentAgencyId']);
    expect(refusalOf(fileApplication(app, CASE_NO, { actor: applicant, now: FILED_AT, calendar })).code).toBe(
      'filing.respondentUnknown',
    );
  });
});

describe('act dates that cannot be right: filing.actDatesInvalid naming the fields', () => {
  const paths = (overrides: Partial<Application['act']>) => {
    const r = refusalOf(
      fileApplication(application(overrides), CASE_NO, { actor: applicant, now: FILED_AT, calendar }),
    );
    expect(r.code).toBe('filing.actDatesInvalid');
    return r.fields?.map((f) => f.path);
  };

  it('an act made after today', () => {
    expect(paths({ madeOn: '2026-02-11', learnedOn: '2026-02-11' })).toEqual(['act.madeOn', 'act.learnedOn']);
  });
  it('knowing of the act after today', () => {
    expect(paths({ learnedOn: '2026-03-01' })).toEqual(['act.learnedOn']);
  });
  it('knowing of the act before it was made', () => {
    expect(paths({ madeOn: '2026-02-05', learnedOn: '2026-02-02' })).toEqual(['act.learnedOn']);
  });
  it('a date of learning of the right when the agency did notify it', () => {
    expect(paths({ rightsNotified: true, rightsLearnedOn: '2026-02-06' })).toEqual(['act.rightsLearnedOn']);
  });
  it('learning of the right before knowing of the act, or after today', () => {
    expect(paths({ rightsNotified: false, rightsLearnedOn: '2026-02-04' })).toEqual(['act.rightsLearnedOn']);
    expect(paths({ rightsNotified: false, rightsLearnedOn: '2026-02-11' })).toEqual(['act.rightsLearnedOn']);
  });
  it('accepts the limits themselves: all on today', () => {
    const ok = fileApplication(
      application({
        madeOn: '2026-02-10',
        learnedOn: '2026-02-10',
        rightsNotified: false,
        rightsLearnedOn: '2026-02-10',
      }),
      CASE_NO,
      { actor: applicant, now: FILED_AT, calendar },
    );
    expect(ok.ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Time to apply (Arts. 20–21)
// ---------------------------------------------------------------------------------------------

describe('time to apply (Arts. 20–21), filed on 10 Feb 2026', () => {
  const assess = (overrides: Partial<Application['act']>) =>
    assessTimeliness(act(overrides), '2026-02-10', calendar);

  it('60 calendar days from knowing the act, rolled over the Qingming holiday (CPL Art. 85)', () => {
    const t = assess({});
    expect(t).toMatchObject({ timely: true, dueDate: '2026-04-07', basisRuleId: 'rc.applicationPeriod' });
    expect(t.messageZh).toContain('申请在法定申请期限内');
    expect(t.explanationsZh[0]).toContain('清明节');
  });

  it('the last day itself is in time; the day after is late', () => {
    expect(assess({ madeOn: '2025-12-10', learnedOn: '2025-12-12' })).toMatchObject({
      timely: true,
      dueDate: '2026-02-10',
    });
    expect(assess({ madeOn: '2025-12-10', learnedOn: '2025-12-11' })).toMatchObject({
      timely: false,
      dueDate: '2026-02-09',
    });
  });

  it('known more than 60 days ago: late, and told about the justified-delay rule of Art. 20(2)', () => {
    const t = assess({ madeOn: '2025-11-20', learnedOn: '2025-12-01' });
    expect(t).toMatchObject({ timely: false, dueDate: '2026-01-30', basisRuleId: 'rc.applicationPeriod' });
    expect(t.messageZh).toContain('本申请已超过法定申请期限');
    expect(t.messageZh).toContain('《行政复议法》第二十条第一款');
    expect(t.messageZh).toContain('《行政复议法》第二十条第二款');
    expect(t.messageZh).toContain('迟延理由');
  });

  it('no rights notice and no date of learning the right: the 1-year cap from knowing the act applies', () => {
    const late = assess({ rightsNotified: false, madeOn: '2025-01-10', learnedOn: '2025-01-20' });
    expect(late).toMatchObject({ timely: false, dueDate: '2026-01-20', basisRuleId: 'rc.noRightsNoticeCap' });
    expect(late.messageZh).toContain('《行政复议法》第二十条第三款');
    // Within the year, the cap still decides when it comes first (1 Mar 2026 is a Sunday → Mon 2 Mar).
    const capped = assess({ rightsNotified: false, madeOn: '2025-02-20', learnedOn: '2025-03-01' });
    expect(capped).toMatchObject({
      timely: true,
      dueDate: '2026-03-02',
      basisRuleId: 'rc.noRightsNoticeCap',
    });
  });

  it('no rights notice: 60 days from learning of the right, within the cap', () => {
    expect(
      assess({
        rightsNotified: false,
        madeOn: '2025-05-10',
        learnedOn: '2025-06-01',
        rightsLearnedOn: '2025-12-01',
      }),
    ).toMatchObject({ timely: false, dueDate: '2026-01-30', basisRuleId: 'rc.applicationPeriod' });
    expect(
      assess({
        rightsNotified: false,
        madeOn: '2025-05-10',
        learnedOn: '2025-06-01',
        rightsLearnedOn: '2026-01-20',
      }),
    ).toMatchObject({ timely: true, dueDate: '2026-03-23', basisRuleId: 'rc.applicationPeriod' });
  });

  it('an act made more than 5 years ago is late by the absolute cap, however recently it was known', () => {
    const t = assess({ madeOn: '2020-12-01', learnedOn: '2026-01-20' });
    expect(t).toMatchObject({ timely: false, dueDate: '2025-12-01', basisRuleId: 'rc.absoluteCapOther' });
    expect(t.messageZh).toContain('《行政复议法》第二十一条');
  });

  it('real property: 20 years from the act', () => {
    expect(assess({ madeOn: '2020-12-01', learnedOn: '2026-01-20', realProperty: true })).toMatchObject({
      timely: true,
      dueDate: '2026-03-23',
      basisRuleId: 'rc.applicationPeriod',
    });
    expect(assess({ madeOn: '2005-12-01', learnedOn: '2026-01-20', realProperty: true })).toMatchObject({
      timely: false,
      dueDate: '2025-12-01',
      basisRuleId: 'rc.absoluteCapRealProperty',
    });
  });

  it('explains every limit it considered', () => {
    const t = assess({ rightsNotified: false, madeOn: '2025-05-10', learnedOn: '2025-06-01' });
    expect(t.explanationsZh).toHaveLength(3);
    expect(t.explanationsZh[0]).toContain('第二十条第一款');
    expect(t.explanationsZh[1]).toContain('第二十条第三款');
    expect(t.explanationsZh[2]).toContain('第二十一条');
  });
});

describe('simplified procedure (Art. 53) and reconsideration before litigation (Art. 23)', () => {
  test.each<[string, Partial<Application['act']>, boolean]>([
    ['a 5,000 yuan fine', {}, false],
    ['an on-the-spot penalty', { onTheSpot: true }, true],
    ['a warning', { kind: 'warning', amountYuan: undefined }, true],
    ['public criticism', { kind: 'publicCriticism', amountYuan: undefined }, true],
    ['government information disclosure', { kind: 'informationDisclosure', amountYuan: undefined }, true],
    ['a fine of exactly 3,000 yuan', { amountYuan: 3000 }, true],
    ['a fine of 3,000.01 yuan', { amountYuan: 3000.01 }, false],
    ['a confiscation worth 800 yuan', { kind: 'confiscation', amountYuan: 800 }, true],
    ['a detention', { kind: 'detention', amountYuan: undefined }, false],
    ['a licence revocation', { kind: 'licence', amountYuan: undefined }, false],
  ])('simplifiedEligible: %s → %s', (_name, overrides, expected) => {
    expect(simplifiedEligible(act(overrides))).toBe(expected);
  });

  test.each<[string, Partial<Application['act']>, boolean]>([
    ['a fine', {}, false],
    ['an on-the-spot penalty', { onTheSpot: true }, true],
    [
      'confirmation of natural-resource rights',
      { kind: 'naturalResourceRights', amountYuan: undefined },
      true,
    ],
    ['failure to perform a statutory duty', { kind: 'failureToPerform', amountYuan: undefined }, true],
    ['refused information disclosure', { kind: 'informationDisclosure', amountYuan: undefined }, true],
    ['a warning', { kind: 'warning', amountYuan: undefined }, false],
    ['expropriation', { kind: 'expropriation', amountYuan: undefined }, false],
  ])('mustReconsiderFirst: %s → %s', (_name, overrides, expected) => {
    expect(mustReconsiderFirst(act(overrides))).toBe(expected);
  });

  it('records both on the filed case', () => {
    const c = new CaseFile(application({ onTheSpot: true, amountYuan: 200 }));
    expect(c.state.simplifiedEligible).toBe(true);
    expect(c.state.mustReconsiderFirst).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Who may do what, where
// ---------------------------------------------------------------------------------------------

const allRoles = [...roles, 'system'] as const;
const actionNames = Object.keys(cmd) as ActionName[];
const stageNames = Object.keys(inStage) as (keyof typeof inStage)[];
const combos = stageNames.flatMap((stage) =>
  actionNames.flatMap((action) => allRoles.map((role) => [stage, action, role] as const)),
);

describe('every action in every stage for every role', () => {
  const when = bj('2026-02-12T09:30:00');

  test.each(combos)('%s · %s · %s', (stage, action, role) => {
    const c = inStage[stage]();
    const spec = procedure.stages[stage]?.actions[action];
    const d = c.decide(
      actorOf[role],
      cmd[action],
      when,
      numbered.includes(action) ? { number: action === 'forward' ? HD_CASE_NO : DECISION_NO } : undefined,
    );
    if (stage === 'closed') {
      expect(refusalOf(d).code).toBe('case.closed');
    } else if (!spec) {
      expect(refusalOf(d).code).toBe('action.notAllowedInStage');
    } else if (role === 'system' || !spec.roles.includes(role)) {
      const r = refusalOf(d);
      expect(r.code).toBe('action.roleNotAllowed');
      expect(r.messageZh).toContain(spec.labelZh);
    } else if (refusedWithoutPrerequisite[action]) {
      expect(refusalOf(d).code).toBe(refusedWithoutPrerequisite[action]);
    } else {
      // The action's own event first; an action may complete what it starts (e.g. consenting to
      // electronic service serves a decision waiting for that party, which may then take effect).
      const all = eventsOf(d);
      const [event] = all;
      expect(event).toMatchObject({
        type: eventTypeInStage[action]?.[stage] ?? eventTypeOf[action],
        toStage: spec.to,
        actor: actorOf[role],
        at: when.toISOString(),
      });
      // The events fold onto the case and move it where the procedure says.
      c.append(all);
      expect(c.state.stage).toBe(all.at(-1)?.toStage ?? spec.to);
      expect(c.state.version).toBe(c.events.length);
    }
  });

  it('says in Chinese which stage forbids the action', () => {
    const r = refusalOf(inStage.underReview().decide(clerk, cmd.accept, NEXT_DAY));
    expect(r.messageZh).toContain('审理中');
    expect(r.fields).toEqual([{ path: 'action', messageZh: '当前阶段不允许此操作' }]);
  });

  test.each(stageNames)('a stale expectedVersion is refused in %s, before anything else', (stage) => {
    const c = inStage[stage]();
    for (const v of [c.state.version - 1, c.state.version + 1]) {
      const r = refusalOf(c.decide(clerk, cmd.accept, NEXT_DAY, undefined, v));
      expect(r.code).toBe('case.versionStale');
      expect(r.fields?.[0]?.path).toBe('expectedVersion');
      expect(r.messageZh).toContain(`第${c.state.version}版`);
    }
  });

  it('a closed case refuses every action with case.closed', () => {
    for (const closed of [
      inStage.closed(),
      (() => {
        const c = new CaseFile();
        c.act(clerk, cmd.refuse, NEXT_DAY);
        return c;
      })(),
    ]) {
      expect(closed.state.status).toBe('closed');
      for (const action of actionNames)
        for (const role of allRoles)
          expect(refusalOf(closed.decide(actorOf[role], cmd[action], NEXT_DAY)).code).toBe('case.closed');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Acceptance (Arts. 30, 48, 53, 54, 62)
// ---------------------------------------------------------------------------------------------

describe('accept', () => {
  it('ordinary: decision within 60 calendar days, copy to the respondent within 7 working days', () => {
    const c = new CaseFile();
    const [e] = c.act(clerk, cmd.accept, NEXT_DAY);
    expect(e).toMatchObject({ type: 'accepted', data: { track: 'ordinary', acceptedOn: '2026-02-11' } });
    expect(e?.deadlines?.closed).toEqual([
      { key: 'acceptanceReview', status: 'met' },
      { key: 'correctionNotice', status: 'cancelled' },
    ]);
    expect(e?.deadlines?.opened?.map((d) => [d.key, d.ruleId, d.startDate, d.dueDate])).toEqual([
      // 11 Feb + 60 = Sun 12 Apr → Mon 13 Apr.
      ['decision', 'rc.decisionOrdinary', '2026-02-11', '2026-04-13'],
      // 12, 13, 14 (make-up), 24, 25, 26, 27 Feb.
      ['respondentCopy', 'rc.respondentCopyOrdinary', '2026-02-11', '2026-02-27'],
    ]);
    expect(c.deadline('decision').explanationZh).toContain('依《民事诉讼法》第八十五条顺延');
    expect(c.state).toMatchObject({
      stage: 'underReview',
      track: 'ordinary',
      acceptedOn: '2026-02-11',
      deemedAccepted: false,
    });
    expect(c.openKeys()).toEqual(['decision', 'respondentCopy']);
  });

  it('simplified, eligible: decision within 30 calendar days, copy within 3 working days', () => {
    const c = new CaseFile(application({ amountYuan: 2000 }));
    const [e] = c.act(clerk, { ...cmd.accept, track: 'simplified' }, NEXT_DAY);
    expect(e).toMatchObject({ type: 'accepted', data: { track: 'simplified', acceptedOn: '2026-02-11' } });
    expect(e?.deadlines?.opened?.map((d) => [d.key, d.ruleId, d.dueDate])).toEqual([
      ['decision', 'rc.decisionSimplified', '2026-03-13'],
      // 12, 13 and Sat 14 Feb, a make-up working day.
      ['respondentCopy', 'rc.respondentCopySimplified', '2026-02-14'],
    ]);
    expect(c.state.track).toBe('simplified');
  });

  it('simplified when not eligible: refused, unless all parties agree (Art. 53(2))', () => {
    const c = new CaseFile();
    const r = refusalOf(c.decide(clerk, { ...cmd.accept, track: 'simplified' }, NEXT_DAY));
    expect(r.code).toBe('accept.simplifiedNotEligible');
    expect(r.fields?.map((f) => f.path)).toEqual(['track']);
    const [e] = c.act(
      clerk,
      { ...cmd.accept, track: 'simplified', partiesAgreeToSimplified: true },
      NEXT_DAY,
    );
    expect(e).toMatchObject({ type: 'accepted', data: { track: 'simplified' } });
    expect(c.deadline('decision').ruleId).toBe('rc.decisionSimplified');
  });

  it('dates the acceptance by the Beijing calendar: 00:30 on 11 Feb is 16:30 UTC on the 10th', () => {
    const c = new CaseFile();
    const [e] = c.act(clerk, cmd.accept, bj('2026-02-11T00:30:00'));
    expect(e).toMatchObject({ at: '2026-02-10T16:30:00.000Z', data: { acceptedOn: '2026-02-11' } });
    expect(c.deadline('decision').startDate).toBe('2026-02-11');
  });

  it('the office head may accept as well as the clerk', () => {
    const c = new CaseFile();
    const [e] = c.act(actorOf.officeHead, cmd.accept, NEXT_DAY);
    expect(e?.actor.role).toBe('officeHead');
  });
});

// ---------------------------------------------------------------------------------------------
// Refusal (Art. 30)
// ---------------------------------------------------------------------------------------------

describe('refuse', () => {
  it('closes the case, meeting the review period and cancelling the rest', () => {
    const c = new CaseFile();
    const [e] = c.act(
      clerk,
      { action: 'refuse', reasons: ['outsideScope', 'notInterestedParty'], noteZh: '见说明' },
      NEXT_DAY,
    );
    expect(e).toMatchObject({
      type: 'refused',
      toStage: 'closed',
      data: { reasons: ['outsideScope', 'notInterestedParty'], noteZh: '见说明' },
      deadlines: {
        closed: [
          { key: 'acceptanceReview', status: 'met' },
          { key: 'correctionNotice', status: 'cancelled' },
        ],
      },
    });
    expect(c.state.status).toBe('closed');
    expect(c.state.closure).toEqual({
      kind: 'refused',
      on: '2026-02-11',
      detailZh: `${refusalReasonsZh.outsideScope}；${refusalReasonsZh.notInterestedParty}`,
    });
    expect(c.openKeys()).toEqual([]);
  });

  it('for want of jurisdiction, requires the competent body', () => {
    const c = new CaseFile();
    const r = refusalOf(c.decide(clerk, { action: 'refuse', reasons: ['wrongBody'] }, NEXT_DAY));
    expect(r.code).toBe('refusal.competentBodyRequired');
    expect(r.fields?.map((f) => f.path)).toEqual(['competentBodyId']);
  });

  test.each([
    ['an unknown body', 'gov-nowhere'],
    ['this very body', 'gov-xn'],
  ])('for want of jurisdiction, refuses to name %s as competent', (_name, competentBodyId) => {
    const c = new CaseFile();
    const r = refusalOf(
      c.decide(clerk, { action: 'refuse', reasons: ['wrongBody'], competentBodyId }, NEXT_DAY),
    );
    expect(r.code).toBe('refusal.competentBodyUnknown');
    expect(r.fields?.map((f) => f.path)).toEqual(['competentBodyId']);
  });

  it('for want of jurisdiction, tells the applicant where to apply', () => {
    const c = new CaseFile();
    const [e] = c.act(
      clerk,
      { action: 'refuse', reasons: ['wrongBody'], competentBodyId: 'gov-hd' },
      NEXT_DAY,
    );
    expect(e).toMatchObject({ data: { competentBodyId: 'gov-hd', competentBodyNameZh: '海东市人民政府' } });
    expect(c.state.closure?.detailZh).toContain('请向有管辖权的海东市人民政府申请');
  });

  it('ignores a competent body given for another reason', () => {
    const c = new CaseFile();
    const [e] = c.act(clerk, { action: 'refuse', reasons: ['late'], competentBodyId: 'gov-hd' }, NEXT_DAY);
    expect(e?.type === 'refused' && e.data).toEqual({ reasons: ['late'] });
  });
});

// ---------------------------------------------------------------------------------------------
// Correction (Art. 31)
// ---------------------------------------------------------------------------------------------

describe('correction', () => {
  const twoItems = {
    action: 'requestCorrection',
    items: [
      { field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' },
      { field: 'idCopy', descriptionZh: '请提交身份证复印件' },
    ],
  } as const satisfies Cmd;

  it('a notice stops the review period and gives the applicant 10 working days', () => {
    const c = new CaseFile();
    const [e] = c.act(clerk, twoItems, NEXT_DAY);
    expect(e).toMatchObject({ type: 'correctionRequested', toStage: 'awaitingCorrection' });
    expect(e?.deadlines?.closed).toEqual([
      { key: 'acceptanceReview', status: 'cancelled' },
      { key: 'correctionNotice', status: 'met' },
    ]);
    const response = e?.deadlines?.opened?.[0];
    // 12, 13, 14 (make-up), 24, 25, 26, 27, 28 (make-up) Feb, 2, 3 Mar.
    expect(response).toMatchObject({
      key: 'correctionResponse',
      ruleId: 'rc.correctionResponse',
      responsible: 'applicant',
      startDate: '2026-02-11',
      dueDate: '2026-03-03',
      warnOn: '2026-03-02',
    });
    expect(response?.computation.makeupDaysCounted.map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(c.state.correction).toEqual({ items: twoItems.items, requestedAt: NEXT_DAY.toISOString() });
    expect(c.openKeys()).toEqual(['correctionResponse']);
  });

  it('may be sent until 24:00 of the 5th working day, not after', () => {
    expect(new CaseFile().decide(clerk, cmd.requestCorrection, bj('2026-02-24T23:59:59.999')).ok).toBe(true);
    const r = refusalOf(new CaseFile().decide(clerk, cmd.requestCorrection, bj('2026-02-25T00:00:00')));
    expect(r.code).toBe('correction.noticePeriodExpired');
    expect(r.messageZh).toContain('2026-02-24');
  });

  it('must answer every item: the refusal names the missing ones', () => {
    const c = new CaseFile();
    c.act(clerk, twoItems, NEXT_DAY);
    const one = refusalOf(
      c.decide(
        applicant,
        { action: 'submitCorrection', answers: [{ field: 'evidence', textZh: '已上传' }] },
        NEXT_DAY,
      ),
    );
    expect(one.code).toBe('request.invalid');
    expect(one.fields).toEqual([{ path: 'answers.idCopy', messageZh: '尚未补正：请提交身份证复印件' }]);
    const none = refusalOf(
      c.decide(
        applicant,
        { action: 'submitCorrection', answers: [{ field: 'other', textZh: '无关内容' }] },
        NEXT_DAY,
      ),
    );
    expect(none.fields?.map((f) => f.path)).toEqual(['answers.evidence', 'answers.idCopy']);
  });

  it('a complete correction restarts the review from the day it is received', () => {
    const c = new CaseFile();
    c.act(clerk, twoItems, NEXT_DAY);
    const answers = [
      { field: 'evidence', textZh: '已上传' },
      { field: 'idCopy', textZh: '已上传' },
    ];
    const [e] = c.act(applicant, { action: 'submitCorrection', answers }, bj('2026-02-27T15:00:00'));
    expect(e).toMatchObject({
      type: 'correctionSubmitted',
      toStage: 'acceptanceReview',
      data: { answers, receivedOn: '2026-02-27' },
      deadlines: { closed: [{ key: 'correctionResponse', status: 'met' }] },
    });
    // 28 Feb (make-up), 2, 3, 4, 5 Mar.
    expect(c.deadline('acceptanceReview')).toMatchObject({
      startDate: '2026-02-27',
      dueDate: '2026-03-05',
      status: 'open',
    });
    expect(c.state).toMatchObject({ stage: 'acceptanceReview', receivedOn: '2026-02-27' });
    expect(c.state.correction?.submittedAt).toBe(bj('2026-02-27T15:00:00').toISOString());
    // The notice window is spent: it is not reopened.
    expect(c.openKeys()).toEqual(['acceptanceReview']);
    expect(c.deadline('correctionNotice').status).toBe('met');
  });

  it('only once: a second notice after the correction is refused', () => {
    const c = new CaseFile();
    c.act(clerk, cmd.requestCorrection, NEXT_DAY);
    c.act(applicant, cmd.submitCorrection, bj('2026-02-12T09:00:00'));
    const r = refusalOf(c.decide(clerk, cmd.requestCorrection, bj('2026-02-12T10:00:00')));
    expect(r.code).toBe('correction.alreadyRequested');
    expect(r.messageZh).toContain('一次性');
  });

  it('the review restarted by the correction is deemed accepted at its own end', () => {
    const c = new CaseFile();
    c.act(clerk, cmd.requestCorrection, NEXT_DAY);
    c.act(applicant, cmd.submitCorrection, bj('2026-02-27T15:00:00'));
    expect(c.clock(bj('2026-03-05T23:59:59')).map((e) => e.type)).toEqual(['deadlineWarned']);
    const [e] = c.clock(bj('2026-03-06T00:00:00'));
    expect(e).toMatchObject({ type: 'deemedAccepted', data: { acceptedOn: '2026-03-05' } });
  });
});

// ---------------------------------------------------------------------------------------------
// Forwarding to the competent body
// ---------------------------------------------------------------------------------------------

describe('forward', () => {
  it('first asks for a case number at the receiving body', () => {
    const d = new CaseFile().decide(clerk, cmd.forward, NEXT_DAY);
    expect(d).toEqual({ ok: true, value: { kind: 'needsCaseNumber', bodyId: 'gov-hd' } });
  });

  it('with the number, moves the case to the new body and restarts review and correction windows', () => {
    const c = new CaseFile();
    const [e] = c.act(clerk, { ...cmd.forward, noteZh: '被申请人系海东市所属部门' }, NEXT_DAY, {
      number: HD_CASE_NO,
    });
    expect(e).toMatchObject({
      type: 'forwarded',
      toStage: 'acceptanceReview',
      data: {
        fromBodyId: 'gov-xn',
        toBodyId: 'gov-hd',
        toBodyNameZh: '海东市人民政府',
        caseNumber: HD_CASE_NO,
        receivedOn: '2026-02-11',
        noteZh: '被申请人系海东市所属部门',
      },
    });
    expect(e?.deadlines?.closed).toEqual([
      { key: 'acceptanceReview', status: 'met' },
      { key: 'correctionNotice', status: 'cancelled' },
    ]);
    // 12, 13, 14 (make-up), 24, 25 Feb.
    expect(e?.deadlines?.opened?.map((d) => [d.key, d.startDate, d.dueDate])).toEqual([
      ['acceptanceReview', '2026-02-11', '2026-02-25'],
      ['correctionNotice', '2026-02-11', '2026-02-25'],
    ]);
    expect(c.state).toMatchObject({
      bodyId: 'gov-hd',
      bodyNameZh: '海东市人民政府',
      caseNumber: HD_CASE_NO,
      receivedOn: '2026-02-11',
      forwardedFrom: [CASE_NO],
      stage: 'acceptanceReview',
      status: 'open',
    });
    expect(c.openKeys()).toEqual(['acceptanceReview', 'correctionNotice']);
    expect(c.deadline('acceptanceReview').dueDate).toBe('2026-02-25');
  });

  test.each([
    ['this very body', 'gov-xn'],
    ['an unknown body', 'gov-nowhere'],
  ])('refuses %s as the target', (_name, toBodyId) => {
    const c = new CaseFile();
    for (const allocated of [undefined, { number: HD_CASE_NO }]) {
      const r = refusalOf(c.decide(clerk, { action: 'forward', toBodyId }, NEXT_DAY, allocated));
      expect(r.code).toBe('forward.targetInvalid');
      expect(r.fields?.map((f) => f.path)).toEqual(['toBodyId']);
    }
  });

  it('lets the receiving body send its own correction notice', () => {
    const c = new CaseFile();
    c.act(clerk, cmd.requestCorrection, NEXT_DAY);
    c.act(applicant, cmd.submitCorrection, bj('2026-02-12T09:00:00'));
    c.act(clerk, cmd.forward, bj('2026-02-12T10:00:00'), { number: HD_CASE_NO });
    expect(c.state.correction).toBeUndefined();
    const hdClerk: Actor = { userId: 'c2', role: 'clerk', nameZh: '马丽', bodyId: 'gov-hd' };
    expect(c.act(hdClerk, cmd.requestCorrection, bj('2026-02-13T10:00:00'))[0]?.type).toBe(
      'correctionRequested',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Withdrawal
// ---------------------------------------------------------------------------------------------

describe('withdraw', () => {
  test.each(['acceptanceReview', 'awaitingCorrection'] as const)(
    'before acceptance, from %s, closes every open deadline as cancelled',
    (stage) => {
      const c = inStage[stage]();
      const open = c.openKeys();
      expect(open.length).toBeGreaterThan(0);
      const [e] = c.act(applicant, cmd.withdraw, bj('2026-02-12T09:00:00'));
      expect(e).toMatchObject({
        type: 'withdrawn',
        toStage: 'closed',
        data: { reasonZh: cmd.withdraw.reasonZh },
      });
      expect(e?.deadlines?.closed?.map((x) => x.key).sort()).toEqual(open);
      expect(new Set(e?.deadlines?.closed?.map((x) => x.status))).toEqual(new Set(['cancelled']));
      expect(e?.deadlines?.opened).toBeUndefined();
      expect(c.state).toMatchObject({
        status: 'closed',
        stage: 'closed',
        closure: { kind: 'withdrawn', on: '2026-02-12', detailZh: cmd.withdraw.reasonZh },
      });
      expect(c.openKeys()).toEqual([]);
      for (const key of open) expect(c.deadline(key).closedAt).toBe(bj('2026-02-12T09:00:00').toISOString());
    },
  );
});

// ---------------------------------------------------------------------------------------------
// The clock as data
// ---------------------------------------------------------------------------------------------

describe('applyClock: what the clock does by a given instant', () => {
  it('does nothing before the warning day', () => {
    expect(applyClock(new CaseFile().state, bj('2026-02-13T23:59:59.999'), calendar)).toEqual([]);
  });

  it('warns on the warning day, once per deadline, as the system', () => {
    const c = new CaseFile();
    const events = c.clock(bj('2026-02-14T00:00:00'));
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['deadlineWarned', { key: 'acceptanceReview', dueDate: '2026-02-24' }],
      ['deadlineWarned', { key: 'correctionNotice', dueDate: '2026-02-24' }],
    ]);
    for (const e of events) expect(e.actor.role).toBe('system');
    expect(c.deadline('acceptanceReview').warned).toBe(true);
    expect(c.state.stage).toBe('acceptanceReview');
    expect(c.clock(bj('2026-02-20T12:00:00'))).toEqual([]);
    expect(c.clock(bj('2026-02-24T23:59:59.999'))).toEqual([]);
  });

  it('deems the application accepted when the 5th working day has ended (Art. 30)', () => {
    const c = new CaseFile();
    const [e, ...rest] = c.clock(bj('2026-02-25T00:00:00'));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      type: 'deemedAccepted',
      toStage: 'underReview',
      actor: { role: 'system' },
      data: { track: 'ordinary', acceptedOn: '2026-02-24' },
      deadlines: {
        closed: [
          { key: 'acceptanceReview', status: 'lapsed' },
          { key: 'correctionNotice', status: 'cancelled' },
        ],
      },
    });
    // Counted from the last day of the review period, not from when the clock ran.
    expect(e?.deadlines?.opened?.map((d) => [d.key, d.ruleId, d.startDate, d.dueDate])).toEqual([
      // 24 Feb + 60 = Sat 25 Apr → Mon 27 Apr.
      ['decision', 'rc.decisionOrdinary', '2026-02-24', '2026-04-27'],
      // 25, 26, 27, 28 (make-up) Feb, 2, 3, 4 Mar.
      ['respondentCopy', 'rc.respondentCopyOrdinary', '2026-02-24', '2026-03-04'],
    ]);
    expect(c.state).toMatchObject({
      stage: 'underReview',
      status: 'open',
      track: 'ordinary',
      acceptedOn: '2026-02-24',
      deemedAccepted: true,
    });
  });

  it('applied 30 days late, makes the same lapse events, in due-date order, as when driven on time', () => {
    const onTime = new CaseFile();
    const driven = onTime.runClockUntil(bj('2026-03-27T00:00:00'));
    const late = new CaseFile();
    const batch = late.clock(bj('2026-03-27T00:00:00'));

    expect(batch.map((e) => [e.type, e.data])).toEqual([
      ['deemedAccepted', { track: 'ordinary', acceptedOn: '2026-02-24' }],
      ['deadlineOverdue', { key: 'respondentCopy', dueDate: '2026-03-04' }],
    ]);
    const strip = (e: NewCaseEvent) => ({
      type: e.type,
      data: e.data,
      toStage: e.toStage,
      opened: e.deadlines?.opened,
    });
    expect(batch.map(strip)).toEqual(driven.filter((e) => e.type !== 'deadlineWarned').map(strip));
    // Driven on time, the warnings came first, each on its day.
    expect(driven.filter((e) => e.type === 'deadlineWarned').map((e) => e.at)).toEqual([
      bj('2026-02-14T00:00:00').toISOString(),
      bj('2026-02-14T00:00:00').toISOString(),
      bj('2026-03-03T00:00:00').toISOString(),
    ]);
    const summary = (c: CaseFile) =>
      Object.values(c.state.deadlines).map((d) => [d.key, d.status, d.dueDate, d.overdue ?? false]);
    expect(summary(late)).toEqual(summary(onTime));
    expect(late.state.stage).toBe(onTime.state.stage);
    expect(late.state.acceptedOn).toBe(onTime.state.acceptedOn);
  });

  it('deems the application abandoned when the correction period ends in silence (Art. 31)', () => {
    const c = new CaseFile();
    c.act(clerk, cmd.requestCorrection, NEXT_DAY);
    expect(c.clock(bj('2026-03-03T23:59:59')).map((e) => e.type)).toEqual(['deadlineWarned']);
    const [e, ...rest] = c.clock(bj('2026-03-04T00:00:00'));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      type: 'deemedAbandoned',
      toStage: 'closed',
      data: { correctionDueDate: '2026-03-03' },
      deadlines: { closed: [{ key: 'correctionResponse', status: 'lapsed' }] },
    });
    expect(c.state.status).toBe('closed');
    expect(c.state.closure).toMatchObject({ kind: 'abandoned', on: '2026-03-04' });
    expect(c.state.closure?.detailZh).toContain('第三十一条');
    expect(c.clock(bj('2026-04-01T00:00:00'))).toEqual([]);
  });

  it('alerts an overdue decision once, and keeps the deadline open until it is met', () => {
    const c = new CaseFile();
    c.act(clerk, cmd.accept, NEXT_DAY);
    const events = c.clock(bj('2026-04-14T00:00:00'));
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['deadlineOverdue', { key: 'respondentCopy', dueDate: '2026-02-27' }],
      ['deadlineOverdue', { key: 'decision', dueDate: '2026-04-13' }],
    ]);
    expect(c.deadline('decision')).toMatchObject({ status: 'open', overdue: true });
    expect(c.clock(bj('2026-04-15T00:00:00'))).toEqual([]);
    expect(c.clock(bj('2026-06-01T00:00:00'))).toEqual([]);
    expect(c.state).toMatchObject({ status: 'open', stage: 'underReview' });
  });

  it('a correction-notice window that lapses on its own closes as lapsed and bars a late notice', () => {
    // The review period is shown running longer than the notice window, to isolate the 'lapse' effect.
    const c = new CaseFile();
    const review = c.deadline('acceptanceReview');
    c.state = {
      ...c.state,
      deadlines: {
        ...c.state.deadlines,
        acceptanceReview: { ...review, dueDate: '2026-03-05', warnOn: '2026-03-04', warned: true },
      },
    };
    const events = applyClock(c.state, bj('2026-02-25T00:00:00'), calendar);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'deadlineLapsed',
        data: { key: 'correctionNotice', dueDate: '2026-02-24' },
        deadlines: { closed: [{ key: 'correctionNotice', status: 'lapsed' }] },
      }),
    ]);
    const after = evolve(c.state, { ...(events[0] as NewCaseEvent), seq: c.state.version + 1 } as CaseEvent);
    expect(after.deadlines.correctionNotice?.status).toBe('lapsed');
    expect(after.stage).toBe('acceptanceReview');
    const r = refusalOf(
      decideAction(
        after,
        { ...cmd.requestCorrection, expectedVersion: after.version },
        { actor: clerk, now: bj('2026-02-25T09:00:00'), calendar },
      ),
    );
    expect(r.code).toBe('correction.noticePeriodExpired');
  });

  it('does nothing on a closed case', () => {
    const c = inStage.closed();
    expect(applyClock(c.state, bj('2027-01-01T00:00:00'), calendar)).toEqual([]);
  });
});

describe('nextClockInstant: when the clock must look next', () => {
  it('is the start of the warning day, then the end of the due day', () => {
    const c = new CaseFile();
    expect(nextClockInstant(c.state)).toEqual(startOfShanghaiDay('2026-02-14'));
    expect(nextClockInstant(c.state)?.toISOString()).toBe('2026-02-13T16:00:00.000Z');
    c.clock(bj('2026-02-14T08:00:00'));
    expect(nextClockInstant(c.state)).toEqual(endOfShanghaiDay('2026-02-24'));
    expect(nextClockInstant(c.state)?.toISOString()).toBe('2026-02-24T16:00:00.000Z');
  });

  it('is the earliest pending instant over all open deadlines', () => {
    const c = new CaseFile();
    c.act(clerk, cmd.accept, NEXT_DAY); // respondentCopy warns Thu 26 Feb; decision warns 10 Apr
    expect(nextClockInstant(c.state)).toEqual(startOfShanghaiDay('2026-02-26'));
    c.clock(bj('2026-02-26T09:00:00'));
    expect(nextClockInstant(c.state)).toEqual(endOfShanghaiDay('2026-02-27'));
    c.clock(bj('2026-02-28T00:00:00'));
    expect(nextClockInstant(c.state)).toEqual(startOfShanghaiDay(c.deadline('decision').warnOn));
  });

  it('is undefined once the case is closed, or when every open deadline is already overdue', () => {
    expect(nextClockInstant(inStage.closed().state)).toBeUndefined();
    const c = new CaseFile();
    c.act(clerk, cmd.accept, NEXT_DAY);
    c.clock(bj('2026-05-01T00:00:00'));
    expect(nextClockInstant(c.state)).toBeUndefined();
  });
});

describe('timerSeconds: task timeouts', () => {
  const now = bj('2026-02-10T10:00:00');
  it('is capped at twenty days, below what the local engine can time (about 24.8 days)', () => {
    expect(TIMER_CAP_SECONDS).toBe(20 * 86_400);
    expect(TIMER_CAP_SECONDS * 1000).toBeLessThan(2 ** 31 - 1);
    expect(timerSeconds(now, bj('2026-03-10T10:00:00'))).toBe(20 * 86_400);
    expect(timerSeconds(now, bj('2026-03-01T10:00:00'))).toBe(19 * 86_400);
    expect(timerSeconds(now, undefined)).toBe(20 * 86_400);
  });
  it('rounds up, and is at least 1 second', () => {
    expect(timerSeconds(now, new Date(now.getTime() + 90_200))).toBe(91);
    expect(timerSeconds(now, new Date(now.getTime() + 86_399_000))).toBe(86_399);
    expect(timerSeconds(now, now)).toBe(1);
    expect(timerSeconds(now, new Date(now.getTime() - 60_000))).toBe(1);
  });
  it('times the wait for the next clock instant of a case', () => {
    const c = new CaseFile();
    // Filed Tue 10 Feb 10:00: the next act of the clock is the warning at 00:00 on Sat 14 Feb.
    expect(timerSeconds(FILED_AT, nextClockInstant(c.state))).toBe(3 * 86_400 + 14 * 3600);
    expect(timerSeconds(bj('2026-02-13T23:59:30'), nextClockInstant(c.state))).toBe(30);
  });
});

// ---------------------------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------------------------

describe('fold: the state is a function of the event log', () => {
  /** A long life: correction, forward, acceptance, warnings, overdue alerts, withdrawal. */
  function longLife(): CaseFile {
    const c = new CaseFile();
    c.clock(bj('2026-02-11T00:00:00'));
    c.act(clerk, cmd.requestCorrection, NEXT_DAY);
    c.runClockUntil(bj('2026-03-02T12:00:00'));
    c.act(applicant, cmd.submitCorrection, bj('2026-03-02T15:00:00'));
    c.act(clerk, cmd.forward, bj('2026-03-03T10:00:00'), { number: HD_CASE_NO });
    c.runClockUntil(bj('2026-05-31T00:00:00'));
    // Accepted (deemed), so the withdrawal needs the office head's approval (Arts. 41, 74).
    c.act(applicant, cmd.withdraw, bj('2026-06-01T09:00:00'));
    c.act({ ...actorOf.officeHead, bodyId: 'gov-hd' }, cmd.approveWithdrawal, bj('2026-06-01T11:00:00'));
    return c;
  }

  it('rebuilding from the full log equals the state built event by event', () => {
    const c = longLife();
    expect(c.events.map((e) => e.type)).toEqual([
      'caseFiled',
      'correctionRequested',
      'deadlineWarned',
      'correctionSubmitted',
      'forwarded',
      'deadlineWarned',
      'deadlineWarned',
      'deemedAccepted',
      'deadlineWarned',
      'deadlineOverdue',
      'deadlineWarned',
      'deadlineOverdue',
      'withdrawalRequested',
      'withdrawalApproved',
    ]);
    let incremental: CaseState | undefined;
    for (const e of c.events) incremental = foldEvents(CASE_ID, [e], incremental);
    const rebuilt = foldEvents(CASE_ID, c.events);
    expect(rebuilt).toEqual(incremental);
    expect(rebuilt).toEqual(c.state);
    expect(rebuilt).toMatchObject({
      id: CASE_ID,
      version: c.events.length,
      updatedAt: c.events.at(-1)?.at,
      status: 'closed',
      bodyId: 'gov-hd',
      forwardedFrom: [CASE_NO],
      deemedAccepted: true,
    });
  });

  it('folding any prefix, then the rest, gives the same state', () => {
    const c = longLife();
    for (let i = 1; i < c.events.length; i++) {
      const prefix = foldEvents(CASE_ID, c.events.slice(0, i));
      expect(foldEvents(CASE_ID, c.events.slice(i), prefix)).toEqual(c.state);
    }
  });

  it('an empty log is no case; an event before the filing is an error', () => {
    expect(foldEvents(CASE_ID, [])).toBeUndefined();
    const c = inStage.closed();
    expect(() => evolve(undefined, c.events[1] as CaseEvent)).toThrow(/before caseFiled/);
  });
});
