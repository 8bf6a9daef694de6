import { describe, expect, it } from '@jest/globals';
import { invokeAs, runtime } from '../../shared/runtime';
import { runCalendarPreview } from '../../shared/services/calendar-preview';
import { reconcile } from '../../shared/services/reconcile';
import { captureErrorLogs, year2027 } from '../support/capability-scenario';
import { type ApiClient, fineApplication, useTestSystem } from '../support/local-system';

// 2026-12-14 (Mon): a decision period from acceptance runs into 2027, whose calendar is not loaded yet.
const s = useTestSystem(new Date('2026-12-14T10:00:00+08:00'), {
  applicant: 'zhangsan',
  clerk: 'wangfang',
  admin: 'admin',
});
const errors = captureErrorLogs();

interface Change {
  readonly caseId: string;
  readonly key: string;
  readonly fromDue: string;
  readonly toDue: string;
}

async function fileAndAccept(learnedOn: string) {
  const filed = (await s.applicant.file(fineApplication({ act: { madeOn: '2026-12-01', learnedOn } }))).body;
  const accepted = await s.clerk.act(filed.id, { action: 'accept', expectedVersion: filed.version });
  expect(accepted.status).toBe(200);
  return accepted.body;
}

/** Everything a case has written: its events (as the clerk sees them) and its version. */
async function caseFiles(ids: readonly string[]) {
  return Promise.all(
    ids.map(async (id) => ({
      id,
      version: (await s.clerk.get(`/v1/cases/${id}`)).body.version,
      events: (await s.clerk.get(`/v1/cases/${id}/events`)).body.items,
    })),
  );
}

async function finishedPreview(admin: ApiClient, href: string) {
  await s.t.system.jobs.settle();
  const preview = await admin.get(href);
  expect(preview.status).toBe(200);
  expect(preview.body.status).toBe('done');
  return preview.body;
}

/** The due dates a recompute moved, from the `deadlinesRecomputed` events on the cases. */
async function movedByRecompute(ids: readonly string[]): Promise<Change[]> {
  const files = await caseFiles(ids);
  return files.flatMap((f) =>
    f.events
      .filter((e: { type: string }) => e.type === 'deadlinesRecomputed')
      .flatMap((e: { data: { changes: Omit<Change, 'caseId'>[] } }) =>
        e.data.changes.filter((c) => c.fromDue !== c.toDue).map((c) => ({ caseId: f.id, ...c })),
      ),
  );
}

