import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';
import { tableItems } from '../support/table';

const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan' });

const nothingWritten = async () => {
  expect((await s.applicant.get('/v1/cases?view=mine')).body.items).toEqual([]);
  expect(await s.t.system.store.listOpenCaseIds()).toEqual([]);
  // Not even a case number reserved and given back: the table holds no item at all.
  expect(await tableItems(s.t.system)).toEqual([]);
};

describe('bad input: a clear problem+json naming the field, and nothing written', () => {
  it.each([
    [
      'a resident ID with a wrong check digit',
      fineApplication({ applicant: { ...fineApplication().applicant, residentId: '630102198503124320' } }),
      'applicant.residentId',
    ],
    ['an unknown act kind', fineApplication({ act: { kind: 'tax' } }), 'act.kind'],
    ['a malformed date', fineApplication({ act: { learnedOn: '2026-02-30' } }), 'act.learnedOn'],
    ['a missing request', { ...fineApplication(), requests: '' }, 'requests'],
    [
      'a bad phone number',
      fineApplication({ applicant: { ...fineApplication().applicant, phone: '12345' } }),
      'applicant.phone',
    ],
  ])('rejects %s', async (_label, body, path) => {
    const r = await s.applicant.file(body);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.code).toBe('request.invalid');
    expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(r.body.errors.find((e: { path: string }) => e.path === path).messageZh).toMatch(/[\u4e00-\u9fa5]/);
    await nothingWritten();
  });

  it('rejects act dates that contradict each other, naming the field', async () => {
    const r = await s.applicant.file(
      fineApplication({ act: { madeOn: '2026-02-09', learnedOn: '2026-02-01' } }),
    );
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('filing.actDatesInvalid');
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(['act.learnedOn']);
    await nothingWritten();
  });

  it('rejects a body that is not JSON and a filing without Idempotency-Key', async () => {
    const notJson = await s.applicant.post('/v1/cases', '{not json', { 'idempotency-key': 'abcdefgh-1' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors[0].path).toBe('(body)');
    const noKey = await s.applicant.post('/v1/cases', fineApplication());
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors[0].path).toBe('headers.idempotency-key');
    await nothingWritten();
  });

  it('rejects an unknown action and a missing expectedVersion without changing the case', async () => {
    const filed = (await s.applicant.file(fineApplication())).body;
    const clerk = await s.t.as('wangfang');
    const unknown = await clerk.act(filed.id, { action: 'approve', expectedVersion: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('action');
    const noVersion = await clerk.act(filed.id, { action: 'accept' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors[0].path).toBe('expectedVersion');
    const stale = await clerk.act(filed.id, { action: 'accept', expectedVersion: 7 });
    expect(stale.status).toBe(409);
    const after = (await clerk.get(`/v1/cases/${filed.id}`)).body;
    expect(after.version).toBe(1);
    expect(after.stage).toBe('acceptanceReview');
    // Clean up so the other tests in this file still see an empty store.
    await s.applicant.act(filed.id, { action: 'withdraw', expectedVersion: 1, reasonZh: '测试结束' });
  });
});

describe('filing is idempotent', () => {
  it('returns the same case for a repeated key, and refuses the key for a different application', async () => {
    const key = 'same-key-0001';
    const first = await s.applicant.file(fineApplication(), key);
    const again = await s.applicant.file(fineApplication(), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.caseNumber).toBe(first.body.caseNumber);
    const different = await s.applicant.file(fineApplication({ requests: '确认违法' }), key);
    expect(different.status).toBe(422);
    expect(different.body.code).toBe('idempotency.keyReused');
  });

  it('warns a late applicant but still files, flagged for the clerk (Art. 20(2))', async () => {
    const late = fineApplication({
      act: { madeOn: '2025-10-09', learnedOn: '2025-10-10' },
      delayReason: '住院治疗',
    });
    const preview = await s.applicant.post('/v1/cases/timeliness', late);
    expect(preview.status).toBe(200);
    expect(preview.body.timeliness.timely).toBe(false);
    expect(preview.body.timeliness.messageZh).toContain('第二十条第二款');
    const filed = await s.applicant.file(late);
    expect(filed.status).toBe(201);
    expect(filed.body.timeliness.timely).toBe(false);
    const queue = (await (await s.t.as('wangfang')).get('/v1/cases?view=queue')).body.items;
    expect(queue.find((c: { id: string }) => c.id === filed.body.id).late).toBe(true);
  });
});
