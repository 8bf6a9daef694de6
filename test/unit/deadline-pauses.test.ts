import { describe, expect, test } from '@jest/globals';
import {
  type CalendarYear,
  LegalCalendar,
  seedCalendarYears,
  startOfShanghaiDay,
} from '../../shared/calendar/index';
import type { Actor } from '../../shared/domain/actors';
import { type CaseEvent, type Deadline, type DeadlineChanges, pausedSince } from '../../shared/domain/case';
import {
  computeDeadline,
  extendDeadline,
  pauseOpenDeadlines,
  recomputeOpenDeadlines,
  resumePausedDeadlines,
} from '../../shared/domain/deadlines';
import { applyClock, decideAction, nextClockInstant } from '../../shared/domain/decide';
import { evolve, foldEvents } from '../../shared/domain/fold';
import { procedureOf } from '../../shared/domain/registry';
import { presentDeadline, presentSummary } from '../../shared/presenters/case-view';
import {
  type ActionCommand,
  applicationSchema,
  type CaseState,
  fileApplication,
  type NewCaseEvent,
} from '../../shared/procedures/reconsideration';
import { listMemberships, listSummary } from '../../shared/store/lists';
import { fineApplication } from '../support/fixtures';

// Suspension and extension in the engine: what pausing, resuming and extending do to a case's
// open deadlines, and that the clock leaves a paused deadline alone.
//
// The case: filed Tue 10 Feb 2026, accepted Wed 11 Feb (ordinary procedure). Its open deadlines:
// - respondentCopy, 7 WD: 12, 13, 14 (make-up), 24, 25, 26, 27 Feb → Fri 27 Feb (warned Thu 26 Feb);
// - decision, 60 days: 11 Feb + 60 = Sun 12 Apr → Mon 13 Apr.
// Weekdays: Thu 12 Feb · Mon 2 Mar · Tue 10 Mar · Thu 30 Apr · Mon 20 Apr · Tue 12 May.