describe('previewing a calendar load (POST /v1/calendar/{year}/previews)', () => {
  it('shows which open deadlines would move, writes no case, and the load then moves exactly those', async () => {
    // A: accepted 14 Dec → decision due Fri 12 Feb 2027 (provisional), a day off in the test notice.
    const a = await fileAndAccept('2026-12-02');
    // B: only filed → its review period ends in December 2026: untouched by 2027.
    const b = (
      await s.applicant.file(fineApplication({ act: { madeOn: '2026-12-01', learnedOn: '2026-12-04' } }))
    ).body;
    // C: accepted 15 Dec → decision due Mon 15 Feb 2027 on the provisional calendar and on the
    // test notice alike: the load confirms the date without moving it.
    await s.t.advanceClock(1);
    const c = await fileAndAccept('2026-12-03');
    expect(c.openDeadlines.find((d: { key: string }) => d.key === 'decision').dueDate).toBe('2027-02-15');
    const ids = [a.id, b.id, c.id];
    const before = await caseFiles(ids);
    const outboxBefore = s.t.system.outbox.delivered.length;

    expect((await s.clerk.post('/v1/calendar/2027/previews', year2027)).status).toBe(403);
    const bad = await s.admin.post('/v1/calendar/2027/previews', {
      ...year2027,
      makeupWorkdays: [{ date: '2027-02-06', name: '春节' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toContainEqual({
      path: 'makeupWorkdays.0.date',
      messageZh: '2027-02-06不能既是放假日又是调休上班日',
    });

    const started = await s.admin.post('/v1/calendar/2027/previews', year2027);
    expect(started.status).toBe(202);
    const href = `/v1/calendar/2027/previews/${started.body.preview.previewId}`;
    expect(started.headers.get('location')).toBe(href);
    expect(started.body.preview).toMatchObject({ year: 2027, status: 'queued', statusZh: '排队中' });
    expect(started.body.preview).not.toHaveProperty('proposal');

    const preview = await finishedPreview(s.admin, href);
    expect(preview).toMatchObject({
      statusZh: '已完成',
      checked: 3,
      casesAffected: 1,
      deadlinesMoved: 1,
      deadlinesConfirmed: 1,
      shard: 16,
      shardsTotal: 16,
    });
    expect(preview.examples).toEqual([
      {
        caseId: a.id,
        caseNumber: a.caseNumber,
        key: 'decision',
        labelZh: a.openDeadlines.find((d: { key: string }) => d.key === 'decision').labelZh,
        responsible: 'body',
        responsibleZh: '复议机关',
        fromDue: '2027-02-12',
        toDue: '2027-02-15',
        fromProvisional: true,
      },
    ]);
    expect(preview.progressZh).toBe(
      '已核对3件未结案件：1件案件的1个期限届满日将改变，1个暂定期限的日期不变、将转为正式。预览未修改任何案件。',
    );
    expect((await s.clerk.get(href)).status).toBe(403);
    expect((await s.admin.get(href.replace('/2027/', '/2028/'))).status).toBe(404);

    // Nothing written: no event on any case, no notice, no calendar.
    expect(await caseFiles(ids)).toEqual(before);
    expect(s.t.system.outbox.delivered.length).toBe(outboxBefore);
    expect((await s.admin.get('/v1/calendar/2027')).body.loaded).toBe(false);

    // The load itself moves exactly the previewed dates.
    const put = await s.admin.call('PUT', '/v1/calendar/2027', year2027);
    expect(put.status).toBe(202);
    await s.t.system.jobs.settle();
    expect((await s.admin.get(`/v1/calendar/2027/jobs/${put.body.job.jobId}`)).body.status).toBe('done');
    const moved = await movedByRecompute(ids);
    expect(moved).toEqual(
      preview.examples.map((e: Change) => ({
        caseId: e.caseId,
        key: e.key,
        fromDue: e.fromDue,
        toDue: e.toDue,
      })),
    );
    expect(errors.text()).toBe('[]');
  });

  it('previews a correction only against the version in force', async () => {
    const stale = await s.admin.post('/v1/calendar/2027/previews', year2027);
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([{ path: 'expectedVersion', messageZh: '应为 1' }]);
    // The same days again: nothing would move.
    const same = await s.admin.post('/v1/calendar/2027/previews', { ...year2027, expectedVersion: 1 });
    expect(same.status).toBe(202);
    expect(same.body.preview.correctsVersion).toBe(1);
    const preview = await finishedPreview(s.admin, same.headers.get('location') as string);
    expect(preview).toMatchObject({ casesAffected: 0, deadlinesMoved: 0, examples: [] });
    expect(preview.checked).toBeGreaterThanOrEqual(3);
  });

  it('pages through the open cases under the preview function’s own grants, counting each page once even when two runs race', async () => {
    // A correction that moves the decision of every 2027 case: 15 Feb 2027 becomes a day off too.
    const correction = {
      ...year2027,
      expectedVersion: 1,
      daysOff: [...year2027.daysOff, { date: '2027-02-15', name: '春节' }],
    };
    const reference = await finishedPreview(
      s.admin,
      (await s.admin.post('/v1/calendar/2027/previews', correction)).headers.get('location') as string,
    );
    expect(reference.deadlinesMoved).toBeGreaterThanOrEqual(2);

    // The message is lost: the preview is driven by hand, one case per page.
    const jobs = s.t.system.jobs;
    const enqueue = jobs.enqueue.bind(jobs);
    jobs.enqueue = async () => undefined;
    try {
      const started = await s.admin.post('/v1/calendar/2027/previews', correction);
      const previewId = started.body.preview.previewId;
      const runPage = () =>
        invokeAs('calendarPreview', async () =>
          runCalendarPreview(await runtime(), previewId, { pageSize: 1, maxPages: 1 }),
        );
      let steps = 0;
      for (let p = await runPage(); p?.status !== 'done'; p = await runPage()) {
        // Now and then a second delivery of the same message runs at the same time.
        if (steps++ % 3 === 0) await Promise.all([runPage(), runPage()]);
      }
      const paged = (await s.admin.get(`/v1/calendar/2027/previews/${previewId}`)).body;
      for (const field of ['checked', 'casesAffected', 'deadlinesMoved', 'deadlinesConfirmed', 'examples'])
        expect(paged[field]).toEqual(reference[field]);
    } finally {
      jobs.enqueue = enqueue;
    }
    expect(errors.text()).toBe('[]');
  });

  it('resumes a preview whose message was lost: the reconciler queues it again, and it finishes', async () => {
    const jobs = s.t.system.jobs;
    const enqueue = jobs.enqueue.bind(jobs);
    jobs.enqueue = async () => undefined;
    const started = await s.admin.post('/v1/calendar/2027/previews', { ...year2027, expectedVersion: 1 });
    jobs.enqueue = enqueue;
    const href = started.headers.get('location') as string;
    expect((await s.admin.get(href)).body.status).toBe('queued');
    await reconcile(await runtime(), { resumeJobsIdleForMs: 0 });
    const preview = await finishedPreview(s.admin, href);
    expect(preview.checked).toBeGreaterThanOrEqual(3);
  });
});
