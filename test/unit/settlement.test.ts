import { describe, expect, it } from '@jest/globals';
import { applicationSchema } from '../../shared/procedures/reconsideration';
import { refilingBar, sameClaim } from '../../shared/procedures/reconsideration/review/settlement';
import { companyApplicant, fineApplication } from '../support/fixtures';
import { DAY2, DAY3, DAY4, people, ReviewCase, refusalOf, wangwu } from '../support/review-case';

/**
 * Settlement and withdrawal (Arts. 74, 41): after acceptance a withdrawal is a request the office
 * head approves or refuses; an approved one ends the case and bars the same claim (Art. 74(2)).
 */

const withdraw = { action: 'withdraw', reasonZh: '已与被申请人达成和解' } as const;
const settlement = { summaryZh: '被申请人将罚款变更为三千元', concludedOn: '2026-02-12' };
const lawyer = (authority: Record<string, unknown>) => ({
  agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', userId: 'u-lawyer', ...authority },
});

describe('withdrawal after acceptance needs the office head’s approval', () => {
  it('the request goes to review; the decision period keeps running', () => {
    const c = new ReviewCase().accepted();
    const [e] = c.act(people.applicant, { ...withdraw, settlement });
    expect(e).toMatchObject({
      type: 'withdrawalRequested',
      toStage: 'withdrawalReview',
      data: { reasonZh: withdraw.reasonZh, settlement, requestedOn: '2026-02-12', fromStage: 'underReview' },
    });
    expect(e?.deadlines).toBeUndefined();
    expect(c.state).toMatchObject({ stage: 'withdrawalReview', status: 'open' });
    expect(c.state.deadlines.decision?.status).toBe('open');
    expect(c.notices().map((n) => n.recipient)).toEqual(['body:gov-xn', 'u-zhangsan']);
    expect(c.notices()[0]?.bodyZh).toContain('和解协议');
  });

  it('approved: the case closes as withdrawn (Art. 41(1)(1)), every deadline cancelled, everyone told', () => {
    const c = new ReviewCase().accepted();
    c.act(people.applicant, withdraw);
    expect(c.refusal(people.clerk, { action: 'approveWithdrawal' }).code).toBe('action.roleNotAllowed');
    const [e] = c.act(people.officeHead, { action: 'approveWithdrawal', noteZh: '和解内容合法' }, DAY4);
    expect(e).toMatchObject({
      type: 'withdrawalApproved',
      toStage: 'closed',
      data: { approvedOn: '2026-02-13' },
    });
    expect(new Set(e?.deadlines?.closed?.map((d) => d.status))).toEqual(new Set(['cancelled']));
    expect(c.state).toMatchObject({ status: 'closed', closure: { kind: 'withdrawn', on: '2026-02-13' } });
    expect(c.state.closure?.detailZh).toContain('第四十一条第一款第一项');
    expect(c.state.withdrawals).toEqual([
      expect.objectContaining({ status: 'approved', decidedOn: '2026-02-13' }),
    ]);
    const told = c.notices();
    expect(told.map((n) => n.recipient)).toEqual(['u-zhangsan', 'agency:dept-xn-scjg']);
    expect(told[0]?.bodyZh).toContain('不得再以同一事实和理由');
  });

  it('refused with a reason: back to review, and the applicant may ask again', () => {
    const c = new ReviewCase().accepted();
    c.act(people.applicant, withdraw);
    c.act(people.officeHead, { action: 'refuseWithdrawal', reasonZh: '和解内容损害第三人合法权益' });
    expect(c.state.stage).toBe('underReview');
    expect(c.state.withdrawals?.[0]).toMatchObject({
      status: 'refused',
      refusalReasonZh: '和解内容损害第三人合法权益',
    });
    expect(c.notices()[0]?.bodyZh).toContain('本案继续审理');
    c.act(people.applicant, withdraw, DAY4);
    expect(c.state.withdrawals?.map((w) => w.status)).toEqual(['refused', 'pending']);
  });

  it('the settlement agreement is dated between acceptance and today; before acceptance none is taken', () => {
    const c = new ReviewCase().accepted();
    const early = c.refusal(people.applicant, {
      ...withdraw,
      settlement: { ...settlement, concludedOn: '2026-02-10' },
    });
    expect(early).toMatchObject({ code: 'review.dateInvalid', fields: [{ path: 'settlement.concludedOn' }] });
    const before = new ReviewCase();
    expect(before.refusal(people.applicant, { ...withdraw, settlement }, DAY2)).toMatchObject({
      code: 'request.invalid',
      fields: [{ path: 'settlement' }],
    });
  });
});

