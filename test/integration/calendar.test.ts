import { describe, expect, it } from '@jest/globals';
import { runtime } from '../../shared/runtime';
import { reconcile } from '../../shared/services/reconcile';
import { fineApplication, useTestSystem } from '../support/local-system';

// 2026-12-14 (Mon): a decision period from acceptance runs into 2027, whose calendar is not loaded yet.
const s = useTestSystem(new Date('2026-12-14T10:00:00+08:00'));

/**
 * An application known on 2 Dec 2026, filed and accepted today (14 Dec): its decision period runs
 * into 2027. A case whose withdrawal is approved bars the same act (Art. 74(2)): such a test names
 * its own act (`documentNumber`).
 */
async function fileAndAccept(documentNumber?: string) {
  const applicant = await s.t.as('zhangsan');
  const clerk = await s.t.as('wangfang');
  const act = {
    madeOn: '2026-12-01',
    learnedOn: '2026-12-02',
    ...(documentNumber ? { documentNumber } : {}),
  };
  const filed = (await applicant.file(fineApplication({ act }))).body;
  const accepted = (await clerk.act(filed.id, { action: 'accept', expectedVersion: filed.version })).body;
  return { applicant, clerk, filed, accepted };
}

describe('official calendar years (GET/PUT /v1/calendar/{year})', () => {
  it('serves a seeded year and says when a year is not loaded', async () => {
    const admin = await s.t.as('admin');
    const y2026 = (await admin.get('/v1/calendar/2026')).body;
    expect(y2026.loaded).toBe(true);
    expect(y2026.daysOff.map((d: { date: string }) => d.date)).toContain('2026-02-17');
    const y2027 = (await admin.get('/v1/calendar/2027')).body;
    expect(y2027.loaded).toBe(false);
    expect(y2027.messageZh).toBe(
      '2027年官方节假日安排尚未载入，涉及该年的期限暂按周末及法定节假日计算（未计调休）并标注为暂定，载入后将自动重新计算',
    );
  });

  it('a provisional deadline says so while open, and drops the mark once closed', async () => {
    const { applicant, filed, accepted } = await fileAndAccept('宁市监罚〔2026〕301号');
    const open = accepted.openDeadlines.find((d: { key: string }) => d.key === 'decision');
    // 60 days from Mon 14 Dec 2026 → Fri 12 Feb 2027: no statutory holiday (春节 is 5–8 Feb).
    expect(open).toMatchObject({
      dueDate: '2027-02-12',
      dueZh: '届满日：2027年2月12日（当日24时止）',
      provisional: true,
    });
    expect(open.explanationZh).toContain(
      '2027年官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。',
    );
    // After acceptance a withdrawal closes the case once the office head approves it (Arts. 41, 74).
    const requested = (
      await applicant.act(filed.id, {
        action: 'withdraw',
        expectedVersion: accepted.version,
        reasonZh: '已与被申请人协商解决',
      })
    ).body;
    const head = await s.t.as('zhaoqiang');
    const withdrawn = (
      await head.act(filed.id, { action: 'approveWithdrawal', expectedVersion: requested.version })
    ).body;
    const closed = withdrawn.deadlines.find((d: { key: string }) => d.key === 'decision');
    expect(closed).toMatchObject({ status: 'cancelled', provisional: false, dueDate: '2027-02-12' });
    expect(closed.explanationZh).not.toContain('尚未载入');
    expect(closed.explanationZh).toContain('期限届满日为2027年2月12日（北京时间当日24时止）。');
  });

  it('loading 2027 recomputes provisional deadlines and records the change on the case', async () => {
    const { applicant, clerk, filed, accepted } = await fileAndAccept();
    const decision = accepted.openDeadlines.find((d: { key: string }) => d.key === 'decision');
    // 60 days from 14 Dec 2026 → Fri 12 Feb 2027, computed on weekends and statutory holidays.
    expect(decision.dueDate).toBe('2027-02-12');
    expect(decision.provisional).toBe(true);

    const admin = await s.t.as('admin');
    const refused = await clerk.call('PUT', '/v1/calendar/2027', {
      source: 'x',
      daysOff: [],
      makeupWorkdays: [],
    });
    expect(refused.status).toBe(403);
    const bad = await admin.call('PUT', '/v1/calendar/2027', {
      source: '测试',
      daysOff: [{ date: '2028-01-01', name: '元旦' }],
      makeupWorkdays: [],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('daysOff.0.date');

    // A hypothetical 2027 notice (test data): Spring Festival break 6–14 Feb 2027.
    const put = await admin.call('PUT', '/v1/calendar/2027', {
      source: '测试用假设通知',
      daysOff: [
        '2027-01-01',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-02-12',
        '2027-02-13',
        '2027-02-14',
      ].map((date) => ({ date, name: date === '2027-01-01' ? '元旦' : '春节' })),
      makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
    });
    // The year is stored at once; the recompute runs in the background (never inside the request).
    expect(put.status).toBe(202);
    expect(put.body.job).toMatchObject({ year: 2027, calendarVersion: 1 });
    expect(put.headers.get('location')).toBe(`/v1/calendar/2027/jobs/${put.body.job.jobId}`);
    await s.t.system.jobs.settle();
    const job = (await admin.get(`/v1/calendar/2027/jobs/${put.body.job.jobId}`)).body;
    expect(job).toMatchObject({ status: 'done', statusZh: '已完成' });
    expect(job.affectedCaseIds).toContain(filed.id);
    expect(job.checked).toBeGreaterThanOrEqual(1);
    expect((await clerk.get(`/v1/calendar/2027/jobs/${put.body.job.jobId}`)).status).toBe(403);

    const after = (await applicant.get(`/v1/cases/${filed.id}`)).body;
    const recomputed = after.openDeadlines.find((d: { key: string }) => d.key === 'decision');
    // 12 Feb 2027 is now a day off; the break runs to Sun 14 Feb → Mon 15 Feb (CPL Art. 85).
    expect(recomputed.dueDate).toBe('2027-02-15');
    expect(recomputed.provisional).toBe(false);
    const events = (await applicant.get(`/v1/cases/${filed.id}/events`)).body.items;
    const recomputedEvent = events.find((e: { type: string }) => e.type === 'deadlinesRecomputed');
    expect(recomputedEvent.data.changes).toContainEqual({
      key: 'decision',
      fromDue: '2027-02-12',
      toDue: '2027-02-15',
    });
    // The time to apply (60 days from 2 Dec 2026 → Sun 31 Jan 2027 → Mon 1 Feb) rested on 2027 too:
    // the same verdict, now on the official calendar, is recorded without its provisional mark.
    const timeliness = events.find((e: { type: string }) => e.type === 'timelinessRecomputed');
    expect(timeliness.data).toMatchObject({
      from: { timely: true, provisional: true },
      timeliness: { timely: true, dueDate: '2027-02-01', provisional: false },
    });
    expect(after.timeliness.provisional).toBe(false);
    expect((await admin.get('/v1/calendar/2027')).body.version).toBe(1);

    const stale = await admin.call('PUT', '/v1/calendar/2027', {
      source: '更正',
      daysOff: [],
      makeupWorkdays: [],
    });
    expect(stale.status).toBe(409);
  });

  it('resumes a recompute whose message was lost: the reconciler queues it again, and it finishes', async () => {
    const applicant = await s.t.as('zhangsan');
    const admin = await s.t.as('admin');
    const filed = (
      await applicant.file(fineApplication({ act: { madeOn: '2026-12-01', learnedOn: '2026-12-03' } }))
    ).body;
    const jobs = s.t.system.jobs;
    const enqueue = jobs.enqueue.bind(jobs);
    jobs.enqueue = async () => undefined; // the message is lost
    const current = (await admin.get('/v1/calendar/2027')).body.version;
    const put = await admin.call('PUT', '/v1/calendar/2027', {
      source: '测试用更正',
      daysOff: [{ date: '2027-01-01', name: '元旦' }],
      makeupWorkdays: [],
      expectedVersion: current,
    });
    jobs.enqueue = enqueue;
    expect(put.status).toBe(202);
    const href = `/v1/calendar/2027/jobs/${put.body.job.jobId}`;
    expect((await admin.get(href)).body.status).toBe('queued');

    await reconcile(await runtime(), { resumeJobsIdleForMs: 0 });
    await jobs.settle();
    const job = (await admin.get(href)).body;
    expect(job.status).toBe('done');
    expect(job.checked).toBeGreaterThanOrEqual(1);
    expect((await applicant.get(`/v1/cases/${filed.id}`)).status).toBe(200);
  });
});
