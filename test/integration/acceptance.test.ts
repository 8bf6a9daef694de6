import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  clerk: 'wangfang',
  otherClerk: 'zhoujie',
});

const fileOne = async () => {
  const r = await s.applicant.file(fineApplication());
  expect(r.status).toBe(201);
  return r.body as { id: string; version: number };
};

const deadline = (c: { deadlines: { key: string }[] }, key: string) =>
  c.deadlines.find((d) => d.key === key) as
    | { dueDate: string; status: string; explanationZh: string }
    | undefined;

describe('acceptance review actions (ARL Arts. 30–31)', () => {
  it('correction → resubmission restarts review → accept opens the decision and respondent-copy deadlines', async () => {
    const filed = await fileOne();
    const corr = await s.clerk.act(filed.id, {
      action: 'requestCorrection',
      expectedVersion: filed.version,
      items: [
        { field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' },
        { field: 'identity', descriptionZh: '请提交身份证复印件' },
      ],
    });
    expect(corr.status).toBe(200);
    expect(corr.body.stage).toBe('awaitingCorrection');
    // Notice on Tue 10 Feb: 11, 12, 13, 14 (make-up Sat), break 15–23, 24, 25, 26, 27, 28 (make-up Sat), 2 Mar.
    expect(deadline(corr.body, 'correctionResponse')?.dueDate).toBe('2026-03-02');

    const second = await s.clerk.act(filed.id, {
      action: 'requestCorrection',
      expectedVersion: corr.body.version,
      items: [{ field: 'x', descriptionZh: '再补一项' }],
    });
    expect(second.status).toBe(409);

    const missing = await s.applicant.act(filed.id, {
      action: 'submitCorrection',
      expectedVersion: corr.body.version,
      answers: [{ field: 'evidence', textZh: '已上传决定书复印件' }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(['answers.identity']);

    await s.t.advanceClock(1);
    const submitted = await s.applicant.act(filed.id, {
      action: 'submitCorrection',
      expectedVersion: corr.body.version,
      answers: [
        { field: 'evidence', textZh: '已上传决定书复印件' },
        { field: 'identity', textZh: '已上传身份证复印件' },
      ],
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.stage).toBe('acceptanceReview');
    // Received Wed 11 Feb: 12, 13, 14 (make-up Saturday), 24, 25 → Wed 25 Feb.
    expect(deadline(submitted.body, 'acceptanceReview')?.dueDate).toBe('2026-02-25');

    const accepted = await s.clerk.act(filed.id, {
      action: 'accept',
      expectedVersion: submitted.body.version,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.stage).toBe('underReview');
    expect(accepted.body.acceptedOn).toBe('2026-02-11');
    // 60 calendar days from 11 Feb end on Sun 12 Apr → rolls over to Mon 13 Apr (CPL Art. 85).
    expect(deadline(accepted.body, 'decision')?.dueDate).toBe('2026-04-13');
    expect(deadline(accepted.body, 'decision')?.explanationZh).toContain('第八十五条');
    expect(deadline(accepted.body, 'respondentCopy')?.dueDate).toBeDefined();

    const timeline = await s.applicant.get(`/v1/cases/${filed.id}/events`);
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual([
      'caseFiled',
      'correctionRequested',
      'correctionSubmitted',
      'accepted',
    ]);
    const inbox = await s.applicant.get('/v1/notifications');
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['filed', 'correctionRequested', 'accepted']),
    );
  });

  it('refuses for lack of jurisdiction only when the competent body is named', async () => {
    const filed = await fileOne();
    const unnamed = await s.clerk.act(filed.id, {
      action: 'refuse',
      expectedVersion: 1,
      reasons: ['wrongBody'],
    });
    expect(unnamed.status).toBe(422);
    expect(unnamed.body.code).toBe('refusal.competentBodyRequired');
    expect(unnamed.body.errors[0].path).toBe('competentBodyId');
    const refused = await s.clerk.act(filed.id, {
      action: 'refuse',
      expectedVersion: filed.version,
      reasons: ['wrongBody'],
      competentBodyId: 'gov-qh',
      noteZh: '经审查，本机关无管辖权',
    });
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('closed');
    expect(refused.body.closure.detailZh).toContain('青海省人民政府');
    const inbox = await s.applicant.get('/v1/notifications');
    expect(inbox.body.items[0].kind).toBe('refused');
  });

  it('forwards to the competent body, which gets a new number and a fresh review period', async () => {
    const filed = await fileOne();
    const fwd = await s.clerk.act(filed.id, {
      action: 'forward',
      expectedVersion: filed.version,
      toBodyId: 'gov-qh',
    });
    expect(fwd.status).toBe(200);
    expect(fwd.body.body.id).toBe('gov-qh');
    expect(fwd.body.caseNumber).toMatch(/^青海省人民政府 2026年第\d{6}号$/);
    expect(fwd.body.stage).toBe('acceptanceReview');
    // The forwarding body's clerk no longer sees it; the receiving body's clerk does.
    expect((await s.clerk.get(`/v1/cases/${filed.id}`)).status).toBe(404);
    const provincial = await s.t.as('qianming');
    const queue = await provincial.get('/v1/cases?view=queue');
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(filed.id);
  });

  it('lets the applicant withdraw, closing every deadline', async () => {
    const filed = await fileOne();
    const w = await s.applicant.act(filed.id, {
      action: 'withdraw',
      expectedVersion: filed.version,
      reasonZh: '已与被申请人协商解决',
    });
    expect(w.status).toBe(200);
    expect(w.body.status).toBe('closed');
    expect(w.body.openDeadlines).toEqual([]);
    const again = await s.applicant.act(filed.id, {
      action: 'withdraw',
      expectedVersion: w.body.version,
      reasonZh: '再撤',
    });
    expect(again.body.code).toBe('case.closed');
  });

  it('two clerks acting on the same version: one wins, the other gets 409', async () => {
    const filed = await fileOne();
    const [a, b] = await Promise.all([
      s.clerk.act(filed.id, { action: 'accept', expectedVersion: filed.version }),
      s.otherClerk.act(filed.id, {
        action: 'refuse',
        expectedVersion: filed.version,
        reasons: ['outsideScope'],
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('case.versionStale');
    const events = await s.clerk.get(`/v1/cases/${filed.id}/events`);
    expect(events.body.items).toHaveLength(2);
  });
});

describe('who may see and do what', () => {
  it('hides a case from other applicants and other bodies, and refuses actions by the wrong role', async () => {
    const filed = await fileOne();
    const other = await s.t.as('lisi');
    expect((await other.get(`/v1/cases/${filed.id}`)).status).toBe(404);
    const provincialClerk = await s.t.as('qianming');
    expect((await provincialClerk.get(`/v1/cases/${filed.id}`)).status).toBe(404);
    const respondent = await s.t.as('liuwei');
    expect((await respondent.get(`/v1/cases/${filed.id}`)).status).toBe(404);
    const selfAccept = await s.applicant.act(filed.id, { action: 'accept', expectedVersion: filed.version });
    expect(selfAccept.status).toBe(403);
    expect(selfAccept.body.code).toBe('action.roleNotAllowed');
    const supervisor = await s.t.as('sunli');
    expect((await supervisor.get(`/v1/cases/${filed.id}`)).status).toBe(200);
    expect((await s.t.anonymous.get(`/v1/cases/${filed.id}`)).status).toBe(401);
  });
});
