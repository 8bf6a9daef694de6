import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { capabilities } from '../../infra/capabilities';
import {
  acceptedCase,
  bootScenario,
  captureErrorLogs,
  type Scenario,
  year2027,
} from '../support/capability-scenario';

/**
 * A missing grant fails locally, as it would on AWS: a calendar recompute without sns:Publish
 * and SendTaskSuccess (as the calendar function was first deployed) cannot announce a
 * recomputed deadline nor wake the workflow.
 */
const errors = captureErrorLogs();
let s: Scenario;
beforeAll(async () => {
  s = await bootScenario({
    capabilities: {
      ...capabilities,
      calendarRecompute: { ...capabilities.calendarRecompute, alerts: false, taskResults: false },
    },
  });
});
afterAll(async () => {
  await s?.system.stop();
});

describe('a calendar recompute without alerts and taskResults', () => {
  it('fails to announce the recomputed deadline and logs the CapabilityError', async () => {
    const accepted = await acceptedCase(s);
    expect(errors.text()).toBe('[]');
    const put = await s.admin.call('PUT', '/v1/calendar/2027', year2027);
    expect(put.status).toBe(202);
    await s.system.jobs.settle();
    expect(errors.text()).toMatch(
      /CapabilityError: function 'calendarRecompute' has no '(alerts|taskResults)' grant \(infra\/capabilities\.ts\)/,
    );
    const notices = (await s.applicant.get('/v1/notifications')).body.items.filter(
      (n: { caseId: string; kind: string }) => n.caseId === accepted.id && n.kind === 'deadlinesRecomputed',
    );
    expect(notices).toEqual([]);
  });
});
