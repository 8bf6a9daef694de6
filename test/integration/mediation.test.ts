import { describe, expect, it } from '@jest/globals';
import * as z from 'zod/mini';
import { caseView, timelinePage } from '../../shared/http/contract/responses';
import {
  type ApiClient,
  type ApiResponse,
  beforeSpringFestival2026,
  fineApplication,
  useTestSystem,
} from '../support/local-system';

/**
 * Parties, mediation and settlement through the API (ARL Arts. 15–17, 41, 73, 74): a third party
 * and an agent signing in as citizens, mediation to an effective 调解书 and one that fails, a
 * settlement withdrawn with the office head's approval, and the same claim refused when filed
 * again.
 */

const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  /** A second citizen: a third party in one case, the applicant's agent in another. */
  other: 'lisi',
  clerk: 'wangfang',
  head: 'zhaoqiang',
  respondent: 'liuwei',
});

const otherUserId = 'local-lisi';
const lisi = {
  type: 'person',
  name: '李四',
  residentId: '630102199001011235',
  phone: '13997005678',
  address: '青海省西宁市城西区五四大街2号',
} as const;

/** A case as the API answers it (the contract test checks its shape; here its fields are read). */
type Case = ApiResponse['body'];

/** Acts and expects success; returns the case as the API answered. */
async function ok(client: ApiClient, c: { id: string; version: number }, command: Record<string, unknown>) {
  const r = await client.act(c.id, { ...command, expectedVersion: c.version });
  if (r.status !== 200) throw new Error(`${command.action}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as Case;
}

/** Filed by 张三, accepted and its copy sent online: the respondent is a party. */
async function underReview(application = fineApplication()): Promise<Case> {
  const filed = await s.applicant.file(application);
  expect(filed.status).toBe(201);
  const accepted = await ok(s.clerk, filed.body, { action: 'accept' });
  return ok(s.clerk, accepted, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-10' });
}

const fresh = async (client: ApiClient, id: string) => (await client.get(`/v1/cases/${id}`)).body as Case;

/** The case and its timeline as `client` sees them match the documented contract (strict objects). */
async function conforms(client: ApiClient, id: string) {
  const problems = (schema: z.ZodMiniType, body: unknown) => {
    const r = z.safeParse(schema, body);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  expect(problems(caseView, await fresh(client, id))).toEqual([]);
  expect(problems(timelinePage, (await client.get(`/v1/cases/${id}/events`)).body)).toEqual([]);
}
const kinds = async (client: ApiClient) =>
  ((await client.get('/v1/notifications')).body.items as { kind: string }[]).map((n) => n.kind);

const document = {
  action: 'issueMediationDocument',
  requestsZh: '撤销宁市监罚〔2026〕88号行政处罚决定',
  factsZh: '被申请人以检测报告为据罚款五千元，申请人称报告未送达',
  termsZh: '一、被申请人将罚款变更为三千元；二、申请人放弃其余复议请求。',
};

describe('mediation with a third party, to an effective 调解书', () => {
  it('invite, every consent, a session, the document signed by all and sealed: closed as mediated', async () => {
    let c = await underReview();
    // The third party is invited with the account they sign in with: they see the case from then on.
    expect((await s.other.get(`/v1/cases/${c.id}`)).status).toBe(404);
    c = await ok(s.clerk, c, {
      action: 'inviteThirdParty',
      thirdParty: lisi,
      userId: otherUserId,
      interestZh: '被处罚的检测报告由李四出具',
    });
    const asThird = await fresh(s.other, c.id);
    expect(asThird.thirdParties[0].details.residentId).toBe(lisi.residentId);
    expect(asThird.application.applicant.residentId).toMatch(/\*/);
    expect(await kinds(s.other)).toContain('thirdPartyNotice');
    const mine = await s.other.get('/v1/cases?view=mine');
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    // A third party cannot withdraw the application.
    const notTheirs = await s.other.act(c.id, {
      action: 'withdraw',
      expectedVersion: c.version,
      reasonZh: '—',
    });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.code).toBe('action.partyNotAllowed');

    c = await ok(s.clerk, c, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' });
    expect((await fresh(s.other, c.id)).allowedActions.map((a: { action: string }) => a.action)).toContain(
      'consentToMediation',
    );
    c = await ok(s.applicant, c, { action: 'consentToMediation', consent: true });
    c = await ok(s.respondent, c, { action: 'consentToMediation', consent: true });
    expect(c.stage).toBe('underReview');
    c = await ok(s.other, c, { action: 'consentToMediation', consent: true });
    expect(c.stage).toBe('mediation');
    expect(c.stageLabelZh).toBe('调解中');
    const decisionDue = c.deadlines.find((d: { key: string }) => d.key === 'decision').dueDate;

    c = await ok(s.clerk, c, {
      action: 'recordMediationSession',
      heldOn: '2026-02-10',
      mode: 'inPerson',
      participants: ['applicant', 'respondent', 'thirdParty:T1'],
      summaryZh: '各方同意将罚款变更为三千元',
    });
    c = await ok(s.clerk, c, document);
    expect(c.mediations[0].document.termsZh).toBe(document.termsZh);
    expect(await kinds(s.applicant)).toContain('mediationDocumentIssued');

    c = await ok(s.applicant, c, { action: 'signMediationDocument', agreed: true });
    const twice = await s.applicant.act(c.id, {
      action: 'signMediationDocument',
      agreed: true,
      expectedVersion: c.version,
    });
    expect(twice.status).toBe(409);
    c = await ok(s.respondent, c, { action: 'signMediationDocument', agreed: true });
    c = await ok(s.other, c, { action: 'signMediationDocument', agreed: true });
    // Every signature, but no seal: not yet in effect.
    expect(c.status).toBe('open');
    expect(c.deadlines.find((d: { key: string }) => d.key === 'decision')).toMatchObject({
      status: 'open',
      dueDate: decisionDue,
    });

    c = await ok(s.head, c, { action: 'sealMediationDocument' });
    expect(c).toMatchObject({ status: 'closed', stage: 'closed', closure: { kind: 'mediated' } });
    expect(c.mediations[0]).toMatchObject({ status: 'effective', document: { sealedOn: '2026-02-10' } });
    expect(c.deadlines.find((d: { key: string }) => d.key === 'decision').status).toBe('met');

    const timeline = await s.other.get(`/v1/cases/${c.id}/events`);
    expect(timeline.body.items.map((e: { type: string }) => e.type).slice(-3)).toEqual([
      'mediationDocumentSigned',
      'mediationDocumentSealed',
      'mediationTookEffect',
    ]);
    for (const client of [s.applicant, s.other, s.respondent]) {
      expect(await kinds(client)).toContain('mediationTookEffect');
      await conforms(client, c.id);
    }
    await conforms(s.clerk, c.id);
  });
});

describe('mediation that fails', () => {
  it('a party reneging before the 调解书 takes effect sends the case back to review', async () => {
    let c = await underReview();
    c = await ok(s.clerk, c, { action: 'proposeMediation', proposalZh: '就罚款数额进行调解' });
    c = await ok(s.applicant, c, { action: 'consentToMediation', consent: true });
    c = await ok(s.respondent, c, { action: 'consentToMediation', consent: true });
    expect(c.stage).toBe('mediation');
    c = await ok(s.clerk, c, document);
    c = await ok(s.applicant, c, { action: 'signMediationDocument', agreed: true });
    c = await ok(s.respondent, c, { action: 'declineMediation', reasonZh: '经集体研究，不同意变更罚款数额' });
    expect(c.stage).toBe('underReview');
    expect(c.mediations[0]).toMatchObject({
      status: 'failed',
      failure: { by: 'respondent', reasonZh: '经集体研究，不同意变更罚款数额' },
    });
    const sealLate = await s.head.act(c.id, { action: 'sealMediationDocument', expectedVersion: c.version });
    expect(sealLate.status).toBe(409);
    expect(await kinds(s.applicant)).toContain('mediationFailed');
    await conforms(s.respondent, c.id);
  });
});

describe('settlement, approved withdrawal, and the bar on filing the same claim again', () => {
  it('the agent needs a special authority; the office head approves; the same claim is refused when filed again', async () => {
    let c = await underReview();
    // 张三 appoints 李四 as a general agent: 李四 sees the case but may not withdraw or settle.
    c = await ok(s.applicant, c, {
      action: 'appointAgent',
      agent: { name: '李四', phone: '13997005678', kind: 'relative', scope: 'general', userId: otherUserId },
    });
    expect((await s.other.get(`/v1/cases/${c.id}`)).status).toBe(200);
    const settlement = { summaryZh: '被申请人将罚款变更为三千元，申请人撤回申请', concludedOn: '2026-02-10' };
    const general = await s.other.act(c.id, {
      action: 'withdraw',
      expectedVersion: c.version,
      reasonZh: '已和解',
      settlement,
    });
    expect(general.status).toBe(403);
    expect(general.body.code).toBe('agent.specialAuthorityRequired');
    expect(general.body.detail).toContain('特别授权');
    // An agent cannot change their own authority; the applicant can.
    const selfPromotion = await s.other.act(c.id, {
      action: 'appointAgent',
      expectedVersion: c.version,
      agent: { name: '李四', phone: '13997005678', kind: 'relative', scope: 'special', powers: ['withdraw'] },
    });
    expect(selfPromotion.body.code).toBe('action.partyNotAllowed');
    c = await ok(s.applicant, c, {
      action: 'appointAgent',
      replacesAgentId: 'A1',
      agent: {
        name: '李四',
        phone: '13997005678',
        kind: 'relative',
        scope: 'special',
        powers: ['withdraw', 'settle'],
        userId: otherUserId,
      },
    });
    c = await ok(s.other, c, { action: 'withdraw', reasonZh: '已与被申请人达成和解', settlement });
    expect(c.stage).toBe('withdrawalReview');
    expect(c.withdrawals[0]).toMatchObject({ status: 'pending', byAgentId: 'A2', settlement });
    expect(await kinds(s.clerk)).toContain('withdrawalRequested');

    c = await ok(s.head, c, { action: 'approveWithdrawal', noteZh: '和解内容合法' });
    expect(c).toMatchObject({ status: 'closed', closure: { kind: 'withdrawn' } });
    expect(c.closure.detailZh).toContain('第四十一条第一款第一项');
    expect(await kinds(s.respondent)).toContain('withdrawalApproved');
    await conforms(s.other, c.id);
    await conforms(s.head, c.id);

    // The same claim again: refused before any case or number is made.
    const again = await s.applicant.file(fineApplication({ requests: '请求撤销该处罚决定' }));
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('filing.withdrawnBefore');
    expect(again.body.detail).toContain(c.caseNumber);
    expect(again.body.errors[0].path).toBe('priorWithdrawal');
    // Another act is not the same claim.
    const other = await s.applicant.file(
      fineApplication({ act: { documentNumber: '宁市监罚〔2026〕95号' } }),
    );
    expect(other.status).toBe(201);

    // The applicant says the withdrawal was not their true will: filed, and the body judges it.
    const stated = await s.applicant.file(
      fineApplication({
        priorWithdrawal: { caseNumber: c.caseNumber, notGenuineZh: '撤回系受被申请人胁迫' },
      }),
    );
    expect(stated.status).toBe(201);
    expect(stated.body.application.priorWithdrawal.caseNumber).toBe(c.caseNumber);
    const judged = await ok(s.clerk, stated.body, {
      action: 'assessPriorWithdrawal',
      withdrawalGenuine: true,
      reasonZh: '申请人未能提供受胁迫的证据',
    });
    expect(judged).toMatchObject({ status: 'closed', closure: { kind: 'refused' } });
    expect(await kinds(s.applicant)).toContain('priorWithdrawalAssessed');
    await conforms(s.applicant, judged.id);
  });
});
