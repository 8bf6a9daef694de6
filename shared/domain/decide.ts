import type { LegalCalendar } from '../calendar/calendar';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from '../calendar/time';
import { bodyById, competentBodyFor } from '../directory/agencies';
import type { ProcedureDefinition, Transition } from '../procedure/definition';
import { reconsiderationProcedure } from '../procedure/reconsideration';
import { type Actor, roleLabelsZh, systemActor } from './actors';
import type { Application } from './application';
import type { CaseState, NewCaseEvent } from './case';
import type { ActionCommand } from './commands';
import { transitionDeadlines } from './deadlines';
import { evolve } from './fold';
import { type Decision, ok, refuse } from './refusals';
import { assessTimeliness, mustReconsiderFirst, simplifiedEligible } from './timeliness';

export const procedure: ProcedureDefinition = reconsiderationProcedure;

export interface DecisionContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly calendar: LegalCalendar;
  readonly correlationId?: string;
}

/** Who the application goes to, and why (Arts. 24–28). */
export function competenceFor(application: Pick<Application, 'respondentAgencyId'>) {
  const competent = competentBodyFor(application.respondentAgencyId);
  if (!competent)
    return refuse('filing.respondentUnknown', '被申请人不在行政机关名录中，请从名录中选择', [
      { path: 'respondentAgencyId', messageZh: '请从名录中选择被申请人' },
    ]);
  return ok(competent);
}

/** Checks the act's dates make sense before anything is computed from them. */
export function checkActDates(act: Application['act'], filedOn: string): Decision<true> {
  const fields: { path: string; messageZh: string }[] = [];
  if (act.madeOn > filedOn) fields.push({ path: 'act.madeOn', messageZh: '行政行为作出日期不能晚于今天' });
  if (act.learnedOn > filedOn)
    fields.push({ path: 'act.learnedOn', messageZh: '知道行政行为的日期不能晚于今天' });
  if (act.learnedOn < act.madeOn)
    fields.push({ path: 'act.learnedOn', messageZh: '知道行政行为的日期不能早于行政行为作出日期' });
  if (act.rightsLearnedOn !== undefined) {
    if (act.rightsNotified)
      fields.push({ path: 'act.rightsLearnedOn', messageZh: '行政机关已告知复议权利时无需填写此项' });
    else if (act.rightsLearnedOn < act.learnedOn || act.rightsLearnedOn > filedOn)
      fields.push({
        path: 'act.rightsLearnedOn',
        messageZh: '知道复议权利的日期应在知道行政行为之日与今天之间',
      });
  }
  return fields.length ? refuse('filing.actDatesInvalid', '行政行为相关日期有误', fields) : ok(true);
}

/** What the applicant is told before submitting: the competent body and whether they are in time. */
export function previewFiling(application: Application, ctx: Pick<DecisionContext, 'now' | 'calendar'>) {
  const filedOn = shanghaiDate(ctx.now);
  const competent = competenceFor(application);
  if (!competent.ok) return competent;
  const dates = checkActDates(application.act, filedOn);
  if (!dates.ok) return dates;
  return ok({
    competentBody: competent.value.body,
    competenceBasisZh: competent.value.basisZh,
    selfReview: competent.value.selfReview,
    timeliness: assessTimeliness(application.act, filedOn, ctx.calendar),
    simplifiedEligible: simplifiedEligible(application.act),
    mustReconsiderFirst: mustReconsiderFirst(application.act),
  });
}

/** Filing: the first event of a case. The case number comes from the body's counter. */
export function fileApplication(
  application: Application,
  caseNumber: string,
  ctx: DecisionContext,
): Decision<NewCaseEvent> {
  const preview = previewFiling(application, ctx);
  if (!preview.ok) return preview;
  const p = preview.value;
  const receivedOn = shanghaiDate(ctx.now);
  return ok({
    type: 'caseFiled',
    at: ctx.now.toISOString(),
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    toStage: procedure.initialStage,
    deadlines: transitionDeadlines(procedure, undefined, procedure.onFiling, receivedOn, {
      calendar: ctx.calendar,
    }),
    data: {
      caseNumber,
      bodyId: p.competentBody.id,
      bodyNameZh: p.competentBody.nameZh,
      competenceBasisZh: p.competenceBasisZh,
      selfReview: p.selfReview,
      applicantUserId: ctx.actor.userId,
      application,
      receivedOn,
      timeliness: p.timeliness,
      simplifiedEligible: p.simplifiedEligible,
      mustReconsiderFirst: p.mustReconsiderFirst,
    },
  });
}

