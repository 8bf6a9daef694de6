import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type Journey, startJourney, tid } from '../support/browser';
import { type ApiClient, fineApplication } from '../support/local-system';

/**
 * The administrator loads the holiday arrangements of a year not loaded yet (2027) from a pasted
 * notice: reviews what was understood, previews the impact on open cases, confirms, and follows
 * the recompute to its end. The clock starts on Mon 14 Dec 2026, so the decision period of a case
 * accepted that day runs into 2027 (due Fri 12 Feb 2027 on the provisional calendar).
 */

/**
 * A TEST ARRANGEMENT, NOT AN OFFICIAL NOTICE: an invented but plausible 2027 arrangement in the
 * notice's wording (weekdays and lunar dates are those of 2027). The State Council had not
 * published the 2027 arrangements when this test was written.
 */
const testNotice2027 = `【测试用假设安排，并非正式通知】
国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假1天。
六、中秋节：9月15日（周三）放假1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。`;

const testSource = '测试用假设安排（仿国务院办公厅关于2027年部分节假日安排的通知）';

let j: Journey;
let page: Page;

beforeAll(async () => {
  j = await startJourney('admin-calendar', new Date('2026-12-14T10:00:00+08:00'));
  page = j.page;
});

afterAll(async () => {
  await j?.stop();
});

/** Waits until an element with the test id shows the text. */
async function seeText(testId: string, text: string | RegExp) {
  await page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });
}

/** An application known on `learnedOn`, filed and accepted today: its decision is due in February 2027. */
async function acceptedCase(applicant: ApiClient, clerk: ApiClient, learnedOn: string) {
  const filed = await applicant.file(fineApplication({ act: { madeOn: '2026-12-01', learnedOn } }));
  expect(filed.status).toBe(201);
  const accepted = await clerk.act(filed.body.id, { action: 'accept', expectedVersion: filed.body.version });
  expect(accepted.status).toBe(200);
  return accepted.body as { id: string; caseNumber: string; version: number };
}

const decisionDue = async (client: ApiClient, id: string) =>
  (await client.get(`/v1/cases/${id}`)).body.openDeadlines.find((d: { key: string }) => d.key === 'decision');

describe('the administrator loads a year from a pasted notice (browser)', () => {
  it('reviews the notice, previews the impact on open cases, confirms and follows the recompute to 已完成', async () => {
    const applicant = await j.t.as('zhangsan');
    const clerk = await j.t.as('wangfang');
    const cases = [
      await acceptedCase(applicant, clerk, '2026-12-02'),
      await acceptedCase(applicant, clerk, '2026-12-03'),
    ];
    for (const c of cases)
      expect(await decisionDue(clerk, c.id)).toMatchObject({ dueDate: '2027-02-12', provisional: true });

    await j.signInAs('admin');
    await page.waitForURL(/\/admin\/calendar$/);
    await page.fill('#calendar-year', '2027');
    await page.click(tid('calendar-show'));
    await seeText('calendar-in-force', '尚未载入 · 暂定');
    expect(await j.checkPage('year-not-loaded')).toEqual([]);

    // The notice is read in the portal and shown for review; nothing is sent yet.
    await page.fill('#notice-text', testNotice2027);
    await page.click(tid('notice-parse'));
    await seeText('notice-understood', '每一项的日期、星期和天数均已核对一致');
    const understood = (await page.locator(tid('notice-understood')).textContent()) ?? '';
    expect(understood).toContain('2月5日至13日');
    expect(understood).toContain('合计：放假29天，调休上班5天');
    expect(await j.checkPage('notice-understood')).toEqual([]);

    await page.click(tid('notice-adopt'));
    await page.locator(tid('off-range-6')).waitFor();
    expect(await page.inputValue('#calendar-year-form_offRanges_1_name')).toBe('春节');
    expect(await page.inputValue('#calendar-year-form_offRanges_1_start')).toBe('2027-02-05');
    expect(await page.inputValue('#calendar-year-form_offRanges_1_end')).toBe('2027-02-13');
    expect(await page.inputValue('#calendar-year-form_makeupDays_0_date')).toBe('2027-02-20');
    await page.fill('#calendar-year-form_source', testSource);
    expect(await page.isDisabled(tid('calendar-confirm'))).toBe(true);
    expect(await j.checkPage('form-filled')).toEqual([]);

    // A day outside the year: the API's refusal is shown on the range the administrator wrote.
    await page.fill('#calendar-year-form_offRanges_0_start', '2026-12-31');
    await page.keyboard.press('Enter');
    await page.click(tid('calendar-preview'));
    await seeText('form-error', '放假开始日期 第1项：放假日期“2026-12-31”不在2027年内');
    expect(await page.getAttribute('#calendar-year-form_offRanges_0_start', 'aria-invalid')).toBe('true');
    expect(await j.checkPage('preview-refused')).toEqual([]);
    await page.fill('#calendar-year-form_offRanges_0_start', '2027-01-01');
    await page.keyboard.press('Enter');

    // The preview: both decisions move from 12 to 15 Feb 2027; no case is written.
    const versionsBefore = await Promise.all(
      cases.map(async (c) => (await clerk.get(`/v1/cases/${c.id}`)).body.version),
    );
    await page.click(tid('calendar-preview'));
    await seeText('preview-status', '已完成');
    await seeText('preview-summary', '2件案件的2个期限届满日将改变');
    const rows = await page.locator(`${tid('preview-examples')} tbody tr.ant-table-row`).allInnerTexts();
    expect(rows).toHaveLength(2);
    for (const c of cases) {
      const row = rows.find((r) => r.includes(c.caseNumber)) ?? '';
      expect(row).toContain('复议机关');
      expect(row).toContain('2027年2月12日（暂定）');
      expect(row).toContain('2027年2月15日');
    }
    expect(
      await Promise.all(cases.map(async (c) => (await clerk.get(`/v1/cases/${c.id}`)).body.version)),
    ).toEqual(versionsBefore);
    expect((await j.t.as('admin').then((a) => a.get('/v1/calendar/2027'))).body.loaded).toBe(false);
    expect(await j.checkPage('preview-done')).toEqual([]);

    // Confirm: the year is stored and the recompute followed until it is done.
    await page.click(tid('calendar-confirm'));
    await seeText('job-status', '已完成');
    await seeText('job-affected', '2件');
    await seeText('calendar-in-force', '正式安排（第1版）');
    await seeText('calendar-source', testSource);
    const months = (await page.locator(tid('calendar-months')).textContent()) ?? '';
    expect(months).toContain('2月5日至13日（春节）');
    expect(months).toContain('2月20日（周六，春节）');
    expect(await j.checkPage('loaded')).toEqual([]);

    for (const c of cases)
      expect(await decisionDue(clerk, c.id)).toMatchObject({ dueDate: '2027-02-15', provisional: false });
    expect(j.pageErrors).toEqual([]);
  });
});
