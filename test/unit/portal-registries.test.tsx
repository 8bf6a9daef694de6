import { beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import * as z from 'zod/mini';
import { handler as directory } from '../../functions/api/directory';
import { engineEventTypes } from '../../shared/domain/case';
import { registeredProcedures } from '../../shared/domain/registry';
import {
  caseView as caseViewContract,
  timelineEvent as timelineEventContract,
} from '../../shared/http/contract/responses';
import { apiClient } from '../../web/src/api/client';
import type { Reference } from '../../web/src/api/reference';
import type { ActionId, CaseView, EventType, TimelineEvent } from '../../web/src/api/types';
import { type Portal, PortalContext } from '../../web/src/app/portal';
import { DemoSignIn } from '../../web/src/auth/demo';
import { Deadlines } from '../../web/src/components/case/Deadlines';
import { DecisionSection } from '../../web/src/components/case/Decision';
import { ReviewSection } from '../../web/src/components/case/Review';
import { parseConfig } from '../../web/src/config';
import { actionForms } from '../../web/src/registry/actions';
import { EventDetail, eventRenderers } from '../../web/src/registry/events';
import { bj, nextDay, PortalCase, people } from '../support/portal-cases';

/**
 * The portal's registries: every action a procedure defines has a form, every event type the API
 * names has a renderer, and each shows its Chinese labels. Cases come from the domain and reach
 * the components as the API would send them; the reference data from the API's own handler.
 */

const config = parseConfig({
  mode: 'demo',
  apiUrl: '',
  staffApiUrl: '',
  site: {
    operatorZh: '西宁市人民政府行政复议办公室',
    hotline: '0971-12345',
    privacyNoticeZh: '个人信息保护说明',
  },
});
const portal: Portal = {
  config,
  signIn: new DemoSignIn(),
  session: undefined,
  api: apiClient(config, undefined, () => {}),
  setSession: () => {},
};

/** Server-side rendering of a component with the portal's providers, as its HTML text. */
function render(node: ReactNode): string {
  return renderToStaticMarkup(
    <ConfigProvider locale={zhCN}>
      <PortalContext.Provider value={portal}>
        <MemoryRouter>{node}</MemoryRouter>
      </PortalContext.Provider>
    </ConfigProvider>,
  );
}

/** The visible text of rendered HTML (tags dropped, entities of quotes decoded). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function getPublic<T>(routeKey: string): Promise<T> {
  const event = {
    routeKey,
    rawPath: routeKey.split(' ')[1],
    headers: {},
    requestContext: { requestId: 'portal-test', http: { method: 'GET' } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
  const r = (await directory(event, { functionName: 'test', awsRequestId: 'r1' } as Context)) as
    | APIGatewayProxyStructuredResultV2
    | undefined;
  if (r?.statusCode !== 200) throw new Error(`${routeKey}: ${r?.statusCode} ${r?.body}`);
  return JSON.parse(r.body ?? 'null') as T;
}

let reference: Reference;
beforeAll(async () => {
  reference = {
    rules: await getPublic<Reference['rules']>('GET /v1/rules'),
    agencies: await getPublic<Reference['agencies']>('GET /v1/agencies'),
  };
});

// ---------------------------------------------------------------------------------------------
// Cases in every stage an action is offered in, made by the domain.
// ---------------------------------------------------------------------------------------------

const inReview = () => new PortalCase('case-review', '西宁市人民政府 2026年第000001号');
const awaitingCorrection = () =>
  inReview().act(
    people.clerk,
    {
      action: 'requestCorrection',
      items: [{ field: '证据材料', descriptionZh: '请提交行政处罚决定书复印件' }],
      noteZh: '请于期限内补正',
    },
    nextDay,
  );
const accepted = () =>
  inReview().act(
    people.clerk,
    { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
    nextDay,
  );
const copyByPost = () =>
  accepted().act(people.clerk, { action: 'sendCopy', channel: 'post', sentOn: '2026-02-11' }, nextDay);

// Hearings and the committee (Arts. 50–52): a major case, its panel, notice, day and record.
const withCopy = () =>
  accepted().act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, nextDay);
const major = () =>
  withCopy().act(
    people.clerk,
    { action: 'markComplexity', majorDifficultComplex: true, highlyTechnical: false, reasonZh: '争议较大' },
    nextDay,
  );
const requested = () =>
  withCopy().act(people.applicant, { action: 'requestHearing', reasonZh: '检测报告的效力争议较大' }, nextDay);
const panelMember = (who: { userId: string; nameZh: string }, panelRole: string, kind = 'staff') => ({
  userId: who.userId,
  nameZh: who.nameZh,
  kind,
  panelRole,
  formerAgencyIds: [],
  relatedToParty: false,
});
const panelOf = (officer: { userId: string; nameZh: string }) =>
  ({
    action: 'assignHearingPanel',
    members: [
      panelMember(people.head, 'presiding'),
      panelMember(officer, 'officer', 'committeeMember'),
      panelMember({ userId: 'u-zhoujie', nameZh: '周杰' }, 'officer'),
      panelMember(people.clerk, 'clerk'),
    ],
  }) as Parameters<PortalCase['act']>[1];
const panelled = () => major().act(people.clerk, panelOf(people.member), nextDay);
const recusalPending = () =>
  panelled().act(
    people.applicant,
    { action: 'applyForRecusal', memberUserId: 'u-chenjing', reasonZh: '该委员曾为被申请人提供法律顾问服务' },
    nextDay,
  );
const hearingOn = (c: PortalCase) =>
  c.act(
    people.clerk,
    {
      action: 'scheduleHearing',
      date: '2026-02-25',
      time: '09:30',
      place: '西宁市司法局三楼听证室',
      issues: ['检测报告是否依法送达申请人'],
    },
    nextDay,
  );
const scheduled = () => hearingOn(panelled());
const heldOnTheDay = (c: PortalCase, at = bj('2026-02-25T16:00:00')) =>
  c.act(
    people.clerk,
    {
      action: 'recordHearingHeld',
      applicantAttendance: 'attended',
      respondentAttendance: 'head',
      respondentHeadNameZh: '马局长',
    },
    at,
  );
const drafted = (c: PortalCase = heldOnTheDay(scheduled()), at = bj('2026-02-25T17:00:00')) =>
  c.act(people.clerk, { action: 'draftHearingRecord', recordZh: '听证主持人宣布听证开始。申请人陈述……' }, at);
const referred = () =>
  major().act(
    people.clerk,
    {
      action: 'referToCommittee',
      questionsZh: ['检测报告未送达是否构成程序违法'],
      members: [{ userId: 'u-chenjing', nameZh: '陈静', formerAgencyIds: [], relatedToParty: false }],
    },
    nextDay,
  );
const opined = () =>
  referred().act(
    people.member,
    { action: 'giveCommitteeOpinion', opinionZh: '检测报告未送达，程序违法' },
    nextDay,
  );
// The review parts (parties, mediation, settlement): cases where each of their actions is offered.
const day3 = bj('2026-02-12T10:00:00');
const wangwu = {
  type: 'person',
  name: '王五',
  residentId: '630102199001011235',
  phone: '13800001111',
  address: '青海省西宁市城东区八一路2号',
} as const;
const copyOnline = () =>
  accepted().act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, nextDay);
const thirdPartyApplied = () =>
  accepted().act(
    people.clerk,
    {
      action: 'recordThirdPartyApplication',
      applicant: wangwu,
      interestZh: '与申请人共同经营被处罚的店铺',
      receivedOn: '2026-02-11',
    },
    nextDay,
  );
const withAgent = () =>
  inReview().act(
    people.applicant,
    {
      action: 'appointAgent',
      agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', scope: 'special', powers: ['mediate'] },
    },
    nextDay,
  );
const mediationProposed = () =>
  copyOnline().act(people.clerk, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' }, nextDay);
const inMediation = () =>
  mediationProposed()
    .act(people.applicant, { action: 'consentToMediation', consent: true }, nextDay)
    .act(people.respondent, { action: 'consentToMediation', consent: true }, nextDay);
const mediationDocument = {
  action: 'issueMediationDocument',
  requestsZh: '撤销宁市监罚〔2026〕88号行政处罚决定',
  factsZh: '申请人认为罚款数额过高',
  termsZh: '被申请人将罚款变更为三千元',
} as const;
const documentIssued = () => inMediation().act(people.clerk, mediationDocument, day3);
const withdrawalRequested = () =>
  copyOnline().act(
    people.applicant,
    {
      action: 'withdraw',
      reasonZh: '已与被申请人达成和解',
      settlement: { summaryZh: '被申请人将罚款变更为三千元', concludedOn: '2026-02-11' },
    },
    nextDay,
  );
const priorWithdrawalStated = () =>
  new PortalCase('case-refiled', '西宁市人民政府 2026年第000021号', {
    filing: {
      priorWithdrawal: {
        caseNumber: '西宁市人民政府 2026年第000003号',
        notGenuineZh: '撤回系受被申请人工作人员胁迫',
      },
    },
  });

// The reply, the route, suspension and the decision with its service (review/*.ts).
const replied = () =>
  copyOnline().act(
    people.respondent,
    {
      action: 'submitReply',
      replyZh: '处罚事实清楚，证据确凿，程序合法。',
      evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
      legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
    },
    bj('2026-02-13T10:00:00'),
  );
const draft = {
  action: 'draftDecision',
  type: 'revoke',
  findingsZh: '经审理查明：被申请人作出处罚前未告知申请人陈述、申辩的权利。',
  reasonsZh: '被申请人违反法定程序。',
  legalBasisZh: '《中华人民共和国行政复议法》第六十四条',
  newActWithinDays: 60,
} as const;
const decisionDrafted = () => replied().act(people.clerk, draft, bj('2026-02-24T10:00:00'));
const discussionAsked = () =>
  decisionDrafted().act(
    people.officeHead,
    { action: 'requestCollectiveDiscussion', reasonZh: '案情重大，须集体讨论' },
    bj('2026-02-24T15:00:00'),
  );
const returned = () =>
  decisionDrafted().act(
    people.officeHead,
    { action: 'returnDraft', reasonZh: '请补充被申请人的陈述申辩告知情况' },
    bj('2026-02-24T16:00:00'),
  );
const decisionNumber = { number: '宁政复决字〔2026〕1号' };
const issued = () =>
  discussionAsked()
    .act(
      people.clerk,
      {
        action: 'recordCollectiveDiscussion',
        heldOn: '2026-02-25',
        participantsZh: '李明、王芳、赵敏',
        conclusionZh: '同意撤销',
      },
      bj('2026-02-25T15:00:00'),
    )
    .act(people.officeHead, { action: 'approveDecision' }, bj('2026-02-25T16:00:00'), decisionNumber);
const mailed = () =>
  issued().act(
    people.clerk,
    { action: 'recordMailing', party: 'applicant', mailedOn: '2026-02-26', trackingNumber: 'EMS1234567890' },
    bj('2026-02-26T10:00:00'),
  );
const served = () =>
  mailed().act(
    people.clerk,
    { action: 'recordReceipt', party: 'applicant', receivedOn: '2026-02-28' },
    bj('2026-03-02T10:00:00'),
  );
const suspended = (ground: 'forceMajeure' | 'entityEnded' = 'forceMajeure') =>
  accepted().act(
    people.clerk,
    { action: 'suspend', ground, reasonZh: '申请人因疫情隔离，不能参加行政复议' },
    bj('2026-02-24T10:00:00'),
  );
const extended = () =>
  accepted().act(
    people.officeHead,
    { action: 'extendDecisionPeriod', days: 30, reasonZh: '案情复杂，需要补充调查' },
    bj('2026-03-02T10:00:00'),
  );

/** A 500-yuan fine: simplified (Art. 53(1)(3)), then converted to the ordinary procedure. */
const simplified = () =>
  new PortalCase('case-simplified', '西宁市人民政府 2026年第000002号', {
    application: { amountYuan: 500 },
  }).act(people.clerk, { action: 'accept', track: 'simplified', partiesAgreeToSimplified: false }, nextDay);

/** Each action: a case where the person is offered it, and the Chinese its form must (not) show. */
const forms: Record<
  ActionId,
  { make: () => PortalCase; as: keyof typeof people; shows: string[]; hides?: string[] }
> = {
  accept: { make: inReview, as: 'clerk', shows: ['审理程序', '普通程序', '简易程序', '第五十三条'] },
  refuse: {
    make: inReview,
    as: 'clerk',
    shows: ['不予受理的理由（可多选）', '超过法定申请期限', '不属于行政复议范围', '说明（选填）'],
  },
  requestCorrection: {
    make: inReview,
    as: 'clerk',
    shows: ['第1项 需补正的事项', '第1项 补正要求', '添加一项补正事项', '一次性载明', '说明（选填）'],
  },
  forward: { make: inReview, as: 'clerk', shows: ['转送至有管辖权的复议机关', '请选择', '重新计算'] },
  submitCorrection: {
    make: awaitingCorrection,
    as: 'applicant',
    shows: ['第1项 证据材料：请提交行政处罚决定书复印件', '逐项填写补正内容', '视为放弃'],
  },
  withdraw: { make: inReview, as: 'applicant', shows: ['撤回理由', '不得再以同一事实和理由'] },
  sendCopy: {
    make: accepted,
    as: 'clerk',
    shows: ['送达方式', '网上送达', '邮寄送达', '发送日期', '2026年2月11日'],
  },
  recordCopyReceipt: {
    make: copyByPost,
    as: 'clerk',
    shows: ['被申请人收到副本的日期', '2026年2月11日邮寄', '送达回证'],
  },
  requestHearing: { make: withCopy, as: 'applicant', shows: ['请求听证的理由（选填）', '第五十条第二款'] },
  decideHearingRequest: {
    make: requested,
    as: 'clerk',
    shows: ['理由：检测报告的效力争议较大', '是否举行听证', '不举行听证', '理由（选填）'],
  },
  orderHearing: { make: withCopy, as: 'clerk', shows: ['决定听证的理由', '第五十条第二款'] },
  assignHearingPanel: {
    make: major,
    as: 'clerk',
    shows: [
      '第1人 听证职务',
      '第4人 姓名',
      '第1人 人员账号',
      '第2人 人员类别',
      '曾任职的行政机关',
      '添加一人',
      '第五十条第三款',
    ],
  },
  applyForRecusal: {
    make: panelled,
    as: 'applicant',
    shows: ['申请回避的听证人员', '申请回避的理由', '复议机构负责人决定'],
  },
  decideRecusal: {
    make: recusalPending,
    as: 'head',
    shows: ['申请人申请陈静回避', '该委员曾为被申请人提供法律顾问服务', '准予回避', '不予回避', '决定理由'],
  },
  scheduleHearing: {
    make: panelled,
    as: 'clerk',
    shows: [
      '听证日期',
      '听证时间',
      '听证地点',
      '网络听证链接（选填）',
      '第1项 争议焦点',
      '5个工作日前送达当事人',
    ],
  },
  postponeHearing: {
    make: scheduled,
    as: 'clerk',
    shows: ['原定于2026年2月25日09:30举行', '延期理由', '在原地点举行'],
  },
  recordHearingHeld: {
    make: scheduled,
    as: 'clerk',
    shows: [
      '申请人参加情况',
      '申请人无正当理由拒不参加听证',
      '被申请人负责人参加听证',
      '被申请人负责人姓名',
      '请办理延期举行听证',
    ],
  },
  draftHearingRecord: {
    make: () => heldOnTheDay(scheduled()),
    as: 'clerk',
    shows: ['听证笔录', '第六十一条第二款'],
  },
  confirmHearingRecord: {
    make: drafted,
    as: 'member',
    shows: ['2026年2月25日制作的听证笔录', '听证主持人宣布听证开始', '确认即视为您在听证笔录上签字'],
  },
  recordSignatureRefusal: {
    make: drafted,
    as: 'clerk',
    shows: ['拒绝签字的人员', '拒绝签字的情况', '记录员记明'],
  },
  referToCommittee: {
    make: major,
    as: 'clerk',
    shows: ['本案应当提请行政复议委员会提出咨询意见', '第1个 咨询的问题', '第1人 姓名', '添加一个问题'],
  },
  giveCommitteeOpinion: {
    make: referred,
    as: 'member',
    shows: ['检测报告未送达是否构成程序违法', '咨询意见', '意见提交后不能修改'],
  },
  recordCommitteeOpinion: {
    make: opined,
    as: 'clerk',
    shows: ['陈静：检测报告未送达，程序违法', '行政复议委员会咨询意见', '第五十二条第三款'],
  },
  inviteThirdParty: {
    make: accepted,
    as: 'clerk',
    shows: [
      '第三人类型',
      '自然人',
      '法人或其他组织',
      '第三人的登录账号（选填）',
      '与本案的利害关系',
      '第十六条',
    ],
  },
  recordThirdPartyApplication: {
    make: accepted,
    as: 'clerk',
    shows: ['第三人类型', '收到申请的日期', '与本案的利害关系', '审查后决定是否准许'],
  },
  decideThirdPartyApplication: {
    make: thirdPartyApplied,
    as: 'clerk',
    shows: ['参加申请', '准许作为第三人参加', '不予准许', '王五（2026年2月11日收到，待审查）'],
  },
  appointAgent: {
    make: inReview,
    as: 'applicant',
    shows: ['代理人姓名', '代理人类型', '授权范围', '一般授权', '特别授权', '第十七条'],
  },
  dismissAgent: { make: withAgent, as: 'applicant', shows: ['代理人', '刘律师（律师）', '不能再查看本案'] },
  recordRepresentatives: {
    make: inReview,
    as: 'clerk',
    shows: ['申请人人数', '第1名 代表人姓名', '添加一名代表人', '第十五条'],
  },
  proposeMediation: { make: copyOnline, as: 'clerk', shows: ['调解事项', '合法、自愿', '审理期限继续计算'] },
  consentToMediation: {
    make: mediationProposed,
    as: 'applicant',
    shows: ['调解事项：就罚款数额进行调解', '同意调解', '不同意调解', '特别授权'],
  },
  recordMediationConsent: {
    make: mediationProposed,
    as: 'clerk',
    shows: ['当事人', '是否同意调解', '书面意见的日期'],
  },
  recordMediationSession: {
    make: inMediation,
    as: 'clerk',
    shows: ['调解日期', '调解方式', '当面调解', '参加调解的当事人', '西宁市市场监督管理局', '调解情况'],
  },
  issueMediationDocument: {
    make: inMediation,
    as: 'clerk',
    shows: ['申请人的行政复议请求', '案件事实和争议', '调解协议内容', '第七十三条'],
  },
  signMediationDocument: {
    make: documentIssued,
    as: 'applicant',
    shows: ['行政复议调解书', '被申请人将罚款变更为三千元', '本人已阅读并同意本调解书的内容'],
  },
  recordMediationSignature: { make: documentIssued, as: 'clerk', shows: ['当事人', '签字日期', '张三'] },
  sealMediationDocument: {
    make: documentIssued,
    as: 'officeHead',
    shows: ['尚未签收：张三、西宁市市场监督管理局'],
  },
  declineMediation: { make: inMediation, as: 'applicant', shows: ['不同意调解或反悔的理由', '恢复审理'] },
  endMediation: { make: inMediation, as: 'clerk', shows: ['反悔的当事人（选填）', '调解不成的情况'] },
  approveWithdrawal: {
    make: withdrawalRequested,
    as: 'officeHead',
    shows: ['撤回，理由：已与被申请人达成和解', '和解协议（2026年2月11日签订）', '第四十一条第一款第一项'],
  },
  refuseWithdrawal: {
    make: withdrawalRequested,
    as: 'officeHead',
    shows: ['不准予撤回的理由', '被申请人将罚款变更为三千元'],
  },
  assessPriorWithdrawal: {
    make: priorWithdrawalStated,
    as: 'clerk',
    shows: ['撤回系受被申请人工作人员胁迫', '审查结论', '本次申请不予受理', '第七十四条第二款'],
  },
  submitReply: {
    make: copyOnline,
    as: 'respondent',
    shows: [
      '书面答复',
      '证据清单',
      '第1项 证据名称',
      '第1项 证明目的（选填）',
      '添加一项证据',
      '作出行政行为的依据',
      '答复期限至',
      '第七十条',
    ],
  },
  recordOpinions: {
    make: accepted,
    as: 'clerk',
    shows: [
      '听取意见的方式',
      '当面听取',
      '网络视频',
      '电话',
      '听取意见日期',
      '申请人',
      '第三人',
      '意见摘要',
      '第四十九条',
    ],
  },
  markComplexity: {
    make: accepted,
    as: 'clerk',
    shows: [
      '本案是否重大、疑难、复杂',
      '本案是否专业性、技术性较强',
      '是',
      '否',
      '认定理由',
      '组织听证',
      '咨询意见',
    ],
  },
  convertToOrdinary: {
    make: simplified,
    as: 'officeHead',
    shows: ['转为普通程序的理由', '第五十五条', '重新计算'],
  },
  suspend: {
    make: accepted,
    as: 'clerk',
    shows: [
      '中止的法定情形',
      '下落不明（第三十九条第一款第三项）',
      '中止的具体原因',
      '停止计算',
      '中止满60日',
    ],
  },
  resume: {
    make: suspended,
    as: 'clerk',
    shows: ['中止原因消除的情况', '本案自2026年2月24日起因', '不可抗力', '继续计算'],
  },
  terminate: {
    make: accepted,
    as: 'officeHead',
    shows: ['终止的法定情形', '没有近亲属', '刑事拘留', '终止的具体原因'],
    // No suspension on grounds 1, 2 or 4 runs: that ground is not offered.
    hides: ['中止的原因仍未消除'],
  },
  extendDecisionPeriod: {
    make: accepted,
    as: 'officeHead',
    shows: ['延长的天数', '延长理由', '最多不得超过30日', '只能延长一次', '审理期限现至2026年4月13日'],
  },
  draftDecision: {
    make: replied,
    as: 'clerk',
    shows: [
      '决定类型',
      '变更',
      '撤销',
      '确认违法',
      '确认无效',
      '维持',
      '经审理查明的事实',
      '决定理由',
      '决定依据',
      '行政赔偿决定（选填）',
      '行政协议责任（选填）',
      '对行政复议委员会咨询意见的采纳情况（选填）',
    ],
    // A fine is an act made, not a duty left undone (Arts. 66, 69).
    hides: ['责令履行', '驳回行政复议请求', '退回修改', '第七十条'],
  },
  requestCollectiveDiscussion: {
    make: decisionDrafted,
    as: 'officeHead',
    shows: ['提交集体讨论的理由', '第六十一条'],
  },
  recordCollectiveDiscussion: {
    make: discussionAsked,
    as: 'clerk',
    shows: ['讨论日期', '参加人员', '讨论意见', '提交集体讨论的理由：案情重大，须集体讨论'],
  },
  returnDraft: { make: decisionDrafted, as: 'officeHead', shows: ['退回修改意见', '重新拟定'] },
  approveDecision: {
    make: decisionDrafted,
    as: 'officeHead',
    shows: [
      '撤销',
      '经审理查明：被申请人作出处罚前未告知申请人陈述、申辩的权利。',
      '60日内重新作出行政行为',
      '须邮寄送达',
      '第七十五条',
    ],
    hides: ['集体讨论意见，再批准'],
  },
  recordMailing: {
    make: issued,
    as: 'clerk',
    shows: ['受送达人', '张三（申请人）', '邮寄日期', '邮件号码', '2026年2月25日'],
  },
  recordReceipt: {
    make: mailed,
    as: 'clerk',
    shows: ['受送达人', '张三（申请人，2026年2月26日已寄出）', '签收日期', '第七十五条'],
  },
  consentToElectronicService: {
    make: issued,
    as: 'applicant',
    shows: ['消息中心', '文书到达消息中心之日即为送达之日', '同意后即时送达您'],
  },
  recordLitigation: { make: served, as: 'clerk', shows: ['起诉日期', '受理法院', '2026年2月28日'] },
};

describe('action forms', () => {
  it('every action of every registered procedure has a form', () => {
    const defined = new Set(
      registeredProcedures().flatMap((p) =>
        Object.values(p.definition.stages).flatMap((s) => Object.keys(s.actions)),
      ),
    );
    const missing = [...defined].filter((action) => !Object.hasOwn(actionForms, action));
    expect(missing).toEqual([]);
    expect(Object.keys(forms).sort()).toEqual([...defined].sort());
  });

  it.each(Object.keys(forms) as ActionId[])(
    '%s: the form shows its labels and submits as the action',
    (action) => {
      const spec = forms[action];
      const caseView = spec.make().view<CaseView>(people[spec.as]);
      const offered = caseView.allowedActions.find((a) => a.action === action);
      if (!offered) throw new Error(`${action} is not offered to the ${spec.as} on this case`);
      const Form = actionForms[action].form;
      const html = render(
        <Form
          caseView={caseView}
          reference={reference}
          labelZh={offered.labelZh}
          onDone={() => {}}
          onCancel={() => {}}
          onReload={() => {}}
        />,
      );
      expect(html).toContain(`data-testid="action-form-${action}"`);
      const text = textOf(html);
      for (const label of [...spec.shows, `确认${offered.labelZh}`]) expect(text).toContain(label);
      for (const words of spec.hides ?? []) expect(text).not.toContain(words);
      // Every field has a label the person reads, never the API's field name.
      expect(text).not.toMatch(
        /expectedVersion|reasonZh|descriptionZh|toBodyId|sentOn|receivedOn|mailedOn|filedOn|WithinDays/,
      );
    },
  );
});

describe('the decision forms', () => {
  const renderForm = (action: ActionId, c: PortalCase, as: keyof typeof people = 'clerk') => {
    const caseView = c.view<CaseView>(people[as]);
    const offered = caseView.allowedActions.find((a) => a.action === action);
    if (!offered) throw new Error(`${action} is not offered to the ${as}`);
    const Form = actionForms[action].form;
    return textOf(
      render(
        <Form
          caseView={caseView}
          reference={reference}
          labelZh={offered.labelZh}
          onDone={() => {}}
          onCancel={() => {}}
          onReload={() => {}}
        />,
      ),
    );
  };

  it('offers only the decision types that fit a failure to perform a duty', () => {
    const duty = new PortalCase('case-duty', '西宁市人民政府 2026年第000003号', {
      application: { kind: 'failureToPerform', amountYuan: undefined },
    }).act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, nextDay);
    const text = renderForm('draftDecision', duty);
    for (const type of ['责令履行', '确认违法', '驳回行政复议请求']) expect(text).toContain(type);
    for (const type of ['变更', '撤销', '维持', '确认无效']) expect(text).not.toContain(` ${type} `);
  });

  it('opens a returned draft with its earlier text and the remarks, and its type fields', () => {
    const text = renderForm('draftDecision', returned());
    expect(text).toContain('决定稿已于2026年2月24日退回修改');
    expect(text).toContain('修改意见：请补充被申请人的陈述申辩告知情况');
    expect(text).toContain('经审理查明：被申请人作出处罚前未告知申请人陈述、申辩的权利。');
    // 撤销 was chosen: its own field (a period to act again) is there, the others' are not.
    expect(text).toContain('责令被申请人重新作出行政行为的期限（选填）');
    expect(text).not.toContain('变更后的内容');
    expect(text).not.toContain('履行期限');
  });

  it('warns of Art. 70 when the reply did not come in time', () => {
    const late = copyOnline().runClockUntil(bj('2026-03-31T12:00:00'));
    expect(late.view<CaseView>(people.clerk).noReplyInTime).toBe(true);
    expect(renderForm('draftDecision', late)).toContain('不能决定维持或者驳回行政复议请求');
  });

  it('says a requested collective discussion must be recorded before approval', () => {
    const text = renderForm('approveDecision', discussionAsked(), 'officeHead');
    expect(text).toContain('请先记录集体讨论意见，再批准签发');
  });

  it('offers termination for an unresolved suspension only while one on grounds 1, 2 or 4 runs', () => {
    const text = renderForm('terminate', suspended('entityEnded'), 'officeHead');
    expect(text).toContain('中止的原因仍未消除（第四十一条第一款第五项）');
    expect(renderForm('terminate', suspended('forceMajeure'), 'officeHead')).not.toContain(
      '中止的原因仍未消除',
    );
  });

  it('explains electronic service to an applicant before the decision is issued', () => {
    const text = renderForm('consentToElectronicService', replied(), 'applicant');
    expect(text).toContain('文书到达消息中心之日即为送达之日');
    expect(text).not.toContain('同意后即时送达您');
  });
});

