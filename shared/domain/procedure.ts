import type * as z from 'zod/mini';
import type { LegalCalendar } from '../calendar/calendar';
import type { IsoDate } from '../calendar/types';
import type { CitizenRelation } from './access';
import type { Actor, Role } from './actors';
import type { CaseEnvelope, CaseEvent, Deadline, DeadlineStatus, NewCaseEvent } from './case';
import type { Decision } from './refusals';
import type { ThresholdRule, TimeLimitRule } from './rules';
import type { Viewer } from './visibility';

/**
 * A procedure (行政复议, 行政调解, 行政裁决 …) is one module in the registry: its rules table,
 * its stage graph as data, its command and event schemas, decide and evolve, its notice texts
 * and presenter labels. The engine looks the module up by `case.procedure` and holds nothing
 * specific to any procedure.
 */

/** What the clock does when a deadline's last day has ended. */
export type LapseEffect =
  /** The chance to act has passed; the deadline simply closes. */
  | 'lapse'
  /** The body is late: alert the supervisors, keep the deadline open until met. */
  | 'overdueAlert'
  /** A transition the law attaches to the lapse (e.g. deemed acceptance): a key of clockTransitions. */
  | { readonly transition: string };

export interface DeadlineSpec {
  /** The rule row (a key of the module's rules table), or one per variant (e.g. ordinary / simplified). */
  readonly rule: string | Readonly<Record<string, string>>;
  readonly responsible: 'body' | 'applicant' | 'respondent';
  /** The event the period counts from, as told to a citizen. */
  readonly startEventZh: string;
  readonly onLapse: LapseEffect;
}

export interface Transition {
  readonly to: string;
  /** Deadlines the transition opens, counted from the transition's date. */
  readonly opens?: readonly string[];
  /**
   * Deadlines it closes, and how: 'met', 'lapsed', or 'cancelled' when the period no longer
   * applies. The key '*' stands for every other open deadline.
   */
  readonly closes?: Readonly<Record<string, Exclude<DeadlineStatus, 'open'>>>;
}

export interface ActionSpec extends Transition {
  readonly labelZh: string;
  readonly roles: readonly Role[];
  /**
   * Stages the action's events may lead to instead of `to`, when what happened decides (e.g. the
   * last party's receipt makes a decision take effect): the event carries its own toStage.
   */
  readonly orTo?: readonly string[];
  /**
   * Which citizens on the case (role `applicant`) may take it, by their relation to the case;
   * by default the applicant's side (the applicant and their agent, shared/domain/access.ts).
   */
  readonly parties?: readonly CitizenRelation[];
}

export interface StageSpec {
  readonly labelZh: string;
  /** A waiting stage waits in the workflow for an action or a timer; a terminal one ends it. */
  readonly kind: 'waiting' | 'terminal';
  readonly actions: Readonly<Record<string, ActionSpec>>;
}

/** A transition the clock makes when a deadline lapses; its event has the transition's name as type. */
export interface ClockTransition extends Transition {
  /** The date the opened deadlines count from: the lapsed deadline's due date, or the day the clock acts. */
  readonly countFrom: 'dueDate' | 'today';
  /** The rule variant the opened deadlines take (e.g. a deemed acceptance takes the ordinary procedure). */
  readonly variant?: string;
}

export interface ProcedureDefinition {
  readonly id: string;
  readonly labelZh: string;
  readonly initialStage: string;
  readonly onFiling: Pick<Transition, 'opens'>;
  readonly stages: Readonly<Record<string, StageSpec>>;
  readonly deadlines: Readonly<Record<string, DeadlineSpec>>;
  readonly clockTransitions: Readonly<Record<string, ClockTransition>>;
  /** The rules-table row saying how long before a due date the responsible person is warned. */
  readonly warningRule: string;
  /** Who may open a case of this procedure online. */
  readonly filingRoles: readonly Role[];
}

export interface DecisionContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly calendar: LegalCalendar;
  readonly correlationId?: string;
}

/** Where a new case goes: the body that handles it, decided before a case number is taken. */
export interface FilingRoute {
  readonly bodyId: string;
  readonly bodyNameZh: string;
}

export type ActionOutcome =
  | { readonly kind: 'events'; readonly events: NewCaseEvent[] }
  /** The action moves the case to another body, which numbers it: allocate there, then decide again. */
  | { readonly kind: 'needsCaseNumber'; readonly bodyId: string }
  /**
   * The action issues a numbered document (e.g. a decision): take the body's next number of the
   * series for the year — one per document, no gaps — then decide again with it.
   */
  | { readonly kind: 'needsNumber'; readonly series: string; readonly bodyId: string };

/** A command as it reaches a procedure: its action name and the version the person saw. */
export interface ProcedureCommand {
  readonly action: string;
  readonly expectedVersion: number;
}

/** What the engine hands a procedure's decide, after the generic checks (version, stage, role). */
export interface ActionContext extends DecisionContext {
  /** The procedure module of the case (for deadline arithmetic beyond `changes`). */
  readonly module: ProcedureModule;
  readonly spec: ActionSpec;
  /**
   * The deadline changes of a transition, with the case's (or a given) variant; opened deadlines
   * count from the action's day unless the action records an earlier day (e.g. the day a copy
   * was received).
   */
  readonly changes: (
    transition: Pick<Transition, 'opens' | 'closes'>,
    variant?: string,
    from?: IsoDate,
  ) => NewCaseEvent['deadlines'];
  /** The event fields every event of this action shares (at, actor, correlation id, toStage). */
  readonly base: Pick<NewCaseEvent, 'at' | 'actor' | 'correlationId' | 'toStage'>;
  readonly today: IsoDate;
}

