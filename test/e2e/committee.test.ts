import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiClient } from '../support/api-client';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026, fineApplication } from '../support/local-system';

/**
 * A member of 西宁市行政复议委员会 (chenjing) in the browser: a major case on which the office put
 * them on the hearing panel and asked for their opinion (Arts. 50, 52) is on their own list; they
 * open it, read the hearing (time, place, issues, panel), confirm the hearing record and give
 * their written opinion. The case is brought to that point through the API.
 */

let j: Journey;
let caseNumber = '';

const uid = (username: string) => `local-${username}`;

/** Acts on the case as `who`, on the version they see now. */
async function act(who: ApiClient, caseId: string, command: Record<string, unknown>) {
  const seen = await who.get(`/v1/cases/${caseId}`);
  const r = await who.act(caseId, { ...command, expectedVersion: seen.body.version });
  if (r.status !== 200) throw new Error(`${command.action}: ${r.status} ${JSON.stringify(r.body)}`);
}

beforeAll(async () => {
  j = await startJourney('committee', beforeSpringFestival2026);
  const applicant = await j.t.as('zhangsan');
  const clerk = await j.t.as('wangfang');
  const filed = await applicant.file(fineApplication());
  expect(filed.status).toBe(201);
  const id: string = filed.body.id;
  caseNumber = filed.body.caseNumber;
  await act(clerk, id, { action: 'accept', track: 'ordinary' });
  await act(clerk, id, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-10' });
  await act(clerk, id, {
    action: 'markComplexity',
    majorDifficultComplex: true,
    highlyTechnical: false,
    reasonZh: '涉及检测机构资质认定，争议较大',
  });
  await act(clerk, id, {
    action: 'assignHearingPanel',
    members: [
      { userId: uid('zhaoqiang'), nameZh: '赵强', kind: 'staff', panelRole: 'presiding' },
      { userId: uid('chenjing'), nameZh: '陈静', kind: 'committeeMember', panelRole: 'officer' },
      { userId: uid('zhoujie'), nameZh: '周杰', kind: 'staff', panelRole: 'officer' },
      { userId: uid('wangfang'), nameZh: '王芳', kind: 'staff', panelRole: 'clerk' },
    ],
  });
  // Notified Tue 10 Feb: the fifth working day after it, past the Spring Festival, is 24 Feb.
  await act(clerk, id, {
    action: 'scheduleHearing',
    date: '2026-02-24',
    time: '09:30',
    place: '西宁市司法局三楼听证室',
    issues: ['检测报告是否依法送达申请人', '罚款数额是否适当'],
  });
  await j.t.advanceClock(14);
  await act(clerk, id, {
    action: 'recordHearingHeld',
    applicantAttendance: 'attended',
    respondentAttendance: 'head',
    respondentHeadNameZh: '马局长',
  });
  await act(clerk, id, {
    action: 'draftHearingRecord',
    recordZh: '听证主持人赵强宣布听证开始。申请人陈述：检测报告从未送达。被申请人答辩：已于检测当日告知。',
  });
  await act(clerk, id, {
    action: 'referToCommittee',
    questionsZh: ['检测报告未送达申请人是否构成程序违法'],
    members: [{ userId: uid('chenjing'), nameZh: '陈静' }],
  });
});

afterAll(async () => {
  await j?.stop();
});

const seeText = async (testId: string, text: string | RegExp) =>
  j.page.locator(tid(testId), { hasText: text }).first().waitFor({ state: 'visible' });

async function openAction(action: string) {
  await j.page.click(tid(`action-${action}`));
  await j.page.locator(tid(`action-form-${action}`)).waitFor();
}

describe('a committee member', () => {
  it('finds the case on their own list, and only there', async () => {
    await j.signInAs('chenjing');
    await seeText('case-row', caseNumber);
    expect(await j.page.locator(tid('case-row')).count()).toBe(1);
    await j.page.getByRole('link', { name: '我参与的案件' }).first().waitFor();
    expect(await j.checkPage('committee-cases')).toEqual([]);
  });

  it('opens it: the hearing’s time, place, issues and panel, the applicant’s data masked', async () => {
    await j.page.locator(tid('case-row'), { hasText: caseNumber }).locator(tid('case-link')).click();
    await seeText('case-number', caseNumber);
    await seeText('hearing-when', '2026年2月24日 09:30');
    await seeText('hearing', '西宁市司法局三楼听证室');
    await seeText('hearing-issues-list', '检测报告是否依法送达申请人');
    await seeText('hearing-panel', '听证员 陈静');
    await seeText('hearing-record-status', '待确认');
    await seeText('committee-questions-list', '检测报告未送达申请人是否构成程序违法');
    const applicant = (await j.page.locator(tid('case-applicant')).textContent()) ?? '';
    expect(applicant).not.toContain('630102198503124323');
    await j.page.locator(tid('timeline-event'), { hasText: '发出听证通知书' }).waitFor();
    expect(await j.checkPage('committee-case')).toEqual([]);
  });

  it('confirms the hearing record after reading it', async () => {
    await openAction('confirmHearingRecord');
    await seeText('confirm-record-text', '检测报告从未送达');
    expect(await j.checkPage('confirm-record-form')).toEqual([]);
    await j.page.click(`${tid('action-form-confirmHearingRecord')} ${tid('action-submit')}`);
    await seeText('flash', '已办理：签署听证笔录');
    await seeText('hearing-signatures', /陈静（听证员）：已确认/);
    expect(await j.checkPage('record-confirmed')).toEqual([]);
  });

  it('gives a written opinion on the questions put to the committee', async () => {
    await openAction('giveCommitteeOpinion');
    await seeText('opinion-questions', '检测报告未送达申请人是否构成程序违法');
    await j.page
      .getByLabel('咨询意见', { exact: true })
      .fill('检测报告未依法送达申请人，行政处罚程序违法，建议撤销。');
    expect(await j.checkPage('committee-opinion-form')).toEqual([]);
    await j.page.click(`${tid('action-form-giveCommitteeOpinion')} ${tid('action-submit')}`);
    await seeText('flash', '已办理：提出咨询意见');
    await seeText('committee-opinions', '陈静');
    await seeText('committee-opinions', '建议撤销');
    await j.page.locator(tid('timeline-event'), { hasText: '委员提出书面咨询意见' }).waitFor();
    expect(await j.checkPage('committee-opinion-given')).toEqual([]);
  });

  it('reads the hearing notice among their notifications, with no page errors on the way', async () => {
    await j.page.goto(`${j.baseUrl}/notifications`);
    await seeText('notification', '听证安排');
    expect(await j.checkPage('committee-notifications')).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
