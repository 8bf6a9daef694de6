import type { ThresholdRule, TimeLimitRule } from '../../domain/rules';

/**
 * Every time limit of administrative reconsideration (行政复议), one row each, with its article.
 * Articles are those of the Administrative Reconsideration Law as revised 2023-09-01 (in force
 * 2024-01-01) unless another law is named. "3, 5, 7, 10 days" are working days (Art. 88);
 * every other period is in calendar days counted as Civil Procedure Law Art. 85 directs.
 * A legal change is a one-line edit here: no number of days may appear anywhere else.
 */
export const reconsiderationTimeLimits = {
  applicationPeriod: {
    id: 'rc.applicationPeriod',
    labelZh: '申请行政复议期限',
    amount: 60,
    unit: 'calendarDays',
    article: '《行政复议法》第二十条第一款',
    kind: 'statutory',
  },
  noRightsNoticeCap: {
    id: 'rc.noRightsNoticeCap',
    labelZh: '未告知复议权利时申请期限的最长期限（自知道行政行为之日起）',
    amount: 1,
    unit: 'years',
    article: '《行政复议法》第二十条第三款',
    kind: 'statutory',
  },
  absoluteCapRealProperty: {
    id: 'rc.absoluteCapRealProperty',
    labelZh: '涉及不动产的行政行为最长申请期限（自行政行为作出之日起）',
    amount: 20,
    unit: 'years',
    article: '《行政复议法》第二十一条',
    kind: 'statutory',
  },
  absoluteCapOther: {
    id: 'rc.absoluteCapOther',
    labelZh: '其他行政行为最长申请期限（自行政行为作出之日起）',
    amount: 5,
    unit: 'years',
    article: '《行政复议法》第二十一条',
    kind: 'statutory',
  },
  acceptanceReview: {
    id: 'rc.acceptanceReview',
    labelZh: '受理审查期限',
    amount: 5,
    unit: 'workingDays',
    article: '《行政复议法》第三十条',
    kind: 'statutory',
  },
  correctionNotice: {
    id: 'rc.correctionNotice',
    labelZh: '发出补正通知期限（自收到申请之日起）',
    amount: 5,
    unit: 'workingDays',
    article: '《行政复议法》第三十一条第一款',
    kind: 'statutory',
  },
  correctionResponse: {
    id: 'rc.correctionResponse',
    labelZh: '申请人补正期限（自收到补正通知之日起）',
    amount: 10,
    unit: 'workingDays',
    article: '《行政复议法》第三十一条第二款',
    kind: 'statutory',
  },
  onTheSpotForward: {
    id: 'rc.onTheSpotForward',
    labelZh: '当场处罚机关转送复议申请期限',
    amount: 5,
    unit: 'workingDays',
    article: '《行政复议法》第三十二条',
    kind: 'statutory',
  },
  respondentCopyOrdinary: {
    id: 'rc.respondentCopyOrdinary',
    labelZh: '向被申请人发送申请书副本期限（普通程序，自受理之日起）',
    amount: 7,
    unit: 'workingDays',
    article: '《行政复议法》第四十八条',
    kind: 'statutory',
  },
  respondentReplyOrdinary: {
    id: 'rc.respondentReplyOrdinary',
    labelZh: '被申请人答复并提交证据、依据期限（普通程序，自收到副本之日起）',
    amount: 10,
    unit: 'workingDays',
    article: '《行政复议法》第四十八条',
    kind: 'statutory',
  },
  respondentCopySimplified: {
    id: 'rc.respondentCopySimplified',
    labelZh: '向被申请人发送申请书副本期限（简易程序，自受理之日起）',
    amount: 3,
    unit: 'workingDays',
    article: '《行政复议法》第五十四条',
    kind: 'statutory',
  },
  respondentReplySimplified: {
    id: 'rc.respondentReplySimplified',
    labelZh: '被申请人答复并提交证据、依据期限（简易程序，自收到副本之日起）',
    amount: 5,
    unit: 'workingDays',
    article: '《行政复议法》第五十四条',
    kind: 'statutory',
  },
  hearingNotice: {
    id: 'rc.hearingNotice',
    labelZh: '听证通知提前期限（听证前）',
    amount: 5,
    unit: 'workingDays',
    article: '《行政复议法》第五十一条',
    kind: 'statutory',
  },
  suspensionTermination: {
    id: 'rc.suspensionTermination',
    labelZh: '中止满期终止期限（第三十九条第一款第一、二、四项情形）',
    amount: 60,
    unit: 'calendarDays',
    article: '《行政复议法》第四十一条',
    kind: 'statutory',
  },
  normativeDocumentDecide: {
    id: 'rc.normativeDocumentDecide',
    labelZh: '附带审查规范性文件的处理期限',
    amount: 30,
    unit: 'calendarDays',
    article: '《行政复议法》第五十六条',
    kind: 'statutory',
  },
  normativeDocumentForward: {
    id: 'rc.normativeDocumentForward',
    labelZh: '无权处理时转送有权机关期限',
    amount: 7,
    unit: 'workingDays',
    article: '《行政复议法》第五十六条',
    kind: 'statutory',
  },
  normativeDocumentNotifyDrafter: {
    id: 'rc.normativeDocumentNotifyDrafter',
    labelZh: '通知规范性文件制定机关期限',
    amount: 3,
    unit: 'workingDays',
    article: '《行政复议法》第五十八条',
    kind: 'statutory',
  },
  normativeDocumentDrafterReply: {
    id: 'rc.normativeDocumentDrafterReply',
    labelZh: '制定机关书面答复期限（自收到通知之日起）',
    amount: 10,
    unit: 'workingDays',
    article: '《行政复议法》第五十八条',
    kind: 'statutory',
  },
  normativeDocumentForwardedAnswer: {
    id: 'rc.normativeDocumentForwardedAnswer',
    labelZh: '接受转送机关处理期限',
    amount: 60,
    unit: 'calendarDays',
    article: '《行政复议法》第六十条',
    kind: 'statutory',
  },
  decisionOrdinary: {
    id: 'rc.decisionOrdinary',
    labelZh: '作出行政复议决定期限（普通程序，自受理之日起）',
    amount: 60,
    unit: 'calendarDays',
    article: '《行政复议法》第六十二条第一款',
    kind: 'statutory',
  },
  decisionExtension: {
    id: 'rc.decisionExtension',
    labelZh: '经批准延长作出决定的最长期限',
    amount: 30,
    unit: 'calendarDays',
    article: '《行政复议法》第六十二条第一款',
    kind: 'statutory',
  },
  decisionSimplified: {
    id: 'rc.decisionSimplified',
    labelZh: '作出行政复议决定期限（简易程序，自受理之日起）',
    amount: 30,
    unit: 'calendarDays',
    article: '《行政复议法》第六十二条第二款',
    kind: 'statutory',
  },
  opinionLetterReport: {
    id: 'rc.opinionLetterReport',
    labelZh: '收到行政复议意见书后报送纠正情况期限',
    amount: 60,
    unit: 'calendarDays',
    article: '《行政复议法》第七十六条',
    kind: 'statutory',
  },
  litigationAfterDecision: {
    id: 'rc.litigationAfterDecision',
    labelZh: '不服复议决定提起行政诉讼期限（自收到决定书之日起）',
    amount: 15,
    unit: 'calendarDays',
    article: '《行政诉讼法》第四十五条',
    kind: 'statutory',
  },
  dueSoonWarning: {
    id: 'rc.dueSoonWarning',
    labelZh: '期限届满前提醒承办人的提前量',
    amount: 1,
    unit: 'workingDays',
    article: '本系统督办规则（依《行政复议法》第三十条等期限设置）',
    kind: 'policy',
  },
} as const satisfies Record<string, TimeLimitRule>;

export const reconsiderationThresholds = {
  simplifiedAmount: {
    id: 'rc.simplifiedAmount',
    labelZh: '可适用简易程序的罚款等金额上限',
    amount: 3000,
    unitZh: '元',
    article: '《行政复议法》第五十三条第一款第三项',
  },
} as const satisfies Record<string, ThresholdRule>;

export type ReconsiderationTimeLimitId = keyof typeof reconsiderationTimeLimits;

/** Every rule by its stable id, for explanations and the rules API. */
export const timeLimitsById: ReadonlyMap<string, TimeLimitRule> = new Map(
  Object.values(reconsiderationTimeLimits).map((r) => [r.id, r]),
);
