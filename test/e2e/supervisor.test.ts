import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiClient } from '../support/api-client';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * A supervisor at province level (sunli) follows the cases of the bodies below: after the demo
 * clock moves three weeks on, one case whose copy to the respondent was never sent is overdue —
 * the body's lateness, never the applicant's — and one deemed accepted (Art. 30) is due soon.
 */

let j: Journey;
const cases = {} as Record<'overdue' | 'dueSoon', { id: string; caseNumber: string }>;

/** Until the clock's work reaches the list (the workflow applies it in the background). */
async function untilListed(client: ApiClient, view: string, caseId: string) {
  for (;;) {
    const r = await client.get(`/v1/cases?view=${view}`);
    expect(r.status).toBe(200);
    if (r.body.items.some((c: { id: string }) => c.id === caseId)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  j = await startJourney('supervisor', beforeSpringFestival2026);
  const applicant = await j.t.as('zhangsan');
  for (const which of ['overdue', 'dueSoon'] as const) {
    const filed = await applicant.file(fineApplication());
    expect(filed.status).toBe(201);
    cases[which] = { id: filed.body.id, caseNumber: filed.body.caseNumber };
  }
  // Accepted on Tue 10 Feb, and the copy never sent: its period ends Thu 26 Feb.
  const clerk = await j.t.as('wangfang');
  const accepted = await clerk.act(cases.overdue.id, {
    action: 'accept',
    expectedVersion: 1,
    track: 'ordinary',
  });
  expect(accepted.status).toBe(200);
  // Tue 3 Mar: the other, deemed accepted on 24 Feb, must have its copy sent by Wed 4 Mar.
  await j.t.advanceClock(21);
  const supervisor = await j.t.as('sunli');
  await untilListed(supervisor, 'overdue', cases.overdue.id);
  await untilListed(supervisor, 'dueSoon', cases.dueSoon.id);
});

afterAll(async () => {
  await j?.stop();
});

const seeText = async (testId: string, text: string | RegExp) =>
  j.page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });

describe('a supervisor', () => {
  it('sees the overdue case of a body below, the lateness read as the body’s', async () => {
    await j.signInAs('sunli');
    await j.page.locator(tid('case-list')).waitFor();
    const row = j.page.locator(tid('case-row'), { hasText: cases.overdue.caseNumber });
    await row.waitFor();
    const deadline = (await row.locator(tid('case-row-deadline')).textContent()) ?? '';
    expect(deadline).toContain('复议机关办理超期');
    expect(deadline).toContain('2026年2月26日');
    expect(await row.textContent()).toContain('西宁市人民政府');
    expect(await j.page.locator(tid('case-row'), { hasText: cases.dueSoon.caseNumber }).count()).toBe(0);
    expect(await j.checkPage('overdue')).toEqual([]);
  });

  it('opens it: whose duty, since when overdue, and the clock’s alert in the timeline', async () => {
    await j.page
      .locator(tid('case-row'), { hasText: cases.overdue.caseNumber })
      .locator(tid('case-link'))
      .click();
    await seeText('case-number', cases.overdue.caseNumber);
    const copy = j.page.locator(tid('deadline-respondentCopy'));
    await copy.waitFor();
    expect(await copy.locator(tid('deadline-status')).textContent()).toBe('复议机关办理超期');
    expect(await copy.locator(tid('deadline-responsible')).textContent()).toBe('责任方：复议机关');
    expect(await j.page.locator(tid('deadlines')).textContent()).not.toContain('申请人办理超期');
    await j.page.locator(tid('timeline-event'), { hasText: '期限届满逾期提醒' }).waitFor();
    await seeText('timeline', '向被申请人发送申请书副本期限（普通程序，自受理之日起）：届满日2026年2月26日');
    expect(await j.page.locator(tid('actions')).count()).toBe(0);
    expect(await j.checkPage('overdue-case')).toEqual([]);
  });

  it('sees the case due soon, deemed accepted when the body did nothing', async () => {
    await j.page.goto(`${j.baseUrl}/supervise/due-soon`);
    const row = j.page.locator(tid('case-row'), { hasText: cases.dueSoon.caseNumber });
    await row.waitFor();
    expect(await row.locator(tid('case-row-deadline')).textContent()).toContain('2026年3月4日');
    expect(await j.checkPage('due-soon')).toEqual([]);

    await row.locator(tid('case-link')).click();
    await seeText('case-number', cases.dueSoon.caseNumber);
    await seeText('case-facts', '视为受理');
    await seeText('deadline-acceptanceReview', '已届满');
    await j.page.locator(tid('timeline-event'), { hasText: '视为受理（《行政复议法》第三十条）' }).waitFor();
    expect(await j.checkPage('deemed-accepted-case')).toEqual([]);
  });

  it('reads the overdue alert among its notifications, with no page errors on the way', async () => {
    await j.page.goto(`${j.baseUrl}/notifications`);
    await seeText('notification', `【逾期】`);
    await seeText('notification', cases.overdue.caseNumber);
    expect(await j.checkPage('supervisor-notifications')).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
