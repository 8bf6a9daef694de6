import { beforeAll, describe, expect, it } from '@jest/globals';
import { registerProcedure } from '../../shared/domain/registry';
import { beforeSpringFestival2026, useTestSystem } from '../support/local-system';
import { noticeProcedure } from '../support/procedures/notice-procedure';

/**
 * The registry proof: a procedure the engine has never heard of (test-only, two stages, one
 * working-day deadline with a lapse effect) is registered and runs end to end through the real
 * API, the one state machine and the clock — with no edit to the engine.
 */
beforeAll(() => registerProcedure(noticeProcedure));
const s = useTestSystem(beforeSpringFestival2026, { applicant: 'zhangsan', clerk: 'wangfang' });

const notice = (titleZh: string) => ({ procedure: 'testNotice', titleZh, bodyId: 'gov-xn' });

describe('a procedure registered from outside the engine', () => {
  it('is filed, listed, waits in the workflow and lapses by the clock after 3 working days', async () => {
    const filed = await s.applicant.file(notice('关于排水管道施工的告知'));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      procedure: 'testNotice',
      procedureLabelZh: '测试程序：书面告知答复',
      stage: 'awaitingAnswer',
      stageLabelZh: '等待答复',
      titleZh: '关于排水管道施工的告知',
      body: { id: 'gov-xn', nameZh: '西宁市人民政府' },
    });
    expect(filed.body.caseNumber).toMatch(/^西宁市人民政府 2026年第\d{6}号$/);
    // 3 working days from Tue 10 Feb 2026: 11, 12, 13 Feb.
    expect(filed.body.openDeadlines).toMatchObject([
      { key: 'answer', dueDate: '2026-02-13', ruleId: 'tn.answer' },
    ]);
    await s.t.system.workflow.settle();
    expect(s.t.system.workflow.runningExecutions()).toContain(filed.body.id);

    const queue = (await s.clerk.get('/v1/cases?view=queue')).body.items;
    expect(queue.map((c: { id: string }) => c.id)).toContain(filed.body.id);
    expect(
      (await s.clerk.get('/v1/notifications')).body.items.map((n: { kind: string }) => n.kind),
    ).toContain('noticeFiled');

    await s.t.advanceClock(4); // Sat 14 Feb: the 13th has ended.
    const lapsed = (await s.applicant.get(`/v1/cases/${filed.body.id}`)).body;
    expect(lapsed).toMatchObject({ status: 'closed', stage: 'done', outcomeZh: '逾期未答复' });
    expect(lapsed.deadlines).toMatchObject([{ key: 'answer', status: 'lapsed' }]);
    const timeline = (await s.applicant.get(`/v1/cases/${filed.body.id}/events`)).body.items;
    expect(timeline.map((e: { type: string; labelZh: string }) => [e.type, e.labelZh])).toEqual([
      ['noticeFiled', '提交告知'],
      ['noAnswer', '逾期未答复'],
    ]);
    expect(
      (await s.applicant.get('/v1/notifications')).body.items.map((n: { kind: string }) => n.kind),
    ).toContain('noAnswer');
    await s.t.system.workflow.settle();
    expect(s.t.system.workflow.runningExecutions()).not.toContain(filed.body.id);
  });

  it('takes its own actions by its own roles and schemas, and its rules are published', async () => {
    const filed = (await s.applicant.file(notice('关于临时占道的告知'))).body;
    expect(filed.allowedActions).toEqual([]);
    const bad = await s.clerk.act(filed.id, { action: 'answer', expectedVersion: filed.version });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('textZh');
    const byApplicant = await s.applicant.act(filed.id, {
      action: 'answer',
      expectedVersion: filed.version,
      textZh: 'x',
    });
    expect(byApplicant.status).toBe(403);
    const answered = await s.clerk.act(filed.id, {
      action: 'answer',
      expectedVersion: filed.version,
      textZh: '同意',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'closed', stage: 'done', outcomeZh: '同意' });

    const rules = (await s.applicant.get('/v1/rules')).body;
    expect(rules.procedures.map((p: { id: string }) => p.id)).toEqual(['reconsideration', 'testNotice']);
    expect(rules.timeLimits.map((r: { id: string }) => r.id)).toContain('tn.answer');
  });
});
