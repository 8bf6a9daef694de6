import { describe, expect, it } from '@jest/globals';
import { canView, relationOf } from '../../shared/domain/access';
import { viewerOf } from '../../shared/domain/visibility';
import { MAX_REPRESENTATIVES } from '../../shared/procedures/reconsideration/review/parties';
import { listMemberships } from '../../shared/store/lists';
import { DAY2, people, ReviewCase, wangwu } from '../support/review-case';

/**
 * Third parties (Art. 16), agents and their authority (Art. 17), representatives (Art. 15): who is
 * on the case, what each may see and do.
 */

const generalLawyer = {
  name: '刘律师',
  phone: '13912345678',
  kind: 'lawyer',
  userId: 'u-lawyer',
} as const;
const withLawyer = (agent: Record<string, unknown> = {}) =>
  new ReviewCase({ agent: { ...generalLawyer, ...agent } });

const invite = (c: ReviewCase, userId?: string) =>
  c.act(people.clerk, {
    action: 'inviteThirdParty',
    thirdParty: wangwu,
    ...(userId ? { userId } : {}),
    interestZh: '被处罚的检测报告由王五出具',
  });

describe('relationOf: a citizen’s relation to the case, from its parties', () => {
  it('tells apart the applicant, their agent, a third party and anyone else', () => {
    const c = withLawyer().accepted();
    invite(c, 'u-wangwu');
    expect(relationOf(c.state, people.applicant)).toBe('applicant');
    expect(relationOf(c.state, people.lawyer)).toBe('agent');
    expect(relationOf(c.state, people.wangwu)).toBe('thirdParty');
    expect(relationOf(c.state, people.stranger)).toBeUndefined();
    expect(relationOf(c.state, people.clerk)).toBeUndefined();
    expect(relationOf(c.state, people.respondent)).toBeUndefined();
    for (const p of [people.applicant, people.lawyer, people.wangwu]) expect(canView(p, c.state)).toBe(true);
    expect(canView(people.stranger, c.state)).toBe(false);
  });

  it('puts the agent and the third party in their own case lists', () => {
    const c = withLawyer().accepted();
    invite(c, 'u-wangwu');
    const mine = listMemberships({ ...c.state, id: 'case-review' })
      .map((m) => m.listPk)
      .filter((k) => k.startsWith('MINE#'));
    expect(mine.sort()).toEqual(['MINE#u-lawyer', 'MINE#u-wangwu', 'MINE#u-zhangsan']);
  });
});

