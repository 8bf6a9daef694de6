import type { LegalCalendar } from '../calendar/calendar';
import { explainPeriodZh } from '../calendar/explain';
import type { IsoDate } from '../calendar/types';
import { calendarActor } from './actors';
import type { CaseEnvelope, Deadline, DeadlineChanges, NewCaseEvent } from './case';
import type { ProcedureModule, Transition } from './procedure';
import type { TimeLimitRule } from './rules';

export interface DeadlineContext {
  readonly calendar: LegalCalendar;
  /** The rule variant (e.g. ordinary / simplified) when a deadline has one rule per variant. */
  readonly variant?: string;
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

/** Computes a deadline from its rule row, counting from `startDate`, with its explanation. */
export function computeDeadline(
  module: ProcedureModule,
  key: string,
  startDate: IsoDate,
  ctx: DeadlineContext,
): Deadline {
  const { spec, rule } = ruleFor(module, key, ctx.variant);
  const computation = ctx.calendar.compute(rule.unit, startDate, rule.amount);
  const warning = ruleRow(module, module.definition.warningRule);
  return {
    key,
    ruleId: rule.id,
    labelZh: rule.labelZh,
    article: rule.article,
    responsible: spec.responsible,
    startEventZh: spec.startEventZh,
    startDate,
    dueDate: computation.dueDate,
    warnOn: ctx.calendar.subtractWorkingDays(computation.dueDate, warning.amount),
    computation,
    explanationZh: explainPeriodZh(computation, {
      ruleLabelZh: rule.labelZh,
      article: rule.article,
      startEventZh: spec.startEventZh,
    }),
    status: 'open',
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
      const fresh = computeDeadline(module, d.key, d.startDate, { calendar, variant });
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