export type ActionOutcome =
  | { readonly kind: 'events'; readonly events: NewCaseEvent[] }
  /** Forwarding needs a case number at the receiving body: allocate it, then decide again. */
  | { readonly kind: 'needsCaseNumber'; readonly bodyId: string };

/** Decides a person's action on a case: the events it makes, or why not. */
export function decideAction(
  state: CaseState,
  command: ActionCommand,
  ctx: DecisionContext,
  allocated?: { caseNumber: string },
): Decision<ActionOutcome> {
  if (command.expectedVersion !== state.version)
    return refuse(
      'case.versionStale',
      `案件已被他人更新（您看到的是第${command.expectedVersion}版，当前为第${state.version}版），请刷新后重试`,
      [{ path: 'expectedVersion', messageZh: '版本已过期' }],
    );
  const stage = procedure.stages[state.stage];
  if (state.status === 'closed' || !stage || stage.kind === 'terminal')
    return refuse('case.closed', '案件已结案，不能再执行操作');
  const spec = stage.actions[command.action];
  if (!spec)
    return refuse('action.notAllowedInStage', `案件当前处于“${stage.labelZh}”阶段，不能执行该操作`, [
      { path: 'action', messageZh: '当前阶段不允许此操作' },
    ]);
  if (ctx.actor.role === 'system' || !spec.roles.includes(ctx.actor.role))
    return refuse('action.roleNotAllowed', `${roleLabelsZh[ctx.actor.role]}不能执行“${spec.labelZh}”`);

  const today = shanghaiDate(ctx.now);
  const at = ctx.now.toISOString();
  const base = { at, actor: ctx.actor, correlationId: ctx.correlationId, toStage: spec.to };
  const changes = (transition: Pick<Transition, 'opens' | 'closes'>, track = state.track) =>
    transitionDeadlines(procedure, state, transition, today, { calendar: ctx.calendar, track });
  const one = (event: NewCaseEvent) => ok<ActionOutcome>({ kind: 'events', events: [event] });

  switch (command.action) {
    case 'accept': {
      if (command.track === 'simplified' && !state.simplifiedEligible && !command.partiesAgreeToSimplified)
        return refuse(
          'accept.simplifiedNotEligible',
          '本案不属于《行政复议法》第五十三条第一款规定可以适用简易程序的情形；经各方当事人同意的，方可适用简易程序',
          [{ path: 'track', messageZh: '不符合简易程序适用条件' }],
        );
      return one({
        ...base,
        type: 'accepted',
        deadlines: changes(spec, command.track),
        data: { track: command.track, acceptedOn: today },
      });
    }
    case 'refuse': {
      let competent: { id: string; nameZh: string } | undefined;
      if (command.reasons.includes('wrongBody')) {
        if (!command.competentBodyId)
          return refuse(
            'refusal.competentBodyRequired',
            '以无管辖权为由不予受理的，应当告知申请人有管辖权的行政复议机关',
            [{ path: 'competentBodyId', messageZh: '请选择有管辖权的复议机关' }],
          );
        competent = bodyById(command.competentBodyId);
        if (!competent || competent.id === state.bodyId)
          return refuse('refusal.competentBodyUnknown', '所告知的复议机关无效', [
            { path: 'competentBodyId', messageZh: '请从名录中选择其他复议机关' },
          ]);
      }
      return one({
        ...base,
        type: 'refused',
        deadlines: changes(spec),
        data: {
          reasons: command.reasons,
          ...(competent ? { competentBodyId: competent.id, competentBodyNameZh: competent.nameZh } : {}),
          ...(command.noteZh ? { noteZh: command.noteZh } : {}),
        },
      });
    }
    case 'requestCorrection': {
      if (state.correction)
        return refuse(
          'correction.alreadyRequested',
          '补正通知应一次性列明全部事项，本案已发出过补正通知（《行政复议法》第三十一条）',
        );
      const window = state.deadlines.correctionNotice;
      if (window?.status !== 'open' || ctx.now >= endOfShanghaiDay(window.dueDate))
        return refuse(
          'correction.noticePeriodExpired',
          `补正通知应在收到申请之日起${window ? `至${window.dueDate}` : '法定期限'}内发出，现已超过期限（《行政复议法》第三十一条）`,
        );
      return one({
        ...base,
        type: 'correctionRequested',
        deadlines: changes(spec),
        data: { items: command.items, ...(command.noteZh ? { noteZh: command.noteZh } : {}) },
      });
    }
    case 'submitCorrection': {
      const requested = state.correction?.items ?? [];
      const answered = new Set(command.answers.map((a) => a.field));
      const missing = requested.filter((i) => !answered.has(i.field));
      if (missing.length)
        return refuse(
          'request.invalid',
          '请对补正通知列明的每一项作出补正',
          missing.map((m) => ({ path: `answers.${m.field}`, messageZh: `尚未补正：${m.descriptionZh}` })),
        );
      return one({
        ...base,
        type: 'correctionSubmitted',
        deadlines: changes(spec),
        data: { answers: command.answers, receivedOn: today },
      });
    }
    case 'forward': {
      const target = bodyById(command.toBodyId);
      if (!target || target.id === state.bodyId)
        return refuse('forward.targetInvalid', '请选择本机关以外、名录中的行政复议机关', [
          { path: 'toBodyId', messageZh: '复议机关无效' },
        ]);
      if (!allocated) return ok({ kind: 'needsCaseNumber', bodyId: target.id });
      return one({
        ...base,
        type: 'forwarded',
        deadlines: changes(spec),
        data: {
          fromBodyId: state.bodyId,
          toBodyId: target.id,
          toBodyNameZh: target.nameZh,
          caseNumber: allocated.caseNumber,
          receivedOn: today,
          ...(command.noteZh ? { noteZh: command.noteZh } : {}),
        },
      });
    }
    case 'withdraw':
      return one({
        ...base,
        type: 'withdrawn',
        deadlines: changes(spec),
        data: { reasonZh: command.reasonZh },
      });
  }
}

