import { describe, expect, it } from '@jest/globals';
import { endOfShanghaiDay } from '../../shared/calendar/index';
import { DOCUMENT_NUMBER, type OfficialDocument } from '../../shared/documents';
import type { Actor } from '../../shared/domain/actors';
import {
  documentAccess,
  formatsFor,
  type IssuedDocument,
  readingIsRecorded,
  recipientNameFor,
} from '../../shared/domain/documents';
import {
  actZh,
  caseSerialOf,
  clockTimeZh,
  draftDecision,
  dutyZh,
  issuedDocument,
  issuedDocuments,
  readerOf,
} from '../../shared/procedures/reconsideration/documents';
import { application, bj, CaseFile, type Cmd, people } from '../support/case-file';
import { companyApplicant } from '../support/fixtures';
import {
  DAY3,
  DAY4,
  ReviewCase,
  bj as reviewBj,
  people as reviewPeople,
  wangwu,
} from '../support/review-case';

/**
 * The documents a case has issued, read off its event log: which event issues which document,
 * to whom, with which number and date, who may read it, and what it says.
 */

const { applicant, clerk, officeHead, respondent } = people;
const CASE_NO = '西宁市人民政府 2026年第000012号';
const after = (date: string) => new Date(endOfShanghaiDay(date).getTime() + 60_000);

