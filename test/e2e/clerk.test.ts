import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * A clerk of 西宁市人民政府 (wangfang) works the queue in the browser: a correction notice on one
 * case, acceptance of another (after the API refuses the simplified procedure without the
 * parties' agreement) with the copy sent to the respondent, a refusal with its reason, a forward
 * to the competent body, an action on a case someone else changed meanwhile (409), and — on a
 * case the API has brought to review with the respondent's reply — a decision drafted by the
 * clerk and approved by the office head (赵强), which issues it with the body's number.
 */

let j: Journey;
type Purpose = 'correct' | 'accept' | 'refuse' | 'forward' | 'stale' | 'decide';
/** The cases filed for the journey, by what the clerk does with each. */
const cases = {} as Record<Purpose, { id: string; caseNumber: string }>;

beforeAll(async () => {
  j = await startJourney('clerk', beforeSpringFestival2026);
  const applicant = await j.t.as('zhangsan');
  for (const purpose of ['correct', 'accept', 'refuse', 'forward', 'stale', 'decide'] satisfies Purpose[]) {
    const r = await applicant.file(fineApplication());
    expect(r.status).toBe(201);
    cases[purpose] = { id: r.body.id, caseNumber: r.body.caseNumber };
  }
});

afterAll(async () => {
  await j?.stop();
});

const seeText = async (testId: string, text: string | RegExp) =>
  j.page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });

async function openFromQueue(caseNumber: string) {
  await j.page.goto(`${j.baseUrl}/work/queue`);
  await j.page.locator(tid('case-row'), { hasText: caseNumber }).locator(tid('case-link')).click();
  await seeText('case-number', caseNumber);
}

/** Opens an action's form from the case page. */
async function openAction(action: string) {
  await j.page.click(tid(`action-${action}`));
  await j.page.locator(tid(`action-form-${action}`)).waitFor();
}

async function submit(action: string) {
  await j.page.click(`${tid(`action-form-${action}`)} ${tid('action-submit')}`);
}

/** Picks a radio button or checkbox by the text of its label (the kit hides the input itself). */
const pick = (text: string | RegExp) => j.page.locator('label', { hasText: text }).click();

/** Picks a body in a select by typing its name, as a person can; waits until it is chosen. */
async function choose(label: string, option: string, selectTestId: string) {
  const box = j.page.getByLabel(label);
  await box.fill(option);
  await box.press('Enter');
  await j.page.locator(`${tid(selectTestId)} [title="${option}"]`).waitFor();
}

