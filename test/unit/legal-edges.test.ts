import { describe, expect, it } from '@jest/globals';
import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import type { CalendarYear } from '../../shared/calendar/types';
import { canView } from '../../shared/domain/access';
import type { Actor } from '../../shared/domain/actors';
import { adminAudience, agencyAudience, bodyAudience } from '../../shared/domain/audiences';
import type { NewCaseEvent as AnyNewEvent, Deadline } from '../../shared/domain/case';
import { calendarLoadEvents, recomputeOpenDeadlines } from '../../shared/domain/deadlines';
import { applyClock, decideAction, nextClockInstant } from '../../shared/domain/decide';
import { foldEvents } from '../../shared/domain/fold';
import { procedureOf } from '../../shared/domain/registry';
import { presentCase, presentSummary } from '../../shared/presenters/case-view';
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
import { listSummary } from '../../shared/store/lists';
import { fineApplication } from '../support/fixtures';

/**
 * The legal edge cases of the hardening issue, each checked against a hand-computed case:
 * the copy to the respondent and the reply period (Arts. 48, 54, 70), lapses that wait for an
 * official calendar (counting conventions), and the time to apply (Art. 20) redone when the
 * calendar of its year is loaded.
 */

const seeded = new LegalCalendar(seedCalendarYears());
/**
 * 2027 as these tests assume the State Council will arrange it (the seed stops at 2026):
 * 元旦 1–3 January and 国庆 1–7 October off, Saturday 9 October worked.
 */
