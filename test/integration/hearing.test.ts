import { describe, expect, it } from '@jest/globals';
import * as z from 'zod/mini';
import { caseView, timelinePage } from '../../shared/http/contract/responses';
import {
  type ApiClient,
  beforeSpringFestival2026,
  fineApplication,
  useTestSystem,
} from '../support/local-system';

/**
 * A major case heard and put to the committee, through the API on the local system: accepted,
 * copy sent, marked major/difficult/complex; a panel with a committee member (who then sees the
 * case and finds it on their own list), the hearing notified at least the rule's working days
 * ahead across the Spring Festival, held, its record confirmed by every participant; then the
 * committee's members asked, one opinion given and the committee's opinion recorded.
 */

const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  clerk: 'wangfang',
  otherClerk: 'zhoujie',
  head: 'zhaoqiang',
  member: 'chenjing',
  respondent: 'liuwei',
});

const uid = (username: string) => `local-${username}`;
const staff = (username: string, nameZh: string, panelRole: string) => ({
  userId: uid(username),
  nameZh,
  kind: 'staff',
  panelRole,
});
const panel = [
  staff('zhaoqiang', '赵强', 'presiding'),
  { userId: uid('chenjing'), nameZh: '陈静', kind: 'committeeMember', panelRole: 'officer' },
  staff('zhoujie', '周杰', 'officer'),
  staff('wangfang', '王芳', 'clerk'),
];

