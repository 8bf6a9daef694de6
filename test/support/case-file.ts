import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import type { Actor } from '../../shared/domain/actors';
import { type ActionOutcome, applyClock, decideAction } from '../../shared/domain/decide';
import { foldEvents } from '../../shared/domain/fold';
import type { Decision, Refusal } from '../../shared/domain/refusals';
import {
  type ActionCommand,
  type Application,
  applicationSchema,
  type CaseEvent,
  type CaseState,
  fileApplication,
  type NewCaseEvent,
} from '../../shared/procedures/reconsideration';
import { fineApplication } from './fixtures';

/**
 * A reconsideration case as its event log, for unit tests of the domain: every change is an
 * event with the next seq, the state is their fold. Decisions go through the engine (version,
 * stage and role checks first), exactly as the API calls it.
 */

export const calendar = new LegalCalendar(seedCalendarYears());

/** An instant given as Beijing wall-clock time. */
export const bj = (local: string) => new Date(`${local}+08:00`);

export const people = {
  applicant: { userId: 'u1', role: 'applicant', nameZh: '张三' },
  clerk: { userId: 'c1', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' },
  officeHead: { userId: 'h1', role: 'officeHead', nameZh: '李明', bodyId: 'gov-xn' },
  committeeMember: { userId: 'm1', role: 'committeeMember', nameZh: '赵敏', bodyId: 'gov-xn' },
  respondent: { userId: 'r1', role: 'respondent', nameZh: '陈刚', agencyId: 'dept-xn-scjg' },
} as const satisfies Record<string, Actor>;

/** A command as a person sends it, before the version they saw is added. */
export type Cmd = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

export function application(overrides: Parameters<typeof fineApplication>[0] = {}): Application {
  return applicationSchema.parse(fineApplication(overrides));
}

export function refusalOf<T>(d: Decision<T>): Refusal {
  if (d.ok) throw new Error(`expected a refusal, got ${JSON.stringify(d.value).slice(0, 300)}`);
  return d.refusal;
}

export function eventsOf(d: Decision<ActionOutcome>): NewCaseEvent[] {
  if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
  if (d.value.kind !== 'events') throw new Error(`expected events, got ${d.value.kind}`);
  return d.value.events as NewCaseEvent[];
}

export class CaseFile {
  readonly events: CaseEvent[] = [];
  state!: CaseState;

  constructor(
    app: Application = application(),
    at: Date = bj('2026-02-10T10:00:00'),
    caseNumber = '西宁市人民政府 2026年第000001号',
  ) {
    const filed = fileApplication(app, caseNumber, { actor: people.applicant, now: at, calendar });
    if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
    this.append([filed.value]);
  }

  append(events: readonly NewCaseEvent[]): this {
    for (const e of events) this.events.push({ ...e, seq: this.events.length + 1 } as CaseEvent);
    this.state = foldEvents('case-0001', this.events) as CaseState;
    return this;
  }

  decide(actor: Actor, command: Cmd, now: Date, allocated?: { readonly number: string }) {
    const full = { ...command, expectedVersion: this.state.version } as ActionCommand;
    return decideAction(this.state, full, { actor, now, calendar }, allocated);
  }

  /** Acts and records the events; throws when refused. */
  act(actor: Actor, command: Cmd, now: Date, allocated?: { readonly number: string }): NewCaseEvent[] {
    const events = eventsOf(this.decide(actor, command, now, allocated));
    this.append(events);
    return events;
  }

  /** What the clock does by `now`, recorded. */
  clock(now: Date): NewCaseEvent[] {
    const events = applyClock(this.state, now, calendar) as NewCaseEvent[];
    this.append(events);
    return events;
  }
}
