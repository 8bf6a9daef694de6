import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  acceptedCase,
  bootScenario,
  captureErrorLogs,
  type Scenario,
  year2027,
} from '../support/capability-scenario';
import { fineApplication } from '../support/local-system';

/**
 * The local runtime hands each handler only the ports of its row in infra/capabilities.ts: the
 * whole system still works with today's rows (the rows are complete). The converse — a missing
 * grant fails — is in capabilities-missing-grant.test.ts and test/unit/capabilities.test.ts.
 */
const errors = captureErrorLogs();
let s: Scenario;
beforeAll(async () => {
  s = await bootScenario();
});
afterAll(async () => {
  await s?.system.stop();
});

describe('the local system with today’s capability rows', () => {
  it('serves a filing, an action, a clock move and a calendar load (API and job) without a missing grant', async () => {
    // cases: writes the log, announces, starts the workflow; the action resumes it.
    const accepted = await acceptedCase(s);
    const untouched = (
      await s.applicant.file(fineApplication({ act: { madeOn: '2026-12-01', learnedOn: '2026-12-02' } }))
    ).body;

    // Ten days on, nobody reviewed the second application: the Plan task deems it accepted.
    const moved = await s.admin.post('/local/clock', { advanceDays: 10 });
    expect(moved.status).toBe(200);
    const deemed = (await s.applicant.get(`/v1/cases/${untouched.id}`)).body;
    expect(deemed.deemedAccepted).toBe(true);
    expect(s.system.outbox.delivered.map((n) => n.kind)).toContain('deemedAccepted');

    // A calendar load recomputes both cases' deadlines, announces it and resumes their workflows.
    // (calendar queues the job; calendarRecompute runs it in the background.)
    const put = await s.admin.call('PUT', '/v1/calendar/2027', year2027);
    expect(put.status).toBe(202);
    await s.system.jobs.settle();
    const job = (await s.admin.get(`/v1/calendar/2027/jobs/${put.body.job.jobId}`)).body;
    expect(job.status).toBe('done');
    expect(job.affectedCaseIds).toEqual(expect.arrayContaining([accepted.id, untouched.id]));
    expect(s.system.outbox.delivered.map((n) => n.kind)).toContain('deadlinesRecomputed');
    await s.system.workflow.settle();
    expect(s.system.workflow.runningCount).toBe(2);
    expect(s.system.workflow.waitingCount).toBe(2);

    // The read-only directory still answers.
    expect((await s.applicant.get('/health')).status).toBe(200);
    expect((await s.applicant.get('/v1/notifications')).status).toBe(200);
    expect(errors.text()).toBe('[]');
  });
});
