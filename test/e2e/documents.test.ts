import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiClient } from '../support/api-client';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * The documents of a case in the portal: the clerk sees the notices the case issued with PDF and
 * DOCX and previews the draft decision in 决定审批; once the decision is issued, the applicant
 * downloads it as a PDF from the 文书 section and the acceptance notice from its timeline entry,
 * each reading then on the case's timeline. Every page state is checked with axe.
 */

let j: Journey;
let caseNumber = '';
let caseId = '';
let head: ApiClient;

beforeAll(async () => {
  j = await startJourney('documents', beforeSpringFestival2026);
  const applicant = await j.t.as('zhangsan');
  const clerk = await j.t.as('wangfang');
  head = await j.t.as('zhaoqiang');
  const filed = await applicant.file(fineApplication());
  expect(filed.status).toBe(201);
  caseNumber = filed.body.caseNumber;
  caseId = filed.body.id;
  let version = filed.body.version as number;
  for (const command of [
    { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
    { action: 'sendCopy', channel: 'online', sentOn: '2026-02-10' },
    {
      action: 'draftDecision',
      type: 'revoke',
      findingsZh: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
      reasonsZh: '被申请人违反法定程序。',
      legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
    },
  ]) {
    const r = await clerk.act(caseId, { ...command, expectedVersion: version });
    expect(r.status).toBe(200);
    version = r.body.version;
  }
});

afterAll(async () => {
  await j?.stop();
});

const openCase = async (username: string) => {
  await j.signInAs(username);
  await j.page.locator(tid('case-row'), { hasText: caseNumber }).locator(tid('case-link')).click();
  await j.page.locator(tid('case-documents')).waitFor();
};
const documentRow = (text: string) => j.page.locator(tid('document-row'), { hasText: text });

describe('documents on the case page', () => {
  it('the clerk sees the notices with PDF and DOCX, and previews the draft decision', async () => {
    await openCase('wangfang');
    await documentRow('行政复议受理通知书').waitFor();
    await documentRow('提出答复通知书').waitFor();
    expect(await documentRow('行政复议受理通知书').locator(tid('document-docx')).count()).toBe(1);
    const draft = j.page.waitForEvent('download');
    await j.page.click(tid('draft-preview'));
    expect((await draft).suggestedFilename()).toBe('行政复议决定书（草稿）.pdf');
    expect(await j.checkPage('clerk-documents')).toEqual([]);
  });

  it('the applicant downloads the decision and the acceptance notice; each reading is on the case', async () => {
    const version = (await head.get(`/v1/cases/${caseId}`)).body.version;
    expect((await head.act(caseId, { action: 'approveDecision', expectedVersion: version })).status).toBe(
      200,
    );
    await openCase('zhangsan');
    await documentRow('行政复议决定书').waitFor();
    expect(await j.page.locator(tid('document-docx')).count()).toBe(0);
    expect(await documentRow('提出答复通知书').count()).toBe(0);
    expect(await j.page.locator(tid('draft-preview')).count()).toBe(0);

    const decision = j.page.waitForEvent('download');
    await documentRow('行政复议决定书').locator(tid('document-pdf')).click();
    expect((await decision).suggestedFilename()).toMatch(/^行政复议决定书（宁政复决字〔2026〕\d+号）\.pdf$/);
    await j.page.locator(tid('timeline-event'), { hasText: '查阅（下载）《行政复议决定书》' }).waitFor();

    const accepted = j.page.locator(tid('timeline-event'), { hasText: '予以受理' });
    const notice = j.page.waitForEvent('download');
    await accepted.locator(tid('timeline-documents')).locator(tid('document-pdf')).click();
    expect((await notice).suggestedFilename()).toMatch(
      /^行政复议受理通知书（宁政复受字〔2026〕\d+号）-张三\.pdf$/,
    );
    await j.page.locator(tid('timeline-event'), { hasText: '查阅（下载）《行政复议受理通知书》' }).waitFor();
    expect(await j.checkPage('applicant-documents')).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
