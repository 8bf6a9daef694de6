import { describe, expect, it } from '@jest/globals';
import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import { canView } from '../../shared/domain/access';
import type { Actor } from '../../shared/domain/actors';
import { type ActionOutcome, decideAction } from '../../shared/domain/decide';
import { foldEvents } from '../../shared/domain/fold';
import type { Decision, Refusal } from '../../shared/domain/refusals';
import { statusByCode } from '../../shared/http/problem';
import {
  type ActionCommand,
  type Application,
  applicationSchema,
  type CaseEvent,
  type CaseState,
  fileApplication,
  type NewCaseEvent,
  reconsideration,
} from '../../shared/procedures/reconsideration';
import {
  committeeOpinionOf,
  committeePrerequisite,
  mandatoryCommitteeGrounds,
} from '../../shared/procedures/reconsideration/review/committee';
import { hearingPrerequisite, recordFinal } from '../../shared/procedures/reconsideration/review/hearing';
import { fineApplication } from '../support/fixtures';

/**
 * Hearings (Arts. 50–51) and the committee's advisory opinion (Art. 52), decided by the domain on
 * cases built from their event logs: every rule and every refusal, the notice period on the 2026
 * calendar (National Day included), and what the decision part is told by the prerequisites.
 */

const calendar = new LegalCalendar(seedCalendarYears());

