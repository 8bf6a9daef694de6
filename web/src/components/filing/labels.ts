import type { FieldLabels } from '../../forms/problem';
import type { AgentKind, ApplicantType } from './values';

/** Who may act for the applicant (the filing schema's agent kinds), in Chinese. */
export const agentKindsZh: Readonly<Record<AgentKind, string>> = {
  lawyer: '律师',
  legalWorker: '基层法律服务工作者',
  relative: '近亲属',
  other: '其他公民',
};

/** The labels of the applicant's fields, which differ between a person and an organisation. */
export const applicantLabels = {
  person: {
    name: '姓名',
    residentId: '公民身份号码',
    phone: '联系电话',
    address: '住址',
  },
  organisation: {
    name: '单位名称',
    uscc: '统一社会信用代码',
    legalRepresentative: '法定代表人或主要负责人',
    phone: '联系电话',
    address: '住所',
  },
} as const satisfies Record<ApplicantType, Readonly<Record<string, string>>>;

/** Labels of every other field of the application, by the API's field path. */
const commonLabels: FieldLabels = {
  applicant: '申请人',
  'applicant.type': '申请人类型',
  agent: '委托代理人',
  'agent.name': '代理人姓名',
  'agent.phone': '代理人联系电话',
  'agent.kind': '代理人类型',
  respondentAgencyId: '被申请人',
  act: '被申请复议的行政行为',
  'act.title': '行政行为名称',
  'act.documentNumber': '文书编号',
  'act.madeOn': '行政行为作出日期',
  'act.learnedOn': '知道该行政行为的日期',
  'act.rightsNotified': '是否告知复议权利',
  'act.rightsLearnedOn': '知道申请复议权利的日期',
  'act.onTheSpot': '是否当场作出的行政处罚',
  'act.kind': '行政行为类型',
  'act.amountYuan': '涉及金额（元）',
  'act.realProperty': '是否涉及不动产',
  requests: '行政复议请求',
  factsAndReasons: '事实和理由',
  hearingRequested: '是否申请听证',
  delayReason: '迟延理由',
  priorWithdrawal: '前次撤回的说明',
  'priorWithdrawal.caseNumber': '前次撤回的案件编号',
  'priorWithdrawal.notGenuineZh': '撤回违背真实意思表示的理由',
  confirmLate: '逾期申请确认',
  attachments: '证据材料',
  headers: '提交标识',
};

/** Every label of the form for the chosen applicant type (what the error summary names). */
export function applicationLabels(type: ApplicantType): FieldLabels {
  const applicant = Object.fromEntries(
    Object.entries(applicantLabels[type]).map(([k, v]) => [`applicant.${k}`, v]),
  );
  return { ...commonLabels, ...applicant };
}
