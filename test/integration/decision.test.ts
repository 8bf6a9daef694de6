import { describe, expect, it } from '@jest/globals';
import { shanghaiDate } from '../../shared/calendar/time';
import {
  type ApiClient,
  beforeSpringFestival2026,
  fineApplication,
  useTestSystem,
} from '../support/local-system';

/**
 * From acceptance to an effective decision through the API, on the local runtime: the reply, the
 * draft, the approval with the body's decision number, service electronic and by post, the
 * effect on service (Art. 75), the time to sue and, when it passes, the end of the case — by the
 * workflow's own clock.
 */
const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  clerk: 'wangfang',
  head: 'zhaoqiang',
  respondent: 'liuwei',
});

type Case = {
  id: string;
  version: number;
  stage: string;
  status: string;
  deadlines: { key: string; dueDate: string; status: string; explanationZh: string }[];
  decision?: {
    number?: string;
    effectiveOn?: string;
    service?: { party: string; channel: string; servedOn?: string }[];
  };
};

async function act(who: ApiClient, c: Case, command: Record<string, unknown>, status = 200): Promise<Case> {
  const r = await who.act(c.id, { expectedVersion: c.version, ...command });
  expect({
    action: command.action,
    status: r.status,
    body: r.status === status ? undefined : r.body,
  }).toEqual({
    action: command.action,
    status,
    body: undefined,
  });
  return (status === 200 ? r.body : c) as Case;
}

/** The local runtime's day (its clock moves with advanceClock). */
const today = async () => shanghaiDate(new Date((await s.t.anonymous.get('/local/clock')).body.now));

const view = async (who: ApiClient, id: string) => (await who.get(`/v1/cases/${id}`)).body as Case;

/** Filed, accepted and the copy sent online: the case as the clerk sees it. */
async function acceptedWithCopy(app = fineApplication(), track = 'ordinary'): Promise<Case> {
  const filed = await s.applicant.file(app);
  expect(filed.status).toBe(201);
  let c = filed.body as Case;
  c = await act(s.clerk, c, { action: 'accept', track });
  return act(s.clerk, c, { action: 'sendCopy', channel: 'online', sentOn: await today() });
}

const draft = {
  action: 'draftDecision',
  type: 'revoke',
  findingsZh: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
  reasonsZh: '违反法定程序',
  legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
  newActWithinDays: 60,
};

describe('an ordinary case to an effective decision', () => {
  it('reply → draft → approval with number → postal service → effect → time to sue → closed', async () => {
    let c = await acceptedWithCopy();
    c = await act(s.respondent, c, {
      action: 'submitReply',
      replyZh: '处罚事实清楚，证据确凿，程序合法',
      evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
      legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
    });
    expect(c.deadlines.find((d) => d.key === 'respondentReply')?.status).toBe('met');

    c = await act(s.clerk, c, draft);
    expect(c.stage).toBe('decisionReview');
    // Only the office head approves.
    await act(s.clerk, c, { action: 'approveDecision' }, 403);
    c = await act(s.head, c, { action: 'approveDecision' });
    expect(c.stage).toBe('service');
    expect(c.decision?.number).toMatch(/^宁政复决字〔2026〕\d+号$/);
    expect(c.decision?.service).toEqual([
      expect.objectContaining({ party: 'applicant', channel: 'post' }),
      expect.objectContaining({ party: 'respondent', channel: 'electronic', servedOn: expect.any(String) }),
    ]);
    expect(c.deadlines.find((d) => d.key === 'decision')?.status).toBe('met');

    const issuedOn = c.decision?.service?.[1]?.servedOn as string;
    c = await act(s.clerk, c, {
      action: 'recordMailing',
      party: 'applicant',
      mailedOn: issuedOn,
      trackingNumber: 'EMS1000000001CN',
    });
    await s.t.advanceClock(2);
    c = await act(s.clerk, c, { action: 'recordReceipt', party: 'applicant', receivedOn: await today() });
    expect(c.stage).toBe('effective');
    const sue = c.deadlines.find((d) => d.key === 'litigationPeriod');
    expect(sue).toMatchObject({ status: 'open' });
    expect(sue?.explanationZh).toContain('《行政诉讼法》第四十五条');

    const seen = await view(s.applicant, c.id);
    expect(seen.deadlines.find((d) => d.key === 'litigationPeriod')?.dueDate).toBe(sue?.dueDate);
    const inbox = (await s.applicant.get('/v1/notifications')).body.items as {
      kind: string;
      bodyZh: string;
    }[];
    expect(inbox.find((n) => n.kind === 'decisionTookEffect')?.bodyZh).toContain('提起行政诉讼');

    // The time to sue passes: the workflow's clock makes the decision final and closes the case.
    await s.t.advanceClock(20);
    let final = await view(s.clerk, c.id);
    for (let i = 0; i < 100 && final.status !== 'closed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      final = await view(s.clerk, c.id);
    }
    expect(final).toMatchObject({ status: 'closed', stage: 'closed' });
  });

  it('numbers decisions per body and year without gaps', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      let c = await acceptedWithCopy();
      c = await act(s.clerk, c, draft);
      c = await act(s.head, c, { action: 'approveDecision' });
      numbers.push(c.decision?.number as string);
    }
    const serial = (n: string) => Number(/〕(\d+)号$/.exec(n)?.[1]);
    expect(serial(numbers[1] as string)).toBe(serial(numbers[0] as string) + 1);
  });
});