describe('a clerk works the queue', () => {
  it('sees the body’s queue, nearest deadline first, and filters it by stage', async () => {
    await j.signInAs('wangfang');
    await j.page.locator(tid('case-list')).waitFor();
    for (const c of Object.values(cases)) await seeText('case-row', c.caseNumber);
    // Filed Tue 10 Feb 2026: the five working days run past the Spring Festival break.
    await seeText('case-row-deadline', '2026年2月24日');
    await seeText('case-row-deadline', '受理审查期限（复议机关）');
    expect(await j.checkPage('queue')).toEqual([]);

    await pick('等待补正');
    await j.page.locator(tid('case-list-empty')).waitFor();
    await pick('全部');
    await j.page.locator(tid('case-list')).waitFor();
  });

  it('requests a correction listing every item at once', async () => {
    await openFromQueue(cases.correct.caseNumber);
    await seeText('case-stage', '受理审查');
    await seeText('deadline-acceptanceReview', '责任方：复议机关');
    expect(await j.checkPage('case-in-review')).toEqual([]);

    await openAction('requestCorrection');
    await j.page.getByLabel('第1项 需补正的事项').fill('申请人身份证明');
    await j.page.getByLabel('第1项 补正要求').fill('请提交申请人公民身份证复印件');
    await j.page.click(tid('add-correction-item'));
    await j.page.getByLabel('第2项 需补正的事项').fill('被申请的行政行为文书');
    await j.page.getByLabel('第2项 补正要求').fill('请提交宁市监罚〔2026〕88号行政处罚决定书复印件');
    expect(await j.checkPage('request-correction-form')).toEqual([]);
    await submit('requestCorrection');

    await seeText('flash', '已办理：通知补正');
    await seeText('case-stage', '等待补正');
    await seeText('correction', '请提交申请人公民身份证复印件');
    await seeText('correction', '行政处罚决定书复印件');
    // The applicant's period to correct is the applicant's, not the body's.
    await seeText('deadline-correctionResponse', '责任方：申请人');
    await j.page.locator(tid('timeline-event'), { hasText: '发出补正通知' }).waitFor();
    await seeText('timeline', '王芳（承办人）');
    expect(await j.checkPage('case-awaiting-correction')).toEqual([]);
  });

  it('accepts a case: the API’s refusal is shown by field label, then the ordinary procedure', async () => {
    await openFromQueue(cases.accept.caseNumber);
    await openAction('accept');
    await pick('简易程序');
    await submit('accept');
    // Not eligible and no agreement of the parties: the summary names the field by its label.
    await seeText('form-error', '审理程序');
    await seeText('form-error', '不符合简易程序适用条件');
    expect(await j.page.locator(tid('form-error')).textContent()).not.toContain('track');
    await j.page.locator('.ant-form-item-explain-error', { hasText: '不符合简易程序适用条件' }).waitFor();
    expect(await j.checkPage('accept-refused')).toEqual([]);

    await pick('普通程序');
    await submit('accept');
    await seeText('flash', '已办理：予以受理');
    await seeText('case-stage', '审理中');
    await seeText('case-track', '普通程序');
    const decision = j.page.locator(tid('deadline-decision'));
    await decision.waitFor();
    expect(await decision.textContent()).toContain('作出行政复议决定期限');
    expect(await decision.getAttribute('data-status')).toBe('open');
    // Open deadlines come first; the met acceptance review and the cancelled notice window after.
    const statuses = await j.page
      .locator('[data-testid^="deadline-"][data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.indexOf('met')).toBeGreaterThan(statuses.lastIndexOf('open'));
    expect(statuses.at(-1)).toBe('cancelled');
    await decision.locator('summary').click();
    expect(await decision.locator(tid('deadline-explanation')).textContent()).toContain(
      '《行政复议法》第六十二条',
    );
    expect(await j.checkPage('case-accepted')).toEqual([]);

    // The copy of the application goes to the respondent online, the same day.
    await openAction('sendCopy');
    await j.page.getByLabel('发送日期').fill('2026-02-10');
    await j.page.getByLabel('发送日期').press('Tab');
    expect(await j.checkPage('send-copy-form')).toEqual([]);
    await submit('sendCopy');
    await seeText('flash', '已办理：发送申请书副本');
    await seeText('case-copy', '网上送达');
    await seeText('deadline-respondentReply', '责任方：被申请人');
    expect(await j.page.locator(tid('action-sendCopy')).count()).toBe(0);
  });

  it('refuses a case with its reason and tells the applicant the competent body', async () => {
    await openFromQueue(cases.refuse.caseNumber);
    await openAction('refuse');
    await pick(/本机关不是有管辖权的行政复议机关/);
    await choose('有管辖权的复议机关', '青海省人民政府', 'refuse-competent-body');
    await j.page.getByLabel('说明（选填）').fill('被申请人系省政府直属部门，请向青海省人民政府申请。');
    expect(await j.checkPage('refuse-form')).toEqual([]);
    await submit('refuse');

    await seeText('flash', '已办理：决定不予受理');
    await seeText('case-stage', '已结案');
    await seeText('case-closure', '不予受理');
    await j.page.locator(tid('timeline-event'), { hasText: '有管辖权的复议机关：青海省人民政府' }).waitFor();
    expect(await j.page.locator(tid('actions')).count()).toBe(0);
    expect(await j.checkPage('case-refused')).toEqual([]);
  });

  it('forwards a case to the competent body, which then has it', async () => {
    await openFromQueue(cases.forward.caseNumber);
    await openAction('forward');
    await choose('转送至有管辖权的复议机关', '海东市人民政府', 'forward-body');
    await submit('forward');
    await seeText('flash', '已办理：转送有管辖权的复议机关');
    await seeText('flash', '本案现由海东市人民政府办理');
    expect(await j.checkPage('case-forwarded')).toEqual([]);
  });

  it('acting on a case someone else changed meanwhile explains the conflict and reloads it', async () => {
    await openFromQueue(cases.stale.caseNumber);
    const colleague = await j.t.as('zhoujie');
    const r = await colleague.act(cases.stale.id, {
      action: 'accept',
      expectedVersion: 1,
      track: 'ordinary',
    });
    expect(r.status).toBe(200);

    await openAction('refuse');
    await pick(/不属于行政复议范围/);
    await submit('refuse');
    await seeText('action-conflict', '案件已被他人更新');
    expect(await j.checkPage('conflict')).toEqual([]);
    await j.page.click(tid('conflict-reload'));
    await seeText('case-stage', '审理中');
    await j.page.locator(tid('timeline-event'), { hasText: '周杰' }).waitFor();
  });

  it('drafts a decision the office head approves, which issues it with the body’s number', async () => {
    // Through the API: accepted, the copy online, the respondent's reply.
    const clerk = await j.t.as('wangfang');
    const accepted = await clerk.act(cases.decide.id, {
      action: 'accept',
      expectedVersion: 1,
      track: 'ordinary',
    });
    expect(accepted.status).toBe(200);
    const sent = await clerk.act(cases.decide.id, {
      action: 'sendCopy',
      expectedVersion: accepted.body.version,
      channel: 'online',
      sentOn: '2026-02-10',
    });
    expect(sent.status).toBe(200);
    const replied = await (await j.t.as('liuwei')).act(cases.decide.id, {
      action: 'submitReply',
      expectedVersion: sent.body.version,
      replyZh: '处罚事实清楚，证据确凿，程序合法。',
      evidence: [{ nameZh: '现场检查笔录', purposeZh: '证明违法事实' }],
      legalBasisZh: '《中华人民共和国食品安全法》第一百二十四条',
    });
    expect(replied.status).toBe(200);

    await j.page.goto(`${j.baseUrl}/cases/${cases.decide.id}`);
    await seeText('case-review', '现场检查笔录');
    await openAction('draftDecision');
    // A fine: the types for a failure to perform a duty are not offered.
    expect(await j.page.locator(tid('draft-type-orderPerformance')).count()).toBe(0);
    await pick('撤销');
    await j.page.getByLabel('责令被申请人重新作出行政行为的期限（选填）').fill('60');
    await j.page.getByLabel('经审理查明的事实').fill('被申请人作出处罚决定前未告知申请人陈述、申辩的权利。');
    await j.page.getByLabel('决定理由').fill('被申请人违反法定程序。');
    await j.page.getByLabel('决定依据').fill('《中华人民共和国行政复议法》第六十四条');
    expect(await j.checkPage('draft-decision-form')).toEqual([]);
    await submit('draftDecision');
    await seeText('flash', '已办理：拟定行政复议决定');
    await seeText('case-stage', '决定审批');
    await seeText('decision-status', '待审批');
    expect(await j.checkPage('case-decision-drafted')).toEqual([]);

    await j.signInAs('zhaoqiang');
    await j.page.goto(`${j.baseUrl}/cases/${cases.decide.id}`);
    await openAction('approveDecision');
    await seeText('approve-draft', '被申请人作出处罚决定前未告知申请人陈述、申辩的权利。');
    expect(await j.checkPage('approve-decision-form')).toEqual([]);
    await submit('approveDecision');
    await seeText('flash', '已办理：批准并签发行政复议决定');
    await seeText('case-stage', '送达');
    await seeText('decision-number', /^宁政复决字〔2026〕\d+号$/);
    // The respondent is served through the system at once; the applicant waits for the post.
    await seeText('decision-service-row', '邮寄送达');
    await seeText('decision-service', '待送达');
    await j.page.locator(tid('timeline-event'), { hasText: '决定书文号' }).waitFor();
    expect(await j.checkPage('case-decision-issued')).toEqual([]);
    await j.signInAs('wangfang');
  });

  it('finds the queue as the work left it, with no page errors on the way', async () => {
    await j.page.goto(`${j.baseUrl}/work/queue`);
    await seeText('case-row', cases.correct.caseNumber);
    const row = (caseNumber: string) => j.page.locator(tid('case-row'), { hasText: caseNumber });
    await row(cases.correct.caseNumber).locator(tid('case-row-stage'), { hasText: '等待补正' }).waitFor();
    await row(cases.accept.caseNumber).locator(tid('case-row-stage'), { hasText: '审理中' }).waitFor();
    expect(await row(cases.refuse.caseNumber).count()).toBe(0);
    expect(await row(cases.forward.caseNumber).count()).toBe(0);
    expect(j.pageErrors).toEqual([]);
  });
});
