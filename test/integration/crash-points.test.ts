import { beforeAll, describe, expect, it } from '@jest/globals';
import { runtime } from '../../shared/runtime';
import { reconcile } from '../../shared/services/reconcile';
import { captureErrorLogs } from '../support/capability-scenario';
import { injectFaults } from '../support/faults';
import {
  type ApiClient,
  beforeSpringFestival2026,
  fineApplication,
  useTestSystem,
} from '../support/local-system';

/**
 * A crash at every write point of a filing and of an action: the k-th DynamoDB write lands and
 * the process dies. After the restart, the reconciler and a retry must leave the case whole.
 */
const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan', clerk: 'wangfang' });
let faults: ReturnType<typeof injectFaults>;
beforeAll(() => {
  faults = injectFaults(s.t.system);
});
// Every injected crash is logged as an error by design; keep the test output readable.
captureErrorLogs();

/** The restart: every execution of the dead process is gone; the reconciler brings them back. */
async function restart() {
  s.t.system.workflow.abortAll();
  faults.recover();
  await reconcile(await runtime());
  await s.t.system.workflow.settle();
}

const serialOf = (caseNumber: string) => Number(/第(\d+)号$/.exec(caseNumber)?.[1]);
const ofCase = (caseId: string) => (n: { caseId?: string }) => n.caseId === caseId;

async function listIds(client: ApiClient, query: string): Promise<string[]> {
  const r = await client.get(`/v1/cases?${query}&limit=200`);
  expect(r.status).toBe(200);
  return r.body.items.map((i: { id: string }) => i.id);
}

/** The case is whole: readable, in each list it belongs to, every notice once, one live workflow. */
async function expectWhole(caseId: string, stage: string) {
  const c = await s.applicant.get(`/v1/cases/${caseId}`);
  expect(c.status).toBe(200);
  expect(c.body.stage).toBe(stage);
  expect((await listIds(s.applicant, 'view=mine')).filter((id) => id === caseId)).toHaveLength(1);
  expect((await listIds(s.clerk, 'view=queue')).filter((id) => id === caseId)).toHaveLength(1);
  expect((await listIds(s.clerk, `view=queue&stage=${stage}`)).filter((id) => id === caseId)).toHaveLength(1);

  const inbox = [
    ...(await s.applicant.get('/v1/notifications')).body.items,
    ...(await s.clerk.get('/v1/notifications')).body.items,
  ].filter(ofCase(caseId));
  const delivered = s.t.system.outbox.delivered.filter(ofCase(caseId));
  const ids = inbox.map((n: { id: string }) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(delivered.map((n) => n.id).sort()).toEqual([...ids].sort());

  const live = s.t.system.workflow.runningExecutions().filter((name) => name.startsWith(caseId));
  expect(live).toHaveLength(1);
  // …and it waits in the stage the case is in (a lost wake is repaired by the reconciler).
  expect((await s.t.system.store.getWorkflowLink(caseId))?.stage).toBe(stage);
  return { case: c.body, inbox };
}

describe('a crash at any write point loses nothing (kill between writes, then restart, reconcile, retry)', () => {
  it('completes a filing crashed after each of its writes, and skips no case number', async () => {
    faults.count();
    const clean = await s.applicant.file(fineApplication(), 'crash-filing-clean');
    expect(clean.status).toBe(201);
    const writes = faults.writes;
    expect(writes).toBeGreaterThanOrEqual(8);
    await s.t.system.workflow.settle();
    const numbers = [serialOf(clean.body.caseNumber)];

    for (let k = 1; k <= writes; k++) {
      const key = `crash-filing-${k}`;
      faults.crashAfterWrite(k);
      const first = await s.applicant.file(fineApplication(), key);
      expect({ k, crashed: faults.crashed }).toEqual({ k, crashed: true });
      await restart();

      const retry = await s.applicant.file(fineApplication(), key);
      expect([200, 201]).toContain(retry.status);
      // An acknowledged filing is the same case, with the same number, after the crash.
      if (first.status === 201) {
        expect(retry.body.id).toBe(first.body.id);
        expect(retry.body.caseNumber).toBe(first.body.caseNumber);
      }
      await s.t.system.workflow.settle();
      const { inbox } = await expectWhole(retry.body.id, 'acceptanceReview');
      expect(inbox.map((n: { kind: string }) => n.kind).sort()).toEqual(['filed', 'newApplication']);
      numbers.push(serialOf(retry.body.caseNumber));
    }
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: writes + 1 }, (_, i) => i + 1));
    // No crash left a number taken but unused: the next filing gets the very next one.
    const after = await s.applicant.file(fineApplication(), 'crash-filing-after');
    expect(serialOf(after.body.caseNumber)).toBe(writes + 2);
  });

  it('completes an action crashed after each of its writes', async () => {
    const correction = {
      action: 'requestCorrection',
      expectedVersion: 1,
      items: [{ field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' }],
    };
    const fileOne = async (key: string) => {
      faults.count();
      const filed = await s.applicant.file(fineApplication(), key);
      expect(filed.status).toBe(201);
      await s.t.system.workflow.settle();
      return filed.body.id as string;
    };
    const cleanId = await fileOne('crash-action-clean');
    faults.count();
    expect((await s.clerk.act(cleanId, correction)).status).toBe(200);
    const writes = faults.writes;
    expect(writes).toBeGreaterThanOrEqual(4);
    await s.t.system.workflow.settle();

    for (let k = 1; k <= writes; k++) {
      const caseId = await fileOne(`crash-action-${k}`);
      faults.crashAfterWrite(k);
      await s.clerk.act(caseId, correction);
      expect({ k, crashed: faults.crashed }).toEqual({ k, crashed: true });
      await restart();

      // The clerk looks again: if the correction notice was not recorded, they send it again.
      const seen = (await s.clerk.get(`/v1/cases/${caseId}`)).body;
      if (seen.version === 1) expect((await s.clerk.act(caseId, correction)).status).toBe(200);
      await s.t.system.workflow.settle();

      const { inbox } = await expectWhole(caseId, 'awaitingCorrection');
      expect(inbox.map((n: { kind: string }) => n.kind).sort()).toEqual([
        'correctionRequested',
        'filed',
        'newApplication',
      ]);
      const events = (await s.clerk.get(`/v1/cases/${caseId}/events`)).body.items;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['caseFiled', 'correctionRequested']);
    }
  });
});