/**
 * What the clock does by `now`: warnings one working day before a due date, then, once a due
 * date has ended (24:00 Beijing time), the deadline's lapse effect. Applied in due-date order,
 * each on the state the previous one left, so the result is the same however late the timer runs.
 */
export function applyClock(state: CaseState, now: Date, calendar: LegalCalendar): NewCaseEvent[] {
  const events: NewCaseEvent[] = [];
  let current = state;
  const at = now.toISOString();
  for (let guard = 0; guard < 50 && current.status === 'open'; guard++) {
    const event = nextClockEvent(current, now, at, calendar);
    if (!event) break;
    events.push(event);
    current = evolve(current, { ...event, seq: current.version + 1 } as Parameters<typeof evolve>[1]);
  }
  return events;
}

function nextClockEvent(
  state: CaseState,
  now: Date,
  at: string,
  calendar: LegalCalendar,
): NewCaseEvent | undefined {
  const open = Object.values(state.deadlines)
    .filter((d) => d.status === 'open')
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key < b.key ? -1 : 1));
  const base = { at, actor: systemActor };
  for (const d of open) {
    if (now < endOfShanghaiDay(d.dueDate)) continue;
    const effect = procedure.deadlines[d.key]?.onLapse;
    if (effect === 'deemedAccepted') {
      const transition = procedure.clockTransitions.deemedAccepted;
      // Art. 30: accepted as of the last day of the review period; the decision period counts from it.
      return {
        ...base,
        type: 'deemedAccepted',
        toStage: transition.to,
        deadlines: transitionDeadlines(procedure, state, transition, d.dueDate, {
          calendar,
          track: 'ordinary',
        }),
        data: { track: 'ordinary', acceptedOn: d.dueDate },
      };
    }
    if (effect === 'deemedAbandoned') {
      const transition = procedure.clockTransitions.deemedAbandoned;
      return {
        ...base,
        type: 'deemedAbandoned',
        toStage: transition.to,
        deadlines: transitionDeadlines(procedure, state, transition, shanghaiDate(now), { calendar }),
        data: { correctionDueDate: d.dueDate },
      };
    }
    if (effect === 'lapse')
      return {
        ...base,
        type: 'deadlineLapsed',
        deadlines: { closed: [{ key: d.key, status: 'lapsed' }] },
        data: { key: d.key, dueDate: d.dueDate },
      };
    if (effect === 'overdueAlert' && !d.overdue)
      return {
        ...base,
        type: 'deadlineOverdue',
        deadlines: { flagged: [{ key: d.key, overdue: true }] },
        data: { key: d.key, dueDate: d.dueDate },
      };
  }
  for (const d of open) {
    if (!d.warned && !d.overdue && now >= startOfShanghaiDay(d.warnOn) && now < endOfShanghaiDay(d.dueDate))
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
export function nextClockInstant(state: CaseState): Date | undefined {
  if (state.status !== 'open') return undefined;
  let next: Date | undefined;
  for (const d of Object.values(state.deadlines)) {
    if (d.status !== 'open') continue;
    const candidates: Date[] = [];
    if (!d.overdue) candidates.push(endOfShanghaiDay(d.dueDate));
    if (!d.warned && !d.overdue) candidates.push(startOfShanghaiDay(d.warnOn));
    for (const c of candidates) if (!next || c < next) next = c;
  }
  return next;
}