const accept = { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false } as Cmd;
const sendCopy = { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' } as Cmd;
const reply = {
  action: 'submitReply',
  replyZh: '处罚事实清楚，证据确凿，程序合法',
  evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
  legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
} as Cmd;
const draft = (type: string, extra: Record<string, unknown> = {}) =>
  ({
    action: 'draftDecision',
    type,
    findingsZh: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
    reasonsZh: '被申请人违反法定程序。',
    legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
    ...extra,
  }) as Cmd;

/** Accepted on 11 Feb 2026, the copy sent online on 12 Feb: both sides are parties. */
function inReview(app = application(), caseNumber = CASE_NO) {
  const c = new CaseFile(app, bj('2026-02-10T10:00:00'), caseNumber);
  c.act(clerk, accept, bj('2026-02-11T10:00:00'));
  c.act(clerk, sendCopy, bj('2026-02-12T10:00:00'));
  return c;
}

const text = (doc: OfficialDocument | undefined) =>
  doc ? [doc.number, doc.addresseeZh ?? '', ...doc.partyLines, ...doc.body, ...doc.remedy].join('\n') : '';

const byId = (docs: readonly IssuedDocument[]) => new Map(docs.map((d) => [d.id, d]));

describe('acceptance: the 受理通知书 and, with the copy, the 提出答复通知书', () => {
  const c = inReview();
  const docs = issuedDocuments(c.events);

  it('issues one to the applicant on acceptance and one to the respondent with the copy', () => {
    expect(docs).toEqual([
      {
        id: '2-acceptance-applicant',
        kind: 'acceptance',
        titleZh: '行政复议受理通知书',
        seq: 2,
        issuedOn: '2026-02-11',
        number: '宁政复受字〔2026〕12号',
        recipient: { party: 'applicant', nameZh: '张三', kind: 'person', subject: 'applicant' },
        readers: ['applicant'],
      },
      {
        id: '3-replyNotice-respondent',
        kind: 'replyNotice',
        titleZh: '提出答复通知书',
        seq: 3,
        issuedOn: '2026-02-12',
        number: '宁政复答字〔2026〕12号',
        recipient: { party: 'respondent', nameZh: '西宁市市场监督管理局', kind: 'organisation' },
        readers: ['respondent'],
      },
    ]);
  });

  it('says what each notice must say, to its addressee', () => {
    const acceptance = issuedDocument(c.events, '2-acceptance-applicant');
    expect(acceptance).toMatchObject({ addresseeZh: '张三', issuedOn: '2026-02-11', draft: false });
    expect(text(acceptance)).toContain(
      '你不服西宁市市场监督管理局于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号），于2026年2月10日',
    );
    expect(text(acceptance)).toContain('受理日期为2026年2月11日');
    expect(text(acceptance)).toContain('本案适用普通程序审理');
    const notice = issuedDocument(c.events, '3-replyNotice-respondent');
    expect(notice).toMatchObject({
      addresseeZh: '西宁市市场监督管理局',
      attachments: ['行政复议申请书副本'],
    });
    expect(text(notice)).toContain('张三不服你单位');
    expect(text(notice)).toContain('十个工作日内');
  });

  it('gives the same ids and documents for the same log, and nothing for an id it did not issue', () => {
    expect(issuedDocuments([...c.events])).toEqual(docs);
    expect(issuedDocument(c.events, '2-acceptance-applicant')).toEqual(
      issuedDocument(c.events, '2-acceptance-applicant'),
    );
    expect(issuedDocument(c.events, '2-acceptance-respondent')).toBeUndefined();
    expect(issuedDocument(c.events, '9-decision')).toBeUndefined();
    expect(issuedDocument(c.events, 'acceptance')).toBeUndefined();
  });

  it('a deemed acceptance (Art. 30) issues no 受理通知书: the body did not act', () => {
    const late = new CaseFile(application(), bj('2026-02-10T10:00:00'), CASE_NO);
    const due = late.state.deadlines.acceptanceReview?.dueDate as string;
    late.clock(after(due));
    expect(late.state.deemedAccepted).toBe(true);
    expect(issuedDocuments(late.events)).toEqual([]);
  });
});

describe('before acceptance: the 补正通知书 and the 不予受理决定书, to the applicant', () => {
  it('lists every item to correct, as of the day the application was received', () => {
    const c = new CaseFile(application(), bj('2026-02-10T10:00:00'), CASE_NO);
    c.act(
      clerk,
      {
        action: 'requestCorrection',
        items: [
          { field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' },
          { field: 'requests', descriptionZh: '请明确行政复议请求' },
        ],
      } as Cmd,
      bj('2026-02-11T10:00:00'),
    );
    const [doc] = issuedDocuments(c.events);
    expect(doc).toMatchObject({
      id: '2-correction-applicant',
      number: '宁政复补字〔2026〕12号',
      issuedOn: '2026-02-11',
      readers: ['applicant'],
    });
    const t = text(issuedDocument(c.events, '2-correction-applicant'));
    expect(t).toContain('本机关于2026年2月10日收到你提出的行政复议申请');
    expect(t).toContain('（一）请提交行政处罚决定书复印件');
    expect(t).toContain('（二）请明确行政复议请求');
  });

  it('gives the reasons of a refusal and the time to sue', () => {
    const c = new CaseFile(application(), bj('2026-02-10T10:00:00'), CASE_NO);
    c.act(clerk, { action: 'refuse', reasons: ['outsideScope'] } as Cmd, bj('2026-02-11T10:00:00'));
    expect(issuedDocuments(c.events)).toEqual([
      expect.objectContaining({
        id: '2-refusal-applicant',
        kind: 'refusal',
        titleZh: '不予受理行政复议申请决定书',
        number: '宁政复不受字〔2026〕12号',
        readers: ['applicant'],
      }),
    ]);
    const t = text(issuedDocument(c.events, '2-refusal-applicant'));
    expect(t).toContain('不属于行政复议范围');
    expect(t).toContain('自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼');
  });
});

describe('suspension, resumption, extension and termination: a copy to each party', () => {
  const c = inReview();
  c.act(
    clerk,
    { action: 'suspend', ground: 'forceMajeure', reasonZh: '申请人因病住院治疗。' } as Cmd,
    bj('2026-02-24T10:00:00'),
  );
  c.act(clerk, { action: 'resume', reasonZh: '申请人已出院' } as Cmd, bj('2026-03-02T10:00:00'));
  c.act(
    officeHead,
    { action: 'extendDecisionPeriod', days: 30, reasonZh: '案件涉及多项专业技术问题' } as Cmd,
    bj('2026-03-03T10:00:00'),
  );
  c.act(
    officeHead,
    { action: 'terminate', ground: 'noSuccessor', reasonZh: '申请人于2026年3月5日死亡，没有近亲属。' } as Cmd,
    bj('2026-03-06T10:00:00'),
  );
  const docs = byId(issuedDocuments(c.events));

  it('one per party with its own id, the same number for both copies', () => {
    expect([...docs.keys()]).toEqual([
      '2-acceptance-applicant',
      '3-replyNotice-respondent',
      '4-suspension-applicant',
      '4-suspension-respondent',
      '5-resumption-applicant',
      '5-resumption-respondent',
      '6-extension-applicant',
      '6-extension-respondent',
      '7-termination',
    ]);
    expect(docs.get('4-suspension-applicant')).toMatchObject({
      number: '宁政复中字〔2026〕12号',
      issuedOn: '2026-02-24',
      readers: ['applicant'],
    });
    expect(docs.get('4-suspension-respondent')).toMatchObject({
      number: '宁政复中字〔2026〕12号',
      readers: ['respondent'],
    });
    expect(docs.get('5-resumption-respondent')).toMatchObject({ number: '宁政复恢字〔2026〕12号' });
    expect(docs.get('6-extension-applicant')).toMatchObject({ number: '宁政复延字〔2026〕12号' });
    // The decision listing the parties goes to all of them.
    expect(docs.get('7-termination')).toMatchObject({
      number: '宁政复终字〔2026〕12号',
      issuedOn: '2026-03-06',
      readers: ['applicant', 'respondent'],
    });
    expect(docs.get('7-termination')?.recipient).toBeUndefined();
  });

  it('words each notice from the event: ground, facts, dates, the new last day', () => {
    const suspension = issuedDocument(c.events, '4-suspension-respondent');
    expect(suspension?.addresseeZh).toBe('西宁市市场监督管理局');
    expect(text(suspension)).toContain('因申请人因病住院治疗，本案属于');
    expect(text(suspension)).toContain('第三十九条第一款第五项');
    expect(text(suspension)).toContain('自2026年2月24日起中止本案的审理');
    const resumption = text(issuedDocument(c.events, '5-resumption-applicant'));
    expect(resumption).toContain('本机关于2026年2月24日中止了本案的审理');
    expect(resumption).toContain('现申请人已出院，');
    expect(resumption).toContain('自2026年3月2日起恢复本案的审理');
    const extension = text(issuedDocument(c.events, '6-extension-applicant'));
    expect(extension).toContain(
      `延长至${c.state.deadlines.decision?.dueDate.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`,
    );
    const termination = issuedDocument(c.events, '7-termination');
    expect(termination?.partyLines).toEqual([
      '申请人：张三，住青海省西宁市城中区****。',
      '被申请人：西宁市市场监督管理局。',
    ]);
    expect(text(termination)).toContain('第四十一条第二项');
    expect(text(termination)).toContain('申请人于2026年3月5日死亡，没有近亲属。');
  });

  it('an unresolved suspension that ends the case issues the 终止行政复议决定书 by the clock', () => {
    const s = inReview();
    s.act(
      clerk,
      { action: 'suspend', ground: 'entityEnded', reasonZh: '申请人已注销' } as Cmd,
      bj('2026-02-24T10:00:00'),
    );
    const limit = s.state.deadlines.suspensionLimit?.dueDate as string;
    s.clock(after(limit));
    const last = issuedDocuments(s.events).at(-1);
    expect(last).toMatchObject({ kind: 'termination', readers: ['applicant', 'respondent'] });
    const t = text(issuedDocument(s.events, last?.id as string));
    expect(t).toContain('本机关于2026年2月24日中止本案的审理。中止满六十日');
    expect(t).toContain('第四十一条第五项');
  });
});

describe('the 行政复议决定书', () => {
  /** Replied, drafted, approved with the body's number on 5 Mar. */
  function decided(
    type = 'revoke',
    extra: Record<string, unknown> = { newActWithinDays: 60 },
    app = application(),
  ) {
    const c = inReview(app);
    c.act(respondent, reply, bj('2026-02-13T10:00:00'));
    c.act(clerk, draft(type, extra), bj('2026-03-04T10:00:00'));
    c.act(officeHead, { action: 'approveDecision' } as Cmd, bj('2026-03-05T10:00:00'), {
      number: '宁政复决字〔2026〕7号',
    });
    return c;
  }

  it('carries its allocated number and date, and goes to every party', () => {
    const c = decided();
    const doc = issuedDocuments(c.events).find((d) => d.kind === 'decision');
    expect(doc).toEqual({
      id: `${c.events.find((e) => e.type === 'decisionIssued')?.seq}-decision`,
      kind: 'decision',
      titleZh: '行政复议决定书',
      seq: c.events.find((e) => e.type === 'decisionIssued')?.seq,
      issuedOn: '2026-03-05',
      number: '宁政复决字〔2026〕7号',
      readers: ['applicant', 'respondent'],
    });
  });

  it('says the claims, the reply, the facts, the reasons, the decision and the remedy', () => {
    const c = decided();
    const id = issuedDocuments(c.events).find((d) => d.kind === 'decision')?.id as string;
    const doc = issuedDocument(c.events, id);
    expect(doc).toMatchObject({
      number: '宁政复决字〔2026〕7号',
      dateZh: '二〇二六年三月五日',
      draft: false,
    });
    const t = text(doc);
    for (const part of [
      '本机关已于2026年2月11日依法受理',
      '申请人请求：撤销宁市监罚〔2026〕88号行政处罚决定',
      '被申请人称：处罚事实清楚，证据确凿，程序合法',
      '经审理查明：被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
      '本机关认为：被申请人违反法定程序。',
      '决定依据：《中华人民共和国行政处罚法》第四十四条。',
      '本机关决定：撤销被申请人于2026年2月2日作出的《行政处罚决定书》（宁市监罚〔2026〕88号）',
      '责令被申请人自收到本决定书之日起六十日内重新作出行政行为',
      '自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼',
    ])
      expect(t).toContain(part);
    expect(t).not.toContain('未在法定期限内提出书面答复');
  });

  it('orders a duty performed with the duty the act names, or the one asked for', () => {
    const duty = application({
      act: { kind: 'failureToPerform', title: '未依法履行政府信息公开职责', amountYuan: undefined },
    });
    const c = decided('orderPerformance', { performWithinDays: 20 }, duty);
    const id = issuedDocuments(c.events).find((d) => d.kind === 'decision')?.id as string;
    expect(text(issuedDocument(c.events, id))).toContain(
      '责令被申请人自收到本决定书之日起二十日内履行政府信息公开职责。',
    );
    expect(dutyZh({ ...duty.act, title: '未答复申请' })).toBe('申请人申请其履行的法定职责');
    expect(actZh(duty.act)).toBe('未依法履行政府信息公开职责');
  });

  it('words a compensation decided in the body’s own words under Art. 72', () => {
    const c = decided('revoke', { compensationZh: '责令被申请人退还申请人已缴纳的罚款5000元。' });
    const id = issuedDocuments(c.events).find((d) => d.kind === 'decision')?.id as string;
    const doc = issuedDocument(c.events, id);
    expect(doc?.body).toContain('责令被申请人退还申请人已缴纳的罚款5000元。');
    expect(doc?.legalBasis).toContain('《中华人民共和国行政复议法》第七十二条');
  });

  it('lists an organisation applicant with its registered address and legal representative', () => {
    const c = decided('revoke', {}, application({ applicant: companyApplicant }));
    const id = issuedDocuments(c.events).find((d) => d.kind === 'decision')?.id as string;
    expect(issuedDocument(c.events, id)?.partyLines[0]).toBe(
      '申请人：西宁某某商贸有限公司，住所地青海省西宁市城西区五四大街1号。法定代表人：李四。',
    );
  });

  it('previews the draft in 决定审批 only: 草稿, dated today, its serial blank', () => {
    const c = inReview();
    expect(draftDecision(c.state, '2026-03-04')).toMatchObject({
      ok: false,
      refusal: { code: 'document.noDraft' },
    });
    c.act(clerk, draft('revoke'), bj('2026-03-04T10:00:00'));
    const preview = draftDecision(c.state, '2026-03-04');
    if (!preview.ok) throw new Error(preview.refusal.messageZh);
    expect(preview.value).toMatchObject({
      draft: true,
      number: '宁政复决字〔2026〕\u3000\u3000号',
      issuedOn: '2026-03-04',
      dateZh: '二〇二六年三月四日',
    });
    expect(preview.value.number).not.toMatch(DOCUMENT_NUMBER);
    // Without a reply the draft says so (Art. 70).
    expect(preview.value.body).toContain(
      '被申请人未在法定期限内提出书面答复，也未提交作出行政行为的证据、依据和其他有关材料。',
    );
    // Nothing was issued by drafting.
    expect(issuedDocuments(c.events).map((d) => d.kind)).toEqual(['acceptance', 'replyNotice']);
  });
});

describe('numbers', () => {
  it('a notice takes the case’s serial and year, under the prefix of the body at that event', () => {
    expect(caseSerialOf('西宁市人民政府 2026年第000012号')).toEqual({ year: 2026, serial: 12 });
    const c = inReview(application(), '西宁市人民政府 2027年第000305号');
    expect(issuedDocuments(c.events).map((d) => d.number)).toEqual([
      '宁政复受字〔2027〕305号',
      '宁政复答字〔2027〕305号',
    ]);
    for (const d of issuedDocuments(c.events)) expect(d.number).toMatch(DOCUMENT_NUMBER);
  });
});

describe('who may read a document, and how', () => {
  const c = inReview();
  const [acceptance, notice] = issuedDocuments(c.events) as [IssuedDocument, IssuedDocument];
  const stranger: Actor = { userId: 'u9', role: 'applicant', nameZh: '路人' };
  const otherClerk: Actor = { userId: 'c9', role: 'clerk', nameZh: '外单位', bodyId: 'gov-hd' };
  const supervisor: Actor = { userId: 's1', role: 'supervisor', nameZh: '督查', bodyId: 'gov-qh' };
  const access = (actor: Actor, doc: IssuedDocument) =>
    documentAccess(actor, c.state, doc, readerOf(c.state, actor));

  it('reads the party a person is on the case', () => {
    expect(readerOf(c.state, applicant)).toBe('applicant');
    expect(readerOf(c.state, respondent)).toBe('respondent');
    expect(readerOf(c.state, { ...respondent, agencyId: 'dept-xn-sw' })).toBeUndefined();
    expect(readerOf(c.state, stranger)).toBeUndefined();
    expect(readerOf(c.state, clerk)).toBeUndefined();
  });

  it('the addressee reads their own notice in PDF, recorded; staff read all in PDF and DOCX', () => {
    expect(access(applicant, acceptance)).toBe('party');
    expect(access(applicant, notice)).toBe('none');
    expect(access(respondent, notice)).toBe('party');
    expect(access(respondent, acceptance)).toBe('none');
    expect(access(clerk, notice)).toBe('staff');
    expect(access(officeHead, acceptance)).toBe('staff');
    expect(access(otherClerk, acceptance)).toBe('none');
    expect(access(supervisor, acceptance)).toBe('oversight');
    expect(access(stranger, acceptance)).toBe('none');
    expect(formatsFor('staff')).toEqual(['pdf', 'docx']);
    expect(formatsFor('party')).toEqual(['pdf']);
    expect(formatsFor('oversight')).toEqual(['pdf']);
    expect(formatsFor('none')).toEqual([]);
    expect(readingIsRecorded('party')).toBe(true);
    expect(readingIsRecorded('staff')).toBe(false);
    expect(readingIsRecorded('oversight')).toBe(false);
  });

  it('a list names a person recipient as the viewer may see them', () => {
    const r = acceptance.recipient;
    if (!r) throw new Error('no recipient');
    expect(recipientNameFor('clerk', r)).toBe('张三');
    expect(recipientNameFor('public', r)).toBe('张某');
    expect(recipientNameFor('public', notice.recipient as NonNullable<IssuedDocument['recipient']>)).toBe(
      '西宁市市场监督管理局',
    );
  });
});

describe('third parties, hearings, mediation and withdrawal', () => {
  const wangwuKey = 'thirdParty:T1';
  /** Accepted on 11 Feb, 王五 (with an account) invited as a third party on 12 Feb. */
  function withThirdParty(overrides: Record<string, unknown> = {}) {
    const c = new ReviewCase(overrides).accepted();
    c.act(
      reviewPeople.clerk,
      { action: 'inviteThirdParty', thirdParty: wangwu, userId: 'u-wangwu', interestZh: '检测报告出具人' },
      DAY3,
    );
    return c;
  }
  const lastDocs = (c: ReviewCase) => issuedDocuments(c.events).filter((d) => d.seq === c.events.length);

  it('a third party gets its 参加行政复议通知书, and a copy of every notice to each party after', () => {
    const c = withThirdParty();
    expect(lastDocs(c)).toEqual([
      {
        id: '4-thirdPartyNotice-thirdParty-T1',
        kind: 'thirdPartyNotice',
        titleZh: '参加行政复议通知书',
        seq: 4,
        issuedOn: '2026-02-12',
        number: '宁政复参字〔2026〕1号',
        recipient: { party: wangwuKey, nameZh: '王五', kind: 'person', subject: 'thirdParty' },
        readers: [wangwuKey],
      },
    ]);
    const t = text(issuedDocument(c.events, '4-thirdPartyNotice-thirdParty-T1'));
    expect(t).toContain('王五');
    expect(t).toContain('本机关通知你作为第三人参加行政复议');
    expect(readerOf(c.state, reviewPeople.wangwu)).toBe(wangwuKey);
    c.act(reviewPeople.clerk, { action: 'suspend', ground: 'other', reasonZh: '需要调取其他案件材料' }, DAY4);
    expect(lastDocs(c).map((d) => [d.id, d.readers])).toEqual([
      ['5-suspension-applicant', ['applicant']],
      ['5-suspension-respondent', ['respondent']],
      ['5-suspension-thirdParty-T1', [wangwuKey]],
    ]);
  });

  it('the applicant’s agent reads as the applicant', () => {
    const c = withThirdParty({
      agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', userId: 'u-lawyer' },
    });
    expect(readerOf(c.state, reviewPeople.lawyer)).toBe('applicant');
    expect(readerOf(c.state, reviewPeople.stranger)).toBeUndefined();
  });

  it('a hearing notice goes to each party with the time, place, issues and presiding officer', () => {
    const c = withThirdParty();
    const mar5 = reviewBj('2026-03-05T10:00:00');
    c.act(
      reviewPeople.clerk,
      { action: 'markComplexity', majorDifficultComplex: true, highlyTechnical: false, reasonZh: '争议较大' },
      mar5,
    );
    const member = (userId: string, nameZh: string, panelRole: string) => ({
      userId,
      nameZh,
      kind: 'staff',
      panelRole,
      formerAgencyIds: [],
      relatedToParty: false,
    });
    c.act(
      reviewPeople.clerk,
      {
        action: 'assignHearingPanel',
        members: [
          member('h1', '李明', 'presiding'),
          member('c2', '周杰', 'officer'),
          member('c3', '吴刚', 'officer'),
          member('c1', '王芳', 'clerk'),
        ],
      } as Cmd,
      mar5,
    );
    c.act(
      reviewPeople.clerk,
      {
        action: 'scheduleHearing',
        date: '2026-03-12',
        time: '09:30',
        place: '西宁市司法局三楼听证室',
        issues: ['检测报告是否依法送达申请人', '罚款数额是否适当'],
      } as Cmd,
      mar5,
    );
    const docs = lastDocs(c);
    expect(docs.map((d) => d.recipient?.party)).toEqual(['applicant', 'respondent', wangwuKey]);
    expect(docs[0]).toMatchObject({
      kind: 'hearingNotice',
      number: '宁政复听字〔2026〕1号',
      issuedOn: '2026-03-05',
    });
    const t = text(issuedDocument(c.events, docs[2]?.id as string));
    for (const part of [
      '听证时间：2026年3月12日上午9时30分。',
      '听证地点：西宁市司法局三楼听证室。',
      '听证主持人：李明。',
      '（一）检测报告是否依法送达申请人',
      '（二）罚款数额是否适当',
    ])
      expect(t).toContain(part);
    expect(clockTimeZh('14:00')).toBe('下午2时');
    expect(clockTimeZh('12:15')).toBe('下午12时15分');
  });

  it('the 调解书 lists every party, the agreed terms one a paragraph, and a line for each signature', () => {
    const c = withThirdParty();
    c.act(reviewPeople.clerk, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' }, DAY3);
    for (const who of [reviewPeople.applicant, reviewPeople.respondent, reviewPeople.wangwu])
      c.act(who, { action: 'consentToMediation', consent: true } as Cmd, DAY3);
    c.act(
      reviewPeople.clerk,
      {
        action: 'issueMediationDocument',
        requestsZh: '撤销宁市监罚〔2026〕88号行政处罚决定',
        factsZh: '被申请人以检测报告为据对申请人罚款五千元',
        termsZh: '被申请人将罚款变更为三千元\n申请人放弃其余复议请求',
      } as Cmd,
      DAY4,
    );
    const [doc] = lastDocs(c);
    expect(doc).toMatchObject({
      kind: 'mediation',
      titleZh: '行政复议调解书',
      number: '宁政复调字〔2026〕1号',
      issuedOn: '2026-02-13',
      readers: ['applicant', 'respondent', wangwuKey],
    });
    expect(doc?.recipient).toBeUndefined();
    const built = issuedDocument(c.events, doc?.id as string);
    expect(built?.partyLines).toEqual([
      '申请人：张三，住青海省西宁市城中区****。',
      '被申请人：西宁市市场监督管理局。',
      '第三人：王五，住青海省西宁市城东区****。',
    ]);
    expect(built?.body).toEqual(
      expect.arrayContaining(['（一）被申请人将罚款变更为三千元', '（二）申请人放弃其余复议请求']),
    );
    expect(built?.signatureLines).toHaveLength(3);
  });

  it('an approved withdrawal ends the case with a 终止行政复议决定书 on Art. 41(1)(1)', () => {
    const c = new ReviewCase().accepted();
    c.act(reviewPeople.applicant, { action: 'withdraw', reasonZh: '已与被申请人达成和解' } as Cmd, DAY3);
    c.act(reviewPeople.officeHead, { action: 'approveWithdrawal' } as Cmd, DAY4);
    const [doc] = lastDocs(c);
    expect(doc).toMatchObject({
      kind: 'termination',
      number: '宁政复终字〔2026〕1号',
      issuedOn: '2026-02-13',
      readers: ['applicant', 'respondent'],
    });
    const t = text(issuedDocument(c.events, doc?.id as string));
    expect(t).toContain('2026年2月12日，申请人向本机关申请撤回行政复议申请。经审查，本机关准予撤回。');
    expect(t).toContain('第四十一条第一项');
    expect(t).toContain('不得再以同一事实和理由提出行政复议申请');
  });
});