describe('who may withdraw or settle', () => {
  it('a general agent may not; a special agent needs the power to withdraw, and to settle for a settlement', () => {
    const general = new ReviewCase(lawyer({})).accepted();
    expect(general.refusal(people.lawyer, withdraw).code).toBe('agent.specialAuthorityRequired');

    const withdrawOnly = new ReviewCase(lawyer({ scope: 'special', powers: ['withdraw'] })).accepted();
    const r = withdrawOnly.refusal(people.lawyer, { ...withdraw, settlement });
    expect(r.code).toBe('agent.specialAuthorityRequired');
    expect(r.messageZh).toContain('代为和解');
    expect(r.messageZh).not.toContain('代为撤回');
    const [e] = withdrawOnly.act(people.lawyer, withdraw);
    expect(e).toMatchObject({ type: 'withdrawalRequested', data: { byAgentId: 'A1' } });

    const full = new ReviewCase(lawyer({ scope: 'special', powers: ['withdraw', 'settle'] })).accepted();
    expect(full.act(people.lawyer, { ...withdraw, settlement })[0]?.type).toBe('withdrawalRequested');
  });

  it('a third party cannot withdraw the application', () => {
    const c = new ReviewCase().accepted();
    c.act(people.clerk, {
      action: 'inviteThirdParty',
      thirdParty: wangwu,
      userId: 'u-wangwu',
      interestZh: '—',
    });
    expect(c.refusal(people.wangwu, withdraw).code).toBe('action.partyNotAllowed');
  });
});

// ------------------------------------------------------------------------ the bar on refiling

const app = (overrides: Record<string, unknown> = {}) => applicationSchema.parse(fineApplication(overrides));
const act = (overrides: Record<string, unknown>) => app({ act: overrides });

/** A case of 张三 on the 88号 fine whose withdrawal the office head approved. */
function approvedWithdrawal() {
  const c = new ReviewCase().accepted();
  c.act(people.applicant, withdraw);
  c.act(people.officeHead, { action: 'approveWithdrawal' }, DAY4);
  return c;
}

describe('the same claim (Art. 74(2))', () => {
  it('is the same applicant against the same act of the same respondent', () => {
    expect(sameClaim(app(), app({ requests: '另一种写法的请求', factsAndReasons: '换了说法' }))).toBe(true);
    // The document number with other brackets and spaces is the same number.
    expect(sameClaim(app(), act({ documentNumber: '宁市监罚 [2026] 88号' }))).toBe(true);
    expect(sameClaim(app(), act({ documentNumber: '宁市监罚〔2026〕89号' }))).toBe(false);
    expect(sameClaim(app(), app({ respondentAgencyId: 'dept-xn-gaj' }))).toBe(false);
    expect(sameClaim(app(), app({ applicant: companyApplicant }))).toBe(false);
    const other = { ...app().applicant, residentId: '630102199001011235' };
    expect(sameClaim(app(), app({ applicant: other }))).toBe(false);
  });

  it('without a document number: the same kind, date and title', () => {
    const unnumbered = (o: Record<string, unknown> = {}) => act({ documentNumber: undefined, ...o });
    expect(sameClaim(unnumbered(), unnumbered({ title: ' 行政处罚决定书 ' }))).toBe(true);
    expect(sameClaim(unnumbered(), unnumbered({ madeOn: '2026-02-03', learnedOn: '2026-02-05' }))).toBe(
      false,
    );
    expect(sameClaim(unnumbered(), unnumbered({ kind: 'warning' }))).toBe(false);
  });
});

