import { describe, expect, it, test } from '@jest/globals';
import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import { canView, visibleEvents } from '../../shared/domain/access';
import type { Actor } from '../../shared/domain/actors';
import { systemActor } from '../../shared/domain/actors';
import { applyClock, decideAction } from '../../shared/domain/decide';
import { foldEvents } from '../../shared/domain/fold';
import type {
  ActionCommand,
  CaseEvent,
  CaseEventType,
  CaseState,
  NewCaseEvent,
} from '../../shared/procedures/reconsideration';
import {
  type Application,
  applicationSchema,
  fileApplication,
} from '../../shared/procedures/reconsideration';
import { fineApplication } from '../support/fixtures';

const calendar = new LegalCalendar(seedCalendarYears());
const bj = (local: string) => new Date(`${local}+08:00`);
const FILED_AT = bj('2026-02-10T10:00:00');

const applicant: Actor = { userId: 'u1', role: 'applicant', nameZh: '张三' };
const otherApplicant: Actor = { userId: 'u2', role: 'applicant', nameZh: '李四' };
const clerk: Actor = { userId: 'c1', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' };

/** A 5,000 yuan fine by 西宁市市场监督管理局 (reviewed by 西宁市人民政府, gov-xn). */
function application(): Application {
  return applicationSchema.parse(fineApplication());
}

type Cmd = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

/** Builds a case from its events: filed by 张三, then whatever the steps do. */
function caseLog(...steps: ((state: CaseState) => NewCaseEvent[])[]): {
  state: CaseState;
  events: CaseEvent[];
} {
  const events: CaseEvent[] = [];
  const push = (es: readonly NewCaseEvent[]) => {
    for (const e of es) events.push({ ...e, seq: events.length + 1 } as CaseEvent);
    return foldEvents('case-1', events) as CaseState;
  };
  const filed = fileApplication(application(), '西宁市人民政府行复〔2026〕1号', {
    actor: applicant,
    now: FILED_AT,
    calendar,
  });
  if (!filed.ok) throw new Error(filed.refusal.code);
  let state = push([filed.value]);
  for (const step of steps) state = push(step(state));
  return { state, events };
}
const act =
  (actor: Actor, command: Cmd, now: Date, allocated?: { readonly number: string }) =>
  (state: CaseState): NewCaseEvent[] => {
    const d = decideAction(
      state,
      { ...command, expectedVersion: state.version } as ActionCommand,
      { actor, now, calendar },
      allocated,
    );
    if (!d.ok || d.value.kind !== 'events') throw new Error(JSON.stringify(d));
    return d.value.events as NewCaseEvent[];
  };
const clock = (now: Date) => (state: CaseState) => applyClock(state, now, calendar) as NewCaseEvent[];
const accept = act(
  clerk,
  { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false },
  bj('2026-02-11T10:00:00'),
);

const sendCopy = act(
  clerk,
  { action: 'sendCopy', channel: 'online', sentOn: '2026-02-12' },
  bj('2026-02-12T10:00:00'),
);

const filed = caseLog();
const accepted = caseLog(accept);
const copySent = caseLog(accept, sendCopy);
const deemedAccepted = caseLog(clock(bj('2026-02-25T00:00:00')));

const staff = (role: 'clerk' | 'officeHead' | 'supervisor' | 'committeeMember', bodyId?: string): Actor => ({
  userId: `${role}-${bodyId ?? 'none'}`,
  role,
  nameZh: '工作人员',
  ...(bodyId ? { bodyId } : {}),
});
const respondentOf = (agencyId?: string): Actor => ({
  userId: `resp-${agencyId ?? 'none'}`,
  role: 'respondent',
  nameZh: '被申请人经办人',
  ...(agencyId ? { agencyId } : {}),
});

describe('canView: who may see a case filed with 西宁市人民政府', () => {
  it('the applicant sees their own case only', () => {
    expect(canView(applicant, filed.state)).toBe(true);
    expect(canView(otherApplicant, filed.state)).toBe(false);
    // A body id on an applicant gives nothing.
    expect(canView({ ...otherApplicant, bodyId: 'gov-xn' }, filed.state)).toBe(false);
  });

  test.each(['clerk', 'officeHead'] as const)('a %s sees the cases of their own body only', (role) => {
    expect(canView(staff(role, 'gov-xn'), filed.state)).toBe(true);
    expect(canView(staff(role, 'gov-hd'), filed.state)).toBe(false);
    expect(canView(staff(role, 'gov-qh'), filed.state)).toBe(false);
    expect(canView(staff(role, 'gov-xn-cz'), filed.state)).toBe(false);
    expect(canView(staff(role), filed.state)).toBe(false);
  });

  test.each([
    ['gov-xn', true],
    ['gov-qh', true],
    ['gov-hd', false],
    ['gov-xn-cz', false],
    ['tax-qh', false],
    ['no-such-body', false],
  ])('a supervisor of %s sees it: %s (own body and the bodies below)', (bodyId, expected) => {
    expect(canView(staff('supervisor', bodyId), filed.state)).toBe(expected);
  });

  it('a supervisor without a body sees nothing', () => {
    expect(canView(staff('supervisor'), filed.state)).toBe(false);
  });

  it('a provincial supervisor sees county cases two levels down', () => {
    const county = { ...filed.state, bodyId: 'gov-xn-cz' };
    expect(canView(staff('supervisor', 'gov-qh'), county)).toBe(true);
    expect(canView(staff('supervisor', 'gov-xn'), county)).toBe(true);
    expect(canView(staff('supervisor', 'gov-hd'), county)).toBe(false);
  });

  it('the respondent sees it only once the copy of the application is sent to it (Art. 48), and only its own agency', () => {
    const scjg = respondentOf('dept-xn-scjg');
    expect(canView(scjg, filed.state)).toBe(false);
    expect(canView(scjg, accepted.state)).toBe(false);
    expect(canView(scjg, deemedAccepted.state)).toBe(false);
    expect(canView(scjg, copySent.state)).toBe(true);
    expect(canView(respondentOf('dept-xn-ga'), copySent.state)).toBe(false);
    expect(canView(respondentOf(), copySent.state)).toBe(false);
  });

  it('the respondent does not see an application refused before acceptance', () => {
    const refused = caseLog(
      act(clerk, { action: 'refuse', reasons: ['outsideScope'] }, bj('2026-02-11T10:00:00')),
    );
    expect(canView(respondentOf('dept-xn-scjg'), refused.state)).toBe(false);
  });

  it('a committee member sees no case yet (assignment comes with hearings)', () => {
    expect(canView(staff('committeeMember', 'gov-xn'), filed.state)).toBe(false);
    expect(canView(staff('committeeMember', 'gov-xn'), accepted.state)).toBe(false);
  });

  it('an administrator and the system see no case', () => {
    expect(canView({ userId: 'a1', role: 'admin', nameZh: '管理员', bodyId: 'gov-xn' }, filed.state)).toBe(
      false,
    );
    expect(canView(systemActor, filed.state)).toBe(false);
  });

  it('after forwarding, the case belongs to the receiving body', () => {
    const forwarded = caseLog(
      act(clerk, { action: 'forward', toBodyId: 'gov-hd' }, bj('2026-02-11T10:00:00'), {
        number: '海东市人民政府行复〔2026〕7号',
      }),
    );
    expect(canView(staff('clerk', 'gov-hd'), forwarded.state)).toBe(true);
    expect(canView(staff('clerk', 'gov-xn'), forwarded.state)).toBe(false);
    expect(canView(staff('supervisor', 'gov-qh'), forwarded.state)).toBe(true);
    expect(canView(applicant, forwarded.state)).toBe(true);
  });
});

describe('visibleEvents: the timeline each person sees', () => {
  // Filed, warned on 14 Feb, deemed accepted on 25 Feb, the copy to the respondent overdue on 5 Mar.
  const log = caseLog(
    clock(bj('2026-02-14T00:00:00')),
    clock(bj('2026-02-25T00:00:00')),
    clock(bj('2026-03-05T00:00:00')),
  );
  const internal: CaseEventType[] = ['deadlineWarned', 'deadlineOverdue', 'deadlineLapsed'];
  const types = (es: readonly CaseEvent[]) => es.map((e) => e.type);

  it('the log has internal deadline events to hide', () => {
    expect(types(log.events)).toEqual([
      'caseFiled',
      'deadlineWarned',
      'deadlineWarned',
      'deemedAccepted',
      'deadlineOverdue',
    ]);
  });

  test.each(['clerk', 'officeHead', 'supervisor'] as const)('a %s sees everything', (role) => {
    expect(visibleEvents(staff(role, 'gov-xn'), log.events, log.state)).toEqual(log.events);
  });

  test.each([
    ['the applicant', applicant],
    ['the respondent', respondentOf('dept-xn-scjg')],
    ['a committee member', staff('committeeMember', 'gov-xn')],
  ])('%s does not see internal deadline events', (_who, actor) => {
    const seen = visibleEvents(actor, log.events, log.state);
    expect(types(seen)).toEqual(['caseFiled', 'deemedAccepted']);
    for (const e of seen) expect(internal).not.toContain(e.type);
  });

  it('hides a lapsed notice window from the applicant', () => {
    const lapsed = {
      ...log.events[1],
      type: 'deadlineLapsed',
      data: { key: 'correctionNotice', dueDate: '2026-02-24' },
    } as CaseEvent;
    expect(visibleEvents(applicant, [log.events[0] as CaseEvent, lapsed], log.state)).toEqual([
      log.events[0],
    ]);
  });

  it('keeps the order and does not change the log', () => {
    const before = structuredClone(log.events);
    const seen = visibleEvents(applicant, log.events, log.state);
    expect(seen.map((e) => e.seq)).toEqual([1, 4]);
    expect(log.events).toEqual(before);
    expect(visibleEvents(clerk, log.events, log.state)).not.toBe(log.events);
  });
});
