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
 * A missing grant fails locally, as it would on AWS: the calendar function as the stack first
 * deployed it (no sns:Publish, no SendTaskSuccess) cannot announce a recomputed deadline.
 */
const errors = captureErrorLogs();
let s: Scenario;
beforeAll(async () => {
  s = await bootScenario({
    capabilities: {
      ...capabilities,
      calendar: { ...capabilities.calendar, alerts: false, taskResults: false },
    },
  });
});
afterAll(async () => {
  await s?.system.stop();
});

describe('a calendar function without alerts and taskResults', () => {
  it('answers a calendar load that must announce a recomputed deadline with 500 and logs the CapabilityError', async () => {
    await acceptedCase(s);
    expect(errors.text()).toBe('[]');
    const put = await s.admin.call('PUT', '/v1/calendar/2027', year2027);
    expect(put.status).toBe(500);
    expect(errors.text()).toContain(
      "CapabilityError: function 'calendar' has no 'alerts' grant (infra/capabilities.ts): notifier.deliver",
    );
  });
});
