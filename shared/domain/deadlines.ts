import type { LegalCalendar } from '../calendar/calendar';
import { explainPeriodZh } from '../calendar/explain';
import type { IsoDate } from '../calendar/types';
import type { ProcedureDefinition, TimeLimitId, Transition } from '../procedure/definition';
import { reconsiderationTimeLimits } from '../rules/reconsideration';
import type { CaseState, Deadline, DeadlineChanges, Track } from './case';

export interface DeadlineContext {
  readonly calendar: LegalCalendar;
  readonly track?: Track;
}

const ruleFor = (procedure: ProcedureDefinition, key: string, track: Track | undefined) => {
  const spec = procedure.deadlines[key];
  if (!spec) throw new Error(`procedure ${procedure.id} has no deadline '${key}'`);
  const ruleKey: TimeLimitId = typeof spec.rule === 'string' ? spec.rule : spec.rule[track ?? 'ordinary'];
  return { spec, rule: reconsiderationTimeLimits[ruleKey] };
};

/** Computes a deadline from its rule row, counting from `startDate`, with its explanation. */
export function computeDeadline(
  procedure: ProcedureDefinition,
  key: string,
  startDate: IsoDate,
  ctx: DeadlineContext,
): Deadline {
  const { spec, rule } = ruleFor(procedure, key, ctx.track);
  const computation = ctx.calendar.compute(rule.unit, startDate, rule.amount);
  const warning = reconsiderationTimeLimits.dueSoonWarning;
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
  procedure: ProcedureDefinition,
  state: Pick<CaseState, 'deadlines'> | undefined,
  transition: Pick<Transition, 'opens' | 'closes'>,
  date: IsoDate,
  ctx: DeadlineContext,
): DeadlineChanges {
  const open = Object.values(state?.deadlines ?? {}).filter((d) => d.status === 'open');
  const closes = transition.closes ?? {};
  const closed = open
    .map((d) => ({ key: d.key, status: closes[d.key] ?? closes['*'] }))
    .filter((c): c is { key: string; status: NonNullable<typeof c.status> } => c.status !== undefined);
  const opened = (transition.opens ?? []).map((key) => computeDeadline(procedure, key, date, ctx));
  return { ...(closed.length ? { closed } : {}), ...(opened.length ? { opened } : {}) };
}

/** Recomputes every open deadline with a (corrected) calendar; returns only those whose date changed. */
export function recomputeOpenDeadlines(
  procedure: ProcedureDefinition,
  state: CaseState,
  calendar: LegalCalendar,
): Deadline[] {
  return Object.values(state.deadlines)
    .filter((d) => d.status === 'open')
    .map((d) => {
      const fresh = computeDeadline(procedure, d.key, d.startDate, { calendar, track: state.track });
      return { ...fresh, warned: fresh.warnOn === d.warnOn ? d.warned : undefined, overdue: d.overdue };
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
