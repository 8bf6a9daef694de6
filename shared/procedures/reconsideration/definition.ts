import type { ProcedureDefinition } from '../../domain/procedure';

const bodyStaff = ['clerk', 'officeHead'] as const;
const officeHead = ['officeHead'] as const;
/** Electronic service needs the party's own consent (送达地址确认), given at any point before service. */
/** Citizens of every relation to the case: the applicant's side and third parties (each for their own side). */
const everyParty = ['applicant', 'agent', 'thirdParty'] as const;
/** Electronic service needs the party's own consent (送达地址确认), given at any point before service. */
const consentToElectronicService = <const S extends string>(stage: S) =>
  ({
    labelZh: '同意电子送达',
    roles: ['applicant'],
    // Each party consents for their own side: the applicant (or an agent for them), a third party.
    parties: everyParty,
    to: stage,
    // In service, a consent serves the waiting decision, which may then take effect.
    ...(stage === 'service' ? { orTo: ['effective'] } : {}),
  }) as const;
/** Art. 73: the 调解书 in effect concludes the case within the decision period. */
const mediationTakesEffect = { to: 'closed', closes: { decision: 'met', '*': 'cancelled' } } as const;
/**
 * Art. 17: the applicant tells the body in writing of a new agent or a change of authority; the
 * body records it. The applicant themselves, never an agent, changes who acts for them.
 */
const agentActions = <const S extends string>(stage: S) =>
  ({
    appointAgent: {
      labelZh: '登记或更换代理人',
      roles: ['applicant', 'clerk', 'officeHead'],
      parties: ['applicant'],
      to: stage,
    },
    dismissAgent: {
      labelZh: '解除代理人委托',
      roles: ['applicant', 'clerk', 'officeHead'],
      parties: ['applicant'],
      to: stage,
    },
  }) as const;

/**
 * Administrative reconsideration (行政复议) as data: stages, who may do what in each, where each
 * action leads, which deadlines open and close, and what the clock does when one lapses. The
 * engine runs it; the one state machine in statemachines/ takes its stages as data.
 */