const calendar = new LegalCalendar(seedCalendarYears());
const module = procedureOf('reconsideration');
const applicant: Actor = { userId: 'u1', role: 'applicant', nameZh: '张三' };
const clerk: Actor = { userId: 'c1', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' };
const bj = (local: string) => new Date(`${local}+08:00`);
const extensionDays = module.timeLimits.decisionExtension?.amount ?? Number.NaN;

function acceptedCase(): CaseState {
  const events: CaseEvent[] = [];
  const append = (es: readonly NewCaseEvent[]) => {
    for (const e of es) events.push({ ...e, seq: events.length + 1 } as CaseEvent);
    return foldEvents('case-1', events) as CaseState;
  };
  const filed = fileApplication(applicationSchema.parse(fineApplication()), '西宁市人民政府行复〔2026〕1号', {
    actor: applicant,
    now: bj('2026-02-10T10:00:00'),
    calendar,
  });
  if (!filed.ok) throw new Error(filed.refusal.code);
  const state = append([filed.value]);
  const accepted = decideAction(
    state,
    {
      action: 'accept',
      track: 'ordinary',
      partiesAgreeToSimplified: false,
      expectedVersion: state.version,
    } as ActionCommand,
    { actor: clerk, now: bj('2026-02-11T10:00:00'), calendar },
  );
  if (!accepted.ok || accepted.value.kind !== 'events') throw new Error('accept refused');
  return append(accepted.value.events as NewCaseEvent[]);
}

/** The changes recorded on the case as the engine records any deadline change (an engine event). */
function apply(state: CaseState, changes: DeadlineChanges, at = '2026-03-02T02:00:00.000Z'): CaseState {
  return evolve(state, {
    seq: state.version + 1,
    type: 'deadlinesRecomputed',
    at,
    actor: { userId: 'system', role: 'system', nameZh: '系统' },
    deadlines: changes,
    data: { calendarYear: 2026, calendarVersion: 1, changes: [] },
  });
}

const open = (s: CaseState, key: string): Deadline => {
  const d = s.deadlines[key];
  if (!d) throw new Error(`no deadline ${key}`);
  return d;
};
const withDeadline = (s: CaseState, d: Deadline): CaseState => ({
  ...s,
  deadlines: { ...s.deadlines, [d.key]: d },
});

describe('the case before any suspension', () => {
  test('its open deadlines are as the rules count them', () => {
    const s = acceptedCase();
    expect(open(s, 'respondentCopy')).toMatchObject({ dueDate: '2026-02-27', warnOn: '2026-02-26' });
    expect(open(s, 'decision')).toMatchObject({ dueDate: '2026-04-13', status: 'open' });
    expect(open(s, 'decision').pauses).toBeUndefined();
    expect(pausedSince(open(s, 'decision'))).toBeUndefined();
  });
});

describe('pauseOpenDeadlines', () => {
  test('every open deadline gets an open pause; its due date stays, with what was counted and remains', () => {
    const s = acceptedCase();
    const changes = pauseOpenDeadlines(module, s, '2026-02-12');
    expect(changes.opened).toBeUndefined();
    expect(changes.closed).toBeUndefined();
    expect(changes.recomputed?.map((d) => d.key).sort()).toEqual(['decision', 'respondentCopy']);
    const paused = apply(s, changes);
    const copy = open(paused, 'respondentCopy');
    expect(copy).toMatchObject({
      dueDate: '2026-02-27',
      warnOn: '2026-02-26',
      status: 'open',
      pauses: [{ suspendedOn: '2026-02-12' }],
      usageAtPause: { used: 1, remaining: 6 },
    });
    expect(copy.computation).toEqual(open(s, 'respondentCopy').computation);
    expect(pausedSince(copy)).toBe('2026-02-12');
    expect(copy.explanationZh).toContain(
      '现自2026年2月12日起中止审理，期限暂停计算，已计1个工作日、尚余6个工作日，恢复审理后自恢复之日的次日起续计，届满日届时重新计算',
    );
    expect(open(paused, 'decision')).toMatchObject({
      dueDate: '2026-04-13',
      usageAtPause: { used: 1, remaining: 59 },
    });
    // Closed deadlines are left as they were.
    for (const d of Object.values(paused.deadlines).filter((x) => x.status !== 'open'))
      expect(d).toEqual(s.deadlines[d.key]);
    // Suspending again changes nothing: they are paused already.
    expect(pauseOpenDeadlines(module, paused, '2026-02-13')).toEqual({});
  });

  test('a deadline that had already ended when the case was suspended: all counted, nothing remains', () => {
    const s = acceptedCase();
    const paused = apply(s, pauseOpenDeadlines(module, s, '2026-03-02'));
    expect(open(paused, 'respondentCopy').usageAtPause).toEqual({ used: 7, remaining: 0 });
    expect(open(paused, 'respondentCopy').explanationZh).toContain('2026年3月2日中止审理时本期限已经届满');
    // 11 Feb to 2 Mar: 19 days counted, 41 remain to the nominal end Sun 12 Apr.
    expect(open(paused, 'decision').usageAtPause).toEqual({ used: 19, remaining: 41 });
  });

  test('a suspension before the last resumption is refused (the caller checks the dates first)', () => {
    const s = acceptedCase();
    const once = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    const resumed = apply(once, resumePausedDeadlines(module, once, '2026-03-02', calendar));
    expect(() => pauseOpenDeadlines(module, resumed, '2026-02-20')).toThrow(RangeError);
  });
});

describe('the clock leaves a paused deadline alone', () => {
  test('no warning, lapse or overdue flag, however late it runs; nothing pending', () => {
    const s = acceptedCase();
    const paused = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    expect(applyClock(paused, bj('2026-02-26T09:00:00'), calendar)).toEqual([]);
    expect(applyClock(paused, bj('2026-12-31T09:00:00'), calendar)).toEqual([]);
    expect(nextClockInstant(paused)).toBeUndefined();
    // Unpaused, the same instants warn and flag.
    expect(applyClock(s, bj('2026-02-26T09:00:00'), calendar).map((e) => e.type)).toEqual(['deadlineWarned']);
    expect(nextClockInstant(s)).toEqual(startOfShanghaiDay('2026-02-26'));
  });

  test('only the paused deadline is left alone', () => {
    const s = acceptedCase();
    const paused = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    const mixed = withDeadline(paused, open(s, 'decision'));
    expect(nextClockInstant(mixed)).toEqual(startOfShanghaiDay(open(s, 'decision').warnOn));
    expect(applyClock(mixed, bj('2026-04-14T00:00:00'), calendar).map((e) => [e.type, e.data])).toEqual([
      ['deadlineOverdue', { key: 'decision', dueDate: '2026-04-13' }],
    ]);
  });
});

describe('resumePausedDeadlines', () => {
  test('closes the pause and computes the due date, warning day and explanation again', () => {
    const s = acceptedCase();
    const paused = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    const changes = resumePausedDeadlines(module, paused, '2026-03-02', calendar);
    const resumed = apply(paused, changes);
    // respondentCopy: 12 Feb counted; 6 WD from 3 Mar: 3, 4, 5, 6, 9, 10 Mar.
    const copy = open(resumed, 'respondentCopy');
    expect(copy).toMatchObject({
      dueDate: '2026-03-10',
      warnOn: '2026-03-09',
      pauses: [{ suspendedOn: '2026-02-12', resumedOn: '2026-03-02' }],
      status: 'open',
    });
    expect(copy.usageAtPause).toBeUndefined();
    expect(pausedSince(copy)).toBeUndefined();
    expect(copy.computation.pauses).toEqual([
      { suspendedOn: '2026-02-12', resumedOn: '2026-03-02', applied: true, used: 1, remaining: 6 },
    ]);
    expect(copy.explanationZh).toContain('其间于2026年2月12日中止审理、于3月2日恢复审理');
    expect(copy.explanationZh).not.toContain('暂停计算');
    // decision: the nominal end Sun 12 Apr moves by 18 days to Thu 30 Apr (a working day), rolled
    // over once — not Mon 13 Apr + 18 = Fri 1 May (劳动节) → 6 May.
    expect(open(resumed, 'decision').dueDate).toBe('2026-04-30');
    expect(open(resumed, 'decision').computation.endBeforePauses).toBe('2026-04-12');
    // The clock acts on the new dates.
    expect(nextClockInstant(resumed)).toEqual(startOfShanghaiDay('2026-03-09'));
    expect(applyClock(resumed, bj('2026-03-11T00:00:00'), calendar).map((e) => [e.type, e.data])).toEqual([
      ['deadlineOverdue', { key: 'respondentCopy', dueDate: '2026-03-10' }],
    ]);
    // Nothing is paused any more.
    expect(resumePausedDeadlines(module, resumed, '2026-03-05', calendar)).toEqual({});
  });

  test('keeps the warning when its day did not move, drops it when it did', () => {
    const s = acceptedCase();
    const warned = apply(s, { flagged: [{ key: 'respondentCopy', warned: true }] });
    // Suspended on its last day, resumed the same day: the period is unchanged.
    const same = apply(warned, pauseOpenDeadlines(module, warned, '2026-02-27'));
    const back = resumePausedDeadlines(module, same, '2026-02-27', calendar).recomputed ?? [];
    expect(back.find((d) => d.key === 'respondentCopy')).toMatchObject({
      dueDate: '2026-02-27',
      warned: true,
    });
    // Suspended earlier: the warning day moves, the warning is given again when it comes.
    const early = apply(warned, pauseOpenDeadlines(module, warned, '2026-02-12'));
    const moved = resumePausedDeadlines(module, early, '2026-03-02', calendar).recomputed ?? [];
    expect(moved.find((d) => d.key === 'respondentCopy')?.warned).toBeUndefined();
  });

  test('an overdue deadline stays overdue when the pause came too late; otherwise the mark goes', () => {
    const s = acceptedCase();
    // As the clock left it on 28 Feb: warned on 26 Feb, overdue once 27 Feb had ended.
    let overdue = s;
    for (const at of [bj('2026-02-26T09:00:00'), bj('2026-02-28T00:00:00')])
      for (const e of applyClock(overdue, at, calendar)) overdue = apply(overdue, e.deadlines ?? {});
    expect(open(overdue, 'respondentCopy')).toMatchObject({ warned: true, overdue: true });
    const paused = apply(overdue, pauseOpenDeadlines(module, overdue, '2026-03-02'));
    const resumed = apply(paused, resumePausedDeadlines(module, paused, '2026-03-10', calendar));
    // Suspended after its due date: the pause is not applied, the date and both marks stay.
    expect(open(resumed, 'respondentCopy')).toMatchObject({
      dueDate: '2026-02-27',
      overdue: true,
      warned: true,
    });
    expect(open(resumed, 'respondentCopy').computation.pauses?.[0]?.applied).toBe(false);
    // decision: 19 days counted by 2 Mar, 41 from 11 Mar → Mon 20 Apr.
    expect(open(resumed, 'decision').dueDate).toBe('2026-04-20');
    // A deadline marked overdue but paused while it still ran (e.g. a suspension recorded for an
    // earlier day): the new due date has not passed on resumption, so the mark goes.
    const marked = apply(s, { flagged: [{ key: 'decision', overdue: true }] });
    const p = apply(marked, pauseOpenDeadlines(module, marked, '2026-04-01'));
    const r = apply(p, resumePausedDeadlines(module, p, '2026-04-20', calendar));
    expect(open(r, 'decision').overdue).toBeUndefined();
    expect(open(r, 'decision').dueDate).toBe('2026-05-06'); // 12 Apr + 19 = Fri 1 May (劳动节 1–5 May) → Wed 6 May
  });

  test('several suspensions in turn', () => {
    let s = acceptedCase();
    s = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    s = apply(s, resumePausedDeadlines(module, s, '2026-03-02', calendar));
    s = apply(s, pauseOpenDeadlines(module, s, '2026-03-04'));
    // 12 Feb, 3, 4 Mar counted: 3 used, 4 remain.
    expect(open(s, 'respondentCopy').usageAtPause).toEqual({ used: 3, remaining: 4 });
    expect(open(s, 'respondentCopy').pauses).toEqual([
      { suspendedOn: '2026-02-12', resumedOn: '2026-03-02' },
      { suspendedOn: '2026-03-04' },
    ]);
    s = apply(s, resumePausedDeadlines(module, s, '2026-03-08', calendar));
    // 9, 10, 11, 12 Mar.
    expect(open(s, 'respondentCopy').dueDate).toBe('2026-03-12');
    expect(open(s, 'respondentCopy').explanationZh).toContain('中止前累计已计3个工作日、尚余4个工作日');
    // decision: the nominal end 12 Apr + 18 + 4 days = Mon 4 May (劳动节 1–5 May) → Wed 6 May.
    expect(open(s, 'decision').dueDate).toBe('2026-05-06');
  });
});

describe('extendDeadline', () => {
  test('the extension is added to the period itself, rolled over once', () => {
    const s = acceptedCase();
    const changes = extendDeadline(module, s, 'decision', extensionDays, calendar);
    const [d] = changes.recomputed ?? [];
    // 11 Feb + 60 + 30 = Tue 12 May (not Mon 13 Apr + 30).
    expect(d).toMatchObject({
      key: 'decision',
      dueDate: '2026-05-12',
      extraAmount: extensionDays,
      status: 'open',
    });
    expect(d?.computation).toMatchObject({ amount: 60, extraAmount: extensionDays });
    expect(d?.explanationZh).toContain(`经批准延长${extensionDays}日，共${60 + extensionDays}日`);
    // Only the extended deadline changes.
    expect(changes.recomputed).toHaveLength(1);
  });

  test('a paused deadline stays paused; after the resumption both count', () => {
    const s = acceptedCase();
    const paused = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    const extended = apply(paused, extendDeadline(module, paused, 'decision', extensionDays, calendar));
    expect(open(extended, 'decision')).toMatchObject({
      dueDate: '2026-05-12',
      pauses: [{ suspendedOn: '2026-02-12' }],
      usageAtPause: { used: 1, remaining: 59 + extensionDays },
    });
    expect(nextClockInstant(withDeadline(s, open(extended, 'decision')))).toEqual(
      startOfShanghaiDay(open(s, 'respondentCopy').warnOn),
    );
    const resumed = apply(extended, resumePausedDeadlines(module, extended, '2026-03-02', calendar));
    // 12 Feb + 18 days: 11 Feb + 90 = 12 May → 30 May (Sat) → Mon 1 Jun.
    expect(open(resumed, 'decision')).toMatchObject({ dueDate: '2026-06-01', extraAmount: extensionDays });
    expect(open(resumed, 'decision').computation.rolledOver).toEqual({
      from: '2026-05-30',
      to: '2026-06-01',
    });
  });

  test('an overdue mark holds only while the new due date has passed', () => {
    const s = apply(acceptedCase(), { flagged: [{ key: 'decision', warned: true, overdue: true }] });
    const [kept] =
      extendDeadline(module, s, 'decision', extensionDays, calendar, '2026-05-20').recomputed ?? [];
    expect(kept).toMatchObject({ dueDate: '2026-05-12', overdue: true });
    expect(kept?.warned).toBeUndefined();
    const [cleared] =
      extendDeadline(module, s, 'decision', extensionDays, calendar, '2026-04-14').recomputed ?? [];
    expect(cleared?.overdue).toBeUndefined();
    // Without a day: the date moved, so the mark goes (the clock marks it again if it still passed).
    const [moved] = extendDeadline(module, s, 'decision', extensionDays, calendar).recomputed ?? [];
    expect(moved?.overdue).toBeUndefined();
  });

  test('a second extension adds to the first; a missing or closed deadline is refused', () => {
    const s = acceptedCase();
    const once = apply(s, extendDeadline(module, s, 'decision', 10, calendar));
    expect(open(once, 'decision').extraAmount).toBe(10);
    const twice = apply(once, extendDeadline(module, once, 'decision', 5, calendar));
    expect(open(twice, 'decision')).toMatchObject({ extraAmount: 15, dueDate: '2026-04-27' });
    expect(() => extendDeadline(module, s, 'nothing', 5, calendar)).toThrow(/no open deadline/);
    expect(() => extendDeadline(module, s, 'acceptanceReview', 5, calendar)).toThrow(/no open deadline/);
    expect(() => extendDeadline(module, s, 'decision', 0, calendar)).toThrow(RangeError);
  });
});

describe('computeDeadline and recomputeOpenDeadlines keep pauses and extension', () => {
  /** A hypothetical 2027 notice (test data): 元旦 1–3 Jan off; Sat 27 Feb worked. */
  const notice2027: CalendarYear = {
    year: 2027,
    version: 1,
    source: '测试用假设通知',
    daysOff: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
    ],
    makeupWorkdays: [{ date: '2027-02-27', name: '春节' }],
  };

  test('a provisional due date with a pause and an extension, made firm by the 2027 notice', () => {
    const s = acceptedCase();
    // Accepted Fri 20 Nov 2026: + 90 = Thu 18 Feb 2027; a 9-day pause → Sat 27 Feb 2027, a weekend
    // while 2027 is not loaded (→ Mon 1 Mar), a make-up working day in the notice.
    const adjust = {
      pauses: [{ suspendedOn: '2026-12-01', resumedOn: '2026-12-10' }],
      extraAmount: extensionDays,
    };
    const d = computeDeadline(module, 'decision', '2026-11-20', { calendar, variant: 'ordinary' }, adjust);
    expect(d).toMatchObject({
      dueDate: '2027-03-01',
      pauses: adjust.pauses,
      extraAmount: extensionDays,
      computation: { provisional: true, provisionalYears: [2027] },
    });
    const state = withDeadline(s, d);
    const [fresh, ...rest] = recomputeOpenDeadlines(module, state, calendar.withYear(notice2027)).filter(
      (x) => x.key === 'decision',
    );
    expect(rest).toEqual([]);
    expect(fresh).toMatchObject({
      dueDate: '2027-02-27',
      pauses: adjust.pauses,
      extraAmount: extensionDays,
      computation: { provisional: false, calendarVersions: ['2027@v1'] },
    });
    expect(fresh?.explanationZh).toContain('其间于2026年12月1日中止审理');
    expect(fresh?.explanationZh).toContain('经批准延长');
  });

  test('a paused deadline stays paused through a recompute', () => {
    const s = acceptedCase();
    const d = computeDeadline(
      module,
      'decision',
      '2026-11-20',
      { calendar, variant: 'ordinary' },
      {
        pauses: [{ suspendedOn: '2026-12-01' }],
        extraAmount: extensionDays,
      },
    );
    expect(d).toMatchObject({ dueDate: '2027-02-18', usageAtPause: { used: 11, remaining: 79 } });
    const [fresh] = recomputeOpenDeadlines(module, withDeadline(s, d), calendar.withYear(notice2027)).filter(
      (x) => x.key === 'decision',
    );
    expect(fresh).toMatchObject({
      dueDate: '2027-02-18',
      pauses: [{ suspendedOn: '2026-12-01' }],
      usageAtPause: { used: 11, remaining: 79 },
      computation: { provisional: false },
    });
    expect(pausedSince(fresh ?? d)).toBe('2026-12-01');
  });

  test('only the last pause may be open', () => {
    expect(() =>
      computeDeadline(
        module,
        'decision',
        '2026-02-11',
        { calendar },
        {
          pauses: [{ suspendedOn: '2026-02-12' }, { suspendedOn: '2026-03-01', resumedOn: '2026-03-02' }],
        },
      ),
    ).toThrow(/only the last pause/);
  });

  test('without adjustments nothing new is written on the deadline', () => {
    const d = computeDeadline(module, 'decision', '2026-02-11', { calendar });
    expect('extraAmount' in d || 'usageAtPause' in d || 'pauses' in d).toBe(false);
    expect(d.computation).toEqual(calendar.addCalendarDays('2026-02-11', 60));
  });
});

