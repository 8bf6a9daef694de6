import type { LegalCalendar } from '../calendar/calendar';
import { periodUsageAt } from '../calendar/calendar';
import { explainPeriodZh } from '../calendar/explain';
import type { IsoDate, PeriodComputation, PeriodPause } from '../calendar/types';
import { calendarActor } from './actors';
import {
  type CaseEnvelope,
  type Deadline,
  type DeadlineChanges,
  type DeadlinePause,
  type NewCaseEvent,
  pausedSince,
} from './case';
import type { ProcedureModule, Transition } from './procedure';
import type { TimeLimitRule } from './rules';

export interface DeadlineContext {
  readonly calendar: LegalCalendar;
  /** The rule variant (e.g. ordinary / simplified) when a deadline has one rule per variant. */
  readonly variant?: string;
}

/** What a deadline carries beyond its rule: the case's suspensions (the last may be open) and an approved extension. */
export interface DeadlineAdjustments {
  readonly pauses?: readonly DeadlinePause[];
  /** In the rule's unit, added to the period itself. */
  readonly extraAmount?: number;
}

function ruleRow(module: ProcedureModule, ruleKey: string): TimeLimitRule {
  const rule = module.timeLimits[ruleKey];
  if (!rule) throw new Error(`procedure ${module.id} has no time limit '${ruleKey}'`);
  return rule;
}

const ruleFor = (module: ProcedureModule, key: string, variant: string | undefined) => {
  const spec = module.definition.deadlines[key];
  if (!spec) throw new Error(`procedure ${module.id} has no deadline '${key}'`);
  const variants = typeof spec.rule === 'string' ? undefined : spec.rule;
  const ruleKey = variants ? (variants[variant ?? ''] ?? Object.values(variants)[0]) : spec.rule;
  return { spec, rule: ruleRow(module, ruleKey as string) };
};

const explainContext = (d: Pick<Deadline, 'labelZh' | 'article' | 'startEventZh'>) => ({
  ruleLabelZh: d.labelZh,
  article: d.article,
  startEventZh: d.startEventZh,
});

/**
 * The explanation of a deadline's computation, and, while it is paused on `pausedOn`, how much of
 * the period was counted by then and how much remains.
 */
function explained(
  d: Pick<Deadline, 'labelZh' | 'article' | 'startEventZh'>,
  computation: PeriodComputation,
  pausedOn: IsoDate | undefined,
): Pick<Deadline, 'explanationZh' | 'usageAtPause'> {
  if (pausedOn === undefined) return { explanationZh: explainPeriodZh(computation, explainContext(d)) };
  const usage = periodUsageAt(computation, pausedOn);
  return {
    explanationZh: explainPeriodZh(computation, explainContext(d), { suspendedOn: pausedOn, ...usage }),
    usageAtPause: { used: usage.used, remaining: usage.remaining },
  };
}

/** The pauses and extension a deadline already carries, to compute it again. */
const adjustmentsOf = (d: Deadline): DeadlineAdjustments => ({
  ...(d.pauses ? { pauses: d.pauses } : {}),
  ...(d.extraAmount !== undefined ? { extraAmount: d.extraAmount } : {}),
});

/**
 * Computes a deadline from its rule row, counting from `startDate`, with its explanation. With
 * `adjust`: the closed pauses and the extension go into the arithmetic (counting conventions of
 * the procedure rules); an open last pause leaves the due date as it stands and marks the
 * deadline paused, with what was counted by the suspension day.
 */
export function computeDeadline(
  module: ProcedureModule,
  key: string,
  startDate: IsoDate,
  ctx: DeadlineContext,
  adjust: DeadlineAdjustments = {},
): Deadline {
  const { spec, rule } = ruleFor(module, key, ctx.variant);
  const pauses = (adjust.pauses ?? []).map((p) =>
    p.resumedOn === undefined
      ? { suspendedOn: p.suspendedOn }
      : { suspendedOn: p.suspendedOn, resumedOn: p.resumedOn },
  );
  if (pauses.slice(0, -1).some((p) => p.resumedOn === undefined))
    throw new RangeError(`deadline '${key}': only the last pause may still be open`);
  const closed = pauses.filter((p): p is PeriodPause => p.resumedOn !== undefined);
  const computation = ctx.calendar.computeAdjusted(rule.unit, startDate, rule.amount, {
    pauses: closed,
    ...(adjust.extraAmount !== undefined ? { extraAmount: adjust.extraAmount } : {}),
  });
  const warning = ruleRow(module, module.definition.warningRule);
  const labels = { labelZh: rule.labelZh, article: rule.article, startEventZh: spec.startEventZh };
  return {
    key,
    ruleId: rule.id,
    ...labels,
    responsible: spec.responsible,
    startDate,
    dueDate: computation.dueDate,
    warnOn: ctx.calendar.subtractWorkingDays(computation.dueDate, warning.amount),
    computation,
    ...explained(labels, computation, pausedSince({ pauses })),
    status: 'open',
    ...(pauses.length > 0 ? { pauses } : {}),
    ...(adjust.extraAmount !== undefined ? { extraAmount: adjust.extraAmount } : {}),
  };
}