// ---------------------------------------------------------------------------------------------
// Event renderers: every type the API names, from real cases.
// ---------------------------------------------------------------------------------------------

/** A 2027 official calendar differing from the provisional one: 4 January is a day off too. */
const calendar2027 = {
  year: 2027,
  version: 1,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  daysOff: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-04', name: '元旦' },
  ],
  makeupWorkdays: [],
};

/** An event with the case it belongs to, both as the clerk sees them. */
interface Sample {
  readonly event: TimelineEvent;
  readonly caseView: CaseView;
}

function samples(): Sample[] {
  const worked = copyByPost()
    .act(people.clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-12' }, bj('2026-02-12T15:00:00'))
    .runClockUntil(bj('2026-04-01T12:00:00'));
  const corrected = awaitingCorrection().act(
    people.applicant,
    { action: 'submitCorrection', answers: [{ field: '证据材料', textZh: '已上传行政处罚决定书复印件' }] },
    bj('2026-02-12T10:00:00'),
  );
  const refused = inReview().act(
    people.clerk,
    { action: 'refuse', reasons: ['wrongBody'], competentBodyId: 'gov-qh', noteZh: '请向省政府申请' },
    nextDay,
  );
  const forwarded = inReview().act(people.clerk, { action: 'forward', toBodyId: 'gov-hd' }, nextDay, {
    number: '海东市人民政府 2026年第000007号',
  });
  const withdrawn = inReview().act(
    people.applicant,
    { action: 'withdraw', reasonZh: '已与被申请人和解' },
    nextDay,
  );
  const untouched = inReview().runClockUntil(bj('2026-03-20T12:00:00'));
  // The review parts: parties, a mediation that takes effect, one that fails, a withdrawal.
  const mediated = new PortalCase('case-mediated', '西宁市人民政府 2026年第000011号')
    .act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, nextDay)
    .act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, nextDay)
    .act(
      people.clerk,
      { action: 'inviteThirdParty', thirdParty: wangwu, interestZh: '检测报告由王五出具' },
      nextDay,
    )
    .act(
      people.clerk,
      {
        action: 'recordThirdPartyApplication',
        applicant: { ...wangwu, name: '赵六', residentId: '630102198811203453' },
        interestZh: '是申请人的邻居',
        receivedOn: '2026-02-11',
      },
      nextDay,
    )
    .act(
      people.clerk,
      {
        action: 'decideThirdPartyApplication',
        applicationId: 'P1',
        admitted: false,
        reasonZh: '与被申请行政复议的行政行为没有利害关系',
      },
      nextDay,
    )
    .act(
      people.applicant,
      {
        action: 'appointAgent',
        agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', scope: 'general' },
      },
      nextDay,
    )
    .act(people.applicant, { action: 'dismissAgent', agentId: 'A1', reasonZh: '不再委托' }, nextDay)
    .act(
      people.clerk,
      {
        action: 'recordRepresentatives',
        applicantCount: 8,
        representatives: [{ name: '张三' }, { name: '李四' }],
      },
      nextDay,
    )
    .act(people.clerk, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' }, nextDay)
    .act(people.applicant, { action: 'consentToMediation', consent: true }, nextDay)
    .act(people.respondent, { action: 'consentToMediation', consent: true }, nextDay)
    .act(
      people.clerk,
      { action: 'recordMediationConsent', party: 'thirdParty:T1', consent: true, answeredOn: '2026-02-11' },
      nextDay,
    )
    .act(
      people.clerk,
      {
        action: 'recordMediationSession',
        heldOn: '2026-02-12',
        mode: 'inPerson',
        participants: ['applicant', 'respondent', 'thirdParty:T1'],
        summaryZh: '双方同意将罚款变更为三千元',
      },
      day3,
    )
    .act(people.clerk, mediationDocument, day3)
    .act(people.applicant, { action: 'signMediationDocument', agreed: true }, day3)
    .act(people.respondent, { action: 'signMediationDocument', agreed: true }, day3)
    .act(
      people.clerk,
      { action: 'recordMediationSignature', party: 'thirdParty:T1', signedOn: '2026-02-12' },
      day3,
    )
    .act(people.officeHead, { action: 'sealMediationDocument' }, day3);
  const failedThenWithdrawn = new PortalCase('case-failed', '西宁市人民政府 2026年第000012号')
    .act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, nextDay)
    .act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, nextDay)
    .act(people.clerk, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' }, nextDay)
    .act(people.applicant, { action: 'consentToMediation', consent: true }, nextDay)
    .act(
      people.respondent,
      { action: 'consentToMediation', consent: false, reasonZh: '处罚适当，无调解余地' },
      nextDay,
    )
    .act(people.clerk, { action: 'proposeMediation', proposalZh: '再次就罚款数额进行调解' }, nextDay)
    .act(people.applicant, { action: 'consentToMediation', consent: true }, nextDay)
    .act(people.respondent, { action: 'consentToMediation', consent: true }, nextDay)
    .act(people.applicant, { action: 'declineMediation', reasonZh: '被申请人提出的数额无法接受' }, day3)
    .act(
      people.applicant,
      {
        action: 'withdraw',
        reasonZh: '已与被申请人达成和解',
        settlement: { summaryZh: '被申请人将罚款变更为三千元', concludedOn: '2026-02-12' },
      },
      day3,
    )
    .act(people.officeHead, { action: 'refuseWithdrawal', reasonZh: '和解内容损害第三人合法权益' }, day3)
    .act(people.applicant, { action: 'withdraw', reasonZh: '申请人决定不再坚持复议请求' }, day3)
    .act(people.officeHead, { action: 'approveWithdrawal', noteZh: '准予撤回' }, day3);
  const refiled = priorWithdrawalStated().act(
    people.clerk,
    { action: 'assessPriorWithdrawal', withdrawalGenuine: false, reasonZh: '录音证明撤回系受胁迫' },
    nextDay,
  );
  const abandoned = awaitingCorrection().runClockUntil(bj('2026-04-01T12:00:00'));
  const requestRefused = requested().act(
    people.clerk,
    { action: 'decideHearingRequest', granted: false, reasonZh: '案件事实清楚，书面审查即可' },
    nextDay,
  );
  const ordered = withCopy().act(
    people.clerk,
    { action: 'orderHearing', reasonZh: '检测报告的效力需当面质证' },
    nextDay,
  );
  // A recusal granted, the panel completed again, the hearing postponed, held and its record signed.
  const heard = recusalPending()
    .act(
      people.head,
      { action: 'decideRecusal', memberUserId: 'u-chenjing', granted: true, reasonZh: '申请理由成立' },
      nextDay,
    )
    .act(people.clerk, panelOf(people.member2), nextDay);
  hearingOn(heard).act(
    people.clerk,
    { action: 'postponeHearing', date: '2026-03-03', time: '14:30', reasonZh: '申请人因病请求延期' },
    bj('2026-02-12T10:00:00'),
  );
  drafted(heldOnTheDay(heard, bj('2026-03-03T17:00:00')), bj('2026-03-03T18:00:00'))
    .act(people.member2, { action: 'confirmHearingRecord' }, bj('2026-03-04T10:00:00'))
    .act(
      people.clerk,
      { action: 'recordSignatureRefusal', signatory: 'applicant', reasonZh: '申请人拒绝签字' },
      bj('2026-03-04T11:00:00'),
    );
  const waived = requested()
    .act(people.clerk, { action: 'decideHearingRequest', granted: true }, nextDay)
    .act(people.clerk, panelOf(people.member), nextDay);
  hearingOn(waived).act(
    people.clerk,
    {
      action: 'recordHearingHeld',
      applicantAttendance: 'absentWithoutReason',
      respondentAttendance: 'head',
      respondentHeadNameZh: '马局长',
    },
    bj('2026-02-25T16:00:00'),
  );
  const consulted = opined().act(
    people.clerk,
    { action: 'recordCommitteeOpinion', opinionZh: '委员会认为程序违法' },
    nextDay,
  );
  const opinions = replied()
    .act(
      people.clerk,
      {
        action: 'recordOpinions',
        mode: 'online',
        heardOn: '2026-02-13',
        parties: ['applicant', 'respondent'],
        summaryZh: '申请人坚持撤销请求',
      },
      bj('2026-02-13T15:00:00'),
    )
    .act(
      people.clerk,
      {
        action: 'markComplexity',
        majorDifficultComplex: true,
        highlyTechnical: false,
        reasonZh: '涉及多方利益',
      },
      bj('2026-02-13T16:00:00'),
    );
  const final = served().runClockUntil(bj('2026-04-30T12:00:00'));
  const sued = served().act(
    people.clerk,
    { action: 'recordLitigation', filedOn: '2026-03-05', courtZh: '西宁市城中区人民法院' },
    bj('2026-03-05T10:00:00'),
  );
  const consented = issued().act(
    people.applicant,
    { action: 'consentToElectronicService' },
    bj('2026-02-26T09:00:00'),
  );
  const resumed = suspended().act(
    people.clerk,
    { action: 'resume', reasonZh: '隔离已解除' },
    bj('2026-03-02T10:00:00'),
  );
  const terminated = accepted().act(
    people.officeHead,
    { action: 'terminate', ground: 'noSuccessor', reasonZh: '申请人死亡，没有近亲属' },
    bj('2026-02-24T10:00:00'),
  );
  const lapsedSuspension = suspended('entityEnded').runClockUntil(bj('2026-04-28T12:00:00'));
  const converted = simplified().act(
    people.officeHead,
    { action: 'convertToOrdinary', reasonZh: '案情复杂，不宜适用简易程序' },
    bj('2026-02-12T10:00:00'),
  );
  // Filed at the end of 2026: its dates run into 2027, whose official calendar is not loaded yet.
  const yearEnd = new PortalCase('case-year-end', '西宁市人民政府 2026年第000099号', {
    at: bj('2026-12-28T10:00:00'),
    application: { madeOn: '2026-12-20', learnedOn: '2026-12-22' },
  })
    .runClockUntil(bj('2027-01-08T12:00:00'))
    .loadCalendar(calendar2027, bj('2027-01-08T12:00:00'));
  // Materials: the applicant's evidence, the respondent's reply (marked, opened again, read).
  const pdf = (fileName: string, sha: string) => ({
    fileName,
    contentType: 'application/pdf',
    size: 24_576,
    sha256: sha.repeat(64),
  });
  const ids = {
    evidence: '11111111-1111-4111-8111-111111111111',
    reply: '22222222-2222-4222-8222-222222222222',
  };
  const withFiles = copyByPost()
    .act(people.clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-12' }, bj('2026-02-12T15:00:00'))
    .attach(
      people.applicant,
      { uploadId: ids.evidence, purpose: 'evidence' },
      pdf('处罚决定书.pdf', 'a'),
      bj('2026-02-13T09:00:00'),
    )
    .attach(
      people.respondent,
      { uploadId: ids.reply, purpose: 'reply' },
      pdf('行政复议答复书.pdf', 'b'),
      bj('2026-02-13T10:00:00'),
    )
    .confidentiality(
      people.clerk,
      ids.reply,
      { marked: true, confidentiality: { kind: 'commercialSecret', reasonZh: '载有第三方企业的配方数据' } },
      bj('2026-02-13T11:00:00'),
    )
    .confidentiality(
      people.clerk,
      ids.reply,
      { marked: false, reasonZh: '第三方已同意公开' },
      bj('2026-02-13T12:00:00'),
    )
    .read(people.applicant, ids.reply, bj('2026-02-13T13:00:00'))
    .readDocument(people.applicant, 'acceptance', bj('2026-02-13T14:00:00'));
  return [
    worked,
    corrected,
    refused,
    forwarded,
    withdrawn,
    untouched,
    abandoned,
    yearEnd,
    requestRefused,
    ordered,
    heard,
    waived,
    consulted,
    mediated,
    failedThenWithdrawn,
    refiled,
    opinions,
    returned(),
    final,
    sued,
    consented,
    resumed,
    terminated,
    lapsedSuspension,
    extended(),
    converted,
    withFiles,
  ].flatMap((c) => {
    const caseView = c.view<CaseView>(people.clerk);
    return c.timeline<TimelineEvent>(people.clerk).map((event) => ({ event, caseView }));
  });
}

/** What each event's details must say (besides its title, which is the API's labelZh). */
const eventShows: Record<EventType, string[]> = {
  caseFiled: ['申请人张三提出申请', '西宁市人民政府 2026年第000001号'],
  correctionRequested: ['证据材料：请提交行政处罚决定书复印件', '说明：请于期限内补正'],
  correctionSubmitted: ['收到补正材料', '证据材料：已上传行政处罚决定书复印件'],
  accepted: ['普通程序', '受理日期2026年2月11日'],
  deemedAccepted: ['普通程序', '受理日期2026年2月24日'],
  refused: ['本机关不是有管辖权的行政复议机关', '有管辖权的复议机关：青海省人民政府', '说明：请向省政府申请'],
  forwarded: ['转送海东市人民政府', '新案件编号海东市人民政府 2026年第000007号'],
  copySent: ['邮寄送达', '2026年2月11日发送', '收到后登记收到日期'],
  copyReceived: ['被申请人2026年2月12日收到申请书副本'],
  timelinessRecomputed: ['2027年节假日安排（第1版）载入后重新计算', '申请期限届满日由'],
  withdrawn: ['撤回理由：已与被申请人和解'],
  deemedAbandoned: ['补正期限于', '申请人未补正'],
  deadlineWarned: ['被申请人答复并提交证据、依据期限', '届满日2026年3月4日'],
  deadlineOverdue: ['向被申请人发送申请书副本期限', '届满日'],
  deadlineLapsed: ['被申请人答复并提交证据、依据期限', '届满日'],
  deadlineAwaitingCalendar: ['暂定届满日', '2027年的官方节假日安排尚未载入'],
  deadlinesRecomputed: ['2027年节假日安排（第1版）载入后重新计算', '受理审查期限：'],
  hearingRequested: ['申请人请求举行听证', '理由：检测报告的效力争议较大'],
  hearingRequestDecided: ['决定不举行听证，已告知申请人理由', '理由：案件事实清楚，书面审查即可'],
  hearingOrdered: ['理由：检测报告的效力需当面质证'],
  hearingPanelAssigned: ['听证主持人：赵强', '听证员：陈静、周杰', '记录员：王芳'],
  recusalApplied: ['申请人申请陈静回避', '理由：该委员曾为被申请人提供法律顾问服务'],
  recusalDecided: ['决定准予陈静回避，另行确定听证人员', '理由：申请理由成立'],
  hearingScheduled: [
    '听证定于2026年2月25日09:30举行',
    '地点：西宁市司法局三楼听证室',
    '检测报告是否依法送达申请人',
    '最早可于2026年2月25日举行',
    '听证员：孙海、周杰',
  ],
  hearingPostponed: ['听证由2026年2月25日09:30改至2026年3月3日14:30举行', '延期理由：申请人因病请求延期'],
  hearingHeld: ['2026年3月3日14:30举行听证', '申请人参加听证', '被申请人负责人参加听证：马局长'],
  hearingWaived: ['申请人无正当理由未参加2026年2月25日09:30的听证', '视为放弃听证权利'],
  hearingRecordDrafted: [
    '听证笔录已制作',
    '张三、西宁市市场监督管理局、赵强、孙海、周杰、王芳',
    '申请人陈述',
  ],
  hearingRecordConfirmed: ['孙海确认听证笔录'],
  hearingSignatureRefused: ['张三拒绝在听证笔录上签字', '情况：申请人拒绝签字'],
  referredToCommittee: [
    '提请依据：案情重大、疑难、复杂',
    '检测报告未送达是否构成程序违法',
    '提出意见的委员：陈静',
  ],
  committeeMemberOpined: ['陈静的书面咨询意见：检测报告未送达，程序违法'],
  committeeOpinionRecorded: ['委员会咨询意见：委员会认为程序违法', '依据陈静的书面意见'],
  thirdPartyAdmitted: [
    '王五作为第三人参加行政复议（复议机构通知参加',
    '已发出参加行政复议通知书',
    '利害关系：检测报告由王五出具',
  ],
  thirdPartyApplied: ['2026年2月11日收到赵六作为第三人参加行政复议的申请', '利害关系：是申请人的邻居'],
  thirdPartyApplicationRefused: ['不准许参加行政复议，理由：与被申请行政复议的行政行为没有利害关系'],
  agentAppointed: ['代理人刘律师（律师），', '一般授权'],
  agentDismissed: ['代理人委托于2026年2月11日解除', '说明：不再委托'],
  representativesRecorded: ['申请人8人，推选代表人：张三、李四'],
  mediationProposed: ['调解事项：就罚款数额进行调解', '请各方当事人答复：张三、西宁市市场监督管理局、王五'],
  mediationConsented: ['张三同意调解（网上确认'],
  mediationDeclined: ['西宁市市场监督管理局不同意调解', '理由：处罚适当，无调解余地'],
  mediationSessionHeld: [
    '2026年2月12日，当面调解，参加：张三、西宁市市场监督管理局、王五',
    '双方同意将罚款变更为三千元',
  ],
  mediationDocumentIssued: ['2026年2月12日制作行政复议调解书', '调解协议内容：被申请人将罚款变更为三千元'],
  mediationDocumentSigned: ['张三于2026年2月12日网上确认签收调解书'],
  mediationDocumentSealed: ['调解书于2026年2月12日加盖行政复议机关印章'],
  mediationTookEffect: ['发生法律效力，本案审结'],
  mediationFailed: ['张三反悔或不同意调解', '情况：被申请人提出的数额无法接受'],
  withdrawalRequested: [
    '撤回理由：已与被申请人达成和解',
    '和解协议（2026年2月12日签订）',
    '待复议机构负责人决定',
  ],
  withdrawalApproved: ['2026年2月12日准予撤回，行政复议终止', '说明：准予撤回'],
  withdrawalRefused: ['不准予撤回，理由：和解内容损害第三人合法权益'],
  priorWithdrawalAssessed: [
    '前次申请（西宁市人民政府 2026年第000003号）的撤回违背申请人真实意思表示',
    '审查意见：录音证明撤回系受胁迫',
  ],
  replySubmitted: ['被申请人于2026年2月13日提交书面答复', '证据清单1项', '在答复期限内'],
  opinionsHeard: ['2026年2月13日以网络视频方式听取申请人、被申请人的意见', '意见摘要：申请人坚持撤销请求'],
  complexityAssessed: ['案情重大、疑难、复杂', '专业性、技术性不强', '理由：争议较大'],
  convertedToOrdinary: ['转为普通程序审理', '：由2026年', '改为2026年', '理由：案情复杂，不宜适用简易程序'],
  suspended: ['自2026年2月24日起中止审理', '不可抗力', '各项期限停止计算', '具体原因：申请人因疫情隔离'],
  resumed: [
    '自2026年3月2日起恢复审理',
    '：由2026年4月13日改为2026年4月20日',
    '中止原因消除的情况：隔离已解除',
  ],
  terminated: ['没有近亲属或者其近亲属放弃行政复议权利', '行政复议终止', '具体原因：申请人死亡，没有近亲属'],
  terminatedAfterSuspension: [
    '自2026年2月24日中止审理，至2026年4月27日中止满法定期限',
    '第四十一条第一款第五项',
  ],
  decisionPeriodExtended: [
    '审理期限延长30日',
    '：由2026年4月13日改为2026年5月12日',
    '延长理由：案情复杂，需要补充调查',
  ],
  decisionDrafted: ['拟定“撤销”决定'],
  collectiveDiscussionRequested: ['提交集体讨论的理由：案情重大，须集体讨论'],
  collectiveDiscussionRecorded: ['2026年2月25日集体讨论', '参加人员：李明、王芳、赵敏', '讨论意见：同意撤销'],
  decisionDraftReturned: ['修改意见：请补充被申请人的陈述申辩告知情况'],
  decisionIssued: [
    '决定书文号宁政复决字〔2026〕1号',
    '张三（申请人）：邮寄送达，待邮寄',
    '（被申请人）：电子送达，2026年2月25日送达',
  ],
  decisionMailed: ['2026年2月26日向张三（申请人）邮寄行政复议决定书', '邮件号码EMS1234567890'],
  decisionServed: ['张三（申请人）于2026年2月28日收到行政复议决定书（邮寄送达）'],
  decisionTookEffect: ['决定自2026年2月28日起发生法律效力', '申请人2026年2月28日收到决定书'],
  electronicServiceConsented: ['申请人同意电子送达'],
  litigationRecorded: ['申请人于2026年3月5日向西宁市城中区人民法院提起行政诉讼'],
  decisionFinal: ['起诉期限于2026年3月16日届满', '行政复议决定确定'],
  fileAttached: ['申请人方提交“处罚决定书.pdf”（证据，24 KB）'],
  fileConfidentialityMarked: [
    '“行政复议答复书.pdf”',
    '对另一方不予查阅：涉及商业秘密',
    '理由：载有第三方企业的配方数据',
  ],
  fileConfidentialityUnmarked: ['取消不予查阅标记', '理由：第三方已同意公开'],
  fileRead: ['在线查阅（下载）“行政复议答复书.pdf”'],
  documentRead: ['查阅（下载）《行政复议受理通知书》（宁政复受字〔2026〕1号），PDF'],
};

describe('event renderers', () => {
  let all: Sample[];
  beforeAll(() => {
    all = samples();
  });

  it('every event type of every procedure and of the engine has a renderer', () => {
    const known = new Set<string>([
      ...engineEventTypes,
      ...registeredProcedures().flatMap((p) => Object.keys(p.eventLabelsZh)),
    ]);
    expect([...known].filter((type) => !Object.hasOwn(eventRenderers, type))).toEqual([]);
    expect(Object.keys(eventShows).sort()).toEqual([...known].sort());
  });

  it.each(Object.keys(eventShows) as EventType[])('%s: its details read in Chinese', (type) => {
    const ofType = all.filter((s) => s.event.type === type);
    const sample = ofType.find((s) => s.caseView.caseNumber.endsWith('000001号')) ?? ofType[0];
    if (!sample) throw new Error(`no ${type} event in the sample cases`);
    const context = { caseView: sample.caseView, reference };
    const text = textOf(render(<EventDetail event={sample.event} context={context} />));
    for (const words of eventShows[type]) expect(text).toContain(words);
    expect(text).not.toMatch(/undefined|null|\[object/);
  });

  it('every case and event rendered here is what the API contract describes', () => {
    for (const { event, caseView } of all) {
      // The sample cases have readable ids; the API's are UUIDs.
      const withUuid = { ...caseView, id: '2f1c9a4e-8b3d-4e6a-9c1f-5d7e8a9b0c1d' };
      expect(() => z.parse(caseViewContract, withUuid)).not.toThrow();
      expect(() => z.parse(timelineEventContract, event)).not.toThrow();
    }
  });

  it('an event of a type without a renderer shows where the case went and which deadlines started', () => {
    const caseView = accepted().view<CaseView>(people.clerk);
    const [filed] = inReview().timeline<TimelineEvent>(people.clerk);
    const unknown = {
      ...filed,
      type: 'eventOfALaterVersion',
      toStage: 'underReview',
    } as unknown as TimelineEvent;
    const text = textOf(render(<EventDetail event={unknown} context={{ caseView, reference }} />));
    expect(text).toContain('案件进入“审理中”阶段');
    expect(text).toContain('受理审查期限起算，届满日2026年2月24日');
  });
});

// ---------------------------------------------------------------------------------------------
// The review and the decision on the case page.
// ---------------------------------------------------------------------------------------------

describe('the review and decision sections', () => {
  const review = (c: PortalCase, as: keyof typeof people, staff: boolean) =>
    textOf(
      render(<ReviewSection caseView={c.view<CaseView>(people[as])} reference={reference} staff={staff} />),
    );
  const decision = (c: PortalCase, as: keyof typeof people) =>
    textOf(render(<DecisionSection caseView={c.view<CaseView>(people[as])} reference={reference} />));

  it('shows the reply with its evidence, and nothing of the review before acceptance', () => {
    const text = review(replied(), 'applicant', false);
    expect(text).toContain('2026年2月13日（在答复期限内）');
    expect(text).toContain('现场检查笔录 （证明：证明违法事实）');
    expect(text).toContain('《中华人民共和国食品安全法》第一百二十四条');
    expect(text).not.toContain('第七十条');
    expect(review(inReview(), 'clerk', true)).toBe('');
  });

  it('warns of Art. 70 when the respondent did not reply in time', () => {
    const text = review(copyOnline().runClockUntil(bj('2026-03-31T12:00:00')), 'applicant', false);
    expect(text).toContain('被申请人未在法定期限内提交书面答复');
    expect(text).toContain('第七十条');
    expect(text).not.toContain('尚未收到被申请人的书面答复');
  });

  it('says what the complexity makes mandatory, and shows staff why the simplified procedure was open', () => {
    const c = replied().act(
      people.clerk,
      {
        action: 'markComplexity',
        majorDifficultComplex: false,
        highlyTechnical: true,
        reasonZh: '涉及检测标准',
      },
      bj('2026-02-13T16:00:00'),
    );
    const staff = review(c, 'clerk', true);
    expect(staff).toContain(
      '应当提请行政复议委员会提出咨询意见（专业性、技术性较强，《行政复议法》第五十二条）',
    );
    expect(staff).not.toContain('应当组织听证');
    expect(staff).toContain('不属于可以直接适用简易程序的情形');
    expect(review(c, 'applicant', false)).not.toContain('简易程序');
    const small = review(simplified(), 'clerk', true);
    expect(small).toContain('案件涉及款额500元，不超过3000元');
  });

  it('shows a running suspension as a warning, a past one and the extension as lines', () => {
    const running = review(suspended(), 'applicant', false);
    expect(running).toContain('本案自2026年2月24日起中止审理，各项期限停止计算');
    const over = review(
      suspended().act(people.clerk, { action: 'resume', reasonZh: '隔离已解除' }, bj('2026-03-02T10:00:00')),
      'applicant',
      false,
    );
    expect(over).toContain('2026年2月24日至2026年3月2日中止审理');
    expect(over).not.toContain('各项期限停止计算');
    expect(review(extended(), 'applicant', false)).toContain('2026年3月2日经批准延长审理期限30日');
  });

  it('shows the draft awaiting approval, then the number, the service on each party and the effect', () => {
    const pending = decision(discussionAsked(), 'clerk');
    expect(pending).toContain('待集体讨论');
    expect(pending).toContain('决定稿');
    expect(pending).toContain('责令被申请人自收到决定书之日起60日内重新作出行政行为');
    expect(pending).toContain('尚未记录讨论意见');
    const inService = decision(mailed(), 'applicant');
    expect(inService).toContain('宁政复决字〔2026〕1号');
    expect(inService).toContain('已签发，送达中');
    expect(inService).toContain('2026年2月26日寄出（邮件号码EMS1234567890）');
    expect(inService).toContain('待送达');
    const effective = decision(served(), 'applicant');
    expect(effective).toContain('已于2026年2月28日生效');
    expect(effective).toContain('2026年2月28日送达');
    expect(effective).not.toContain('待送达');
    expect(decision(replied(), 'clerk')).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Deadlines: order, whose duty, and the body's lateness never read as the applicant's.
// ---------------------------------------------------------------------------------------------

describe('deadlines', () => {
  it('lists open deadlines first, names whose duty each is, and reads the body lateness as its own', () => {
    // Never accepted by hand: deemed accepted, then the copy to the respondent is overdue.
    const caseView = inReview().runClockUntil(bj('2026-03-20T12:00:00')).view<CaseView>(people.applicant);
    const html = render(<Deadlines deadlines={caseView.deadlines} />);
    const order = [...html.matchAll(/data-status="(\w+)"/g)].map((m) => m[1]);
    expect(order.indexOf('open')).toBe(0);
    expect(order.lastIndexOf('open')).toBeLessThan(order.indexOf('lapsed'));
    expect(order.at(-1)).toBe('cancelled');
    const text = textOf(html);
    expect(text).toContain('复议机关办理超期');
    expect(text).not.toContain('申请人办理超期');
    expect(text).toContain('责任方：复议机关');
  });

  it('marks a provisional date 暂定 and says why in the text (the badge also says it in its tooltip)', () => {
    const caseView = new PortalCase('case-year-end', '西宁市人民政府 2026年第000099号', {
      at: bj('2026-12-28T10:00:00'),
      application: { madeOn: '2026-12-20', learnedOn: '2026-12-22' },
    }).view<CaseView>(people.clerk);
    const text = textOf(render(<Deadlines deadlines={caseView.deadlines} />));
    expect(text).toContain('暂定');
    expect(text).toContain('2027年的官方节假日安排尚未载入');
  });
});