export const reconsiderationProcedure = {
  id: 'reconsideration',
  labelZh: '行政复议',
  initialStage: 'acceptanceReview',
  warningRule: 'dueSoonWarning',
  filingRoles: ['applicant'],
  onFiling: { opens: ['acceptanceReview', 'correctionNotice'] },
  deadlines: {
    acceptanceReview: {
      rule: 'acceptanceReview',
      responsible: 'body',
      startEventZh: '收到行政复议申请',
      onLapse: { transition: 'deemedAccepted' },
    },
    correctionNotice: {
      rule: 'correctionNotice',
      responsible: 'body',
      startEventZh: '收到行政复议申请',
      onLapse: 'lapse',
    },
    correctionResponse: {
      rule: 'correctionResponse',
      responsible: 'applicant',
      startEventZh: '收到补正通知',
      onLapse: { transition: 'deemedAbandoned' },
    },
    respondentCopy: {
      rule: { ordinary: 'respondentCopyOrdinary', simplified: 'respondentCopySimplified' },
      responsible: 'body',
      startEventZh: '受理行政复议申请',
      onLapse: 'overdueAlert',
    },
    // Art. 48 / 54: counted from the day the respondent receives the copy (online: the day it is
    // sent; by post: the day of receipt the clerk records from the return receipt).
    respondentReply: {
      rule: { ordinary: 'respondentReplyOrdinary', simplified: 'respondentReplySimplified' },
      responsible: 'respondent',
      startEventZh: '被申请人收到行政复议申请书副本',
      onLapse: 'lapse',
    },
    decision: {
      rule: { ordinary: 'decisionOrdinary', simplified: 'decisionSimplified' },
      responsible: 'body',
      startEventZh: '受理行政复议申请',
      onLapse: 'overdueAlert',
    },
    // Art. 41(1)(5): a suspension on grounds 1, 2 or 4 not resolved within 60 days ends the case.
    suspensionLimit: {
      rule: 'suspensionTermination',
      responsible: 'body',
      startEventZh: '中止行政复议',
      onLapse: { transition: 'terminatedAfterSuspension' },
    },
    // Admin. Litigation Law Art. 45: the applicant may sue within 15 days of receiving the decision.
    litigationPeriod: {
      rule: 'litigationAfterDecision',
      responsible: 'applicant',
      startEventZh: '收到行政复议决定书',
      onLapse: { transition: 'decisionFinal' },
    },
  },
  stages: {
    acceptanceReview: {
      labelZh: '受理审查',
      kind: 'waiting',
      actions: {
        accept: {
          labelZh: '予以受理',
          roles: bodyStaff,
          to: 'underReview',
          closes: { acceptanceReview: 'met', correctionNotice: 'cancelled' },
          opens: ['decision', 'respondentCopy'],
        },
        refuse: {
          labelZh: '决定不予受理',
          roles: bodyStaff,
          to: 'closed',
          closes: { acceptanceReview: 'met', '*': 'cancelled' },
        },
        requestCorrection: {
          labelZh: '通知补正',
          roles: bodyStaff,
          to: 'awaitingCorrection',
          // Art. 31: the review period restarts when the correction is received.
          closes: { acceptanceReview: 'cancelled', correctionNotice: 'met' },
          opens: ['correctionResponse'],
        },
        forward: {
          labelZh: '转送有管辖权的复议机关',
          roles: bodyStaff,
          to: 'acceptanceReview',
          closes: { acceptanceReview: 'met', '*': 'cancelled' },
          opens: ['acceptanceReview', 'correctionNotice'],
        },
        withdraw: { labelZh: '撤回申请', roles: ['applicant'], to: 'closed', closes: { '*': 'cancelled' } },
        // Art. 74(2): an application after an approved withdrawal of the same claim, stated by the
        // applicant to have been against their true will. Found genuine, the case is not accepted;
        // found not genuine, the finding is recorded and the review goes on (the event stays).
        assessPriorWithdrawal: {
          labelZh: '审查前次撤回是否出于真实意思',
          roles: bodyStaff,
          to: 'closed',
          closes: { acceptanceReview: 'met', '*': 'cancelled' },
        },
        recordRepresentatives: { labelZh: '登记代表人', roles: bodyStaff, to: 'acceptanceReview' },
        ...agentActions('acceptanceReview'),
      },
    },
    awaitingCorrection: {
      labelZh: '等待补正',
      kind: 'waiting',
      actions: {
        submitCorrection: {
          labelZh: '提交补正材料',
          roles: ['applicant'],
          to: 'acceptanceReview',
          closes: { correctionResponse: 'met' },
          opens: ['acceptanceReview'],
        },
        withdraw: { labelZh: '撤回申请', roles: ['applicant'], to: 'closed', closes: { '*': 'cancelled' } },
        ...agentActions('awaitingCorrection'),
      },
    },
    underReview: {
      labelZh: '审理中',
      kind: 'waiting',
      actions: {
        // Sent online, the respondent has it the same day and the reply period opens; sent by
        // post, it opens when the clerk records the day of receipt (recordCopyReceipt).
        sendCopy: {
          labelZh: '发送申请书副本',
          roles: bodyStaff,
          to: 'underReview',
          closes: { respondentCopy: 'met' },
          opens: ['respondentReply'],
        },
        recordCopyReceipt: {
          labelZh: '登记被申请人收到副本日期',
          roles: bodyStaff,
          to: 'underReview',
          opens: ['respondentReply'],
        },
        // Art. 48: the written reply with the evidence and the basis of the act.
        submitReply: {
          labelZh: '提交书面答复及证据、依据',
          roles: ['respondent'],
          to: 'underReview',
          closes: { respondentReply: 'met' },
        },
        // Art. 49: in the ordinary procedure the parties' opinions are heard and recorded.
        recordOpinions: { labelZh: '听取当事人意见', roles: bodyStaff, to: 'underReview' },
        // Art. 55: a simplified case goes to the ordinary procedure with the office head's approval.
        convertToOrdinary: { labelZh: '批准转为普通程序', roles: officeHead, to: 'underReview' },
        // Arts. 50, 52: a major, difficult or complex case must be heard and put to the committee.
        markComplexity: { labelZh: '认定案件复杂程度', roles: bodyStaff, to: 'underReview' },
        // Arts. 50–51: the hearing — on request, by the office's decision, or (major cases) by law.
        requestHearing: { labelZh: '请求听证', roles: ['applicant'], to: 'underReview' },
        decideHearingRequest: { labelZh: '决定是否举行听证', roles: bodyStaff, to: 'underReview' },
        orderHearing: { labelZh: '决定举行听证', roles: bodyStaff, to: 'underReview' },
        assignHearingPanel: { labelZh: '确定听证人员', roles: bodyStaff, to: 'underReview' },
        applyForRecusal: {
          labelZh: '申请听证人员回避',
          roles: ['applicant', 'respondent'],
          to: 'underReview',
        },
        // The head of the reconsideration office decides on a recusal.
        decideRecusal: { labelZh: '决定听证人员是否回避', roles: officeHead, to: 'underReview' },
        scheduleHearing: { labelZh: '安排听证并发出听证通知书', roles: bodyStaff, to: 'underReview' },
        postponeHearing: { labelZh: '延期举行听证', roles: bodyStaff, to: 'underReview' },
        recordHearingHeld: { labelZh: '登记听证举行情况', roles: bodyStaff, to: 'underReview' },
        // The panel's recorder writes the record; every participant confirms it online.
        draftHearingRecord: { labelZh: '制作听证笔录', roles: bodyStaff, to: 'underReview' },
        confirmHearingRecord: {
          labelZh: '签署听证笔录',
          roles: ['applicant', 'respondent', 'committeeMember', ...bodyStaff],
          to: 'underReview',
        },
        recordSignatureRefusal: { labelZh: '记明拒绝签字情况', roles: bodyStaff, to: 'underReview' },
        // Art. 52: the reconsideration committee's advisory opinion.
        referToCommittee: { labelZh: '提请行政复议委员会咨询', roles: bodyStaff, to: 'underReview' },
        giveCommitteeOpinion: { labelZh: '提出咨询意见', roles: ['committeeMember'], to: 'underReview' },
        recordCommitteeOpinion: { labelZh: '记录委员会咨询意见', roles: bodyStaff, to: 'underReview' },
        // Arts. 39–40: every open deadline stops (the pause convention).
        suspend: { labelZh: '中止审理', roles: bodyStaff, to: 'suspended', opens: ['suspensionLimit'] },
        // Art. 62: once, at most 30 days, with the office head's approval.
        extendDecisionPeriod: { labelZh: '批准延长审理期限', roles: officeHead, to: 'underReview' },
        // Art. 41: termination on its other grounds.
        terminate: {
          labelZh: '终止行政复议',
          roles: officeHead,
          to: 'closed',
          closes: { '*': 'cancelled' },
        },
        // Art. 41(1)(1) / Art. 74: after acceptance a withdrawal (e.g. after a settlement) needs approval.
        withdraw: { labelZh: '申请撤回行政复议申请', roles: ['applicant'], to: 'withdrawalReview' },
        draftDecision: { labelZh: '拟定行政复议决定', roles: bodyStaff, to: 'decisionReview' },
        consentToElectronicService: consentToElectronicService('underReview'),
        // Art. 16: a third party invited by the body, or admitted on their written application.
        inviteThirdParty: { labelZh: '通知第三人参加行政复议', roles: bodyStaff, to: 'underReview' },
        recordThirdPartyApplication: {
          labelZh: '登记第三人参加申请',
          roles: bodyStaff,
          to: 'underReview',
        },
        decideThirdPartyApplication: {
          labelZh: '审查第三人参加申请',
          roles: bodyStaff,
          to: 'underReview',
        },
        recordRepresentatives: { labelZh: '登记代表人', roles: bodyStaff, to: 'underReview' },
        ...agentActions('underReview'),
        // Arts. 5, 73: mediation is voluntary — every party consents, and the last consent moves
        // the case to mediation (an earlier answer, or a refusal, leaves it in review); a party's
        // written answer is recorded by the clerk.
        proposeMediation: { labelZh: '提议调解', roles: bodyStaff, to: 'underReview' },
        consentToMediation: {
          labelZh: '答复是否同意调解',
          roles: ['applicant', 'respondent'],
          parties: everyParty,
          to: 'mediation',
        },
        recordMediationConsent: {
          labelZh: '登记当事人对调解的意见',
          roles: bodyStaff,
          to: 'mediation',
        },
      },
    },
    // Art. 73: mediation with every party's consent. The decision period (Art. 62) keeps running
    // during mediation — nothing pauses it here; only a suspension does, when the applicant and
    // the respondent agree to suspend for mediation or settlement (Art. 39(1)(6)). An agreement
    // becomes a 调解书, effective once every party has signed and the body has sealed it: the
    // signature or the seal that completes both closes the case (the decision period met); one
    // that does not leaves it in mediation. Failure, or a party reneging before then, sends the
    // case back to review for a prompt decision.
    mediation: {
      labelZh: '调解中',
      kind: 'waiting',
      actions: {
        recordMediationSession: { labelZh: '记录调解情况', roles: bodyStaff, to: 'mediation' },
        issueMediationDocument: { labelZh: '制作行政复议调解书', roles: bodyStaff, to: 'mediation' },
        signMediationDocument: {
          labelZh: '确认并签收调解书',
          roles: ['applicant', 'respondent'],
          parties: everyParty,
          ...mediationTakesEffect,
        },
        recordMediationSignature: {
          labelZh: '登记当事人签收调解书',
          roles: bodyStaff,
          ...mediationTakesEffect,
        },
        sealMediationDocument: { labelZh: '调解书加盖印章', roles: officeHead, ...mediationTakesEffect },
        declineMediation: {
          labelZh: '不同意调解或反悔',
          roles: ['applicant', 'respondent'],
          parties: everyParty,
          to: 'underReview',
        },
        endMediation: { labelZh: '调解不成，恢复审理', roles: bodyStaff, to: 'underReview' },
        ...agentActions('mediation'),
        consentToElectronicService: consentToElectronicService('mediation'),
      },
    },
    suspended: {
      labelZh: '中止审理',
      kind: 'waiting',
      actions: {
        resume: {
          labelZh: '恢复审理',
          roles: bodyStaff,
          to: 'underReview',
          closes: { suspensionLimit: 'cancelled' },
        },
        terminate: {
          labelZh: '终止行政复议',
          roles: officeHead,
          to: 'closed',
          closes: { '*': 'cancelled' },
        },
        withdraw: { labelZh: '申请撤回行政复议申请', roles: ['applicant'], to: 'withdrawalReview' },
        consentToElectronicService: consentToElectronicService('suspended'),
        ...agentActions('suspended'),
      },
    },
    withdrawalReview: {
      labelZh: '撤回申请审查',
      kind: 'waiting',
      actions: {
        // Art. 41(1)(1): the approval ends the case; Art. 74(2): the same claim cannot be brought again.
        approveWithdrawal: {
          labelZh: '准予撤回',
          roles: officeHead,
          to: 'closed',
          closes: { '*': 'cancelled' },
        },
        refuseWithdrawal: { labelZh: '不准予撤回', roles: officeHead, to: 'underReview' },
        consentToElectronicService: consentToElectronicService('withdrawalReview'),
      },
    },
    decisionReview: {
      labelZh: '决定审批',
      kind: 'waiting',
      actions: {
        // Issued with the body's next decision number; the decision period is met.
        approveDecision: {
          labelZh: '批准并签发行政复议决定',
          roles: officeHead,
          to: 'service',
          orTo: ['effective'],
          // Whatever else still runs (e.g. a reply period) no longer applies once the decision is made.
          closes: { decision: 'met', '*': 'cancelled' },
          // Opened at once when every party is served electronically (else on the last receipt).
          opens: ['litigationPeriod'],
        },
        requestCollectiveDiscussion: {
          labelZh: '提交集体讨论',
          roles: officeHead,
          to: 'decisionReview',
        },
        recordCollectiveDiscussion: {
          labelZh: '记录集体讨论意见',
          roles: bodyStaff,
          to: 'decisionReview',
        },
        returnDraft: { labelZh: '退回修改', roles: officeHead, to: 'underReview' },
        consentToElectronicService: consentToElectronicService('decisionReview'),
      },
    },
    service: {
      labelZh: '送达',
      kind: 'waiting',
      actions: {
        recordMailing: { labelZh: '登记邮寄送达', roles: bodyStaff, to: 'service' },
        recordReceipt: {
          labelZh: '登记送达回证',
          roles: bodyStaff,
          to: 'service',
          orTo: ['effective'],
          opens: ['litigationPeriod'],
        },
        consentToElectronicService: consentToElectronicService('service'),
      },
    },
    // Art. 75: the decision has taken effect on service; the applicant may still sue.
    effective: {
      labelZh: '决定已生效',
      kind: 'waiting',
      actions: {
        recordLitigation: {
          labelZh: '登记申请人提起行政诉讼',
          roles: bodyStaff,
          to: 'closed',
          closes: { '*': 'cancelled' },
        },
      },
    },
    closed: { labelZh: '已结案', kind: 'terminal', actions: {} },
  },
  clockTransitions: {
    // Art. 30: accepted as of the last day of the review period; the decision period counts from it.
    deemedAccepted: {
      to: 'underReview',
      countFrom: 'dueDate',
      variant: 'ordinary',
      closes: { acceptanceReview: 'lapsed', correctionNotice: 'cancelled' },
      opens: ['decision', 'respondentCopy'],
    },
    deemedAbandoned: {
      to: 'closed',
      countFrom: 'today',
      closes: { correctionResponse: 'lapsed', '*': 'cancelled' },
    },
    // Art. 41(1)(5): the suspension on grounds 1, 2 or 4 lasted 60 days unresolved.
    terminatedAfterSuspension: {
      to: 'closed',
      countFrom: 'today',
      closes: { suspensionLimit: 'lapsed', '*': 'cancelled' },
    },
    // The time to sue has passed: the decision stands and the case is closed.
    decisionFinal: {
      to: 'closed',
      countFrom: 'today',
      closes: { litigationPeriod: 'lapsed', '*': 'cancelled' },
    },
  },
} as const satisfies ProcedureDefinition;

export type ReconsiderationStage = keyof typeof reconsiderationProcedure.stages;
export type ReconsiderationAction = {
  [S in ReconsiderationStage]: keyof (typeof reconsiderationProcedure.stages)[S]['actions'];
}[ReconsiderationStage];
