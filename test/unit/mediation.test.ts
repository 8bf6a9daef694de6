import { describe, expect, it } from '@jest/globals';
import { DAY2, DAY4, people, ReviewCase, wangwu } from '../support/review-case';

/**
 * Mediation inside reconsideration (Arts. 5, 73): every party consents, sessions, a 调解书 that
 * takes effect only once every party has signed and the body has sealed it, and reneging before
 * then sends the case back to review.
 */

const lawyer = (authority: Record<string, unknown>) => ({
  agent: { name: '刘律师', phone: '13912345678', kind: 'lawyer', userId: 'u-lawyer', ...authority },
});

/** Accepted, copy sent online (the respondent joins), 王五 a third party with an account. */
function withThirdParty(overrides: Record<string, unknown> = {}) {
  const c = new ReviewCase(overrides).accepted();
  c.act(
    people.clerk,
    { action: 'inviteThirdParty', thirdParty: wangwu, userId: 'u-wangwu', interestZh: '检测报告出具人' },
    DAY2,
  );
  return c;
}

const propose = (c: ReviewCase) =>
  c.act(people.clerk, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' }, DAY2);
const consent = { action: 'consentToMediation', consent: true } as const;

/** Everyone consented: the case is in mediation. */
function inMediation(overrides: Record<string, unknown> = {}) {
  const c = withThirdParty(overrides);
  propose(c);
  c.act(people.applicant, consent);
  c.act(people.respondent, consent);
  c.act(people.wangwu, consent);
  return c;
}

const document = {
  action: 'issueMediationDocument',
  requestsZh: '撤销宁市监罚〔2026〕88号行政处罚决定',
  factsZh: '被申请人以检测报告为据对申请人罚款五千元，申请人认为检测报告未送达',
  termsZh: '一、被申请人将罚款变更为三千元；二、申请人放弃其余复议请求。',
} as const;
const sign = { action: 'signMediationDocument', agreed: true } as const;

describe('proposing mediation', () => {
  it('needs the respondent brought into the case (the copy of the application sent)', () => {
    const c = new ReviewCase();
    c.act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, DAY2);
    const r = c.refusal(people.clerk, { action: 'proposeMediation', proposalZh: '调解' });
    expect(r.code).toBe('mediation.respondentNotJoined');
    expect(c.allowed(people.clerk)).not.toContain('proposeMediation');
  });

  it('names every party and tells each of them; a second proposal waits for the first', () => {
    const c = withThirdParty();
    const [e] = propose(c);
    expect(e).toMatchObject({
      type: 'mediationProposed',
      toStage: 'underReview',
      data: {
        proposedOn: '2026-02-11',
        parties: [
          { key: 'applicant', nameZh: '张三' },
          { key: 'respondent', nameZh: '西宁市市场监督管理局' },
          { key: 'thirdParty:T1', nameZh: '王五' },
        ],
      },
    });
    expect(c.notices().map((n) => n.recipient)).toEqual(['u-zhangsan', 'agency:dept-xn-scjg', 'u-wangwu']);
    expect(c.notices()[0]?.bodyZh).toContain('自愿');
    expect(c.refusal(people.clerk, { action: 'proposeMediation', proposalZh: '再提一次' }).code).toBe(
      'mediation.alreadyProposed',
    );
  });
});

