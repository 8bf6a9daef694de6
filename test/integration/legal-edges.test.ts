import { describe, expect, it } from '@jest/globals';
import { runtime } from '../../shared/runtime';
import { reconcile } from '../../shared/services/reconcile';
import { fineApplication, useTestSystem } from '../support/local-system';

// Mon 28 Dec 2026: periods started now run into 2027, whose official calendar is not loaded.
const s = useTestSystem(new Date('2026-12-28T10:00:00+08:00'), {
  applicant: 'zhangsan',
  clerk: 'wangfang',
  respondent: 'liuwei',
  admin: 'admin',
});

const application = () => fineApplication({ act: { madeOn: '2026-12-20', learnedOn: '2026-12-21' } });
type Shown = { key: string; dueDate: string; status: string; statusZh: string; responsibleZh: string };
const deadline = (c: { deadlines: Shown[] }, key: string) => c.deadlines.find((d) => d.key === key);
const kinds = (items: { kind: string }[]) => items.map((n) => n.kind);

describe('the copy to the respondent through the API (Art. 48)', () => {
  it('is recorded by the clerk, opens the reply period and lets the respondent agency see the case', async () => {
    const filed = (await s.applicant.file(application())).body;
    const accepted = (await s.clerk.act(filed.id, { action: 'accept', expectedVersion: filed.version })).body;
    expect(accepted.allowedActions.map((a: { action: string }) => a.action)).toContain('sendCopy');
    expect((await s.respondent.get(`/v1/cases/${filed.id}`)).status).toBe(404);

    const bad = await s.clerk.act(filed.id, {
      action: 'sendCopy',
      expectedVersion: accepted.version,
      channel: 'fax',
      sentOn: '2026-13-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['channel', 'sentOn']);
    expect((await s.clerk.get(`/v1/cases/${filed.id}`)).body.version).toBe(accepted.version);

    const sent = await s.clerk.act(filed.id, {
      action: 'sendCopy',
      expectedVersion: accepted.version,
      channel: 'online',
      sentOn: '2026-12-28',
    });
    expect(sent.status).toBe(200);
    expect(deadline(sent.body, 'respondentCopy')?.status).toBe('met');
    expect(deadline(sent.body, 'respondentReply')).toMatchObject({
      status: 'open',
      responsibleZh: '被申请人',
    });
    expect(sent.body.allowedActions.map((a: { action: string }) => a.action)).not.toContain('sendCopy');

    const seen = await s.respondent.get(`/v1/cases/${filed.id}`);
    expect(seen.status).toBe(200);
    const list = (await s.respondent.get('/v1/cases?view=respondent')).body.items;
    expect(list.map((c: { id: string }) => c.id)).toContain(filed.id);
    expect(kinds((await s.respondent.get('/v1/notifications')).body.items)).toContain('copySent');
    expect(kinds((await s.applicant.get('/v1/notifications')).body.items)).toContain('copySent');

    const again = await s.clerk.act(filed.id, {
      action: 'sendCopy',
      expectedVersion: sent.body.version,
      channel: 'post',
      sentOn: '2026-12-28',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('copy.alreadySent');
  });
});

describe('a lapse on a provisional date waits for the official calendar', () => {
  it('is not applied, the administrators are reminded daily, and the load applies it with the final date', async () => {
    const filed = (await s.applicant.file(application())).body;
    expect(deadline(filed, 'acceptanceReview')).toMatchObject({ status: 'open' });

    await s.t.advanceClock(11); // → Fri 8 Jan 2027: the review period has ended on any count
    let c = (await s.clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('acceptanceReview');
    expect(deadline(c, 'acceptanceReview')).toMatchObject({
      status: 'open',
      awaitingCalendar: true,
      statusZh: '届满日待正式节假日安排载入后确定',
    });
    const events = (await s.clerk.get(`/v1/cases/${filed.id}/events`)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toContain('deadlineAwaitingCalendar');
    expect(events.map((e: { type: string }) => e.type)).not.toContain('deemedAccepted');

    const reminders = async () =>
      (await s.admin.get('/v1/notifications')).body.items.filter(
        (n: { kind: string }) => n.kind === 'calendarAwaited',
      ) as { subjectZh: string; bodyZh: string }[];
    expect(kinds((await s.admin.get('/v1/notifications')).body.items)).toContain('deadlineAwaitingCalendar');
    // The scheduled reconciler (locally: hourly and on every clock move) sent the day's reminder.
    expect(await reminders()).toHaveLength(1);
    await reconcile(await runtime());
    await reconcile(await runtime());
    const first = await reminders();
    expect(first).toHaveLength(1); // once a day, however often the reconciler runs
    expect(first[0]?.subjectZh).toContain('2027年');
    expect(first[0]?.bodyZh).toContain(filed.caseNumber);

    await s.t.advanceClock(1);
    expect(await reminders()).toHaveLength(2);

    // The 2027 notice is loaded (test data: 1–3 January off).
    const put = await s.admin.call('PUT', '/v1/calendar/2027', {
      source: '测试用2027年安排',
      daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({ date, name: '元旦' })),
      makeupWorkdays: [],
    });
    expect(put.status).toBe(202);
    await s.t.system.jobs.settle();
    await s.t.system.workflow.settle();
    c = (await s.clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('underReview');
    expect(c.deemedAccepted).toBe(true);
    // 29, 30, 31 Dec, 4, 5 Jan: accepted as of the final last day.
    expect(c.acceptedOn).toBe('2027-01-05');

    // No reminder once the year is loaded.
    await s.t.advanceClock(1);
    expect(await reminders()).toHaveLength(2);
  });
});
