import type { ProcedureDefinition } from '../../domain/procedure';

const bodyStaff = ['clerk', 'officeHead'] as const;

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
        withdraw: { labelZh: '撤回申请', roles: ['applicant'], to: 'closed', closes: { '*': 'cancelled' } },
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
  },
} as const satisfies ProcedureDefinition;

export type ReconsiderationStage = keyof typeof reconsiderationProcedure.stages;
export type ReconsiderationAction = {
  [S in ReconsiderationStage]: keyof (typeof reconsiderationProcedure.stages)[S]['actions'];
}[ReconsiderationStage];