describe('how a paused deadline is shown', () => {
  test('the case view: 已中止计时, with what was counted and remains instead of a due date', () => {
    const s = acceptedCase();
    const paused = apply(s, pauseOpenDeadlines(module, s, '2026-02-12'));
    const copy = presentDeadline(open(paused, 'respondentCopy'), 'reconsideration');
    expect(copy).toMatchObject({
      paused: true,
      statusZh: '已中止计时',
      pausedZh: '自2026年2月12日起中止计时，已计1个工作日，尚余6个工作日',
    });
    expect(presentDeadline(open(paused, 'decision'), 'reconsideration').pausedZh).toBe(
      '自2026年2月12日起中止计时，已计1日，尚余59日',
    );
    const running = presentDeadline(open(s, 'respondentCopy'), 'reconsideration');
    expect(running).toMatchObject({ paused: false, statusZh: '进行中' });
    expect(running).not.toHaveProperty('pausedZh');
    // Closed while the case was suspended: shown as closed.
    const closed = presentDeadline({ ...open(paused, 'decision'), status: 'cancelled' }, 'reconsideration');
    expect(closed).toMatchObject({ paused: false, statusZh: '不再适用' });
  });

  test('the lists: the next deadline says it is paused, and a paused deadline is not due soon', () => {
    const s = acceptedCase();
    const warned = apply(s, { flagged: [{ key: 'respondentCopy', warned: true }] });
    const fields = module.summary(warned);
    expect(listMemberships(warned).map((m) => m.sk)).toContain('LIST#DUESOON');
    const paused = apply(warned, pauseOpenDeadlines(module, warned, '2026-02-12'));
    expect(listMemberships(paused).map((m) => m.sk)).not.toContain('LIST#DUESOON');
    const summary = listSummary(paused, fields);
    expect(summary.nextDeadline).toMatchObject({ key: 'respondentCopy', paused: true });
    expect(presentSummary(clerk, summary).nextDeadline).toMatchObject({
      statusZh: '已中止计时',
      paused: true,
    });
    expect(listSummary(warned, fields).nextDeadline).not.toHaveProperty('paused');
  });
});