let caseId = '';
/** Acts as `who` on the version `who` sees now (the clock may have moved the case meanwhile). */
async function act(who: ApiClient, command: Record<string, unknown>) {
  const seen = await who.get(`/v1/cases/${caseId}`);
  expect(seen.status).toBe(200);
  return who.act(caseId, { ...command, expectedVersion: seen.body.version });
}
async function ok(who: ApiClient, command: Record<string, unknown>) {
  const r = await act(who, command);
  if (r.status !== 200) throw new Error(`${command.action}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

describe('a major case: hearing, record, committee (Arts. 50–52)', () => {
  it('accepts, sends the copy and marks the case major, difficult and complex', async () => {
    const filed = await s.applicant.file(fineApplication());
    expect(filed.status).toBe(201);
    caseId = filed.body.id;
    await ok(s.clerk, { action: 'accept', track: 'ordinary' });
    await ok(s.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-10' });
    const marked = await ok(s.clerk, {
      action: 'markComplexity',
      majorDifficultComplex: true,
      highlyTechnical: false,
      reasonZh: '涉及检测机构资质认定，争议较大',
    });
    expect(marked.hearing).toMatchObject({ origin: 'mandatory', panel: [], panelComplete: false });
    expect(marked.committee).toMatchObject({ required: true, opinions: [] });
    expect(marked.allowedActions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['assignHearingPanel', 'referToCommittee']),
    );
    // The committee member has no standing in the case yet.
    expect((await s.member.get(`/v1/cases/${caseId}`)).status).toBe(404);
  });

  it('refuses a panel member who worked for the respondent, naming the member and the field', async () => {
    const r = await act(s.clerk, {
      action: 'assignHearingPanel',
      members: [panel[0], { ...panel[1], formerAgencyIds: ['dept-xn-scjg'] }, panel[2], panel[3]],
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('hearing.memberConflict');
    expect(r.body.detail).toContain('陈静曾在被申请人西宁市市场监督管理局工作');
    expect(r.body.errors[0].path).toBe('members.1.formerAgencyIds');
  });

  it('assigns the panel: the committee member sees the case and finds it on their list', async () => {
    const assigned = await ok(s.clerk, { action: 'assignHearingPanel', members: panel });
    expect(assigned.hearing.panelComplete).toBe(true);
    const seen = await s.member.get(`/v1/cases/${caseId}`);
    expect(seen.status).toBe(200);
    // A committee member sees the applicant's personal data masked.
    expect(seen.body.application.applicant.residentId).not.toBe('630102198503124323');
    const list = await s.member.get('/v1/cases?view=committee');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect((await s.applicant.get('/v1/cases?view=committee')).status).toBe(403);
  });

  it('notifies the hearing no sooner than the 5th working day: across the Spring Festival, 24 February', async () => {
    const schedule = {
      action: 'scheduleHearing',
      time: '09:30',
      place: '西宁市司法局三楼听证室',
      issues: ['检测报告是否依法送达申请人', '罚款数额是否适当'],
    };
    const early = await act(s.clerk, { ...schedule, date: '2026-02-23' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('hearing.noticeTooShort');
    expect(early.body.detail).toContain('听证日期最早为2026年2月24日');
    expect(early.body.errors).toEqual([{ path: 'date', messageZh: '听证日期不得早于2026年2月24日' }]);
    const scheduled = await ok(s.clerk, { ...schedule, date: '2026-02-24' });
    expect(scheduled.hearing.schedule).toMatchObject({
      date: '2026-02-24',
      time: '09:30',
      noticeOn: '2026-02-10',
    });

    const notices = (await s.member.get('/v1/notifications')).body.items as {
      kind: string;
      bodyZh: string;
    }[];
    const notice = notices.find((n) => n.kind === 'hearingNotice');
    expect(notice?.bodyZh).toContain('听证主持人：赵强；听证员：陈静、周杰；记录员：王芳');
    expect(notices.map((n) => n.kind)).toContain('hearingPanelAssigned');
    const applicantNotices = (await s.applicant.get('/v1/notifications')).body.items as { kind: string }[];
    expect(applicantNotices.map((n) => n.kind)).toContain('hearingNotice');
  });

  it('holds the hearing on the day; the recorder drafts the record and every participant confirms it', async () => {
    const tooEarly = await act(s.clerk, {
      action: 'recordHearingHeld',
      applicantAttendance: 'attended',
      respondentAttendance: 'head',
      respondentHeadNameZh: '马局长',
    });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('hearing.notYetDue');
    await s.t.advanceClock(14);
    await ok(s.clerk, {
      action: 'recordHearingHeld',
      applicantAttendance: 'attended',
      respondentAttendance: 'head',
      respondentHeadNameZh: '马局长',
    });
    const notRecorder = await act(s.otherClerk, { action: 'draftHearingRecord', recordZh: '……' });
    expect(notRecorder.status).toBe(403);
    expect(notRecorder.body.code).toBe('hearing.notPanelClerk');
    await ok(s.clerk, {
      action: 'draftHearingRecord',
      recordZh: '听证主持人宣布听证开始。申请人陈述了复议请求……',
    });

    const memberView = await s.member.get(`/v1/cases/${caseId}`);
    expect(memberView.body.allowedActions.map((a: { action: string }) => a.action)).toContain(
      'confirmHearingRecord',
    );
    for (const who of [s.applicant, s.respondent, s.head, s.member, s.otherClerk]) {
      const r = await act(who, { action: 'confirmHearingRecord' });
      expect(r.status).toBe(200);
      expect(r.body.hearing.record.final).toBe(false);
    }
    const last = await ok(s.clerk, { action: 'confirmHearingRecord' });
    expect(last.hearing.record.final).toBe(true);
    expect(last.hearing.record.signatures.map((x: { status: string }) => x.status)).toEqual(
      Array(6).fill('confirmed'),
    );
    const again = await act(s.member, { action: 'confirmHearingRecord' });
    expect(again.status).toBe(409);
  });

  it('refers the case to the committee; the member gives an opinion; the office records the committee’s', async () => {
    const referred = await ok(s.clerk, {
      action: 'referToCommittee',
      questionsZh: ['检测报告未送达申请人是否构成程序违法'],
      members: [{ userId: uid('chenjing'), nameZh: '陈静' }],
    });
    expect(referred.committee.referral.groundsZh[0]).toContain('第五十二条第二款第一项');
    const early = await act(s.clerk, { action: 'recordCommitteeOpinion', opinionZh: '……' });
    expect(early.body.code).toBe('committee.noOpinions');
    const notAsked = await act(s.clerk, { action: 'giveCommitteeOpinion', opinionZh: '……' });
    expect(notAsked.status).toBe(403);
    expect(notAsked.body.code).toBe('action.roleNotAllowed');
    const opined = await ok(s.member, {
      action: 'giveCommitteeOpinion',
      opinionZh: '检测报告未依法送达，行政处罚程序违法，建议撤销。',
    });
    expect(opined.committee.opinions[0]).toMatchObject({
      nameZh: '陈静',
      opinionZh: expect.stringContaining('建议撤销'),
    });
    const recorded = await ok(s.clerk, {
      action: 'recordCommitteeOpinion',
      opinionZh: '委员会认为行政处罚程序违法，建议予以撤销。',
    });
    expect(recorded.committee.consolidated).toMatchObject({
      opinionZh: '委员会认为行政处罚程序违法，建议予以撤销。',
    });

    // The parties see that the committee was consulted, not what its members said.
    const asApplicant = await s.applicant.get(`/v1/cases/${caseId}`);
    expect(asApplicant.body.committee.opinions[0].opinionZh).toContain('不向当事人公开');
    const timeline = await s.member.get(`/v1/cases/${caseId}/events`);
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining([
        'complexityAssessed',
        'hearingPanelAssigned',
        'hearingScheduled',
        'hearingHeld',
        'hearingRecordDrafted',
        'hearingRecordConfirmed',
        'referredToCommittee',
        'committeeMemberOpined',
        'committeeOpinionRecorded',
      ]),
    );
    const labels = timeline.body.items.map((e: { labelZh: string }) => e.labelZh);
    expect(labels).toContain('发出听证通知书（《行政复议法》第五十一条）');
  });

  it('answers as the contract documents, for every person on the case', async () => {
    for (const who of [s.clerk, s.member, s.applicant, s.respondent]) {
      const view = await who.get(`/v1/cases/${caseId}`);
      expect(z.safeParse(caseView, view.body).error?.issues ?? []).toEqual([]);
      const timeline = await who.get(`/v1/cases/${caseId}/events`);
      const hearingEvents = {
        items: timeline.body.items.filter(
          (e: { type: string }) => !/^(opinionsHeard|complexityAssessed)$/.test(e.type),
        ),
      };
      expect(z.safeParse(timelinePage, hearingEvents).error?.issues ?? []).toEqual([]);
    }
  });
});