describe('without a reply in time (Art. 70)', () => {
  it('维持 is refused with the reason, and nothing changes', async () => {
    const c = await acceptedWithCopy();
    // The reply period (10 working days from the copy) runs out.
    await s.t.advanceClock(30);
    const now = await view(s.clerk, c.id);
    expect(now.deadlines.find((d) => d.key === 'respondentReply')?.status).toBe('lapsed');
    const r = await s.clerk.act(c.id, {
      ...draft,
      type: 'uphold',
      newActWithinDays: undefined,
      expectedVersion: now.version,
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'decision.noReplyArt70', errors: [{ path: 'type' }] });
    expect(r.body.detail).toContain('第七十条');
    expect((await view(s.clerk, c.id)).version).toBe(now.version);
    const revoked = await act(s.clerk, now, draft);
    expect(revoked.stage).toBe('decisionReview');
  });
});

describe('a simplified case served electronically', () => {
  it('takes effect the day the decision is issued', async () => {
    let c = await acceptedWithCopy(fineApplication({ act: { amountYuan: 2000 } }), 'simplified');
    expect(c.deadlines.find((d) => d.key === 'decision')?.explanationZh).toContain('简易程序');
    c = await act(s.applicant, await view(s.applicant, c.id), { action: 'consentToElectronicService' });
    c = await act(s.clerk, await view(s.clerk, c.id), draft);
    c = await act(s.head, c, { action: 'approveDecision' });
    expect(c.stage).toBe('effective');
    expect(c.decision?.effectiveOn).toBe(c.decision?.service?.[0]?.servedOn);
    const inbox = (await s.applicant.get('/v1/notifications')).body.items as { kind: string }[];
    expect(inbox.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['decisionIssued', 'decisionTookEffect']),
    );
  });
});

describe('suspension, resumption and extension (Arts. 39–41, 62)', () => {
  it('a suspended case’s deadlines stop and resume with recomputed, explained dates', async () => {
    let c = await acceptedWithCopy();
    const decisionDue = c.deadlines.find((d) => d.key === 'decision')?.dueDate as string;
    c = await act(s.clerk, c, {
      action: 'suspend',
      ground: 'forceMajeure',
      reasonZh: '申请人因地震灾害不能参加行政复议',
    });
    expect(c.stage).toBe('suspended');
    const paused = c.deadlines.find((d) => d.key === 'decision') as Case['deadlines'][number] & {
      paused?: boolean;
    };
    expect(paused.paused).toBe(true);
    const inbox = (await s.applicant.get('/v1/notifications')).body.items as {
      kind: string;
      bodyZh: string;
    }[];
    expect(inbox.find((n) => n.kind === 'suspended')?.bodyZh).toContain('中止');

    await s.t.advanceClock(10);
    c = await act(s.clerk, await view(s.clerk, c.id), { action: 'resume', reasonZh: '灾害影响已消除' });
    expect(c.stage).toBe('underReview');
    const resumed = c.deadlines.find((d) => d.key === 'decision');
    expect(resumed?.status).toBe('open');
    expect((resumed?.dueDate ?? '') > decisionDue).toBe(true);
    expect(resumed?.explanationZh).toContain('中止');

    c = await act(s.head, c, { action: 'extendDecisionPeriod', days: 30, reasonZh: '案情复杂' });
    expect(c.deadlines.find((d) => d.key === 'decision')?.explanationZh).toContain('延长');
    const tooLong = await s.head.act(c.id, {
      action: 'extendDecisionPeriod',
      days: 31,
      reasonZh: '再延长',
      expectedVersion: c.version,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].path).toBe('days');
    await act(s.head, c, { action: 'extendDecisionPeriod', days: 5, reasonZh: '再延长' }, 409);
  });
});