/** The deadline changes a transition makes on `date`: what it closes, then what it opens. */
export function transitionDeadlines(
  module: ProcedureModule,
  state: Pick<CaseEnvelope, 'deadlines'> | undefined,
  transition: Pick<Transition, 'opens' | 'closes'>,
  date: IsoDate,
  ctx: DeadlineContext,
): DeadlineChanges {
  const open = Object.values(state?.deadlines ?? {}).filter((d) => d.status === 'open');
  const closes = transition.closes ?? {};
  const closed = open
    .map((d) => ({ key: d.key, status: closes[d.key] ?? closes['*'] }))
    .filter((c): c is { key: string; status: NonNullable<typeof c.status> } => c.status !== undefined);
  const opened = (transition.opens ?? []).map((key) => computeDeadline(module, key, date, ctx));
  return { ...(closed.length ? { closed } : {}), ...(opened.length ? { opened } : {}) };
}

/** Recomputes every open deadline with a (corrected) calendar; returns only those whose date changed. */
export function recomputeOpenDeadlines(
  module: ProcedureModule,
  state: CaseEnvelope,
  calendar: LegalCalendar,
): Deadline[] {
  const variant = module.variantOf(state);
  return Object.values(state.deadlines)
    .filter((d) => d.status === 'open')
    .map((d) => {
      const fresh = computeDeadline(module, d.key, d.startDate, { calendar, variant }, adjustmentsOf(d));
      return {
        ...fresh,
        warned: fresh.warnOn === d.warnOn ? d.warned : undefined,
        overdue: d.overdue,
        // Still waiting only while the date is still provisional; once final, the clock applies the lapse.
        awaitingCalendar: fresh.computation.provisional ? d.awaitingCalendar : undefined,
      };
    })
    .filter((fresh) => {
      const old = state.deadlines[fresh.key];
      return (
        old !== undefined &&
        (old.dueDate !== fresh.dueDate ||
          old.warnOn !== fresh.warnOn ||
          old.computation.provisional !== fresh.computation.provisional ||
          old.explanationZh !== fresh.explanationZh)
      );
    });
}

/**
 * The open deadlines a load or correction of `year` changes on `calendar` (the calendar with that
 * year in force). A change to a year cannot move a date due before 1 January of it, so a case
 * whose open deadlines all fall due earlier is left as it is. The recompute applies exactly this,
 * and a preview of the load reports exactly this.
 */
export function deadlinesChangedByYear(
  module: ProcedureModule,
  state: CaseEnvelope,
  calendar: LegalCalendar,
  year: number,
): Deadline[] {
  const firstDay = `${year}-01-01`;
  return Object.values(state.deadlines).some((d) => d.status === 'open' && d.dueDate >= firstDay)
    ? recomputeOpenDeadlines(module, state, calendar)
    : [];
}

/**
 * What loading (or correcting) a calendar year records on one case, as the calendar job appends
 * it: the open deadlines the year moves (`deadlinesRecomputed`, with each due date before and
 * after), then the procedure's own calendar-bound dates (e.g. the time to apply). None when the
 * year changes nothing on the case, so running it again records nothing again.
 */
export function calendarLoadEvents(
  module: ProcedureModule,
  state: CaseEnvelope,
  calendar: LegalCalendar,
  loaded: { readonly year: number; readonly version: number },
  at: string,
): NewCaseEvent[] {
  const own = (module.recomputeOnCalendar?.(state, calendar, loaded) ?? []).map(
    (e) => ({ ...e, at, actor: calendarActor }) as NewCaseEvent,
  );
  const changed = deadlinesChangedByYear(module, state, calendar, loaded.year);
  if (!changed.length) return own;
  const recomputed = {
    type: 'deadlinesRecomputed',
    at,
    actor: calendarActor,
    deadlines: { recomputed: changed },
    data: {
      calendarYear: loaded.year,
      calendarVersion: loaded.version,
      changes: changed.map((d) => ({
        key: d.key,
        fromDue: state.deadlines[d.key]?.dueDate ?? d.dueDate,
        toDue: d.dueDate,
      })),
    },
  } as NewCaseEvent;
  return [recomputed, ...own];
}

