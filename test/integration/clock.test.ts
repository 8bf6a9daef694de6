import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';

const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan', clerk: 'wangfang' });

describe('the clock acts when nobody does (timers as task timeouts)', () => {
  it('deems an untouched application accepted at the end of the 5th working day, not before (Art. 30)', async () => {
    const filed = (await s.applicant.file(fineApplication())).body;
    const review = filed.openDeadlines.find((d: { key: string }) => d.key === 'acceptanceReview');
    expect(review.dueDate).toBe('2026-02-24');

    // By Mon 23 Feb the clerk has been warned (on Sat 14 Feb, a make-up working day, the working day before the due date).
    await s.t.advanceClock(13); // → 2026-02-23 10:00
    let c = (await s.clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('acceptanceReview');
    const clerkInbox = (await s.clerk.get('/v1/notifications')).body.items.map(
      (n: { kind: string }) => n.kind,
    );
    expect(clerkInbox).toContain('deadlineWarning');

    await s.t.advanceClock(1, 13); // → 2026-02-24 23:00, still within the last day
    c = (await s.clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('acceptanceReview');

    await s.t.advanceClock(0, 1); // → 2026-02-25 00:00 Beijing: the period has ended
    c = (await s.applicant.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('underReview');
    expect(c.deemedAccepted).toBe(true);
    expect(c.acceptedOn).toBe('2026-02-24');
    const events = (await s.applicant.get(`/v1/cases/${filed.id}/events`)).body.items;
    expect(events.at(-1).type).toBe('deemedAccepted');
    expect(events.at(-1).actor.role).toBe('system');
    const applicantInbox = (await s.applicant.get('/v1/notifications')).body.items;
    expect(applicantInbox[0].kind).toBe('deemedAccepted');
    expect(applicantInbox[0].bodyZh).toContain('视为受理');
    const supervisorInbox = (await (await s.t.as('sunli')).get('/v1/notifications')).body.items;
    expect(supervisorInbox.map((n: { kind: string }) => n.kind)).toContain('deemedAccepted');
  });

  it('applies an ended period before a late action: no refusal after the Art. 30 period, even when the timer runs late', async () => {
    const filed = (await s.applicant.file(fineApplication())).body;
    const due = filed.openDeadlines.find((d: { key: string }) => d.key === 'acceptanceReview').dueDate;
    // Move the clock to 09:00 the day after the due date without waking the workflows: the timer has not run yet.
    const morningAfter = new Date(`${due}T09:00:00+08:00`).getTime() + 86_400_000;
    s.t.system.clock.advance(morningAfter - s.t.system.clock.now().getTime());
    const late = await s.clerk.act(filed.id, {
      action: 'refuse',
      expectedVersion: filed.version,
      reasons: ['outsideScope'],
    });
    expect(late.status).toBe(409);
    const c = (await s.clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(c.stage).toBe('underReview');
    expect(c.deemedAccepted).toBe(true);
    expect(c.acceptedOn).toBe(due);
  });

  it('deems the application abandoned when the correction period passes in silence (Art. 31)', async () => {
    const filed = (await s.applicant.file(fineApplication())).body;
    const corr = await s.clerk.act(filed.id, {
      action: 'requestCorrection',
      expectedVersion: filed.version,
      items: [{ field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' }],
    });
    const due = corr.body.openDeadlines.find((d: { key: string }) => d.key === 'correctionResponse').dueDate;
    const now = new Date((await s.t.anonymous.get('/local/clock')).body.now);
    const endOfDue = new Date(`${due}T23:59:59+08:00`);
    const days = Math.ceil((endOfDue.getTime() - now.getTime()) / 86_400_000);
    await s.t.advanceClock(days);
    const c = (await s.applicant.get(`/v1/cases/${filed.id}`)).body;
    expect(c.status).toBe('closed');
    expect(c.closure.kind).toBe('abandoned');
    const inbox = (await s.applicant.get('/v1/notifications')).body.items.map(
      (n: { kind: string }) => n.kind,
    );
    expect(inbox).toContain('deemedAbandoned');
    // The execution ended with the case.
    await s.t.system.workflow.settle();
    expect(s.t.system.workflow.waitingCount).toBe(s.t.system.workflow.runningCount);
  });
});