const official2027: CalendarYear = {
  year: 2027,
  version: 1,
  source: '测试用2027年安排',
  daysOff: [
    ...['01', '02', '03'].map((d) => ({ date: `2027-01-${d}`, name: '元旦' })),
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2027-10-${d}`, name: '国庆节' })),
  ],
  makeupWorkdays: [{ date: '2027-10-09', name: '国庆节' }],
};
const loaded = seeded.withYear(official2027);

const bj = (local: string) => new Date(`${local}+08:00`);
const applicant: Actor = { userId: 'u1', role: 'applicant', nameZh: '张三' };
const clerk: Actor = { userId: 'c1', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' };
const respondent: Actor = { userId: 'r1', role: 'respondent', nameZh: '陈刚', agencyId: 'dept-xn-scjg' };
const admin: Actor = { userId: 'a1', role: 'admin', nameZh: '管理员' };

type Cmd = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

class CaseFile {
  readonly events: CaseEvent[] = [];
  state!: CaseState;

  constructor(app: Application, at: Date, calendar = seeded) {
    const filed = fileApplication(app, '西宁市人民政府行复〔2026〕1号', {
      actor: applicant,
      now: at,
      calendar,
    });
    if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
    this.append([filed.value]);
  }

  append(events: readonly AnyNewEvent[]): NewCaseEvent[] {
    for (const e of events) this.events.push({ ...e, seq: this.events.length + 1 } as CaseEvent);
    this.state = foldEvents('case-1', this.events) as CaseState;
    return [...events] as NewCaseEvent[];
  }

  decide(actor: Actor, command: Cmd, now: Date, calendar = seeded) {
    const full = { ...command, expectedVersion: this.state.version } as ActionCommand;
    return decideAction(this.state, full, { actor, now, calendar });
  }

  act(actor: Actor, command: Cmd, now: Date, calendar = seeded): NewCaseEvent[] {
    const d = this.decide(actor, command, now, calendar);
    if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
    if (d.value.kind !== 'events') throw new Error('expected events');
    return this.append(d.value.events);
  }

  refusal(actor: Actor, command: Cmd, now: Date) {
    const d = this.decide(actor, command, now);
    if (d.ok) throw new Error('expected a refusal');
    return d.refusal;
  }

  clock(now: Date, calendar = seeded): NewCaseEvent[] {
    return this.append(applyClock(this.state, now, calendar));
  }

  deadline(key: string): Deadline {
    const d = this.state.deadlines[key];
    if (!d) throw new Error(`no deadline ${key}`);
    return d;
  }

  notices(event = this.events.at(-1)) {
    if (!event) throw new Error('no event');
    return reconsideration.notices(this.state, event);
  }
}

const app = (act: Partial<Application['act']> = {}) => applicationSchema.parse(fineApplication({ act }));

/** Filed Tue 10 Feb 2026, accepted on the ordinary procedure Wed 11 Feb (before the Spring Festival). */
function acceptedCase(track: 'ordinary' | 'simplified' = 'ordinary') {
  const c = new CaseFile(app(track === 'simplified' ? { amountYuan: 200 } : {}), bj('2026-02-10T10:00:00'));
  c.act(clerk, { action: 'accept', track, partiesAgreeToSimplified: false }, bj('2026-02-11T10:00:00'));
  return c;
}

describe('the copy to the respondent (Arts. 48, 54) and its reply period', () => {
  it('sent online: meets the copy deadline and opens 10 working days to reply, counted from that day', () => {
    const c = acceptedCase();
    const [e] = c.act(
      clerk,
      { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' },
      bj('2026-02-12T15:00:00'),
    );
    expect(e).toMatchObject({
      type: 'copySent',
      data: { channel: 'online', sentOn: '2026-02-12', receivedOn: '2026-02-12' },
    });
    expect(c.deadline('respondentCopy').status).toBe('met');
    const reply = c.deadline('respondentReply');
    // 13, 14 (make-up), 24, 25, 26, 27, 28 (make-up) Feb, 2, 3, 4 Mar: 15–23 Feb are the Spring Festival.
    expect(reply).toMatchObject({
      ruleId: 'rc.respondentReplyOrdinary',
      responsible: 'respondent',
      startDate: '2026-02-12',
      dueDate: '2026-03-04',
      status: 'open',
    });
    expect(reply.article).toContain('第四十八条');
  });

  it('on the simplified procedure the respondent has 5 working days', () => {
    const c = acceptedCase('simplified');
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' }, bj('2026-02-12T15:00:00'));
    // 13, 14 (make-up), 24, 25, 26 Feb.
    expect(c.deadline('respondentReply')).toMatchObject({
      ruleId: 'rc.respondentReplySimplified',
      dueDate: '2026-02-26',
    });
  });

  it('the respondent agency sees the case from the copy on, not before', () => {
    const c = acceptedCase();
    expect(canView(respondent, c.state)).toBe(false);
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' }, bj('2026-02-12T15:00:00'));
    expect(canView(respondent, c.state)).toBe(true);
    expect(canView({ ...respondent, agencyId: 'dept-hd-gaj' }, c.state)).toBe(false);
  });

  it('tells the agency its reply period and the Art. 70 consequence, and the applicant that the copy went out', () => {
    const c = acceptedCase();
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' }, bj('2026-02-12T15:00:00'));
    const notices = c.notices();
    const toAgency = notices.find((n) => n.recipient === agencyAudience('dept-xn-scjg'));
    expect(toAgency?.bodyZh).toContain('届满日：2026年3月4日，当日24时止');
    expect(toAgency?.bodyZh).toContain('第七十条');
    expect(notices.find((n) => n.recipient === 'u1')?.subjectZh).toContain('已向被申请人发送申请书副本');
  });

  it('sent by post: the reply period waits for the day of receipt the clerk records', () => {
    const c = acceptedCase();
    c.act(clerk, { action: 'sendCopy', channel: 'post', sentOn: '2026-02-12' }, bj('2026-02-12T15:00:00'));
    expect(c.deadline('respondentCopy').status).toBe('met');
    expect(c.state.deadlines.respondentReply).toBeUndefined();
    const offered = presentCase(clerk, c.state).allowedActions.map((a) => a.action);
    expect(offered).toContain('recordCopyReceipt');
    expect(offered).not.toContain('sendCopy');

    const early = c.refusal(
      clerk,
      { action: 'recordCopyReceipt', receivedOn: '2026-02-11' },
      bj('2026-02-25T09:00:00'),
    );
    expect(early.code).toBe('copy.receivedOnInvalid');
    expect(early.fields?.[0]).toMatchObject({ path: 'receivedOn' });
    expect(early.fields?.[0]?.messageZh).toContain('2026年2月12日');

    c.act(clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-24' }, bj('2026-02-25T09:00:00'));
    // 25, 26, 27, 28 (make-up) Feb, 2–6, 9 Mar.
    expect(c.deadline('respondentReply')).toMatchObject({ startDate: '2026-02-24', dueDate: '2026-03-09' });
    expect(presentCase(clerk, c.state).allowedActions.map((a) => a.action)).not.toContain(
      'recordCopyReceipt',
    );
    expect(
      c.refusal(clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-24' }, bj('2026-02-26T09:00:00'))
        .code,
    ).toBe('copy.alreadyReceived');
  });

  it('is recorded once, on a day between acceptance and today', () => {
    const c = acceptedCase();
    const before = c.refusal(
      clerk,
      { action: 'sendCopy', channel: 'online', sentOn: '2026-02-10' },
      bj('2026-02-12T15:00:00'),
    );
    expect(before).toMatchObject({ code: 'copy.sentOnInvalid', fields: [{ path: 'sentOn' }] });
    const future = c.refusal(
      clerk,
      { action: 'sendCopy', channel: 'online', sentOn: '2026-02-13' },
      bj('2026-02-12T15:00:00'),
    );
    expect(future.code).toBe('copy.sentOnInvalid');
    expect(
      c.refusal(clerk, { action: 'recordCopyReceipt', receivedOn: '2026-02-12' }, bj('2026-02-12T15:00:00'))
        .code,
    ).toBe('copy.notSent');
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' }, bj('2026-02-12T15:00:00'));
    const again = c.refusal(
      clerk,
      { action: 'sendCopy', channel: 'post', sentOn: '2026-02-12' },
      bj('2026-02-13T09:00:00'),
    );
    expect(again.code).toBe('copy.alreadySent');
    expect(again.messageZh).toContain('2026年2月12日');
    expect(
      c.refusal(
        respondent,
        { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' },
        bj('2026-02-13T09:00:00'),
      ).code,
    ).toBe('action.roleNotAllowed');
  });

  it('a reply period ending in silence lapses, and the body is told of Art. 70', () => {
    const c = acceptedCase();
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' }, bj('2026-02-12T15:00:00'));
    expect(c.clock(bj('2026-03-04T23:00:00')).map((e) => e.type)).not.toContain('deadlineLapsed');
    const lapsed = c.clock(bj('2026-03-05T00:00:01')).find((e) => e.type === 'deadlineLapsed');
    expect(lapsed?.data).toEqual({ key: 'respondentReply', dueDate: '2026-03-04' });
    expect(c.deadline('respondentReply').status).toBe('lapsed');
    const toBody = c.notices().find((n) => n.recipient === bodyAudience('gov-xn'));
    expect(toBody?.bodyZh).toContain('第七十条');
  });

  it('without a copy, the body is overdue: the applicant reads it as the body’s lateness, never their own', () => {
    const c = acceptedCase();
    // The copy was due 27 Feb (7 working days from 11 Feb).
    c.clock(bj('2026-02-28T00:00:01'));
    expect(c.deadline('respondentCopy').overdue).toBe(true);
    const row = presentSummary(applicant, listSummary(c.state, reconsideration.summary(c.state)));
    expect(row.nextDeadline).toMatchObject({
      key: 'respondentCopy',
      responsibleZh: '复议机关',
      statusZh: '复议机关办理超期',
    });
    const view = presentCase(applicant, c.state);
    const copy = view.deadlines.find((d) => d.key === 'respondentCopy');
    expect(copy).toMatchObject({ responsibleZh: '复议机关', statusZh: '复议机关办理超期' });
    expect(view.deadlines.find((d) => d.key === 'decision')?.responsibleZh).toBe('复议机关');

    // Sent late: met, and still marked as done late.
    c.act(clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-03-02' }, bj('2026-03-02T10:00:00'));
    expect(presentCase(clerk, c.state).deadlines.find((d) => d.key === 'respondentCopy')?.statusZh).toBe(
      '复议机关逾期完成',
    );
    expect(
      presentCase(clerk, c.state).deadlines.find((d) => d.key === 'respondentReply')?.responsibleZh,
    ).toBe('被申请人');
  });
});

describe('no lapse on a provisional date (counting conventions)', () => {
  /** Filed Mon 28 Dec 2026: the 5 working days of review run into 2027, whose calendar is not loaded. */
  const filedLate2026 = () =>
    new CaseFile(app({ madeOn: '2026-12-20', learnedOn: '2026-12-21' }), bj('2026-12-28T10:00:00'));

  it('the review deadline is provisional, and its lapse waits for the official calendar', () => {
    const c = filedLate2026();
    const review = c.deadline('acceptanceReview');
    expect(review.computation.provisional).toBe(true);
    expect(review.computation.provisionalYears).toEqual([2027]);

    const events = c.clock(bj('2027-01-08T12:00:00'));
    expect(events.map((e) => e.type)).not.toContain('deemedAccepted');
    const waiting = events.filter((e) => e.type === 'deadlineAwaitingCalendar');
    expect(waiting.map((e) => (e.data as { key: string }).key).sort()).toEqual([
      'acceptanceReview',
      'correctionNotice',
    ]);
    expect(c.state.stage).toBe('acceptanceReview');
    expect(c.deadline('acceptanceReview')).toMatchObject({ status: 'open', awaitingCalendar: true });

    // Nothing more happens however long the clock runs, and no timer is asked for these deadlines.
    expect(c.clock(bj('2027-01-20T12:00:00'))).toEqual([]);
    expect(nextClockInstant(c.state)).toBeUndefined();
  });

  it('the case shows the wait, and administrators and the clerks are told', () => {
    const c = filedLate2026();
    c.clock(bj('2027-01-08T12:00:00'));
    const shown = presentCase(clerk, c.state).deadlines.find((d) => d.key === 'acceptanceReview');
    expect(shown).toMatchObject({ awaitingCalendar: true, statusZh: '届满日待正式节假日安排载入后确定' });
    const notices = c.notices();
    expect(notices.map((n) => n.recipient).sort()).toEqual([adminAudience, bodyAudience('gov-xn')].sort());
    expect(notices.find((n) => n.recipient === adminAudience)?.subjectZh).toContain(
      '请载入2027年官方节假日安排',
    );
    expect(notices[0]?.bodyZh).toContain('暂不自动产生');
  });

  it('once 2027 is loaded, the lapse is applied with the final date', () => {
    const c = filedLate2026();
    c.clock(bj('2027-01-08T12:00:00'));
    const changed = recomputeOpenDeadlines(procedureOf('reconsideration'), c.state, loaded);
    // 29, 30, 31 Dec, then 4 and 5 Jan: 1–3 January are official days off.
    expect(changed.find((d) => d.key === 'acceptanceReview')).toMatchObject({
      dueDate: '2027-01-05',
      computation: { provisional: false },
    });
    expect(changed.every((d) => d.awaitingCalendar === undefined)).toBe(true);
    // What the calendar job records on the case.
    c.append(
      calendarLoadEvents(
        procedureOf('reconsideration'),
        c.state,
        loaded,
        { year: 2027, version: 1 },
        bj('2027-01-09T09:00:00').toISOString(),
      ),
    );
    const events = c.clock(bj('2027-01-09T09:00:00'), loaded);
    expect(events.find((e) => e.type === 'deemedAccepted')?.data).toEqual({
      track: 'ordinary',
      acceptedOn: '2027-01-05',
    });
    expect(c.state.stage).toBe('underReview');
    // The decision period counts from the final last day of review: 5 Jan + 60 = Sat 6 Mar 2027, rolled over to Mon 8 Mar.
    expect(c.deadline('decision')).toMatchObject({ startDate: '2027-01-05', dueDate: '2027-03-08' });
  });

  it('a deadline on a loaded year lapses as before', () => {
    const c = new CaseFile(app(), bj('2026-02-10T10:00:00'));
    expect(c.clock(bj('2026-02-26T00:00:01')).map((e) => e.type)).toContain('deemedAccepted');
  });
});

describe('the time to apply is redone when the calendar of its year is loaded (Art. 20)', () => {
  /**
   * Known 5 Aug 2027: 60 days end Mon 4 Oct. Without the 2027 calendar only 1–3 October (the
   * statutory days) are off, so an application of Fri 8 Oct looks late; with the official
   * arrangement (1–7 October off) the period rolls over to 8 October and it is in time.
   */
  const filedInOctober = () =>
    new CaseFile(app({ madeOn: '2027-08-05', learnedOn: '2027-08-05' }), bj('2027-10-08T10:00:00'));

  it('before the load, the verdict is late on a provisional date', () => {
    const c = filedInOctober();
    expect(c.state.timeliness).toMatchObject({ timely: false, dueDate: '2027-10-04', provisional: true });
  });

  it('the load records the new verdict on the case and tells the clerk and the applicant', () => {
    const c = filedInOctober();
    const own = reconsideration.recomputeOnCalendar?.(c.state, loaded, { year: 2027, version: 1 }) ?? [];
    expect(own).toHaveLength(1);
    expect(own[0]?.data).toMatchObject({
      from: { timely: false, dueDate: '2027-10-04', provisional: true },
      timeliness: { timely: true, dueDate: '2027-10-08', provisional: false },
    });
    c.append(own.map((e) => ({ ...e, at: bj('2027-10-09T09:00:00').toISOString(), actor: admin })));
    expect(c.state.timeliness.timely).toBe(true);
    expect(reconsideration.summary(c.state).late).toBe(false);
    const notices = c.notices();
    expect(notices.map((n) => n.recipient).sort()).toEqual([bodyAudience('gov-xn'), 'u1'].sort());
    expect(notices[0]?.bodyZh).toContain('原认定超过法定申请期限');
    expect(notices[0]?.bodyZh).toContain('现认定在法定申请期限内');
  });

  it('loading a year that changes nothing records nothing', () => {
    const c = new CaseFile(app(), bj('2026-02-10T10:00:00'));
    expect(reconsideration.recomputeOnCalendar?.(c.state, loaded, { year: 2027, version: 1 })).toEqual([]);
  });
});
