import { LegalCalendar, seedCalendarYears } from '../../shared/calendar/index';
import type { CalendarYear } from '../../shared/calendar/types';
import type { Actor } from '../../shared/domain/actors';
import { calendarLoadEvents } from '../../shared/domain/deadlines';
import { applyClock, decideAction, nextClockInstant } from '../../shared/domain/decide';
import {
  type AttachRequest,
  decideAttach,
  decideConfidentiality,
  type UploadDeclaration,
} from '../../shared/domain/files';
import { foldEvents } from '../../shared/domain/fold';
import { procedureOf } from '../../shared/domain/registry';
import { presentCase, presentEvent } from '../../shared/presenters/case-view';
import {
  type ActionCommand,
  type Application,
  applicationSchema,
  type CaseEvent,
  type CaseState,
  fileApplication,
  type NewCaseEvent,
} from '../../shared/procedures/reconsideration';
import { issuedDocuments } from '../../shared/procedures/reconsideration/documents';
import { fineApplication } from './fixtures';

/**
 * Cases for the portal's unit tests, made by the domain itself (file, decide, the clock) and shown
 * through the API's own presenters, then through JSON as the API sends them: what a page renders
 * is what the API would answer, not a hand-written copy.
 */

export const people = {
  applicant: { userId: 'u-zhangsan', role: 'applicant', nameZh: '张三' },
  clerk: { userId: 'u-wangfang', role: 'clerk', nameZh: '王芳', bodyId: 'gov-xn' },
  officeHead: { userId: 'u-zhaoqiang', role: 'officeHead', nameZh: '赵强', bodyId: 'gov-xn' },
  respondent: { userId: 'u-liuwei', role: 'respondent', nameZh: '刘伟', agencyId: 'dept-xn-scjg' },
  head: { userId: 'u-zhaoqiang', role: 'officeHead', nameZh: '赵强', bodyId: 'gov-xn' },
  member: { userId: 'u-chenjing', role: 'committeeMember', nameZh: '陈静', bodyId: 'gov-xn' },
  member2: { userId: 'u-sunhai', role: 'committeeMember', nameZh: '孙海', bodyId: 'gov-xn' },
} satisfies Record<string, Actor>;

/** An instant given as Beijing wall-clock time. */
export const bj = (local: string) => new Date(`${local}+08:00`);
/** Tue 10 Feb 2026, 10:00: days before the Spring Festival break. */
export const filedAt = bj('2026-02-10T10:00:00');
export const nextDay = bj('2026-02-11T10:00:00');

export const seededCalendar = new LegalCalendar(seedCalendarYears());

/** What the API's JSON carries (readonly arrays become plain ones, undefined fields vanish). */
const asSent = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

type Command = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'expectedVersion'>
    : never
  : never;

/** One case as its event log; the state is the fold of the log, as the store keeps it. */
export class PortalCase {
  readonly events: CaseEvent[] = [];
  state!: CaseState;

  constructor(
    readonly id: string,
    caseNumber: string,
    options: {
      at?: Date;
      application?: Partial<Application['act']>;
      /** Other fields of the application (e.g. an agent, a statement on an earlier withdrawal). */
      filing?: Record<string, unknown>;
      calendar?: LegalCalendar;
    } = {},
  ) {
    const application = applicationSchema.parse(
      fineApplication({ ...options.filing, act: options.application ?? {} }),
    );
    const filed = fileApplication(application, caseNumber, {
      actor: people.applicant,
      now: options.at ?? filedAt,
      calendar: options.calendar ?? seededCalendar,
    });
    if (!filed.ok) throw new Error(`filing refused: ${filed.refusal.code}`);
    this.append([filed.value]);
  }

  append(events: readonly NewCaseEvent[]): this {
    for (const e of events) this.events.push({ ...e, seq: this.events.length + 1 } as CaseEvent);
    this.state = foldEvents(this.id, this.events) as CaseState;
    return this;
  }

  /** A person's action as the API decides it; throws when refused. */
  act(actor: Actor, command: Command, now: Date, allocated?: { readonly number: string }): this {
    const full = { ...command, expectedVersion: this.state.version } as ActionCommand;
    const d = decideAction(this.state, full, { actor, now, calendar: seededCalendar }, allocated);
    if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
    if (d.value.kind !== 'events') throw new Error(`expected events, got ${d.value.kind}`);
    return this.append(d.value.events as NewCaseEvent[]);
  }

  /** The clock as the workflow runs it: at each instant it names, up to `until`. */
  runClockUntil(until: Date, calendar: LegalCalendar = seededCalendar): this {
    for (let i = 0, next = nextClockInstant(this.state); next && next <= until; i++) {
      const events = applyClock(this.state, next, calendar) as NewCaseEvent[];
      if (events.length === 0 || i > 100) throw new Error(`clock stuck at ${next.toISOString()}`);
      this.append(events);
      next = nextClockInstant(this.state);
    }
    return this;
  }

  /**
   * An official calendar year loaded: the procedure's own recomputation (the time to apply) and
   * the open deadlines on the new calendar, recorded as the calendar job records them.
   */
  loadCalendar(year: CalendarYear, at: Date): this {
    const calendar = new LegalCalendar([...seedCalendarYears(), year]);
    const loaded = { year: year.year, version: year.version };
    return this.append(
      calendarLoadEvents(
        procedureOf(this.state.procedure),
        this.state,
        calendar,
        loaded,
        at.toISOString(),
      ) as NewCaseEvent[],
    );
  }

  /** A file attached as the API decides it (the upload as the store measured it); throws when refused. */
  attach(actor: Actor, request: AttachRequest, declared: UploadDeclaration, at: Date): this {
    const d = decideAttach(this.state, actor, request, declared);
    if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
    return this.append([
      { type: 'fileAttached', at: at.toISOString(), actor, data: d.value } as NewCaseEvent,
    ]);
  }

  /** Staff marking a file withheld (Art. 47) or opening it again; throws when refused. */
  confidentiality(
    actor: Actor,
    fileId: string,
    change: Parameters<typeof decideConfidentiality>[3],
    at: Date,
  ): this {
    const d = decideConfidentiality(this.state, actor, fileId, change);
    if (!d.ok) throw new Error(`refused: ${d.refusal.code} ${d.refusal.messageZh}`);
    return this.append([{ ...d.value, at: at.toISOString(), actor } as NewCaseEvent]);
  }

  /** A party's reading of a file, as the API records it. */
  read(actor: Actor, fileId: string, at: Date): this {
    return this.append([{ type: 'fileRead', at: at.toISOString(), actor, data: { fileId } } as NewCaseEvent]);
  }

  /** A party's reading of the first document of `kind` the case issued, as the documents API records it. */
  readDocument(actor: Actor, kind: string, at: Date): this {
    const d = issuedDocuments(this.events).find((x) => x.kind === kind);
    if (!d) throw new Error(`the case issued no ${kind}`);
    return this.append([
      {
        type: 'documentRead',
        at: at.toISOString(),
        actor,
        data: { documentId: d.id, format: 'pdf', titleZh: d.titleZh, number: d.number },
      } as NewCaseEvent,
    ]);
  }

  /** GET /v1/cases/{id} as `actor` would get it. */
  view<T>(actor: Actor): T {
    return asSent<T>(presentCase(actor, this.state));
  }

  /** GET /v1/cases/{id}/events (its items) as `actor` would get them. */
  timeline<T>(actor: Actor): T[] {
    return asSent<T[]>(this.events.map((e) => presentEvent(actor, this.state, e)));
  }
}
