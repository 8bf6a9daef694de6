import type { LegalCalendar } from '../calendar/calendar';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../calendar/time';
import { citizenMayTake, citizenRelationLabelsZh, relationOf } from './access';
import { roleLabelsZh, systemActor } from './actors';
import { type CaseEnvelope, type CaseEvent, type Deadline, type NewCaseEvent, pausedSince } from './case';
import { transitionDeadlines } from './deadlines';
import { evolve } from './fold';
import type {
  ActionOutcome,
  DecisionContext,
  ProcedureCommand,
  ProcedureModule,
  Transition,
} from './procedure';
import { type Decision, refuse } from './refusals';
import { procedureOf } from './registry';

export type { ActionOutcome, DecisionContext } from './procedure';

/**
 * Decides a person's action on a case: the generic checks (the version they saw, an open case,
 * an action of the current stage, a role allowed to take it, and for a citizen a relation to the
 * case the action is for), then the case's procedure module.
 */
export function decideAction<S extends CaseEnvelope>(
  state: S,
  command: ProcedureCommand,
  ctx: DecisionContext,
  allocated?: { readonly number: string },
): Decision<ActionOutcome> {
  const module = procedureOf(state.procedure);
  if (command.expectedVersion !== state.version)
    return refuse(
      'case.versionStale',
      `案件已被他人更新（您看到的是第${command.expectedVersion}版，当前为第${state.version}版），请刷新后重试`,
      [{ path: 'expectedVersion', messageZh: '版本已过期' }],
    );
  const stage = module.definition.stages[state.stage];
  if (state.status === 'closed' || !stage || stage.kind === 'terminal')
    return refuse('case.closed', '案件已结案，不能再执行操作');
  const spec = stage.actions[command.action];
  if (!spec)
    return refuse('action.notAllowedInStage', `案件当前处于“${stage.labelZh}”阶段，不能执行该操作`, [
      { path: 'action', messageZh: '当前阶段不允许此操作' },
    ]);
  if (ctx.actor.role === 'system' || !spec.roles.includes(ctx.actor.role))
    return refuse('action.roleNotAllowed', `${roleLabelsZh[ctx.actor.role]}不能执行“${spec.labelZh}”`);
  // Every citizen signs in as `applicant`: which side they are on comes from the case's parties.
  if (!citizenMayTake(spec, state, ctx.actor)) {
    const relation = relationOf(state, ctx.actor);
    return refuse(
      'action.partyNotAllowed',
      relation
        ? `${citizenRelationLabelsZh[relation]}不能执行“${spec.labelZh}”`
        : `您不是本案当事人，不能执行“${spec.labelZh}”`,
    );
  }

  const today = shanghaiDate(ctx.now);
  const variantNow = module.variantOf(state);
  return module.decide(
    state,
    command,
    {
      ...ctx,
      module,
      spec,
      today,
      base: {
        at: ctx.now.toISOString(),
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        toStage: spec.to,
      },
      changes: (transition, variant = variantNow, from = today) =>
        transitionDeadlines(module, state, transition, from, { calendar: ctx.calendar, variant }),
    },
    allocated,
  );
}

/** The first event of a case of `procedureId`, naming its procedure. */
export function openCase(
  procedureId: string,
  input: unknown,
  caseNumber: string,
  ctx: DecisionContext,
): Decision<NewCaseEvent> {
  const filed = procedureOf(procedureId).file(input, caseNumber, ctx);
  return filed.ok ? { ok: true, value: { ...filed.value, procedure: procedureId } } : filed;
}

/**
 * What the clock does by `now`: warnings before a due date, then, once a due date has ended
 * (24:00 Beijing time), the deadline's lapse effect as the procedure defines it. Applied in
 * due-date order, each on the state the previous one left, so the result is the same however
 * late the timer runs.
 */
export function applyClock<S extends CaseEnvelope>(
  state: S,
  now: Date,
  calendar: LegalCalendar,
): NewCaseEvent[] {
  const module = procedureOf(state.procedure);
  const events: NewCaseEvent[] = [];
  let current: S = state;
  const at = now.toISOString();
  for (let guard = 0; guard < 50 && current.status === 'open'; guard++) {
    const event = nextClockEvent(module, current, now, at, calendar);
    if (!event) break;
    events.push(event);
    current = evolve(current, { ...event, seq: current.version + 1 } as CaseEvent);
  }
  return events;
}