describe('agents and their power of attorney (Art. 17)', () => {
  it('the agent named at filing has general authority unless a special one is listed', () => {
    const c = withLawyer();
    expect(c.state.agents).toEqual([
      expect.objectContaining({ id: 'A1', name: '刘律师', scope: 'general', powers: [], userId: 'u-lawyer' }),
    ]);
    expect(c.state.parties.map((p) => p.role)).toEqual(['applicant', 'agent']);
    expect(viewerOf(people.lawyer, c.state)).toBe('agent');
  });

  it('a special authority must list its powers, and a general one lists none', () => {
    expect(() => withLawyer({ scope: 'special' })).toThrow(/特别授权应在授权委托书中列明授权事项/);
    expect(() => withLawyer({ powers: ['withdraw'] })).toThrow(/一般授权不包括特别授权事项/);
  });

  it('a general agent acts for the applicant (a correction) but may not withdraw', () => {
    const c = withLawyer();
    c.act(
      people.clerk,
      {
        action: 'requestCorrection',
        items: [{ field: 'evidence', descriptionZh: '请提交处罚决定书' }],
      },
      DAY2,
    );
    const r = c.refusal(people.lawyer, { action: 'withdraw', reasonZh: '不再申请' });
    expect(r.code).toBe('agent.specialAuthorityRequired');
    expect(r.messageZh).toContain('撤回行政复议申请须有申请人的特别授权');
    expect(r.messageZh).toContain('一般授权');
    expect(r.messageZh).toContain('第十七条');
    const [e] = c.act(people.lawyer, {
      action: 'submitCorrection',
      answers: [{ field: 'evidence', textZh: '已提交' }],
    });
    expect(e).toMatchObject({ type: 'correctionSubmitted', actor: people.lawyer });
  });

  it('a special agent with the power to withdraw may withdraw before acceptance', () => {
    const c = withLawyer({ scope: 'special', powers: ['withdraw'] });
    const [e] = c.act(people.lawyer, { action: 'withdraw', reasonZh: '申请人决定不再申请' });
    expect(e?.type).toBe('withdrawn');
    expect(c.state.status).toBe('closed');
  });

  it('only the applicant (or the body) appoints or dismisses an agent, never the agent', () => {
    const c = withLawyer();
    const agent = {
      name: '张小三',
      phone: '13700001234',
      kind: 'relative',
      scope: 'general',
      userId: 'u-relative',
    } as const;
    const r = c.refusal(people.lawyer, { action: 'appointAgent', agent });
    expect(r).toMatchObject({
      code: 'action.partyNotAllowed',
      messageZh: '代理人不能执行“登记或更换代理人”',
    });
    expect(c.allowed(people.lawyer)).not.toContain('appointAgent');
    expect(c.allowed(people.applicant)).toContain('appointAgent');
    c.act(people.applicant, { action: 'appointAgent', agent });
    expect(c.state.agents?.map((a) => a.id)).toEqual(['A1', 'A2']);
    expect(relationOf(c.state, people.relative)).toBe('agent');
  });

  it('at most two agents: a third replaces one, which then loses access', () => {
    const c = withLawyer();
    c.act(people.applicant, {
      action: 'appointAgent',
      agent: {
        name: '张小三',
        phone: '13700001234',
        kind: 'relative',
        scope: 'general',
        userId: 'u-relative',
      },
    });
    const third = {
      name: '陈律师',
      phone: '13600001234',
      kind: 'lawyer',
      scope: 'general',
      userId: 'u-chen',
    } as const;
    const r = c.refusal(people.clerk, { action: 'appointAgent', agent: third });
    expect(r.code).toBe('parties.tooManyAgents');
    expect(r.messageZh).toContain('一至二名代理人');
    expect(r.fields?.[0]?.path).toBe('replacesAgentId');
    c.act(people.clerk, { action: 'appointAgent', agent: third, replacesAgentId: 'A1' });
    expect(c.state.agents?.find((a) => a.id === 'A1')?.dismissedOn).toBe('2026-02-12');
    expect(canView(people.lawyer, c.state)).toBe(false);
    expect(relationOf(c.state, { ...people.stranger, userId: 'u-chen' })).toBe('agent');
  });

  it('dismissing an agent ends their access; an unknown agent is refused', () => {
    const c = withLawyer();
    expect(c.refusal(people.applicant, { action: 'dismissAgent', agentId: 'A9' }).code).toBe(
      'parties.agentUnknown',
    );
    c.act(people.applicant, { action: 'dismissAgent', agentId: 'A1', reasonZh: '不再委托' });
    expect(canView(people.lawyer, c.state)).toBe(false);
    expect(c.notices().map((n) => n.recipient)).toEqual(['body:gov-xn', 'u-zhangsan', 'u-lawyer']);
    expect(c.refusal(people.applicant, { action: 'dismissAgent', agentId: 'A1' }).code).toBe(
      'parties.agentUnknown',
    );
  });

  it('the applicant cannot be their own agent, nor a third party an agent', () => {
    const c = new ReviewCase().accepted();
    invite(c, 'u-wangwu');
    const as = (userId: string) => ({
      action: 'appointAgent' as const,
      agent: {
        name: '某人',
        phone: '13700001234',
        kind: 'other' as const,
        scope: 'general' as const,
        userId,
      },
    });
    expect(c.refusal(people.applicant, as('u-zhangsan')).code).toBe('parties.alreadyParty');
    expect(c.refusal(people.applicant, as('u-wangwu')).code).toBe('parties.alreadyParty');
  });

  it('the agent sees the applicant’s personal data in full, never their own account id', () => {
    const c = withLawyer();
    const view = c.view(people.lawyer);
    expect(view.application.applicant.residentId).toBe('630102198503124323');
    expect(view.application.agent).toEqual({
      name: '刘律师',
      phone: '13912345678',
      kind: 'lawyer',
      scope: 'general',
      powers: [],
    });
    expect(view.agents[0]).toMatchObject({ id: 'A1', scope: 'general', online: true });
    expect(JSON.stringify(view)).not.toContain('u-lawyer');
  });
});

