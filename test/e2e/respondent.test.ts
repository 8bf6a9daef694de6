import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * The respondent agency (liuwei, 西宁市市场监督管理局) sees a case against it once the copy of the
 * application has been sent (Art. 48), with its own reply period and the applicant's personal
 * data masked; a case accepted but whose copy is not sent yet is not on its list.
 */

let j: Journey;
const cases = {} as Record<'sent' | 'notSent', { id: string; caseNumber: string }>;

beforeAll(async () => {
  j = await startJourney('respondent', beforeSpringFestival2026);
  const applicant = await j.t.as('zhangsan');
  const clerk = await j.t.as('wangfang');
  for (const which of ['sent', 'notSent'] as const) {
    const filed = await applicant.file(fineApplication());
    expect(filed.status).toBe(201);
    cases[which] = { id: filed.body.id, caseNumber: filed.body.caseNumber };
    const accepted = await clerk.act(filed.body.id, {
      action: 'accept',
      expectedVersion: 1,
      track: 'ordinary',
    });
    expect(accepted.status).toBe(200);
  }
  const sent = await clerk.act(cases.sent.id, {
    action: 'sendCopy',
    expectedVersion: 2,
    channel: 'online',
    sentOn: '2026-02-10',
  });
  expect(sent.status).toBe(200);
});

afterAll(async () => {
  await j?.stop();
});

const seeText = async (testId: string, text: string | RegExp) =>
  j.page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });

describe('the respondent agency', () => {
  it('lists the cases whose copy it has been sent, with its reply deadline', async () => {
    await j.signInAs('liuwei');
    await j.page.locator(tid('case-list')).waitFor();
    const row = j.page.locator(tid('case-row'), { hasText: cases.sent.caseNumber });
    await row.waitFor();
    expect(await row.locator(tid('case-row-deadline')).textContent()).toContain('（被申请人）');
    expect(await j.page.locator(tid('case-row'), { hasText: cases.notSent.caseNumber }).count()).toBe(0);
    expect(await j.checkPage('respondent-cases')).toEqual([]);
  });

  it('opens the case: its own reply period, the applicant’s personal data masked, its reply to give', async () => {
    await j.page
      .locator(tid('case-row'), { hasText: cases.sent.caseNumber })
      .locator(tid('case-link'))
      .click();
    await seeText('case-number', cases.sent.caseNumber);
    await seeText('case-stage', '审理中');
    await seeText('deadline-respondentReply', '责任方：被申请人');
    await seeText('deadline-respondentReply', '2026年3月2日');
    await seeText('case-applicant', '630102********4323');
    const applicant = (await j.page.locator(tid('case-applicant')).textContent()) ?? '';
    expect(applicant).toContain('138****1234');
    expect(applicant).not.toContain('630102198503124323');
    expect(applicant).not.toContain('南大街1号');
    // The one thing it has to do here: its written reply with the evidence and the basis (Art. 48).
    await seeText('actions', '提交书面答复及证据、依据');
    await j.page.locator(tid('timeline-event'), { hasText: '向被申请人发送申请书副本' }).waitFor();
    expect(await j.checkPage('respondent-case')).toEqual([]);
  });

  it('prints the case summary and timeline without the site’s frame', async () => {
    await j.page.emulateMedia({ media: 'print' });
    expect(await j.page.locator('.site-header').isVisible()).toBe(false);
    expect(await j.page.locator(tid('print')).isVisible()).toBe(false);
    expect(await j.page.locator(tid('timeline')).isVisible()).toBe(true);
    expect(await j.page.locator(tid('case-facts')).isVisible()).toBe(true);
    // A deadline's explanation prints in full, without the line that opens it on screen.
    const explanation = j.page.locator(`${tid('deadline-respondentReply')} ${tid('deadline-explanation')} p`);
    expect(await explanation.isVisible()).toBe(true);
    await j.page.emulateMedia({ media: 'screen' });
    expect(await explanation.isVisible()).toBe(false);
  });

  it('reads the notice of the copy among its notifications, with no page errors on the way', async () => {
    await j.page.goto(`${j.baseUrl}/notifications`);
    await seeText('notification', cases.sent.caseNumber);
    expect(await j.checkPage('respondent-notifications')).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
