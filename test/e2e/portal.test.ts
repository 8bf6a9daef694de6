import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  beforeSpringFestival2026,
  fineApplication,
  startTestSystem,
  type TestSystem,
} from '../support/local-system';

/**
 * The portal in a real (headless) Chromium against the whole local system: an applicant files,
 * the clerk asks for a correction, the applicant corrects, the clerk accepts.
 */

const tid = (id: string) => `[data-testid="${id}"]`;
const resultsDir = join(process.cwd(), 'test-results');

let t: TestSystem;
let context: BrowserContext;
let page: Page;
let profileDir: string;
let baseUrl: string;
const pageErrors: string[] = [];

function chromiumPath(): string {
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

beforeAll(async () => {
  t = await startTestSystem(beforeSpringFestival2026);
  // The server listens on 127.0.0.1 only; avoid the browser trying ::1 for "localhost".
  baseUrl = t.system.url.replace('localhost', '127.0.0.1');
  profileDir = mkdtempSync(join(tmpdir(), 'ajc-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  page = context.pages()[0] ?? (await context.newPage());
  // Each page wait is a hang guard, not a speed limit: Chromium on a busy 2-core machine is slow.
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (msg) => {
    // 4xx answers are part of the flow (validation, conflict); anything else logged as an error is not.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      pageErrors.push(msg.text());
  });
});

afterAll(async () => {
  await context?.close();
  await t?.system.stop();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** Waits until an element matching the test id shows the text. */
async function seeText(testId: string, text: string | RegExp) {
  await page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });
}

async function signInAs(username: string) {
  if (await page.locator(tid('sign-out')).isVisible()) {
    await page.click(tid('sign-out'));
  }
  await page.click(tid(`sign-in-${username}`));
  await page.locator(tid('session-user')).waitFor({ state: 'visible' });
}

/** Opens a case from the current list (我的案件 or 待办队列) by its case number. */
async function openCaseFromList(caseNumber: string) {
  await page.locator(tid('case-row'), { hasText: caseNumber }).locator(tid('case-link')).click();
  await seeText('case-number', caseNumber);
}

async function act(action: string, fill: () => Promise<void>, expectStage: string) {
  await page.click(tid(`action-${action}`));
  await page.locator(tid(`action-form-${action}`)).waitFor();
  await fill();
  await page.click(`${tid(`action-form-${action}`)} ${tid('action-submit')}`);
  await seeText('case-stage', expectStage);
}

describe('portal (browser)', () => {
  let caseNumber: string;

  it('an applicant files an application, with field errors shown next to the fields', async () => {
    await page.goto(baseUrl);
    await signInAs('zhangsan');
    expect(await page.locator(tid('session-user')).textContent()).toContain('张三');

    await page.click(tid('nav-new'));
    await page.locator(tid('application-form')).waitFor();
    const app = fineApplication();
    await page.check(tid('applicant-type-person'));
    await page.fill(tid('field-person-name'), app.applicant.name);
    await page.fill(tid('field-person-residentId'), '63010219850312432'); // one digit short
    await page.fill(tid('field-person-phone'), app.applicant.phone);
    await page.fill(tid('field-person-address'), app.applicant.address);
    await page.selectOption(tid('field-respondentAgencyId'), app.respondentAgencyId);
    await seeText('respondent-hint', '西宁市人民政府');
    await page.fill(tid('field-act.title'), app.act.title);
    await page.fill(tid('field-act.documentNumber'), app.act.documentNumber);
    await page.fill(tid('field-act.madeOn'), app.act.madeOn);
    await page.fill(tid('field-act.learnedOn'), app.act.learnedOn);
    await page.check(tid('field-act.rightsNotified-yes'));
    await page.check(tid('field-act.onTheSpot-no'));
    await page.selectOption(tid('field-act.kind'), app.act.kind);
    await page.fill(tid('field-act.amountYuan'), String(app.act.amountYuan));
    await page.fill(tid('field-requests'), app.requests);
    await page.fill(tid('field-factsAndReasons'), app.factsAndReasons);

    // The server's problem+json: detail at the top, the message next to 公民身份号码.
    await page.click(tid('check-application'));
    await seeText('form-error', '需要修改');
    // The summary names the field by its label, never by its internal path (applicant.residentId).
    await seeText('form-error', /^(?![\s\S]*applicant\.)[\s\S]*公民身份号码：公民身份号码应为18位/);
    await seeText('error-applicant.residentId', '18位');
    expect(await page.getAttribute(tid('field-person-residentId'), 'aria-invalid')).toBe('true');

    await page.fill(tid('field-person-residentId'), app.applicant.residentId);
    await page.click(tid('check-application'));
    await seeText('preview-body', '西宁市人民政府');
    await seeText('preview-basis', '第二十四条');
    await seeText('preview-timeliness', '法定申请期限内');
    expect(await page.locator(tid('late-warning')).count()).toBe(0);
    expect(await page.locator(tid('form-error')).isVisible()).toBe(false);

    await page.click(tid('submit-application'));
    await seeText('case-stage', '受理审查');
    await seeText('flash', '申请已提交');
    caseNumber = ((await page.locator(tid('case-number')).textContent()) ?? '').trim();
    expect(caseNumber).toMatch(/^西宁市人民政府 2026年第\d{6}号$/);
    await seeText('case-body', '西宁市人民政府');
    // Received Tue 10 Feb 2026: the five working days run past the Spring Festival break.
    await seeText('deadline-acceptanceReview', '2026年2月24日');

    await page.click(tid('nav-mine'));
    const row = page.locator(tid('case-row'), { hasText: caseNumber });
    await row.waitFor();
    expect(await row.locator(tid('case-row-stage')).textContent()).toContain('受理审查');
    expect(await row.locator(tid('case-row-deadline')).textContent()).toContain('2026年2月24日');
    expect(await row.locator(tid('late-badge')).count()).toBe(0);
  });

  it('the clerk asks for a correction, the applicant corrects, the clerk accepts', async () => {
    await signInAs('wangfang');
    await page.locator(tid('case-list-queue')).waitFor();
    await openCaseFromList(caseNumber);
    await act(
      'requestCorrection',
      async () => {
        await page.fill(tid('correction-field-0'), '申请人身份证明');
        await page.fill(tid('correction-desc-0'), '请提交申请人公民身份证复印件');
        await page.click(tid('add-correction-item'));
        await page.fill(tid('correction-field-1'), '被申请的行政行为文书');
        await page.fill(tid('correction-desc-1'), '请提交宁市监罚〔2026〕88号行政处罚决定书复印件');
      },
      '等待补正',
    );
    await seeText('correction', '请提交申请人公民身份证复印件');
    await seeText('event-correctionRequested', '王芳');

    await signInAs('zhangsan');
    await openCaseFromList(caseNumber);
    await act(
      'submitCorrection',
      async () => {
        expect(await page.locator(`${tid('action-form-submitCorrection')} label`).allTextContents()).toEqual([
          expect.stringContaining('申请人身份证明'),
          expect.stringContaining('被申请的行政行为文书'),
        ]);
        await page.fill(tid('correction-answer-0'), '已上传身份证正反面复印件');
        await page.fill(tid('correction-answer-1'), '已上传行政处罚决定书复印件');
      },
      '受理审查',
    );
    await seeText('event-correctionSubmitted', '已上传身份证正反面复印件');

    await signInAs('wangfang');
    await openCaseFromList(caseNumber);
    await act(
      'accept',
      async () => {
        await page.selectOption(tid('accept-track'), 'ordinary');
      },
      '审理中',
    );
    await seeText('case-track', '普通程序');
    const decision = page.locator(tid('deadline-decision'));
    await decision.waitFor();
    expect(await decision.textContent()).toContain('作出行政复议决定期限');
    await decision.locator('summary').click();
    const explanation = decision.locator(tid('deadline-explanation'));
    expect(await explanation.getAttribute('open')).not.toBeNull();
    expect(await explanation.textContent()).toContain('《行政复议法》第六十二条');
    await seeText('event-accepted', '普通程序');

    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'portal-accepted.png'), fullPage: true });
  });

  it('the clerk sends the copy to the respondent, who then sees the case and its reply deadline', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(
      t.system.clock.now(),
    );
    await act(
      'sendCopy',
      async () => {
        await page.selectOption(tid('copy-channel'), 'online');
        await page.fill(tid('copy-sent-on'), today);
      },
      '审理中',
    );
    await seeText('event-copySent', '网上送达');
    await seeText('deadline-respondentReply', '被申请人');
    expect(await page.locator(tid('action-sendCopy')).count()).toBe(0);

    await signInAs('liuwei');
    await page.goto(`${baseUrl}/#/respondent`);
    await openCaseFromList(caseNumber);
    await seeText('deadline-respondentReply', '被申请人答复并提交证据、依据期限');
  });

  it('a late application needs an explicit confirmation, and the queue flags it', async () => {
    await signInAs('lisi');
    await page.click(tid('nav-new'));
    await page.click(tid('fill-example'));
    await seeText('respondent-hint', '西宁市人民政府'); // the example is filled in once the clock answers
    await page.fill(tid('field-act.madeOn'), '2025-09-01');
    await page.fill(tid('field-act.learnedOn'), '2025-09-05');
    await page.click(tid('check-application'));
    await seeText('late-warning', '超过法定申请期限');
    await page.locator(tid('field-delayReason')).waitFor({ state: 'visible' });

    await page.click(tid('submit-application'));
    await seeText('error-confirmLate', '请勾选确认');
    await page.fill(tid('field-delayReason'), '申请人住院治疗，无法按期申请');
    await page.check(tid('confirm-late'));
    await page.click(tid('submit-application'));
    await seeText('case-stage', '受理审查');
    await seeText('late-badge', '逾期申请');
    const lateNumber = ((await page.locator(tid('case-number')).textContent()) ?? '').trim();

    await signInAs('wangfang');
    const row = page.locator(tid('case-row'), { hasText: lateNumber });
    await row.waitFor();
    expect(await row.locator(tid('late-badge')).textContent()).toContain('逾期申请');
  });

  it('shows a conflict when someone else changed the case first', async () => {
    const applicant = await t.as('zhangsan');
    const filed = await applicant.file(fineApplication({ act: { documentNumber: '宁市监罚〔2026〕89号' } }));
    expect(filed.status).toBe(201);

    await signInAs('wangfang');
    await openCaseFromList(filed.body.caseNumber);
    const colleague = await t.as('zhoujie');
    const moved = await colleague.act(filed.body.id, {
      action: 'requestCorrection',
      expectedVersion: filed.body.version,
      items: [{ field: '证据材料', descriptionZh: '请提交检测报告' }],
    });
    expect(moved.status).toBe(200);

    await page.click(tid('action-accept'));
    await page.click(`${tid('action-form-accept')} ${tid('action-submit')}`);
    await seeText('conflict', '案件已被他人更新，请刷新');
    await page.click(tid('conflict-refresh'));
    await seeText('case-stage', '等待补正');

    await page.click(tid('nav-notifications'));
    await seeText('notification', filed.body.caseNumber);
    expect(pageErrors).toEqual([]);
  });
});