describe('third parties (Art. 16)', () => {
  it('invited by the body: a 参加行政复议通知书 with what it needs, and access when they sign in', () => {
    const c = new ReviewCase().accepted();
    const [e] = invite(c, 'u-wangwu');
    expect(e).toMatchObject({
      type: 'thirdPartyAdmitted',
      data: {
        id: 'T1',
        basis: 'invited',
        admittedOn: '2026-02-12',
        notice: {
          kind: 'invitation',
          caseNumber: '西宁市人民政府 2026年第000001号',
          bodyNameZh: '西宁市人民政府',
          applicantNameZh: '张三',
          respondentNameZh: '西宁市市场监督管理局',
          actTitle: '行政处罚决定书',
          actDocumentNumber: '宁市监罚〔2026〕88号',
        },
      },
    });
    const notice = c.notices().find((n) => n.recipient === 'u-wangwu');
    expect(notice?.subjectZh).toContain('参加行政复议通知书');
    expect(notice?.bodyZh).toContain('第十六条');
    expect(notice?.bodyZh).toContain('不影响行政复议案件的审理');
    expect(c.notices().map((n) => n.recipient)).toEqual(['u-wangwu', 'u-zhangsan', 'agency:dept-xn-scjg']);
    expect(c.state.parties).toContainEqual({ role: 'thirdParty', userId: 'u-wangwu', nameZh: '王五' });
  });

  it('a third party cannot take the applicant’s actions (withdraw, appoint an agent)', () => {
    const c = new ReviewCase().accepted();
    invite(c, 'u-wangwu');
    const r = c.refusal(people.wangwu, { action: 'withdraw', reasonZh: '不想复议了' });
    expect(r).toMatchObject({
      code: 'action.partyNotAllowed',
      messageZh: '第三人不能执行“申请撤回行政复议申请”',
    });
    expect(
      c.refusal(people.wangwu, {
        action: 'appointAgent',
        agent: { name: '某人', phone: '13700001234', kind: 'other', scope: 'general' },
      }).code,
    ).toBe('action.partyNotAllowed');
    expect(c.allowed(people.wangwu)).not.toContain('withdraw');
    expect(c.allowed(people.applicant)).toContain('withdraw');
    // Someone with no relation to the case is no party at all.
    expect(c.refusal(people.stranger, { action: 'withdraw', reasonZh: '—' }).messageZh).toContain(
      '不是本案当事人',
    );
  });

  it('on their own application: recorded, then admitted, or refused with a reason', () => {
    const c = new ReviewCase().accepted();
    const application = {
      action: 'recordThirdPartyApplication',
      applicant: wangwu,
      userId: 'u-wangwu',
      interestZh: '与申请人共同经营被处罚的店铺',
      receivedOn: '2026-02-12',
    } as const;
    expect(c.refusal(people.clerk, { ...application, receivedOn: '2026-02-13' }).code).toBe(
      'review.dateInvalid',
    );
    c.act(people.clerk, application);
    expect(c.state.thirdPartyApplications?.[0]).toMatchObject({ id: 'P1', status: 'pending' });
    expect(canView(people.wangwu, c.state)).toBe(false);
    expect(c.notices()[0]?.recipient).toBe('u-wangwu');

    const unexplained = c.refusal(people.clerk, {
      action: 'decideThirdPartyApplication',
      applicationId: 'P1',
      admitted: false,
    });
    expect(unexplained).toMatchObject({ code: 'request.invalid', fields: [{ path: 'reasonZh' }] });
    c.act(people.clerk, { action: 'decideThirdPartyApplication', applicationId: 'P1', admitted: true });
    expect(c.state.thirdParties?.[0]).toMatchObject({ id: 'T1', basis: 'applied' });
    expect(c.state.thirdPartyApplications?.[0]).toMatchObject({
      status: 'admitted',
      decidedOn: '2026-02-12',
    });
    expect(relationOf(c.state, people.wangwu)).toBe('thirdParty');
    expect(
      c.refusal(people.clerk, { action: 'decideThirdPartyApplication', applicationId: 'P1', admitted: true })
        .code,
    ).toBe('parties.applicationDecided');
    expect(c.allowed(people.clerk)).not.toContain('decideThirdPartyApplication');
  });

  it('a refused application keeps the person out, with the reason told to them', () => {
    const c = new ReviewCase().accepted();
    c.act(people.clerk, {
      action: 'recordThirdPartyApplication',
      applicant: wangwu,
      userId: 'u-wangwu',
      interestZh: '是申请人的邻居',
      receivedOn: '2026-02-12',
    });
    c.act(people.clerk, {
      action: 'decideThirdPartyApplication',
      applicationId: 'P1',
      admitted: false,
      reasonZh: '与被申请行政复议的行政行为没有利害关系',
    });
    expect(c.state.thirdPartyApplications?.[0]).toMatchObject({
      status: 'refused',
      refusalReasonZh: '与被申请行政复议的行政行为没有利害关系',
    });
    expect(c.state.thirdParties ?? []).toEqual([]);
    expect(c.notices()).toEqual([
      expect.objectContaining({ recipient: 'u-wangwu', kind: 'thirdPartyApplicationRefused' }),
    ]);
  });

  it('the applicant, or someone already a third party, cannot be one (again)', () => {
    const c = new ReviewCase().accepted();
    const applicantAsThird = c.refusal(people.clerk, {
      action: 'inviteThirdParty',
      thirdParty: {
        type: 'person',
        name: '张三',
        residentId: '630102198503124323',
        address: '青海省西宁市城中区南大街1号',
      },
      interestZh: '—',
    });
    expect(applicantAsThird).toMatchObject({
      code: 'parties.alreadyParty',
      messageZh: '申请人本人不能作为第三人',
    });
    invite(c);
    expect(
      c.refusal(people.clerk, { action: 'inviteThirdParty', thirdParty: wangwu, interestZh: '—' }).messageZh,
    ).toBe('王五已是本案第三人');
  });

  it('each side sees the other’s personal data through the visibility table', () => {
    const c = withLawyer().accepted();
    invite(c, 'u-wangwu');
    const byThird = c.view(people.wangwu);
    expect(byThird.application.applicant.residentId).not.toBe('630102198503124323');
    expect(byThird.application.applicant.residentId).toMatch(/\*/);
    expect(byThird.thirdParties[0].details.residentId).toBe('630102199001011235');
    expect(byThird.application.agent.phone).toMatch(/\*/);
    const byApplicant = c.view(people.applicant);
    expect(byApplicant.thirdParties[0].details.phone).toMatch(/\*/);
    expect(byApplicant.thirdParties[0].details.name).toBe('王五');
    const byClerk = c.view(people.clerk);
    expect(byClerk.thirdParties[0].details.phone).toBe('13800001111');
    // The timeline shows the third party's data by the same table.
    const admitted = c.timeline(people.applicant).find((e) => e.type === 'thirdPartyAdmitted');
    expect(admitted?.data.details.residentId).toMatch(/\*/);
    expect(
      c.timeline(people.wangwu).find((e) => e.type === 'thirdPartyAdmitted')?.data.details.residentId,
    ).toBe('630102199001011235');
  });
});