const byDueDate = (a: Deadline, b: Deadline) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key < b.key ? -1 : 1;

function nextClockEvent(
  module: ProcedureModule,
  state: CaseEnvelope,
  now: Date,
  at: string,
  calendar: LegalCalendar,
): NewCaseEvent | undefined {
  // A paused deadline (the case is suspended) is neither warned, lapsed nor flagged until it resumes.
  const open = Object.values(state.deadlines)
    .filter((d) => d.status === 'open' && pausedSince(d) === undefined)
    .sort(byDueDate);
  const base = { at, actor: systemActor };
  for (const d of open) {
    if (now < endOfShanghaiDay(d.dueDate)) continue;
    const effect = module.definition.deadlines[d.key]?.onLapse;
    if (effect === undefined || (effect === 'overdueAlert' && d.overdue)) continue;
    // Counting conventions: nothing is applied automatically on a provisional date. The case
    // waits for the official calendar; loading it recomputes the date and the clock acts then.
    if (d.computation.provisional) {
      if (d.awaitingCalendar) continue;
      return {
        ...base,
        type: 'deadlineAwaitingCalendar',
        deadlines: { flagged: [{ key: d.key, awaitingCalendar: true }] },
        data: { key: d.key, dueDate: d.dueDate, provisionalYears: [...d.computation.provisionalYears] },
      };
    }
    if (typeof effect === 'object') {
      const transition = module.definition.clockTransitions[effect.transition];
      if (!transition)
        throw new Error(`procedure ${module.id} has no clock transition '${effect.transition}'`);
      const today = shanghaiDate(now);
      const from = transition.countFrom === 'dueDate' ? d.dueDate : today;
      const changes = (t: Pick<Transition, 'opens' | 'closes'>) =>
        transitionDeadlines(module, state, t, from, {
          calendar,
          variant: transition.variant ?? module.variantOf(state),
        });
      return {
        ...base,
        type: effect.transition,
        toStage: transition.to,
        deadlines: changes(transition),
        data: module.clockEventData(effect.transition, d, today),
      };
    }
    if (effect === 'lapse')
      return {
        ...base,
        type: 'deadlineLapsed',
        deadlines: { closed: [{ key: d.key, status: 'lapsed' }] },
        data: { key: d.key, dueDate: d.dueDate },
      };
    if (effect === 'overdueAlert')
      return {
        ...base,
        type: 'deadlineOverdue',
        deadlines: { flagged: [{ key: d.key, overdue: true }] },
        data: { key: d.key, dueDate: d.dueDate },
      };
  }
  for (const d of open) {
    if (
      !d.warned &&
      !d.overdue &&
      !d.awaitingCalendar &&
      now >= startOfShanghaiDay(d.warnOn) &&
      now < endOfShanghaiDay(d.dueDate)
    )
      return {
        ...base,
        type: 'deadlineWarned',
        deadlines: { flagged: [{ key: d.key, warned: true }] },
        data: { key: d.key, dueDate: d.dueDate },
      };
  }
  return undefined;
}

/** The next instant the clock must look at the case, or undefined when nothing is pending. */
export function nextClockInstant(state: CaseEnvelope): Date | undefined {
  if (state.status !== 'open') return undefined;
  let next: Date | undefined;
  for (const d of Object.values(state.deadlines)) {
    // A deadline waiting for the official calendar is woken by the calendar's load, not by time;
    // a paused one by the resumption of the case.
    if (d.status !== 'open' || d.awaitingCalendar || pausedSince(d) !== undefined) continue;
    const candidates: Date[] = [];
    if (!d.overdue) candidates.push(endOfShanghaiDay(d.dueDate));
    if (!d.warned && !d.overdue) candidates.push(startOfShanghaiDay(d.warnOn));
    for (const c of candidates) if (!next || c < next) next = c;
  }
  return next;
}
