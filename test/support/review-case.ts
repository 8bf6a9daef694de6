import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import type { Actor } from '../../shared/domain/actors';
import { type ActionOutcome, decideAction } from '../../shared/domain/decide';
import { foldEvents } from '../../shared/domain/fold';
import type { Notice } from '../../shared/domain/procedure';
import type { Decision, Refusal } from '../../shared/domain/refusals';
import { presentCase, presentEvent } from '../../shared/presenters/case-view';
import {
  type ActionCommand,
  applicationSchema,
  type CaseEvent,
  type CaseState,
  fileApplication,
  type NewCaseEvent,
  reconsideration,
} from '../../shared/procedures/reconsideration';
import type { ApiResponse } from './api-client';
import { fineApplication } from './fixtures';

/**
 * Cases after acceptance for the review parts' unit tests (parties, mediation, settlement): the
 * case is its event log, every action goes through the engine (version, stage, role, relation)
 * and the procedure, the state is the fold, and what a person sees comes from the presenters.
 */

/** An answer of the API as a test reads it (the contract tests check its shape). */
type Json = ApiResponse['body'];

export const calendar = new LegalCalendar(seedCalendarYears());
/** An instant given as Beijing wall-clock time. */
export const bj = (local: string) => new Date(`${local}+08:00`);
/** Tue 10 Feb 2026 10:00, and the working days after it (before the Spring Festival break). */
export const FILED_AT = bj('2026-02-10T10:00:00');
export const DAY2 = bj('2026-02-11T10:00:00');
export const DAY3 = bj('2026-02-12T10:00:00');
export const DAY4 = bj('2026-02-13T10:00:00');

export const people = {
  applicant: { userId: 'u-zhangsan', role: 'applicant', nameZh: '张三' },
  /** The applicant's lawyer, who signs in as a citizen. */
  lawyer: { userId: 'u-lawyer', role: 'applicant', nameZh: '刘律师' },
  /** A second agent (a relative). */
  relative: { userId: 'u-relative', role: 'applicant', nameZh: '张小三' },
  /** A citizen who becomes a third party. */
  wangwu: { userId: 'u-wangwu', role: 'applicant', nameZh: '王五' },
  stranger: { userId: 'u-stranger', role: 'applicant', nameZh: '路人' },
  clerk: { userId: 'u-wangfang', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' },
  officeHead: { userId: 'u-zhaoqiang', role: 'officeHead', nameZh: '赵强', bodyId: 'gov-xn' },
  respondent: { userId: 'u-liuwei', role: 'respondent', nameZh: '刘伟', agencyId: 'dept-xn-scjg' },
} satisfies Record<string, Actor>;

export type Cmd = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

export const wangwu = {
  type: 'person',
  name: '王五',
  residentId: '630102199001011235',
  phone: '13800001111',
  address: '青海省西宁市城东区八一路2号',
} as const;

export function refusalOf<T>(d: Decision<T>): Refusal {
  if (d.ok) throw new Error(`expected a refusal, got ${JSON.stringify(d.value).slice(0, 300)}`);
  return d.refusal;
}

export class ReviewCase {
  readonly events: CaseEvent[] = [];
  state!: CaseState;

  /** Filed by 张三 (with the application's overrides, e.g. an agent), at FILED_AT. */
  constructor(overrides: Record<string, unknown> = {}) {
    const application = applicationSchema.parse(fineApplication(overrides));
    const filed = fileApplication(application, '西宁市人民政府 2026年第000001号', {
      actor: people.applicant,
      now: FILED_AT,
      calendar,
    });
    if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
    this.append([filed.value]);
  }

  append(events: readonly NewCaseEvent[]): this {
    for (const e of events) this.events.push({ ...e, seq: this.events.length + 1 } as CaseEvent);
    this.state = foldEvents('case-review', this.events) as CaseState;
    return this;
  }

  decide(actor: Actor, command: Cmd, now: Date = DAY3): Decision<ActionOutcome> {
    const full = { ...command, expectedVersion: this.state.version } as ActionCommand;
    return decideAction(this.state, full, { actor, now, calendar });
  }

  /** Acts and records the events; throws when refused. */
  act(actor: Actor, command: Cmd, now: Date = DAY3): NewCaseEvent[] {
    const d = this.decide(actor, command, now);
    if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
    if (d.value.kind !== 'events') throw new Error(`expected events, got ${d.value.kind}`);
    const events = d.value.events as NewCaseEvent[];
    this.append(events);
    return events;
  }

  /** The refusal an action gets (throws if it is not refused). */
  refusal(actor: Actor, command: Cmd, now: Date = DAY3): Refusal {
    return refusalOf(this.decide(actor, command, now));
  }

  /** Accepted on DAY2, the copy sent online the same day (the respondent joins the case). */
  accepted(): this {
    this.act(people.clerk, { action: 'accept', track: 'ordinary', partiesAgreeToSimplified: false }, DAY2);
    this.act(people.clerk, { action: 'sendCopy', channel: 'online', sentOn: '2026-02-11' }, DAY2);
    return this;
  }

  /** The notices of the last event, as the module decides them. */
  notices(): Notice[] {
    const last = this.events.at(-1);
    return last ? reconsideration.notices(this.state, last) : [];
  }

  /** GET /v1/cases/{id} as `actor` would get it (JSON round trip; read as the API's JSON). */
  view(actor: Actor): Json {
    return JSON.parse(JSON.stringify(presentCase(actor, { ...this.state, id: 'case-review' })));
  }

  timeline(actor: Actor): Json[] {
    return JSON.parse(JSON.stringify(this.events.map((e) => presentEvent(actor, this.state, e))));
  }

  allowed(actor: Actor): string[] {
    return (this.view(actor).allowedActions as { action: string }[]).map((a) => a.action);
  }
}