describe('consent by every party', () => {
  it('mediation starts only with the last consent: applicant, respondent and third party', () => {
    const c = withThirdParty();
    propose(c);
    const decisionDue = c.state.deadlines.decision?.dueDate;
    expect(c.act(people.applicant, consent)[0]).toMatchObject({
      toStage: 'underReview',
      data: { allConsented: false },
    });
    expect(c.act(people.respondent, consent)[0]).toMatchObject({
      data: { party: 'respondent', allConsented: false },
    });
    expect(c.state.stage).toBe('underReview');
    const [last] = c.act(people.wangwu, consent);
    expect(last).toMatchObject({
      type: 'mediationConsented',
      toStage: 'mediation',
      data: { party: 'thirdParty:T1', channel: 'online', allConsented: true },
    });
    expect(c.state.stage).toBe('mediation');
    expect(c.state.mediations?.[0]).toMatchObject({ status: 'inProgress', startedOn: '2026-02-12' });
    // The decision period keeps running during mediation: nothing paused or moved.
    expect(c.state.deadlines.decision).toMatchObject({ status: 'open', dueDate: decisionDue });
    expect(c.notices().map((n) => n.kind)).toEqual([
      'mediationStarted',
      'mediationStarted',
      'mediationStarted',
      'mediationStarted',
    ]);
  });

  it('each party answers once; the clerk records a written answer naming the party', () => {
    const c = withThirdParty();
    propose(c);
    c.act(people.applicant, consent);
    expect(c.refusal(people.applicant, consent).code).toBe('mediation.alreadyAnswered');
    expect(c.allowed(people.applicant)).not.toContain('consentToMediation');
    expect(c.allowed(people.respondent)).toContain('consentToMediation');
    const written = { action: 'recordMediationConsent', consent: true, answeredOn: '2026-02-12' } as const;
    expect(c.refusal(people.clerk, { ...written, party: 'thirdParty:T7' }).code).toBe(
      'mediation.partyUnknown',
    );
    expect(c.refusal(people.clerk, { ...written, party: 'respondent', answeredOn: '2026-02-10' }).code).toBe(
      'review.dateInvalid',
    );
    c.act(people.clerk, { ...written, party: 'respondent' });
    c.act(people.clerk, { ...written, party: 'thirdParty:T1' });
    expect(c.state.stage).toBe('mediation');
    expect(c.state.mediations?.[0]?.answers.map((a) => [a.party, a.channel])).toEqual([
      ['applicant', 'online'],
      ['respondent', 'written'],
      ['thirdParty:T1', 'written'],
    ]);
  });

  it('one party declining ends the proposal: the review goes on; mediation may be proposed again', () => {
    const c = withThirdParty();
    propose(c);
    c.act(people.applicant, consent);
    const [e] = c.act(people.respondent, {
      action: 'consentToMediation',
      consent: false,
      reasonZh: '处罚适当，无调解余地',
    });
    expect(e).toMatchObject({
      type: 'mediationDeclined',
      toStage: 'underReview',
      data: { party: 'respondent' },
    });
    expect(c.state.mediations?.[0]).toMatchObject({
      status: 'declined',
      failure: { by: 'respondent', reasonZh: '处罚适当，无调解余地' },
    });
    expect(c.refusal(people.wangwu, consent).code).toBe('mediation.notProposed');
    expect(c.allowed(people.clerk)).toContain('proposeMediation');
    propose(c);
    expect(c.state.mediations).toHaveLength(2);
  });

  it('a general agent cannot consent for the applicant; a special agent with the power to mediate can', () => {
    const general = withThirdParty(lawyer({}));
    propose(general);
    const r = general.refusal(people.lawyer, consent);
    expect(r.code).toBe('agent.specialAuthorityRequired');
    expect(r.messageZh).toContain('代为参加调解、签收调解书');
    expect(general.allowed(people.lawyer)).not.toContain('consentToMediation');
    expect(general.allowed(people.applicant)).toContain('consentToMediation');

    const special = withThirdParty(lawyer({ scope: 'special', powers: ['mediate'] }));
    propose(special);
    const [e] = special.act(people.lawyer, consent);
    expect(e).toMatchObject({ data: { party: 'applicant', byAgentId: 'A1' } });
    // The applicant's side has answered: the applicant cannot answer again.
    expect(special.refusal(people.applicant, consent).code).toBe('mediation.alreadyAnswered');
  });

  it('a third party answers only for themselves', () => {
    const c = withThirdParty();
    propose(c);
    c.act(people.wangwu, consent);
    expect(c.state.mediations?.[0]?.answers).toEqual([
      expect.objectContaining({ party: 'thirdParty:T1', consent: true }),
    ]);
    expect(c.refusal(people.wangwu, consent).code).toBe('mediation.alreadyAnswered');
  });
});

