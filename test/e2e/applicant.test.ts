import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * The applicant's journey in the portal (Chromium against the whole local system): the
 * application form with its errors, the timeliness check and a late filing, 我的案件 with its
 * deadlines and pages, and the portal of an AWS deployment, which shows no demo control.
 * The clock starts on Tue 10 Feb 2026, days before the Spring Festival break.
 */

let j: Journey;
let page: Page;

beforeAll(async () => {
  j = await startJourney('applicant', beforeSpringFestival2026);
  page = j.page;
});

afterAll(async () => {
  await j?.stop();
});

/** Waits until an element with the test id shows the text. */
async function seeText(testId: string, text: string | RegExp) {
  await page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });
}

const mainNav = (label: string) =>
  page.locator('nav[aria-label="主导航"]').getByRole('link', { name: label });

/** Picks an option of an antd select by typing part of its label. */
async function choose(testId: string, typed: string, option: string) {
  await page.click(tid(testId));
  await page.keyboard.type(typed);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** Types a date into an antd date picker ('YYYY-MM-DD', the format it shows). */
async function typeDate(testId: string, isoDate: string) {
  await page.fill(tid(testId), isoDate);
  await page.keyboard.press('Enter');
}

describe('the applicant files and follows a case (browser)', () => {
  let lateCaseNumber: string;
  let lateCaseId: string;

  it('files a late application: errors by label on every kind of field, the late warning, a confirmed submission', async () => {
    await j.signInAs('zhangsan');
    await page.waitForURL(/\/my\/cases$/);
    await page.locator(tid('case-list-empty')).waitFor();
    expect(await j.checkPage('my-cases-empty')).toEqual([]);

    await mainNav('申请行政复议').click();
    await page.locator(tid('application-form')).waitFor();
    // Name and contact come from the signed-in person.
    expect(await page.inputValue(tid('field-applicant.name'))).toBe('张三');
    expect(await page.inputValue(tid('field-applicant.phone'))).toBe('13897001234');
    expect(await j.checkPage('file-form')).toEqual([]);

    // Nothing filled in yet: the summary names each field by its label; every kind of control turns red.
    await page.fill(tid('field-applicant.phone'), '');
    await page.click(tid('check-application'));
    await seeText('form-error', '公民身份号码：请填写公民身份号码');
    const summary = (await page.locator(tid('form-error')).textContent()) ?? '';
    for (const label of ['联系电话', '被申请人', '行政行为作出日期', '行政行为类型', '是否告知复议权利'])
      expect(summary).toContain(`${label}：`);
    expect(summary).not.toMatch(/applicant\.|act\.|respondentAgencyId/);
    for (const control of [
      tid('field-applicant.residentId'), // text input
      '#application_respondentAgencyId', // select
      tid('field-act.madeOn'), // date picker
      tid('field-act.rightsNotified'), // radio group
    ])
      expect(await page.getAttribute(control, 'aria-invalid')).toBe('true');
    // Each entry of the summary leads to its field, a radio group to its first button.
    await page.locator(tid('form-error')).getByRole('link', { name: '是否告知复议权利' }).click();
    expect(
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type ?? 'nothing focused',
      ),
    ).toBe('radio');
    expect(await j.checkPage('file-required')).toEqual([]);

    // Everything filled in, the resident ID one digit short: the API's refusal, shown by label.
    const app = fineApplication();
    await page.fill(tid('field-applicant.residentId'), app.applicant.residentId.slice(0, 17));
    await page.fill(tid('field-applicant.phone'), app.applicant.phone);
    await page.fill(tid('field-applicant.address'), app.applicant.address);
    await choose('field-respondentAgencyId', '市场监督', '西宁市市场监督管理局');
    await seeText('respondent-hint', '西宁市人民政府');
    await page.fill(tid('field-act.title'), app.act.title);
    await page.fill(tid('field-act.documentNumber'), '宁市监罚〔2025〕61号');
    // Known on 5 Sep 2025: the 60 days ran out on 4 Nov 2025, long before today (10 Feb 2026).
    await typeDate('field-act.madeOn', '2025-09-01');
    await typeDate('field-act.learnedOn', '2025-09-05');
    // Dates read year first, as typed, never month/day/year.
    expect(await page.inputValue(tid('field-act.madeOn'))).toBe('2025-09-01');
    await choose('field-act.kind', '罚款', '罚款');
    await page.fill(tid('field-act.amountYuan'), '5000');
    await page.check(tid('field-act.rightsNotified-yes'));
    await page.check(tid('field-act.onTheSpot-no'));
    await page.fill(tid('field-requests'), '撤销宁市监罚〔2025〕61号行政处罚决定');
    await page.fill(tid('field-factsAndReasons'), app.factsAndReasons);
    await page.click(tid('check-application'));
    await seeText('form-error', /公民身份号码：公民身份号码应为18位/);
    expect(await page.locator(tid('form-error')).textContent()).not.toContain('applicant.');
    expect(await page.getAttribute(tid('field-applicant.residentId'), 'aria-invalid')).toBe('true');
    expect(await j.checkPage('file-server-error')).toEqual([]);

    // Corrected: the check names the competent body, its basis, and says the application is late.
    await page.fill(tid('field-applicant.residentId'), app.applicant.residentId);
    await page.click(tid('check-application'));
    await seeText('preview-body', '西宁市人民政府');
    await seeText('preview-basis', '第二十四条');
    await seeText('preview-timeliness', '已超过法定申请期限');
    await seeText('late-warning', '超过法定申请期限');
    expect(await page.locator(tid('form-error')).count()).toBe(0);
    expect(await j.checkPage('file-late')).toEqual([]);

    // Submitting a late application needs the delay reason and the explicit confirmation.
    await page.click(tid('submit-application'));
    await seeText('form-error', '逾期申请确认：请勾选确认后再提交');
    await seeText('form-error', '迟延理由：请填写迟延理由');
    expect(await page.getAttribute(tid('field-delayReason'), 'aria-invalid')).toBe('true');
    expect(await j.checkPage('file-late-unconfirmed')).toEqual([]);

    await page.fill(
      tid('field-delayReason'),
      '申请人2025年9月至2026年1月住院治疗，无法按期申请，2026年1月20日出院。',
    );
    await page.check(tid('confirm-late'));

    // The first answer is lost on the way back: the case was filed, the browser saw a network error.
    let filings = 0;
    await page.route('**/v1/cases', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      filings++;
      if (filings > 1) return route.fallback();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.click(tid('submit-application'));
    await seeText('form-error', '无法连接服务器');
    // Submitting again sends the same Idempotency-Key: the same case comes back, not a second one.
    await page.click(tid('submit-application'));
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.unroute('**/v1/cases');
    expect(filings).toBe(2);
    await seeText('flash', '申请已提交');
    lateCaseNumber = ((await page.locator(tid('flash')).textContent()) ?? '').replace(/^.*案件编号：/, '');
    expect(lateCaseNumber).toMatch(/^西宁市人民政府 2026年第\d{6}号$/);
    lateCaseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await seeText('case-number', lateCaseNumber);
    await seeText('late-badge', '逾期申请');
    expect(await j.checkPage('case-filed')).toEqual([]);
  });

  it('sees the case in 我的案件 with its next deadline and whose duty it is, on desktop and mobile', async () => {
    await mainNav('我的案件').click();
    const row = page.locator(tid('case-row'), { hasText: lateCaseNumber });
    await row.waitFor();
    expect(await page.locator(tid('case-row')).count()).toBe(1);
    expect(await row.locator(tid('case-row-stage')).textContent()).toContain('受理审查');
    // Received Tue 10 Feb 2026: the five working days of review run past the Spring Festival break.
    const deadline = (await row.locator(tid('case-row-deadline')).textContent()) ?? '';
    expect(deadline).toContain('2026年2月24日');
    expect(deadline).toContain('受理审查期限（复议机关）');
    expect(await row.locator(tid('late-badge')).textContent()).toContain('逾期申请');
    expect(await j.checkPage('my-cases')).toEqual([]);

    // On a phone each case is a card that keeps the field labels (on a desktop the column headers say them).
    const labelsShown = async () => {
      const shown: string[] = [];
      for (const label of await row.locator('.cell-label').all())
        if (await label.isVisible()) shown.push((await label.textContent()) ?? '');
      return shown;
    };
    expect(await labelsShown()).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await labelsShown()).toEqual([
      '被申请的行政行为',
      '复议机关',
      '办理阶段',
      '最近届满的期限',
      '提示',
    ]);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('follows the deadlines and the timeline on the case page, and answers the correction notice', async () => {
    // The clerk asks for a correction (one notice listing every item).
    const clerk = await j.t.as('wangfang');
    const seen = await clerk.get(`/v1/cases/${lateCaseId}`);
    const asked = await clerk.act(lateCaseId, {
      action: 'requestCorrection',
      expectedVersion: seen.body.version,
      items: [
        { field: '申请人身份证明', descriptionZh: '请提交申请人公民身份证复印件' },
        { field: '迟延理由的证明', descriptionZh: '请提交住院及出院证明' },
      ],
    });
    expect(asked.status).toBe(200);

    // 我的案件 now shows the applicant's own duty first.
    await mainNav('我的案件').click();
    const row = page.locator(tid('case-row'), { hasText: lateCaseNumber });
    await row.locator(tid('case-row-stage'), { hasText: '等待补正' }).waitFor();
    expect(await row.locator(tid('case-row-deadline')).textContent()).toContain('（申请人）');

    await row.locator(tid('case-link')).click();
    await seeText('case-number', lateCaseNumber);
    await seeText('case-stage', '等待补正');
    const correction = page.locator(tid('deadline-correctionResponse'));
    expect(await correction.locator(tid('deadline-responsible')).textContent()).toContain('申请人');
    await correction.locator('summary').click();
    expect(await correction.locator(tid('deadline-explanation')).textContent()).toContain(
      '《行政复议法》第三十一条',
    );
    await page
      .locator(`${tid('timeline-event')}[data-event-type="correctionRequested"]`, {
        hasText: '请提交住院及出院证明',
      })
      .waitFor();
    expect(await j.checkPage('case-awaiting-correction')).toEqual([]);

    await page.click(tid('action-submitCorrection'));
    await page.locator(tid('action-form-submitCorrection')).waitFor();
    expect(await j.checkPage('case-correction-form')).toEqual([]);
    await page.fill(tid('correction-answer-0'), '已提交身份证正反面复印件');
    await page.fill(tid('correction-answer-1'), '已提交住院证明和出院记录');
    await page.click(`${tid('action-form-submitCorrection')} ${tid('action-submit')}`);
    await seeText('case-stage', '受理审查');
    await page
      .locator(`${tid('timeline-event')}[data-event-type="correctionSubmitted"]`, {
        hasText: '已提交住院证明和出院记录',
      })
      .waitFor();
    expect(await j.checkPage('case-corrected')).toEqual([]);
  });

  it('pages through 我的案件 with 加载更多', async () => {
    const zhangsan = await j.t.as('zhangsan');
    for (let n = 1; n <= 10; n++) {
      const filed = await zhangsan.file(
        fineApplication({ act: { documentNumber: `宁市监罚〔2026〕${100 + n}号` } }),
      );
      expect(filed.status).toBe(201);
    }
    await mainNav('我的案件').click();
    await page.locator(tid('load-more')).waitFor();
    expect(await page.locator(tid('case-row')).count()).toBe(10);
    await seeText('case-count', '已显示10件');
    expect(await j.checkPage('my-cases-first-page')).toEqual([]);

    await page.click(tid('load-more'));
    await seeText('case-count', '已显示11件，已全部显示');
    expect(await page.locator(tid('load-more')).count()).toBe(0);
    // Newest first: the late application filed first is last.
    expect(await page.locator(tid('case-row')).last().textContent()).toContain(lateCaseNumber);
    expect(await j.checkPage('my-cases-all')).toEqual([]);
  });

  it('withdraws another case', async () => {
    await mainNav('我的案件').click();
    const first = page.locator(tid('case-row')).first();
    const caseNumber = ((await first.locator(tid('case-link')).textContent()) ?? '').trim();
    expect(caseNumber).not.toBe(lateCaseNumber);
    await first.locator(tid('case-link')).click();
    await seeText('case-number', caseNumber);
    await page.click(tid('action-withdraw'));
    const form = page.locator(tid('action-form-withdraw'));
    await form.waitFor();
    // The reason is required, and said so next to its field.
    await form.locator(tid('action-submit')).click();
    await form.getByText('请填写撤回理由').first().waitFor();
    expect(await page.getAttribute(tid('withdraw-reason'), 'aria-invalid')).toBe('true');
    expect(await j.checkPage('case-withdraw-form')).toEqual([]);
    await page.fill(tid('withdraw-reason'), '已与被申请人协商解决，撤回申请。');
    await form.locator(tid('action-submit')).click();
    await seeText('case-status', '已结案');
    expect(await j.checkPage('case-withdrawn')).toEqual([]);

    await mainNav('我的案件').click();
    const row = page.locator(tid('case-row'), { hasText: caseNumber });
    await row.locator(tid('case-row-stage'), { hasText: '已结案' }).waitFor();
    expect(await row.textContent()).toContain('无进行中的期限');
  });

  it('an organisation applies with its own fields; the demo box fills in a sample application that is in time', async () => {
    await mainNav('申请行政复议').click();
    // An organisation's name is not the signed-in person's: switching clears it, switching back restores it.
    await page.check(tid('applicant-type-organisation'));
    await page.locator(tid('field-applicant.uscc')).waitFor();
    expect(await page.inputValue(tid('field-applicant.name'))).toBe('');
    expect(await page.locator('label[for="application_applicant_name"]').textContent()).toBe('单位名称');
    await page.check(tid('has-agent'));
    await page.click(tid('check-application'));
    await seeText('form-error', '统一社会信用代码：请填写统一社会信用代码');
    await seeText('form-error', '代理人类型：请选择代理人类型');
    expect(await j.checkPage('file-organisation-errors')).toEqual([]);
    await page.check(tid('applicant-type-person'));
    await page.uncheck(tid('has-agent'));
    expect(await page.inputValue(tid('field-applicant.name'))).toBe('张三');

    await page.click(tid('fill-example'));
    await seeText('respondent-hint', '西宁市人民政府');
    await page.click(tid('check-application'));
    await seeText('preview-timeliness', '申请在法定申请期限内');
    expect(await page.locator(tid('late-warning')).count()).toBe(0);
    // Changing what the check looked at asks for a new check before submitting.
    await page.fill(tid('field-act.title'), '行政处罚决定书（更正）');
    await page.locator(tid('preview-stale')).waitFor();
    expect(await page.locator(tid('submit-application')).count()).toBe(0);
    expect(await j.checkPage('file-sample-stale')).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});

describe('an AWS deployment (config.json mode cognito)', () => {
  const cognitoConfig = {
    mode: 'cognito',
    apiUrl: '',
    staffApiUrl: '',
    cognito: {
      citizens: {
        authority: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_citizens',
        clientId: 'citizens-client',
        domain: 'https://citizens.auth.cn-north-1.amazoncognito.com',
      },
      staff: {
        authority: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_staff',
        clientId: 'staff-client',
        domain: 'https://staff.auth.cn-north-1.amazoncognito.com',
      },
    },
    site: {
      operatorZh: '西宁市人民政府行政复议办公室',
      hotline: '0971-12345',
      privacyNoticeZh: '个人信息仅用于办理行政复议案件。',
    },
  };
  const demoControls = ['demo-bar', 'demo-clock', 'demo-sign-in', 'demo-box', 'fill-example'];

  async function cognitoPage(): Promise<Page> {
    const p = await j.context.newPage();
    await p.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(cognitoConfig) }),
    );
    return p;
  }

  it('signs in through the two pools and shows no demo control', async () => {
    const p = await cognitoPage();
    await p.goto(j.baseUrl);
    await p.locator(tid('sign-in-citizens')).waitFor();
    await p.locator(tid('sign-in-staff')).waitFor();
    for (const id of demoControls) expect(await p.locator(tid(id)).count()).toBe(0);
    expect(await p.locator('[data-testid^="sign-in-zhangsan"]').count()).toBe(0);
    await p.close();
  });

  it('an applicant signed in through the pool files without the demo box or clock', async () => {
    const signedIn = await j.t.anonymous.post('/local/sign-in', { username: 'zhangsan' });
    const { authority, clientId } = cognitoConfig.cognito.citizens;
    const p = await cognitoPage();
    // The session oidc-client-ts keeps after the hosted sign-in (its user store in sessionStorage).
    await p.addInitScript(
      ([key, user]) => {
        sessionStorage.setItem('ajc.cognito.pool', 'citizens');
        sessionStorage.setItem(key as string, user as string);
      },
      [
        `oidc.user:${authority}:${clientId}`,
        JSON.stringify({
          id_token: signedIn.body.token,
          access_token: 'unused',
          token_type: 'Bearer',
          profile: {},
        }),
      ],
    );
    await p.goto(`${j.baseUrl}/my/file`);
    await p.locator(tid('application-form')).waitFor();
    expect(await p.locator(tid('session-user')).textContent()).toBe('张三');
    for (const id of demoControls) expect(await p.locator(tid(id)).count()).toBe(0);
    await p.close();
  });
});
