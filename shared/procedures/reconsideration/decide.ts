import { formatDateZh } from '../../calendar/explain';
import { endOfShanghaiDay, shanghaiDate } from '../../calendar/time';
import { bodyById, competentBodyFor } from '../../directory/agencies';
import { transitionDeadlines } from '../../domain/deadlines';
import type { ActionContext, ActionOutcome, DecisionContext, ProcedureModule } from '../../domain/procedure';
import { type Decision, ok, refuse } from '../../domain/refusals';
import { dateZh } from '../../validation/dates';
import type { Application } from './application';
import type { ActionCommand } from './commands';
import { reconsiderationProcedure as procedure } from './definition';
import { reconsideration } from './index';
import { partOfAction } from './review';
import { decideWithdraw } from './review/settlement';
import { assessTimeliness, mustReconsiderFirst, simplifiedEligible } from './timeliness';
import type { CaseState, NewCaseEvent } from './types';

/** Who the application goes to, and why (Arts. 24–28). */
export function competenceFor(application: Pick<Application, 'respondentAgencyId'>) {
  const competent = competentBodyFor(application.respondentAgencyId);
  if (!competent)
    return refuse('filing.respondentUnknown', '被申请人不在行政机关名录中，请从名录中选择', [
      { path: 'respondentAgencyId', messageZh: '请从名录中选择被申请人' },
    ]);
  return ok(competent);
}

/**
 * Checks the act's dates make sense before anything is computed from them: none after today (by
 * the runtime clock — the schema already bounds them below by 1 October 1949), and in order.
 */
export function checkActDates(act: Application['act'], filedOn: string): Decision<true> {
  const fields: { path: string; messageZh: string }[] = [];
  const today = `今天（${dateZh(filedOn)}）`;
  if (act.madeOn > filedOn)
    fields.push({ path: 'act.madeOn', messageZh: `行政行为作出日期不能晚于${today}` });
  if (act.learnedOn > filedOn)
    fields.push({ path: 'act.learnedOn', messageZh: `知道该行政行为的日期不能晚于${today}` });
  if (act.learnedOn < act.madeOn)
    fields.push({ path: 'act.learnedOn', messageZh: '知道行政行为的日期不能早于行政行为作出日期' });
  if (act.rightsLearnedOn !== undefined) {
    if (act.rightsNotified)
      fields.push({ path: 'act.rightsLearnedOn', messageZh: '行政机关已告知复议权利时无需填写此项' });
    else if (act.rightsLearnedOn < act.learnedOn || act.rightsLearnedOn > filedOn)
      fields.push({
        path: 'act.rightsLearnedOn',
        messageZh: `知道复议权利的日期应在知道行政行为之日与${today}之间`,
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
    bodyId: competent.value.body.id,
    bodyNameZh: competent.value.body.nameZh,
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
    procedure: procedure.id,
    at: ctx.now.toISOString(),
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    toStage: procedure.initialStage,
    deadlines: transitionDeadlines(
      reconsideration as unknown as ProcedureModule,
      undefined,
      procedure.onFiling,
      receivedOn,
      {
        calendar: ctx.calendar,
      },
    ),
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

/** The reconsideration part of deciding an action (the engine checked version, stage and role). */
export function decide(
  state: CaseState,
  command: ActionCommand,
  ctx: ActionContext,
  allocated?: { readonly number: string },
): Decision<ActionOutcome> {
  const { spec, base, today, changes } = ctx;
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
          caseNumber: allocated.number,
          receivedOn: today,
          ...(command.noteZh ? { noteZh: command.noteZh } : {}),
        },
      });
    }
    case 'sendCopy': {
      // Art. 48 / 54: the copy goes out once; the reply period counts from its receipt.
      if (state.copy)
        return refuse(
          'copy.alreadySent',
          `申请书副本已于${formatDateZh(state.copy.sentOn)}发送给被申请人，无需重复登记`,
        );
      const accepted = state.acceptedOn ?? today;
      if (command.sentOn < accepted || command.sentOn > today)
        return refuse('copy.sentOnInvalid', '发送日期应在受理之日与今天之间', [
          {
            path: 'sentOn',
            messageZh: `发送日期应在${formatDateZh(accepted)}至${formatDateZh(today)}之间`,
          },
        ]);
      const online = command.channel === 'online';
      return one({
        ...base,
        type: 'copySent',
        deadlines: changes(
          { closes: spec.closes, opens: online ? spec.opens : [] },
          undefined,
          command.sentOn,
        ),
        data: {
          channel: command.channel,
          sentOn: command.sentOn,
          ...(online ? { receivedOn: command.sentOn } : {}),
        },
      });
    }
    case 'recordCopyReceipt': {
      if (!state.copy) return refuse('copy.notSent', '尚未登记向被申请人发送申请书副本，请先登记发送');
      if (state.copy.receivedOn)
        return refuse(
          'copy.alreadyReceived',
          state.copy.channel === 'online'
            ? `申请书副本系网上送达，被申请人已于${formatDateZh(state.copy.receivedOn)}收到，无需登记`
            : `已登记被申请人于${formatDateZh(state.copy.receivedOn)}收到副本`,
        );
      if (command.receivedOn < state.copy.sentOn || command.receivedOn > today)
        return refuse('copy.receivedOnInvalid', '收到日期应在发送之日与今天之间', [
          {
            path: 'receivedOn',
            messageZh: `收到日期应在${formatDateZh(state.copy.sentOn)}至${formatDateZh(today)}之间`,
          },
        ]);
      return one({
        ...base,
        type: 'copyReceived',
        deadlines: changes(spec, undefined, command.receivedOn),
        data: { receivedOn: command.receivedOn },
      });
    }
    case 'withdraw':
      // Before acceptance the case closes at once; after it the office head decides (review/settlement.ts).
      return decideWithdraw(state, command, ctx);
    default: {
      const part = partOfAction(command.action);
      const decideIn = part?.decide[command.action as keyof typeof part.decide] as
        | ((...args: unknown[]) => Decision<ActionOutcome>)
        | undefined;
      if (!decideIn) throw new Error(`reconsideration has no decide for '${command.action}'`);
      return decideIn(state, command, ctx, allocated);
    }
  }
}