describe('the 调解书: effective only when every party signed and the body sealed it (Art. 73)', () => {
  it('sessions, the document, signatures in any order, the seal last: the case closes as mediated', () => {
    const c = inMediation();
    c.act(people.clerk, {
      action: 'recordMediationSession',
      heldOn: '2026-02-12',
      mode: 'inPerson',
      participants: ['applicant', 'respondent', 'thirdParty:T1'],
      summaryZh: '双方同意将罚款变更为三千元',
    });
    expect(
      c.refusal(people.clerk, {
        action: 'recordMediationSession',
        heldOn: '2026-02-11',
        mode: 'phone',
        participants: ['applicant'],
        summaryZh: '—',
      }).code,
    ).toBe('review.dateInvalid');
    expect(c.refusal(people.applicant, sign).code).toBe('mediation.noDocument');
    const [issued] = c.act(people.clerk, document);
    expect(issued).toMatchObject({
      type: 'mediationDocumentIssued',
      data: {
        issuedOn: '2026-02-12',
        caseNumber: '西宁市人民政府 2026年第000001号',
        bodyNameZh: '西宁市人民政府',
        actTitle: '行政处罚决定书',
        actDocumentNumber: '宁市监罚〔2026〕88号',
        parties: [
          { key: 'applicant', nameZh: '张三' },
          { key: 'respondent', nameZh: '西宁市市场监督管理局' },
          { key: 'thirdParty:T1', nameZh: '王五' },
        ],
        termsZh: document.termsZh,
      },
    });
    expect(c.refusal(people.clerk, document).code).toBe('mediation.documentAlreadyIssued');
    expect(c.notices().map((n) => n.kind)).toEqual(Array(3).fill('mediationDocumentIssued'));

    expect(c.allowed(people.applicant)).toContain('signMediationDocument');
    c.act(people.applicant, sign, DAY4);
    expect(c.allowed(people.applicant)).not.toContain('signMediationDocument');
    expect(c.refusal(people.applicant, sign, DAY4).code).toBe('mediation.alreadySigned');
    c.act(people.respondent, sign, DAY4);
    c.act(
      people.clerk,
      { action: 'recordMediationSignature', party: 'thirdParty:T1', signedOn: '2026-02-13' },
      DAY4,
    );
    // Every signature, no seal yet: not in effect.
    expect(c.state.stage).toBe('mediation');
    expect(c.state.status).toBe('open');

    const open = Object.values(c.state.deadlines)
      .filter((d) => d.status === 'open')
      .map((d) => d.key);
    expect(open).toContain('decision');
    const sealed = c.act(people.officeHead, { action: 'sealMediationDocument' }, DAY4);
    expect(sealed.map((e) => e.type)).toEqual(['mediationDocumentSealed', 'mediationTookEffect']);
    expect(sealed[1]).toMatchObject({ toStage: 'closed', data: { effectiveOn: '2026-02-13' } });
    expect(sealed[1]?.deadlines?.closed).toContainEqual({ key: 'decision', status: 'met' });
    expect(c.state).toMatchObject({
      status: 'closed',
      closure: { kind: 'mediated', on: '2026-02-13' },
    });
    expect(c.state.closure?.detailZh).toContain('第七十三条');
    expect(c.state.mediations?.[0]).toMatchObject({
      status: 'effective',
      document: { sealedOn: '2026-02-13', effectiveOn: '2026-02-13' },
    });
    const told = c.notices();
    expect(told.map((n) => n.recipient)).toEqual([
      'u-zhangsan',
      'agency:dept-xn-scjg',
      'u-wangwu',
      'body:gov-xn',
    ]);
    expect(told[0]?.bodyZh).toContain('已发生法律效力');
    expect(told[0]?.bodyZh).toContain('第七十七条');
  });

  it('sealed first, it takes effect with the last signature', () => {
    const c = inMediation();
    c.act(people.clerk, document);
    c.act(people.officeHead, { action: 'sealMediationDocument' });
    expect(c.refusal(people.officeHead, { action: 'sealMediationDocument' }).code).toBe(
      'mediation.alreadySealed',
    );
    c.act(people.applicant, sign);
    c.act(people.wangwu, sign);
    expect(c.state.status).toBe('open');
    const last = c.act(people.respondent, sign);
    expect(last.map((e) => e.type)).toEqual(['mediationDocumentSigned', 'mediationTookEffect']);
    expect(c.state.closure?.kind).toBe('mediated');
  });

  it('a general agent cannot sign for the applicant; the paper signature is the clerk’s to record', () => {
    const c = inMediation(lawyer({}));
    c.act(people.clerk, document);
    expect(c.refusal(people.lawyer, sign).code).toBe('agent.specialAuthorityRequired');
    expect(c.allowed(people.lawyer)).not.toContain('signMediationDocument');
    expect(
      c.refusal(people.clerk, {
        action: 'recordMediationSignature',
        party: 'applicant',
        signedOn: '2026-02-11',
      }).code,
    ).toBe('review.dateInvalid');
    c.act(people.clerk, { action: 'recordMediationSignature', party: 'applicant', signedOn: '2026-02-12' });
    expect(c.state.mediations?.[0]?.document?.signatures).toEqual([
      { party: 'applicant', signedOn: '2026-02-12', channel: 'paper' },
    ]);
  });
});