// ---------------------------------------------------------------------------------------------
// Suspension (中止) and extension (延长): what they do to the open deadlines of a case.
// ---------------------------------------------------------------------------------------------

const openDeadlines = (state: Pick<CaseEnvelope, 'deadlines'>) =>
  Object.values(state.deadlines).filter((d) => d.status === 'open');

const asChanges = (recomputed: readonly Deadline[]): DeadlineChanges =>
  recomputed.length > 0 ? { recomputed } : {};

/**
 * `d` computed again with `adjust`, keeping what the clock already did where it still holds:
 * the warning while the warning day has not moved; the overdue mark and the wait for the
 * official calendar while the (new) due date has ended before `today` — or, with no day given,
 * while the due date has not moved (should it still have passed, the clock marks it again).
 */
function redone(
  module: ProcedureModule,
  state: CaseEnvelope,
  d: Deadline,
  adjust: DeadlineAdjustments,
  calendar: LegalCalendar,
  today: IsoDate | undefined,
): Deadline {
  const fresh = computeDeadline(
    module,
    d.key,
    d.startDate,
    { calendar, variant: module.variantOf(state) },
    adjust,
  );
  const stillPassed = today === undefined ? fresh.dueDate === d.dueDate : fresh.dueDate < today;
  return {
    ...fresh,
    ...(d.warned && fresh.warnOn === d.warnOn ? { warned: true } : {}),
    ...(d.overdue && stillPassed ? { overdue: true } : {}),
    ...(d.awaitingCalendar && stillPassed && fresh.computation.provisional ? { awaitingCalendar: true } : {}),
  };
}

/**
 * The case is suspended on `suspendedOn` (that day still counts): every open deadline not
 * already paused gets an open pause. Its due date stays as it was; it is marked paused, with the
 * days counted by the suspension day and those remaining, and the clock leaves it alone until
 * `resumePausedDeadlines`. Needs no calendar: what was counted is read from the computation. A
 * deadline that started after `suspendedOn` is paused from its own start (nothing counted yet).
 */
export function pauseOpenDeadlines(
  _module: ProcedureModule,
  state: Pick<CaseEnvelope, 'deadlines'>,
  suspendedOn: IsoDate,
): DeadlineChanges {
  return asChanges(
    openDeadlines(state)
      .filter((d) => pausedSince(d) === undefined)
      .map((d) => {
        const on = suspendedOn < d.startDate ? d.startDate : suspendedOn;
        return {
          ...d,
          pauses: [...(d.pauses ?? []), { suspendedOn: on }],
          ...explained(d, d.computation, on),
        };
      }),
  );
}

/**
 * The case resumes on `resumedOn` (counting restarts the day after): every open deadline paused
 * now has its pause closed and its due date, warning day and explanation computed again. The
 * warning is kept only if its day did not move, the overdue mark only if the new due date has
 * already ended. (A deadline paused from its own later start resumes no earlier than that.)
 */
export function resumePausedDeadlines(
  module: ProcedureModule,
  state: CaseEnvelope,
  resumedOn: IsoDate,
  calendar: LegalCalendar,
): DeadlineChanges {
  return asChanges(
    openDeadlines(state)
      .filter((d) => pausedSince(d) !== undefined)
      .map((d) => {
        const pauses = (d.pauses ?? []).map((p) =>
          p.resumedOn !== undefined
            ? p
            : {
                suspendedOn: p.suspendedOn,
                resumedOn: resumedOn < p.suspendedOn ? p.suspendedOn : resumedOn,
              },
        );
        return redone(module, state, d, { pauses, extraAmount: d.extraAmount }, calendar, resumedOn);
      }),
  );
}

/**
 * An approved extension of the open deadline `key` by `extraAmount` in its rule's unit, added to
 * the period itself and to any extension it already has; the rollover applies once, to the new
 * end. A paused deadline stays paused. `today`, when given, decides whether an overdue mark still
 * holds (see `redone`). Throws when the case has no such open deadline: the caller checks first.
 */
export function extendDeadline(
  module: ProcedureModule,
  state: CaseEnvelope,
  key: string,
  extraAmount: number,
  calendar: LegalCalendar,
  today?: IsoDate,
): DeadlineChanges {
  const d = state.deadlines[key];
  if (d?.status !== 'open') throw new RangeError(`the case has no open deadline '${key}' to extend`);
  if (!Number.isInteger(extraAmount) || extraAmount < 1)
    throw new RangeError(`an extension must be a positive integer, got ${extraAmount}`);
  const adjust = { ...adjustmentsOf(d), extraAmount: (d.extraAmount ?? 0) + extraAmount };
  return asChanges([redone(module, state, d, adjust, calendar, today)]);
}
