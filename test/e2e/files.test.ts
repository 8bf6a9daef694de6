import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';
import { pdfBytes, upload } from '../support/uploads';

/**
 * Materials and online reading in the portal: the respondent uploads its reply on the case page
 * (a wrong type explained before anything is sent), the applicant reads it — the download
 * recorded on the case — and the clerk marks it withheld, after which the applicant sees only
 * the reason.
 */

let j: Journey;
let caseNumber = '';

beforeAll(async () => {
  j = await startJourney('files', beforeSpringFestival2026);
  const applicant = await j.t.as('zhangsan');
  const clerk = await j.t.as('wangfang');
  const evidence = await upload(applicant, {
    fileName: '处罚决定书.pdf',
    bytes: pdfBytes('决定书'),
    purpose: 'evidence',
  });
  const filed = await applicant.file(
    fineApplication({ attachments: [{ uploadId: evidence.uploadId, purpose: 'evidence' }] }),
  );
  expect(filed.status).toBe(201);
  caseNumber = filed.body.caseNumber;
  const accepted = await clerk.act(filed.body.id, { action: 'accept', expectedVersion: filed.body.version });
  const sent = await clerk.act(filed.body.id, {
    action: 'sendCopy',
    expectedVersion: accepted.body.version,
    channel: 'online',
    sentOn: '2026-02-10',
  });
  expect(sent.status).toBe(200);
});

afterAll(async () => {
  await j?.stop();
});

const openCase = async (username: string) => {
  await j.signInAs(username);
  await j.page.locator(tid('case-row'), { hasText: caseNumber }).locator(tid('case-link')).click();
  await j.page.locator(tid('case-files')).waitFor();
};
const fileRow = (text: string) => j.page.locator(tid('file-row'), { hasText: text });

describe('materials and reading', () => {
  it('the respondent uploads its reply; a file of another type is refused before upload, in Chinese', async () => {
    await openCase('liuwei');
    await fileRow('处罚决定书.pdf').waitFor();
    const input = j.page.locator(tid('case-files')).locator(tid('upload-input'));
    await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('说明') });
    await j.page.locator(tid('upload-item'), { hasText: '格式不能上传' }).waitFor();
    await input.setInputFiles({
      name: '行政复议答复书.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdfBytes('答复书')),
    });
    await j.page.locator(`${tid('upload-item')}[data-status="done"]`).waitFor();
    await j.page.locator(tid('upload-purpose')).click();
    await j.page.locator('.ant-select-item-option', { hasText: '答复书' }).click();
    expect(await j.checkPage('respondent-upload')).toEqual([]);
    await j.page.click(tid('files-submit'));
    await fileRow('行政复议答复书.pdf').waitFor();
    expect(await fileRow('行政复议答复书.pdf').textContent()).toContain('答复书');
  });

  it('the applicant reads the reply: the download comes, and the reading is on the case', async () => {
    await openCase('zhangsan');
    const download = j.page.waitForEvent('download');
    await fileRow('行政复议答复书.pdf').locator(tid('file-read')).click();
    expect((await download).suggestedFilename()).toBe('行政复议答复书.pdf');
    await j.page.locator(tid('timeline-event'), { hasText: '在线阅卷' }).waitFor();
    expect(await j.checkPage('applicant-reading')).toEqual([]);
  });

  it('the clerk marks it withheld; the applicant then sees the reason, not the file', async () => {
    await openCase('wangfang');
    await fileRow('行政复议答复书.pdf').locator(tid('file-confidentiality')).click();
    await j.page.locator('.ant-radio-wrapper', { hasText: '涉及个人隐私' }).click();
    await j.page.fill(tid('confidentiality-reason'), '答复书附件载有他人病历');
    expect(await j.checkPage('clerk-confidentiality')).toEqual([]);
    await j.page.click(tid('confidentiality-submit'));
    await fileRow('对另一方不予查阅').waitFor();
    await openCase('zhangsan');
    await j.page.locator(tid('file-withheld'), { hasText: '答复书附件载有他人病历' }).waitFor();
    expect(await fileRow('行政复议答复书.pdf').count()).toBe(0);
    expect(await j.checkPage('applicant-withheld')).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