export interface Notice {
  /** A user id, or an audience: 'body:<id>' (its clerks), 'supervisors:<id>', 'agency:<id>'. */
  readonly recipient: string;
  readonly kind: string;
  readonly subjectZh: string;
  readonly bodyZh: string;
}

/** A stored event's schema: its current version, its data schema, and how older versions are lifted. */
export interface EventSchema {
  readonly data: z.core.$ZodType;
}

/** The slim fields of a case that lists show (kept on the list items, never the full state). */
export interface CaseSummaryFields {
  readonly applicantNameZh: string;
  /** Whether the applicant is a natural person (whose name is personal data) or an organisation. */
  readonly applicantKind?: 'person' | 'organisation';
  readonly subjectZh: string;
  /** Filed after the time to apply (shown as a warning badge). */
  readonly late: boolean;
}

export interface ProcedureModule<S extends CaseEnvelope = CaseEnvelope> {
  readonly id: string;
  readonly labelZh: string;
  readonly definition: ProcedureDefinition;
  /** Every time limit of the procedure, one row each with its article. */
  readonly timeLimits: Readonly<Record<string, TimeLimitRule>>;
  /** The body of POST /v1/cases for this procedure (without the `procedure` field). */
  readonly filingSchema: z.core.$ZodType;
  /** The body of POST /v1/cases/{id}/actions, one shape per action (discriminated by `action`). */
  readonly commandSchema: z.core.$ZodType<ProcedureCommand>;
  /** Data schema of each event type the procedure writes (engine events are the engine's). */
  readonly eventSchemas: Readonly<Record<string, EventSchema>>;
  /** Amounts the law sets (e.g. the simplified-procedure ceiling), each with its article. */
  readonly thresholds: readonly ThresholdRule[];
  /** Code → Chinese label tables a form needs (act kinds, refusal reasons …), served by GET /v1/rules. */
  readonly vocabulary: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** How a document number of each series reads, e.g. 宁政复决字〔2026〕12号 (see needsNumber). */
  formatNumber?(series: string, bodyId: string, year: number, serial: number): string;
  /** Label of each event type in the timeline. */
  readonly eventLabelsZh: Readonly<Record<string, string>>;
  /** Whose duty each deadline is, as people of this procedure say it (e.g. 复议机关 / 申请人 / 被申请人). */
  readonly responsibleLabelsZh: Readonly<Record<Deadline['responsible'], string>>;

  /** Checks a filing and says where it goes (and what the applicant is told before submitting). */
  previewFiling(
    input: unknown,
    ctx: Pick<DecisionContext, 'now' | 'calendar'>,
  ): Decision<FilingRoute & object>;
  /** The first event of a case: the case number was taken at the body previewFiling named. */
  file(input: unknown, caseNumber: string, ctx: DecisionContext): Decision<NewCaseEvent>;
  /** The procedure's part of deciding an action, after the engine's generic checks. */
  decide(
    state: S,
    command: ProcedureCommand,
    ctx: ActionContext,
    allocated?: { readonly number: string },
  ): Decision<ActionOutcome>;
  /** Folds one of the procedure's own events (the first one with no state) onto the case. */
  evolve(state: S | undefined, event: CaseEvent): S;
  /** The data of a clock transition's event (e.g. deemed acceptance as of the last day). */
  clockEventData(transition: string, lapsed: Deadline, today: IsoDate): unknown;
  /** The rule variant of the case's deadlines (e.g. its track), if the procedure has variants. */
  variantOf(state: S): string | undefined;
  /** Who is told what after an event (the state is the one after the event). */
  notices(state: S, event: CaseEvent): Notice[];
  /**
   * The procedure's fields of the case as `viewer` sees them: every personal field goes through
   * the visibility table (shared/domain/visibility.ts).
   */
  presentCase(viewer: Viewer, state: S): Record<string, unknown>;
  /**
   * Whether an action of the current stage makes sense for this case now (e.g. recording the
   * receipt of a copy sent by post), and for this person (e.g. a party who has already signed).
   * Actions it rules out are not offered; decide explains why if they are tried anyway.
   */
  actionAvailable?(state: S, action: string, actor?: Actor): boolean;
  /**
   * The procedure's own dates that rest on the calendar besides its deadlines (e.g. the time to
   * apply), recomputed when a year is loaded or corrected: the events recording what changed.
   */
  recomputeOnCalendar?(
    state: S,
    calendar: LegalCalendar,
    loaded: { readonly year: number; readonly version: number },
  ): { readonly type: string; readonly data: unknown }[];
  /**
   * Whether the filer's own earlier cases of this procedure (closed ones, from their list) bar a
   * new filing, e.g. an approved withdrawal of the same claim.
   */
  checkEarlierCases?(input: unknown, earlier: readonly S[]): Decision<true>;
  /** What an event's data shows in the timeline, as `viewer` sees it (through the same table). */
  presentEventData(event: CaseEvent, viewer: Viewer): unknown;
  summary(state: S): CaseSummaryFields;
}