describe('reneging or failing before the 调解书 takes effect: back to review (Art. 73)', () => {
  it('a party declining to sign sends the case back, with the reason recorded and told to all', () => {
    const c = inMediation();
    const due = c.state.deadlines.decision?.dueDate;
    c.act(people.clerk, document);
    c.act(people.applicant, sign);
    const [e] = c.act(people.respondent, {
      action: 'declineMediation',
      reasonZh: '经集体研究，不同意变更罚款数额',
    });
    expect(e).toMatchObject({
      type: 'mediationFailed',
      toStage: 'underReview',
      data: { by: 'respondent', reasonZh: '经集体研究，不同意变更罚款数额', channel: 'online' },
    });
    expect(c.state.stage).toBe('underReview');
    expect(c.state.mediations?.[0]).toMatchObject({
      status: 'failed',
      endedOn: '2026-02-12',
      failure: { by: 'respondent', reasonZh: '经集体研究，不同意变更罚款数额' },
    });
    expect(c.state.deadlines.decision).toMatchObject({ status: 'open', dueDate: due });
    expect(c.notices().every((n) => n.bodyZh.includes('及时作出行政复议决定'))).toBe(true);
    expect(c.notices().map((n) => n.recipient)).toContain('u-wangwu');
    // The document no longer stands: nobody can sign it.
    expect(c.refusal(people.wangwu, sign).code).toBe('action.notAllowedInStage');
  });

  it('the body ends mediation without agreement, or records a party’s written withdrawal of consent', () => {
    const c = inMediation();
    c.act(people.clerk, { action: 'endMediation', reasonZh: '多次调解未能达成协议' });
    expect(c.state.mediations?.[0]?.failure).toEqual({ by: 'body', reasonZh: '多次调解未能达成协议' });

    // Mediation may be tried again later; meanwhile the review goes on.
    c.act(people.clerk, { action: 'proposeMediation', proposalZh: '再次调解' });
    expect(c.state.mediations?.map((m) => m.status)).toEqual(['failed', 'proposed']);

    const d = inMediation();
    d.act(people.clerk, {
      action: 'endMediation',
      party: 'thirdParty:T1',
      reasonZh: '第三人书面表示撤回同意',
    });
    expect(d.state.mediations?.[0]?.failure).toEqual({
      by: 'thirdParty:T1',
      reasonZh: '第三人书面表示撤回同意',
    });
    expect(d.refusal(people.clerk, { action: 'endMediation', reasonZh: '—' }).code).toBe(
      'action.notAllowedInStage',
    );
  });

  it('a general agent cannot renege for the applicant', () => {
    const c = inMediation(lawyer({}));
    expect(c.refusal(people.lawyer, { action: 'declineMediation', reasonZh: '反悔' }).code).toBe(
      'agent.specialAuthorityRequired',
    );
  });
});

describe('what each party sees of the mediation', () => {
  it('the case view lists the attempt, answers, document and signatures; the timeline too', () => {
    const c = inMediation();
    c.act(people.clerk, document);
    c.act(people.applicant, sign);
    const view = c.view(people.wangwu);
    expect(view.mediations[0]).toMatchObject({
      status: 'inProgress',
      proposalZh: '就罚款数额进行调解',
      parties: [
        { key: 'applicant', nameZh: '张三' },
        { key: 'respondent', nameZh: '西宁市市场监督管理局' },
        { key: 'thirdParty:T1', nameZh: '王五' },
      ],
      document: {
        termsZh: document.termsZh,
        signatures: [{ party: 'applicant', nameZh: '张三', channel: 'online' }],
      },
    });
    expect(view.allowedActions.map((a: { action: string }) => a.action)).toContain('signMediationDocument');
    const labels = c.timeline(people.clerk).map((e) => e.labelZh);
    expect(labels).toContain('制作行政复议调解书');
    expect(labels).toContain('当事人签收调解书');
  });
});