const applicant: Actor = { userId: 'u1', role: 'applicant', nameZh: '张三' };
const stranger: Actor = { userId: 'u9', role: 'applicant', nameZh: '路人甲' };
const clerk: Actor = { userId: 'c1', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' };
const otherClerk: Actor = { userId: 'c2', role: 'clerk', nameZh: '周杰', bodyId: 'gov-xn' };
const head: Actor = { userId: 'h1', role: 'officeHead', nameZh: '李明', bodyId: 'gov-xn' };
const member: Actor = { userId: 'm1', role: 'committeeMember', nameZh: '赵敏', bodyId: 'gov-xn' };
const member2: Actor = { userId: 'm2', role: 'committeeMember', nameZh: '孙海', bodyId: 'gov-xn' };
const respondent: Actor = { userId: 'r1', role: 'respondent', nameZh: '陈刚', agencyId: 'dept-xn-scjg' };

/** An instant given as Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);

type Cmd = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

function refusalOf<T>(d: Decision<T>): Refusal {
  if (d.ok) throw new Error(`expected a refusal, got ${JSON.stringify(d.value).slice(0, 300)}`);
  return d.refusal;
}

/** A case as its event log; the state is the fold of the log. */
class CaseFile {
  readonly events: CaseEvent[] = [];
  state!: CaseState;

  constructor(app: Application, at: Date) {
    const filed = fileApplication(app, '西宁市人民政府行复〔2026〕1号', {
      actor: applicant,
      now: at,
      calendar,
    });
    if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
    this.append([filed.value]);
  }

  append(events: readonly NewCaseEvent[]): this {
    for (const e of events) this.events.push({ ...e, seq: this.events.length + 1 } as CaseEvent);
    this.state = foldEvents('case-h', this.events) as CaseState;
    return this;
  }

  decide(actor: Actor, command: Cmd, now: Date): Decision<ActionOutcome> {
    return decideAction(this.state, { ...command, expectedVersion: this.state.version } as ActionCommand, {
      actor,
      now,
      calendar,
    });
  }

  act(actor: Actor, command: Cmd, now: Date): NewCaseEvent {
    const d = this.decide(actor, command, now);
    if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
    if (d.value.kind !== 'events') throw new Error(`expected events, got ${d.value.kind}`);
    this.append(d.value.events as NewCaseEvent[]);
    return d.value.events[0] as NewCaseEvent;
  }

  refusal(actor: Actor, command: Cmd, now: Date): Refusal {
    return refusalOf(this.decide(actor, command, now));
  }

  /** The notices of the last event. */
  notices() {
    const last = this.events.at(-1) as CaseEvent;
    return reconsideration.notices({ ...this.state, id: 'case-h' }, last);
  }
}

// ---------------------------------------------------------------------------------------------
// Cases at the steps of a hearing
// ---------------------------------------------------------------------------------------------

/** Filed Tue 10 Feb 2026 (before the Spring Festival), accepted Wed 11 Feb, copy sent online. */
const FILED = bj('2026-02-10T10:00:00');
const ACCEPTED = bj('2026-02-11T10:00:00');
/** Thu 5 Mar 2026: an ordinary week. */
const MAR5 = bj('2026-03-05T10:00:00');

const app = (overrides: Record<string, unknown> = {}) => applicationSchema.parse(fineApplication(overrides));

function accepted(overrides: Record<string, unknown> = {}, at = FILED, acceptAt = ACCEPTED): CaseFile {
  const c = new CaseFile(app(overrides), at);
  c.act(clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, acceptAt);
  c.act(
    clerk,
    { action: 'sendCopy', channel: 'online', sentOn: acceptAt.toISOString().slice(0, 10) },
    acceptAt,
  );
  return c;
}

const markComplex = (c: CaseFile, at: Date, highlyTechnical = false) =>
  c.act(
    clerk,
    {
      action: 'markComplexity',
      majorDifficultComplex: true,
      highlyTechnical,
      reasonZh: '涉及多部门职责，争议较大',
    },
    at,
  );

const person = (
  userId: string,
  nameZh: string,
  panelRole: 'presiding' | 'officer' | 'clerk',
  kind: 'staff' | 'committeeMember' = 'staff',
  declaration: { formerAgencyIds?: string[]; relatedToParty?: boolean; relationZh?: string } = {},
) => ({
  userId,
  nameZh,
  kind,
  panelRole,
  formerAgencyIds: declaration.formerAgencyIds ?? [],
  relatedToParty: declaration.relatedToParty ?? false,
  ...(declaration.relationZh ? { relationZh: declaration.relationZh } : {}),
});

const panel = [
  person('h1', '李明', 'presiding'),
  person('m1', '赵敏', 'officer', 'committeeMember'),
  person('c2', '周杰', 'officer'),
  person('c1', '王芳', 'clerk'),
];

const schedule = (date: string): Cmd => ({
  action: 'scheduleHearing',
  date,
  time: '09:30',
  place: '西宁市司法局三楼听证室',
  issues: ['检测报告是否依法送达申请人', '罚款数额是否适当'],
});

const held: Cmd = {
  action: 'recordHearingHeld',
  applicantAttendance: 'attended',
  respondentAttendance: 'head',
  respondentHeadNameZh: '马局长',
};

/** A major case with its panel, notified on 5 March for 12 March. */
function scheduled(): CaseFile {
  const c = accepted();
  markComplex(c, MAR5);
  c.act(clerk, { action: 'assignHearingPanel', members: panel }, MAR5);
  c.act(clerk, schedule('2026-03-12'), MAR5);
  return c;
}

const HEARING_DAY = bj('2026-03-12T16:00:00');

function withRecord(): CaseFile {
  const c = scheduled();
  c.act(clerk, held, HEARING_DAY);
  c.act(
    clerk,
    { action: 'draftHearingRecord', recordZh: '听证主持人宣布听证开始。申请人陈述……' },
    HEARING_DAY,
  );
  return c;
}

// ---------------------------------------------------------------------------------------------
// When a hearing is held (Art. 50)
// ---------------------------------------------------------------------------------------------

describe('whether the case is heard (Art. 50)', () => {
  it('a major, difficult or complex case must be heard: no decision is needed, and a request cannot be refused', () => {
    const c = accepted({ hearingRequested: true });
    markComplex(c, MAR5);
    expect(c.state.hearing).toBeUndefined();
    expect(c.decide(clerk, { action: 'assignHearingPanel', members: panel }, MAR5).ok).toBe(true);
    const r = c.refusal(clerk, { action: 'decideHearingRequest', granted: false, reasonZh: '无必要' }, MAR5);
    expect(r.code).toBe('hearing.mandatory');
    expect(r.messageZh).toContain('第五十条第一款');
    expect(hearingPrerequisite(c.state)?.code).toBe('hearing.required');
  });

  it('a request in the application waits for the office; refusing it needs a reason, which the applicant is told', () => {
    const c = accepted({ hearingRequested: true });
    expect(hearingPrerequisite(c.state)?.code).toBe('hearing.pending');
    expect(c.refusal(clerk, { action: 'assignHearingPanel', members: panel }, MAR5)).toMatchObject({
      code: 'hearing.notRequired',
      messageZh: '申请人请求听证，请先决定是否举行听证',
    });
    const noReason = c.refusal(clerk, { action: 'decideHearingRequest', granted: false }, MAR5);
    expect(noReason.code).toBe('request.invalid');
    expect(noReason.fields).toEqual([{ path: 'reasonZh', messageZh: '请填写不举行听证的理由' }]);
    c.act(
      clerk,
      { action: 'decideHearingRequest', granted: false, reasonZh: '案件事实清楚，书面审查即可' },
      MAR5,
    );
    expect(c.notices()).toEqual([
      expect.objectContaining({
        recipient: 'u1',
        kind: 'hearingRequestDecided',
        bodyZh: expect.stringContaining('理由：案件事实清楚，书面审查即可'),
      }),
    ]);
    expect(hearingPrerequisite(c.state)).toBeUndefined();
    const again = c.refusal(applicant, { action: 'requestHearing' }, MAR5);
    expect(again.code).toBe('hearing.alreadyRequested');
    expect(again.messageZh).toContain('决定不举行听证，理由：案件事实清楚');
    expect(c.refusal(clerk, { action: 'decideHearingRequest', granted: true }, MAR5).code).toBe(
      'hearing.noRequest',
    );
  });

  it('the applicant may ask later; a third party or a stranger may not', () => {
    const c = accepted();
    expect(c.refusal(stranger, { action: 'requestHearing' }, MAR5).code).toBe('action.partyNotAllowed');
    c.act(applicant, { action: 'requestHearing', reasonZh: '请求当面质证' }, MAR5);
    expect(c.notices().map((n) => n.recipient)).toEqual(['body:gov-xn']);
    c.act(clerk, { action: 'decideHearingRequest', granted: true }, MAR5);
    expect(c.notices()[0]?.bodyZh).toContain('决定就您的申请举行听证');
    expect(hearingPrerequisite(c.state)).toMatchObject({ code: 'hearing.pending' });
  });

  it('the office may decide on its own that a hearing is necessary, once', () => {
    const c = accepted();
    c.act(clerk, { action: 'orderHearing', reasonZh: '检测报告的效力需当面质证' }, MAR5);
    expect(c.notices().map((n) => n.recipient)).toEqual(['u1', 'agency:dept-xn-scjg']);
    expect(c.refusal(clerk, { action: 'orderHearing', reasonZh: '再次决定' }, MAR5).code).toBe(
      'hearing.alreadyOrdered',
    );
    expect(hearingPrerequisite(c.state)?.code).toBe('hearing.pending');
  });
});

// ---------------------------------------------------------------------------------------------
// The panel: composition, conflicts, recusal (Art. 50(3))
// ---------------------------------------------------------------------------------------------

describe('the panel', () => {
  const major = () => {
    const c = accepted();
    markComplex(c, MAR5);
    return c;
  };
  const assign = (c: CaseFile, members: ReturnType<typeof person>[]) =>
    c.refusal(clerk, { action: 'assignHearingPanel', members }, MAR5);

  it.each([
    ['no recorder', panel.slice(0, 3), '记录员应为一名（现为0名）'],
    ['one hearing officer', [panel[0], panel[1], panel[3]], '听证员应为两名以上（现为1名）'],
    [
      'two presiding officers',
      [...panel, person('h2', '钱进', 'presiding')],
      '听证主持人应为一名（现为2名）',
    ],
    ['two recorders', [...panel, person('c3', '吴燕', 'clerk')], '记录员应为一名（现为2名）'],
  ] as const)('refuses a panel with %s', (_what, members, words) => {
    const r = assign(major(), [...members] as ReturnType<typeof person>[]);
    expect(r.code).toBe('hearing.panelInvalid');
    expect(r.messageZh).toContain('第五十条第三款');
    expect(r.messageZh).toContain(words);
    expect(statusByCode[r.code]).toBe(422);
  });

  it('refuses the same person twice', () => {
    const r = assign(major(), [...panel, person('c2', '周杰', 'officer')]);
    expect(r).toMatchObject({ code: 'hearing.panelInvalid', fields: [{ path: 'members.4.userId' }] });
  });

  it('refuses a member who worked for the respondent, naming them and the agency', () => {
    const r = assign(major(), [
      panel[0],
      person('m2', '孙海', 'officer', 'committeeMember', { formerAgencyIds: ['dept-xn-scjg'] }),
      panel[2],
      panel[3],
    ] as ReturnType<typeof person>[]);
    expect(r.code).toBe('hearing.memberConflict');
    expect(r.messageZh).toBe('孙海曾在被申请人西宁市市场监督管理局工作，应当回避，不能担任听证员');
    expect(r.fields).toEqual([
      { path: 'members.1.formerAgencyIds', messageZh: '孙海曾在被申请人西宁市市场监督管理局工作' },
    ]);
  });

  it('refuses a member related to a party, with the relation they declared', () => {
    const r = assign(major(), [
      ...panel.slice(0, 3),
      person('c1', '王芳', 'clerk', 'staff', { relatedToParty: true, relationZh: '申请人的表姐' }),
    ]);
    expect(r.code).toBe('hearing.memberConflict');
    expect(r.messageZh).toBe('王芳与本案当事人有利害关系（申请人的表姐），应当回避，不能担任记录员');
    expect(r.fields?.[0]?.path).toBe('members.3.relatedToParty');
  });

  it('lets a member who once worked for another agency sit', () => {
    const c = major();
    c.act(
      clerk,
      {
        action: 'assignHearingPanel',
        members: [
          ...panel.slice(0, 3),
          person('c1', '王芳', 'clerk', 'staff', { formerAgencyIds: ['dept-qh-scjg'] }),
        ],
      },
      MAR5,
    );
    expect(c.state.hearing?.panel).toHaveLength(4);
  });

  it('committee members on the panel become parties who may see the case, and leave when replaced', () => {
    const c = major();
    expect(canView(member, c.state)).toBe(false);
    c.act(clerk, { action: 'assignHearingPanel', members: panel }, MAR5);
    expect(c.state.parties.filter((p) => p.role === 'committeeMember')).toEqual([
      { role: 'committeeMember', userId: 'm1', nameZh: '赵敏' },
    ]);
    expect(canView(member, c.state)).toBe(true);
    expect(c.notices().map((n) => [n.recipient, n.kind])).toEqual([
      ['h1', 'hearingPanelAssigned'],
      ['m1', 'hearingPanelAssigned'],
      ['c2', 'hearingPanelAssigned'],
      ['c1', 'hearingPanelAssigned'],
    ]);
    c.act(
      clerk,
      {
        action: 'assignHearingPanel',
        members: [
          panel[0],
          person('m2', '孙海', 'officer', 'committeeMember'),
          panel[2],
          panel[3],
        ] as ReturnType<typeof person>[],
      },
      MAR5,
    );
    expect(canView(member, c.state)).toBe(false);
    expect(canView(member2, c.state)).toBe(true);
    expect(c.notices().find((n) => n.recipient === 'm1')).toMatchObject({ kind: 'hearingPanelLeft' });
  });

  it('recusal: a party applies, the office head decides; granted, the member leaves and must be replaced', () => {
    const c = scheduled();
    expect(
      c.refusal(applicant, { action: 'applyForRecusal', memberUserId: 'x9', reasonZh: '理由' }, MAR5).code,
    ).toBe('hearing.memberNotOnPanel');
    c.act(
      applicant,
      { action: 'applyForRecusal', memberUserId: 'm1', reasonZh: '该委员曾为被申请人提供法律顾问服务' },
      MAR5,
    );
    expect(c.state.hearing?.recusals[0]).toMatchObject({
      memberUserId: 'm1',
      by: 'applicant',
      appliedOn: '2026-03-05',
    });
    expect(
      c.refusal(respondent, { action: 'applyForRecusal', memberUserId: 'm1', reasonZh: '同上' }, MAR5).code,
    ).toBe('hearing.recusalPending');
    // While the application waits, the hearing cannot go ahead.
    expect(c.refusal(clerk, held, HEARING_DAY).code).toBe('hearing.recusalPending');
    // Only the office head decides (the stage graph), and only on a pending application.
    expect(
      c.refusal(
        clerk,
        { action: 'decideRecusal', memberUserId: 'm1', granted: true, reasonZh: '理由成立' },
        MAR5,
      ).code,
    ).toBe('action.roleNotAllowed');
    expect(
      c.refusal(
        head,
        { action: 'decideRecusal', memberUserId: 'c2', granted: true, reasonZh: '理由成立' },
        MAR5,
      ).code,
    ).toBe('hearing.noRecusalApplication');
    c.act(
      head,
      { action: 'decideRecusal', memberUserId: 'm1', granted: true, reasonZh: '申请理由成立' },
      MAR5,
    );
    expect(c.notices().map((n) => n.recipient)).toEqual(['u1', 'agency:dept-xn-scjg', 'm1']);
    expect(c.notices()[0]?.bodyZh).toContain('决定准予回避');
    expect(c.state.hearing?.panel.map((m) => m.userId)).toEqual(['h1', 'c2', 'c1']);
    expect(canView(member, c.state)).toBe(false);
    const r = c.refusal(clerk, held, HEARING_DAY);
    expect(r.code).toBe('hearing.panelIncomplete');
    expect(r.messageZh).toContain('听证员应为两名以上（现为1名）');
    expect(assignAgain(c, panel).code).toBe('hearing.memberRecused');
    c.act(
      clerk,
      {
        action: 'assignHearingPanel',
        members: [
          panel[0],
          person('m2', '孙海', 'officer', 'committeeMember'),
          panel[2],
          panel[3],
        ] as ReturnType<typeof person>[],
      },
      MAR5,
    );
    // The hearing is already notified: the parties learn of the new panel.
    expect(
      c
        .notices()
        .filter((n) => n.kind === 'hearingPanelChanged')
        .map((n) => n.recipient),
    ).toEqual(['u1', 'agency:dept-xn-scjg']);
    expect(c.decide(clerk, held, HEARING_DAY).ok).toBe(true);
  });

  it('a refused recusal keeps the member on the panel', () => {
    const c = scheduled();
    c.act(
      respondent,
      { action: 'applyForRecusal', memberUserId: 'c2', reasonZh: '承办人与申请人相识' },
      MAR5,
    );
    c.act(
      head,
      { action: 'decideRecusal', memberUserId: 'c2', granted: false, reasonZh: '申请理由不成立' },
      MAR5,
    );
    expect(c.state.hearing?.panel.map((m) => m.userId)).toContain('c2');
    expect(c.state.hearing?.recusals[0]?.decision).toEqual({
      granted: false,
      reasonZh: '申请理由不成立',
      on: '2026-03-05',
    });
  });

  const assignAgain = (c: CaseFile, members: ReturnType<typeof person>[]) =>
    c.refusal(clerk, { action: 'assignHearingPanel', members }, MAR5);
});

// ---------------------------------------------------------------------------------------------
// The notice (Art. 51, "at least N working days before")
// ---------------------------------------------------------------------------------------------

describe('the hearing notice: the hearing day is the 5th working day after the notice or later', () => {
  it('an ordinary week: notice on Thu 5 March, earliest Thu 12 March', () => {
    const c = accepted();
    markComplex(c, MAR5);
    c.act(clerk, { action: 'assignHearingPanel', members: panel }, MAR5);
    const r = c.refusal(clerk, schedule('2026-03-11'), MAR5);
    expect(r.code).toBe('hearing.noticeTooShort');
    expect(r.messageZh).toContain('听证通知提前期限（听证前）为5个工作日（《行政复议法》第五十一条）');
    expect(r.messageZh).toContain('听证日期最早为2026年3月12日');
    expect(r.fields).toEqual([{ path: 'date', messageZh: '听证日期不得早于2026年3月12日' }]);
    const e = c.act(clerk, schedule('2026-03-12'), MAR5);
    expect(e.data).toMatchObject({ noticeOn: '2026-03-05', earliestDate: '2026-03-12' });
  });

  describe('across the 2026 National Day holiday (1–7 Oct off, Sat 10 Oct worked)', () => {
    // Filed Mon 7 Sep 2026 against an act of 1 Sep; accepted Tue 8 Sep; notice on Tue 29 Sep:
    // Wed 30 Sep (1), 1–7 Oct off, Thu 8 (2), Fri 9 (3), Sat 10 make-up day (4), Sun 11 off, Mon 12 (5).
    const autumn = () => {
      const c = accepted(
        { act: { madeOn: '2026-09-01', learnedOn: '2026-09-02', documentNumber: '宁市监罚〔2026〕301号' } },
        bj('2026-09-07T10:00:00'),
        bj('2026-09-08T10:00:00'),
      );
      markComplex(c, bj('2026-09-28T10:00:00'));
      c.act(clerk, { action: 'assignHearingPanel', members: panel }, bj('2026-09-28T10:00:00'));
      return c;
    };
    const NOTICE = bj('2026-09-29T10:00:00');

    it.each(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11'])(
      'refuses %s, naming Mon 12 October',
      (date) => {
        const r = autumn().refusal(clerk, schedule(date), NOTICE);
        expect(r.code).toBe('hearing.noticeTooShort');
        expect(r.messageZh).toContain('今天（2026年9月29日）发出听证通知，听证日期最早为2026年10月12日');
        expect(r.messageZh).not.toContain('暂定');
      },
    );

    it('accepts Mon 12 October, and the notice carries the time, place, issues and panel', () => {
      const c = autumn();
      c.act(clerk, schedule('2026-10-12'), NOTICE);
      const notices = c.notices();
      expect(notices.map((n) => [n.recipient, n.kind])).toEqual([
        ['u1', 'hearingNotice'],
        ['agency:dept-xn-scjg', 'hearingNotice'],
        ['h1', 'hearingNotice'],
        ['m1', 'hearingNotice'],
        ['c2', 'hearingNotice'],
        ['c1', 'hearingNotice'],
      ]);
      const text = notices[0]?.bodyZh ?? '';
      for (const words of [
        '定于2026年10月12日09:30',
        '地点：西宁市司法局三楼听证室',
        '1. 检测报告是否依法送达申请人；2. 罚款数额是否适当',
        '听证主持人：李明；听证员：赵敏、周杰；记录员：王芳',
        '视为放弃听证权利',
        '负责人应当参加听证',
      ])
        expect(text).toContain(words);
      expect(notices[0]?.subjectZh).toContain('听证通知书');
    });

    it('a postponement obeys the same rule from its own notice day', () => {
      const c = autumn();
      c.act(clerk, schedule('2026-10-12'), NOTICE);
      const postpone = (date: string): Cmd => ({
        action: 'postponeHearing',
        date,
        time: '14:30',
        reasonZh: '申请人因病请求延期',
      });
      // Notice on Fri 9 Oct: Sat 10 (1), Mon 12 (2), Tue 13 (3), Wed 14 (4), Thu 15 (5).
      const r = c.refusal(clerk, postpone('2026-10-14'), bj('2026-10-09T10:00:00'));
      expect(r.code).toBe('hearing.noticeTooShort');
      expect(r.messageZh).toContain('听证日期最早为2026年10月15日');
      const e = c.act(clerk, postpone('2026-10-15'), bj('2026-10-09T10:00:00'));
      expect(e.data).toMatchObject({
        fromDate: '2026-10-12',
        date: '2026-10-15',
        time: '14:30',
        place: '西宁市司法局三楼听证室',
      });
      expect(c.state.hearing?.schedule).toMatchObject({ date: '2026-10-15', noticeOn: '2026-10-09' });
      expect(c.state.hearing?.postponements).toEqual([
        { fromDate: '2026-10-12', fromTime: '09:30', reasonZh: '申请人因病请求延期', on: '2026-10-09' },
      ]);
      expect(c.notices()[0]?.bodyZh).toContain(
        '原定于2026年10月12日09:30举行的听证延期举行（理由：申请人因病请求延期）',
      );
    });
  });

  it('needs a place or an online link, a complete panel, and only one schedule', () => {
    const c = accepted();
    markComplex(c, MAR5);
    expect(c.refusal(clerk, schedule('2026-03-20'), MAR5).code).toBe('hearing.panelIncomplete');
    c.act(clerk, { action: 'assignHearingPanel', members: panel }, MAR5);
    const { place: _p, ...nowhere } = schedule('2026-03-20') as { place: string };
    expect(c.refusal(clerk, nowhere as Cmd, MAR5)).toMatchObject({
      code: 'request.invalid',
      fields: [{ path: 'place' }],
    });
    c.act(clerk, { ...(nowhere as object), onlineLink: 'https://meeting.example.cn/h/123' } as Cmd, MAR5);
    expect(c.state.hearing?.schedule?.onlineLink).toBe('https://meeting.example.cn/h/123');
    expect(c.refusal(clerk, schedule('2026-03-27'), MAR5).code).toBe('hearing.alreadyScheduled');
  });

  it('a hearing not decided on cannot be scheduled', () => {
    expect(accepted().refusal(clerk, schedule('2026-03-20'), MAR5).code).toBe('hearing.notRequired');
  });
});

// ---------------------------------------------------------------------------------------------
// The day (Art. 51): attendance, the respondent's head, the applicant's waiver
// ---------------------------------------------------------------------------------------------

describe('the hearing day', () => {
  it('is recorded on or after the day fixed', () => {
    const r = scheduled().refusal(clerk, held, bj('2026-03-11T16:00:00'));
    expect(r.code).toBe('hearing.notYetDue');
    expect(r.messageZh).toContain('听证定于2026年3月12日09:30举行');
  });

  it('the respondent head attends, or the explanation and the official sent are recorded', () => {
    const c = scheduled();
    const r = c.refusal(
      clerk,
      { action: 'recordHearingHeld', applicantAttendance: 'attended', respondentAttendance: 'delegated' },
      HEARING_DAY,
    );
    expect(r.code).toBe('request.invalid');
    expect(r.fields?.map((f) => f.path)).toEqual(['respondentExplanationZh', 'respondentOfficialNameZh']);
    expect(
      c.refusal(
        clerk,
        { action: 'recordHearingHeld', applicantAttendance: 'attended', respondentAttendance: 'head' },
        HEARING_DAY,
      ).fields,
    ).toEqual([{ path: 'respondentHeadNameZh', messageZh: '请填写参加听证的被申请人负责人姓名' }]);
    const e = c.act(
      clerk,
      {
        action: 'recordHearingHeld',
        applicantAttendance: 'attended',
        respondentAttendance: 'delegated',
        respondentOfficialNameZh: '法规科科长刘伟',
        respondentExplanationZh: '局长参加全省市场监管工作会议',
      },
      HEARING_DAY,
    );
    expect(e).toMatchObject({
      type: 'hearingHeld',
      data: {
        date: '2026-03-12',
        origin: 'mandatory',
        respondent: {
          attendance: 'delegated',
          officialNameZh: '法规科科长刘伟',
          explanationZh: '局长参加全省市场监管工作会议',
        },
      },
    });
    expect(c.refusal(clerk, held, HEARING_DAY).code).toBe('hearing.alreadyHeld');
    expect(
      c.refusal(
        clerk,
        { action: 'postponeHearing', date: '2026-03-30', time: '09:00', reasonZh: '再议' },
        HEARING_DAY,
      ).code,
    ).toBe('hearing.alreadyHeld');
  });

  it('a hearing held only at the applicant’s request lapses when they stay away without good reason', () => {
    const c = accepted({ hearingRequested: true });
    c.act(clerk, { action: 'decideHearingRequest', granted: true }, MAR5);
    c.act(clerk, { action: 'assignHearingPanel', members: panel }, MAR5);
    c.act(clerk, schedule('2026-03-12'), MAR5);
    const e = c.act(clerk, { ...held, applicantAttendance: 'absentWithoutReason' } as Cmd, HEARING_DAY);
    expect(e.type).toBe('hearingWaived');
    expect(c.state.hearing?.waived).toEqual({ date: '2026-03-12', on: '2026-03-12' });
    expect(c.notices()[0]).toMatchObject({
      recipient: 'u1',
      bodyZh: expect.stringContaining('视为放弃听证权利'),
    });
    expect(hearingPrerequisite(c.state)).toBeUndefined();
    expect(c.refusal(clerk, { action: 'draftHearingRecord', recordZh: '……' }, HEARING_DAY).code).toBe(
      'hearing.notHeld',
    );
    expect(c.refusal(applicant, { action: 'requestHearing' }, HEARING_DAY).code).toBe('hearing.waived');
    expect(c.refusal(clerk, held, HEARING_DAY).code).toBe('hearing.notScheduled');
  });

  it('after a waiver, a hearing the law or the office then requires is notified and held afresh', () => {
    const c = accepted({ hearingRequested: true });
    c.act(clerk, { action: 'decideHearingRequest', granted: true }, MAR5);
    c.act(clerk, { action: 'assignHearingPanel', members: panel }, MAR5);
    c.act(clerk, schedule('2026-03-12'), MAR5);
    c.act(clerk, { ...held, applicantAttendance: 'absentWithoutReason' } as Cmd, HEARING_DAY);
    expect(c.refusal(clerk, schedule('2026-03-20'), HEARING_DAY).code).toBe('hearing.notRequired');
    markComplex(c, HEARING_DAY);
    expect(hearingPrerequisite(c.state)?.code).toBe('hearing.required');
    // Notice on Thu 12 March: 13, 16, 17, 18, 19 March.
    expect(c.refusal(clerk, schedule('2026-03-18'), HEARING_DAY).messageZh).toContain('最早为2026年3月19日');
    c.act(clerk, schedule('2026-03-19'), HEARING_DAY);
    const e = c.act(
      clerk,
      { ...held, applicantAttendance: 'absentWithoutReason' } as Cmd,
      bj('2026-03-19T16:00:00'),
    );
    expect(e).toMatchObject({
      type: 'hearingHeld',
      data: { origin: 'mandatory', applicantAttendance: 'absentWithoutReason' },
    });
  });

  it('a mandatory hearing is held without the absent applicant, who then signs nothing', () => {
    const c = scheduled();
    const e = c.act(clerk, { ...held, applicantAttendance: 'absentWithoutReason' } as Cmd, HEARING_DAY);
    expect(e.type).toBe('hearingHeld');
    expect(c.state.hearing?.held?.applicantWaived).toBe(true);
    c.act(
      clerk,
      { action: 'draftHearingRecord', recordZh: '申请人经书面通知无正当理由未到场……' },
      HEARING_DAY,
    );
    expect(c.state.hearing?.record?.signatures.map((s) => s.key)).toEqual([
      'respondent',
      'h1',
      'm1',
      'c2',
      'c1',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The record (听证笔录) and the decision's prerequisite (Art. 61(2))
// ---------------------------------------------------------------------------------------------

describe('the hearing record', () => {
  it('is drafted by the panel’s recorder only, and goes to every participant to confirm', () => {
    const c = scheduled();
    c.act(clerk, held, HEARING_DAY);
    const r = c.refusal(otherClerk, { action: 'draftHearingRecord', recordZh: '……' }, HEARING_DAY);
    expect(r).toMatchObject({
      code: 'hearing.notPanelClerk',
      messageZh: expect.stringContaining('记录员王芳'),
    });
    c.act(clerk, { action: 'draftHearingRecord', recordZh: '听证主持人宣布听证开始……' }, HEARING_DAY);
    expect(c.notices().map((n) => n.recipient)).toEqual([
      'u1',
      'agency:dept-xn-scjg',
      'h1',
      'm1',
      'c2',
      'c1',
    ]);
    expect(c.state.hearing?.record?.signatures.map((s) => [s.key, s.role, s.status])).toEqual([
      ['applicant', 'applicant', 'pending'],
      ['respondent', 'respondent', 'pending'],
      ['h1', 'presiding', 'pending'],
      ['m1', 'officer', 'pending'],
      ['c2', 'officer', 'pending'],
      ['c1', 'clerk', 'pending'],
    ]);
    expect(hearingPrerequisite(c.state)).toMatchObject({ code: 'hearing.recordNotFinal' });
  });

  it('is final once everyone confirmed or refused to sign; the decision may then rest on it', () => {
    const c = withRecord();
    const day = bj('2026-03-13T10:00:00');
    expect(c.refusal(stranger, { action: 'confirmHearingRecord' }, day).code).toBe('action.partyNotAllowed');
    c.act(member, { action: 'confirmHearingRecord' }, day);
    expect(c.refusal(member, { action: 'confirmHearingRecord' }, day).code).toBe('hearing.alreadySigned');
    // Once anyone has signed, the record stays as drafted.
    expect(c.refusal(clerk, { action: 'draftHearingRecord', recordZh: '改写' }, day).code).toBe(
      'hearing.recordSigned',
    );
    for (const who of [respondent, head, otherClerk, clerk])
      c.act(who, { action: 'confirmHearingRecord' }, day);
    expect(recordFinal(c.state.hearing?.record)).toBe(false);
    expect(hearingPrerequisite(c.state)?.code).toBe('hearing.recordNotFinal');
    // The applicant refuses to sign: the recorder notes it, and the record is final.
    expect(
      c.refusal(
        otherClerk,
        { action: 'recordSignatureRefusal', signatory: 'applicant', reasonZh: '拒签' },
        day,
      ).code,
    ).toBe('hearing.notPanelClerk');
    expect(
      c.refusal(clerk, { action: 'recordSignatureRefusal', signatory: 'm1', reasonZh: '拒签' }, day).code,
    ).toBe('hearing.alreadySigned');
    const e = c.act(
      clerk,
      {
        action: 'recordSignatureRefusal',
        signatory: 'applicant',
        reasonZh: '申请人认为笔录未记载其全部陈述，拒绝签字',
      },
      day,
    );
    expect(e.data).toMatchObject({ signatory: 'applicant', final: true });
    expect(c.notices()).toEqual([
      expect.objectContaining({ recipient: 'body:gov-xn', kind: 'hearingRecordFinal' }),
    ]);
    expect(recordFinal(c.state.hearing?.record)).toBe(true);
    expect(hearingPrerequisite(c.state)).toBeUndefined();
    expect(c.refusal(applicant, { action: 'confirmHearingRecord' }, day).code).toBe('hearing.alreadySigned');
  });

  it('the applicant confirms online like everyone else', () => {
    const c = withRecord();
    const day = bj('2026-03-13T10:00:00');
    for (const who of [applicant, respondent, head, member, otherClerk])
      c.act(who, { action: 'confirmHearingRecord' }, day);
    const last = c.act(clerk, { action: 'confirmHearingRecord' }, day);
    expect(last.data).toMatchObject({ signatory: 'c1', final: true });
    expect(
      c.state.hearing?.record?.signatures.every((s) => s.status === 'confirmed' && s.on === '2026-03-13'),
    ).toBe(true);
  });

  it('before anything is drafted there is nothing to confirm', () => {
    const c = scheduled();
    expect(c.refusal(member, { action: 'confirmHearingRecord' }, HEARING_DAY).code).toBe('hearing.noRecord');
  });
});

describe('hearingPrerequisite', () => {
  it('is silent for a case no one asked to hear', () => {
    expect(hearingPrerequisite(accepted().state)).toBeUndefined();
  });
  it('names the articles when a major case was not heard', () => {
    const c = accepted();
    markComplex(c, MAR5);
    const r = hearingPrerequisite(c.state);
    expect(r?.code).toBe('hearing.required');
    expect(r?.messageZh).toContain('第五十条第一款');
    expect(r?.messageZh).toContain('第六十一条第二款');
  });
  it('says the record is missing when the hearing was held but nothing drafted', () => {
    const c = scheduled();
    c.act(clerk, held, HEARING_DAY);
    expect(hearingPrerequisite(c.state)?.messageZh).toContain('听证笔录尚未制作');
  });
});

// ---------------------------------------------------------------------------------------------
// The committee (Art. 52)
// ---------------------------------------------------------------------------------------------

interface Asked {
  userId: string;
  nameZh: string;
  formerAgencyIds: string[];
  relatedToParty: boolean;
}
const refer = (
  members: Asked[] = [{ userId: 'm1', nameZh: '赵敏', formerAgencyIds: [], relatedToParty: false }],
): Cmd => ({
  action: 'referToCommittee',
  questionsZh: ['检测报告未送达是否构成程序违法', '罚款数额是否适当'],
  members,
});

describe('the committee’s advisory opinion (Art. 52)', () => {
  it('is required for a major or highly technical case and a province reviewing its own act', () => {
    const c = accepted();
    expect(mandatoryCommitteeGrounds(c.state)).toEqual([]);
    expect(committeePrerequisite(c.state)).toBeUndefined();
    markComplex(c, MAR5, true);
    expect(mandatoryCommitteeGrounds(c.state)).toEqual(['majorDifficultComplex', 'highlyTechnical']);
    const r = committeePrerequisite(c.state);
    expect(r?.code).toBe('committee.opinionRequired');
    expect(r?.messageZh).toContain('第五十二条第二款第一项');
    const own = new CaseFile(app({ respondentAgencyId: 'gov-qh' }), FILED);
    expect(own.state.selfReview).toBe(true);
    expect(committeePrerequisite(own.state)?.messageZh).toContain('第二十四条第二款');
  });

  it('refers with questions to members without a conflict; they become parties and are told', () => {
    const c = accepted();
    const r = c.refusal(
      clerk,
      refer([{ userId: 'm2', nameZh: '孙海', formerAgencyIds: ['dept-xn-scjg'], relatedToParty: false }]),
      MAR5,
    );
    expect(r).toMatchObject({
      code: 'committee.memberConflict',
      messageZh: '孙海曾在被申请人西宁市市场监督管理局工作，应当回避，不能就本案提出咨询意见',
      fields: [{ path: 'members.0.formerAgencyIds' }],
    });
    const twice = c.refusal(
      clerk,
      refer([
        { userId: 'm1', nameZh: '赵敏', formerAgencyIds: [], relatedToParty: false },
        { userId: 'm1', nameZh: '赵敏', formerAgencyIds: [], relatedToParty: false },
      ]),
      MAR5,
    );
    expect(twice.code).toBe('committee.memberInvalid');
    const e = c.act(clerk, refer(), MAR5);
    expect(e.data).toMatchObject({ grounds: ['office'] });
    expect(canView(member, c.state)).toBe(true);
    expect(c.notices()).toEqual([
      expect.objectContaining({
        recipient: 'm1',
        kind: 'referredToCommittee',
        bodyZh: expect.stringContaining('1. 检测报告未送达是否构成程序违法'),
      }),
    ]);
    expect(committeePrerequisite(c.state)?.code).toBe('committee.opinionPending');
    expect(c.refusal(clerk, refer(), MAR5).code).toBe('committee.alreadyReferred');
  });

  it('each member asked gives one written opinion; the office records the committee’s opinion', () => {
    const c = accepted();
    markComplex(c, MAR5);
    c.act(clerk, refer(), MAR5);
    expect(c.state.committee?.referral?.grounds).toEqual(['majorDifficultComplex']);
    expect(c.refusal(clerk, { action: 'recordCommitteeOpinion', opinionZh: '……' }, MAR5).code).toBe(
      'committee.noOpinions',
    );
    expect(c.refusal(member2, { action: 'giveCommitteeOpinion', opinionZh: '……' }, MAR5).code).toBe(
      'committee.notAsked',
    );
    c.act(member, { action: 'giveCommitteeOpinion', opinionZh: '检测报告未送达，程序违法，建议撤销' }, MAR5);
    expect(c.notices()[0]).toMatchObject({
      recipient: 'body:gov-xn',
      bodyZh: '赵敏已就本案提出书面咨询意见。',
    });
    expect(c.refusal(member, { action: 'giveCommitteeOpinion', opinionZh: '补充' }, MAR5).code).toBe(
      'committee.alreadyOpined',
    );
    expect(committeeOpinionOf(c.state)).toBeUndefined();
    c.act(
      clerk,
      { action: 'recordCommitteeOpinion', opinionZh: '委员会认为行政处罚程序违法，建议撤销' },
      MAR5,
    );
    expect(committeeOpinionOf(c.state)).toEqual({
      opinionZh: '委员会认为行政处罚程序违法，建议撤销',
      recordedOn: '2026-03-05',
      questionsZh: ['检测报告未送达是否构成程序违法', '罚款数额是否适当'],
    });
    expect(committeePrerequisite(c.state)).toBeUndefined();
    expect(c.refusal(member, { action: 'giveCommitteeOpinion', opinionZh: '迟到的意见' }, MAR5).code).toBe(
      'committee.concluded',
    );
  });

  it('a member on both the panel and the referral is one party, kept while either holds', () => {
    const c = scheduled();
    c.act(clerk, refer(), MAR5);
    expect(c.state.parties.filter((p) => p.userId === 'm1')).toHaveLength(1);
    c.act(
      clerk,
      {
        action: 'assignHearingPanel',
        members: [
          panel[0],
          person('m2', '孙海', 'officer', 'committeeMember'),
          panel[2],
          panel[3],
        ] as ReturnType<typeof person>[],
      },
      MAR5,
    );
    expect(canView(member, c.state)).toBe(true);
    expect(canView(member2, c.state)).toBe(true);
  });

  it('keeps the members’ opinions from the parties, and the members’ declarations from all but the staff', () => {
    const c = scheduled();
    c.act(clerk, refer(), MAR5);
    c.act(member, { action: 'giveCommitteeOpinion', opinionZh: '建议撤销' }, MAR5);
    const asApplicant = reconsideration.presentCase('applicant', c.state) as {
      committee: { opinions: { opinionZh: string }[] };
    };
    expect(asApplicant.committee.opinions[0]?.opinionZh).toContain('不向当事人公开');
    const asMember = reconsideration.presentCase('committeeMember', c.state) as typeof asApplicant;
    expect(asMember.committee.opinions[0]?.opinionZh).toBe('建议撤销');
    const opined = c.events.at(-1) as CaseEvent;
    expect(reconsideration.presentEventData(opined, 'respondent')).toMatchObject({
      opinionZh: expect.stringContaining('不向当事人公开'),
    });
  });
});

describe('refusal codes', () => {
  it('each hearing and committee code has its HTTP status', () => {
    const codes = Object.keys(statusByCode).filter(
      (c) => c.startsWith('hearing.') || c.startsWith('committee.'),
    );
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes)
      expect([403, 409, 422]).toContain(statusByCode[code as keyof typeof statusByCode]);
  });
});