describe('representatives (Art. 15)', () => {
  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}` }));

  it(`at most ${MAX_REPRESENTATIVES}, never more than the applicants`, () => {
    const c = new ReviewCase();
    const six = c.refusal(people.clerk, {
      action: 'recordRepresentatives',
      applicantCount: 30,
      representatives: reps(6),
    });
    expect(six.code).toBe('parties.tooManyRepresentatives');
    expect(six.messageZh).toContain('第十五条');
    expect(six.fields?.[0]?.path).toBe('representatives');
    expect(
      c.refusal(people.clerk, {
        action: 'recordRepresentatives',
        applicantCount: 2,
        representatives: reps(3),
      }).code,
    ).toBe('request.invalid');
    c.act(people.clerk, { action: 'recordRepresentatives', applicantCount: 30, representatives: reps(5) });
    expect(c.state.representatives).toMatchObject({ applicantCount: 30, recordedOn: '2026-02-12' });
    expect(c.state.representatives?.representatives).toHaveLength(5);
  });

  it('is the body’s record: the applicant cannot make it', () => {
    const c = new ReviewCase();
    expect(
      c.refusal(people.applicant, {
        action: 'recordRepresentatives',
        applicantCount: 8,
        representatives: reps(2),
      }).code,
    ).toBe('action.roleNotAllowed');
  });
});

describe('a closed case keeps its parties', () => {
  it('an agent of a case closed by withdrawal still sees it', () => {
    const c = withLawyer({ scope: 'special', powers: ['withdraw'] });
    c.act(people.lawyer, { action: 'withdraw', reasonZh: '不再申请' }, DAY2);
    expect(canView(people.lawyer, c.state)).toBe(true);
    expect(c.view(people.lawyer).allowedActions).toEqual([]);
  });
});