describe('refilingBar: an approved withdrawal bars the same claim', () => {
  it('refuses a new application on the same claim, naming the earlier case and the field to fill', () => {
    const earlier = approvedWithdrawal();
    const r = refusalOf(refilingBar(app(), [earlier.state]));
    expect(r.code).toBe('filing.withdrawnBefore');
    expect(r.messageZh).toContain('西宁市人民政府 2026年第000001号');
    expect(r.messageZh).toContain('2026年2月13日');
    expect(r.messageZh).toContain('第七十四条第二款');
    expect(r.fields?.[0]?.path).toBe('priorWithdrawal');
  });

  it('lets through another act, a withdrawal not approved, and one before acceptance', () => {
    const earlier = approvedWithdrawal();
    expect(refilingBar(act({ documentNumber: '宁市监罚〔2026〕99号' }), [earlier.state]).ok).toBe(true);
    const refused = new ReviewCase().accepted();
    refused.act(people.applicant, withdraw);
    refused.act(people.officeHead, { action: 'refuseWithdrawal', reasonZh: '—' });
    const early = new ReviewCase();
    early.act(people.applicant, withdraw, DAY2);
    expect(early.state.closure?.kind).toBe('withdrawn');
    expect(refilingBar(app(), [refused.state, early.state]).ok).toBe(true);
  });

  it('lets through an application that names the earlier case and says why the withdrawal was not genuine', () => {
    const earlier = approvedWithdrawal();
    const stated = app({
      priorWithdrawal: {
        caseNumber: '西宁市人民政府 2026年第000001号',
        notGenuineZh: '撤回系受被申请人工作人员胁迫',
      },
    });
    expect(refilingBar(stated, [earlier.state]).ok).toBe(true);
    const wrongCase = app({ priorWithdrawal: { caseNumber: '另一案号', notGenuineZh: '—' } });
    expect(refilingBar(wrongCase, [earlier.state]).ok).toBe(false);
  });
});

describe('assessPriorWithdrawal: the body judges the statement in the acceptance review', () => {
  const stated = {
    priorWithdrawal: { caseNumber: '西宁市人民政府 2026年第000001号', notGenuineZh: '撤回系受胁迫' },
  };

  it('found genuine: the application is not accepted and the case closes, with the right to sue told', () => {
    const c = new ReviewCase(stated);
    const [e] = c.act(
      people.clerk,
      {
        action: 'assessPriorWithdrawal',
        withdrawalGenuine: true,
        reasonZh: '申请人未能提供受胁迫的证据',
      },
      DAY2,
    );
    expect(e).toMatchObject({ type: 'priorWithdrawalAssessed', toStage: 'closed' });
    expect(e?.deadlines?.closed).toContainEqual({ key: 'acceptanceReview', status: 'met' });
    expect(c.state).toMatchObject({ status: 'closed', closure: { kind: 'refused' } });
    expect(c.state.closure?.detailZh).toContain('第七十四条第二款');
    expect(c.notices()[0]?.bodyZh).toContain('提起行政诉讼');
  });

  it('found not genuine: recorded, and the acceptance review goes on; only once', () => {
    const c = new ReviewCase(stated);
    c.act(
      people.clerk,
      { action: 'assessPriorWithdrawal', withdrawalGenuine: false, reasonZh: '录音证明受胁迫' },
      DAY2,
    );
    expect(c.state).toMatchObject({
      stage: 'acceptanceReview',
      priorWithdrawalAssessment: { withdrawalGenuine: false, on: '2026-02-11' },
    });
    expect(c.view(people.applicant).application.priorWithdrawal.notGenuineZh).toBe('撤回系受胁迫');
    expect(
      c.refusal(
        people.clerk,
        { action: 'assessPriorWithdrawal', withdrawalGenuine: true, reasonZh: '—' },
        DAY3,
      ).code,
    ).toBe('settlement.noPriorWithdrawal');
    expect(c.allowed(people.clerk)).not.toContain('assessPriorWithdrawal');
  });
});
