import type { Deadline } from '../../domain/case';
import type { ProcedureDefinition, ProcedureModule } from '../../domain/procedure';
import { type Application, actKindsZh, applicationSchema } from './application';
import { type ActionCommand, actionCommandSchema } from './commands';
import { decide, fileApplication, previewFiling } from './decide';
import { reconsiderationProcedure } from './definition';
import { reconsiderationEventSchemas } from './events';
import { evolve } from './evolve';
import { noticesFor } from './notices';
import { eventLabelsZh, presentCase, presentEventData, summary } from './present';
import { partOfAction, reviewParts } from './review';
import { formatDocumentNumber } from './review/decision';
import { refilingBar } from './review/settlement';
import { reconsiderationThresholds, reconsiderationTimeLimits } from './rules';
import { assessTimeliness } from './timeliness';
import { type CaseState, refusalReasonsZh } from './types';

/**
 * Administrative reconsideration (行政复议) as a procedure module: the rules of the
 * Administrative Reconsideration Law, the stage graph, schemas, decide/evolve, notices and
 * presenter. The engine reaches it only through the registry (shared/domain/registry.ts).
 */
export const reconsideration: ProcedureModule<CaseState> = {
  id: reconsiderationProcedure.id,
  labelZh: reconsiderationProcedure.labelZh,
  definition: reconsiderationProcedure,
  timeLimits: reconsiderationTimeLimits,
  filingSchema: applicationSchema,
  commandSchema: actionCommandSchema,
  eventSchemas: reconsiderationEventSchemas,
  thresholds: Object.values(reconsiderationThresholds),
  vocabulary: {
    actKindsZh,
    refusalReasonsZh,
    ...Object.assign({}, ...reviewParts.map((p) => p.vocabulary ?? {})),
  },
  formatNumber: formatDocumentNumber,
  eventLabelsZh,
  responsibleLabelsZh: { body: '复议机关', applicant: '申请人', respondent: '被申请人' },
  // Inputs arrive parsed by filingSchema / commandSchema at the edge.
  previewFiling: (input, ctx) => previewFiling(input as Application, ctx),
  file: (input, caseNumber, ctx) => fileApplication(input as Application, caseNumber, ctx),
  decide: (state, command, ctx, allocated) => decide(state, command as ActionCommand, ctx, allocated),
  evolve,
  clockEventData(transition: string, lapsed: Deadline) {
    if (transition === 'deemedAccepted')
      // Art. 30: accepted as of the last day of the review period, on the ordinary procedure.
      return { track: 'ordinary', acceptedOn: lapsed.dueDate };
    if (transition === 'deemedAbandoned') return { correctionDueDate: lapsed.dueDate };
    if (transition === 'decisionFinal') return { litigationDueDate: lapsed.dueDate };
    if (transition === 'terminatedAfterSuspension')
      return { suspendedOn: lapsed.startDate, limitDueDate: lapsed.dueDate };
    throw new Error(`reconsideration has no clock transition '${transition}'`);
  },
  variantOf: (state) => state.track,
  actionAvailable: (state, action, actor) => {
    if (action === 'sendCopy') return !state.copy;
    if (action === 'recordCopyReceipt') return state.copy !== undefined && !state.copy.receivedOn;
    return partOfAction(action)?.available?.[action]?.(state, actor) ?? true;
  },
  // Art. 74(2): an approved withdrawal of the same claim bars a new application.
  checkEarlierCases: (input, earlier) => refilingBar(input as Application, earlier),
  recomputeOnCalendar: (state, calendar, loaded) => {
    // Art. 20 is a deadline like any other: the verdict is redone on the calendar in force.
    const fresh = assessTimeliness(state.application.act, state.timeliness.filedOn, calendar);
    const was = state.timeliness;
    if (
      fresh.timely === was.timely &&
      fresh.dueDate === was.dueDate &&
      fresh.provisional === was.provisional &&
      fresh.messageZh === was.messageZh
    )
      return [];
    return [
      {
        type: 'timelinessRecomputed',
        data: {
          calendarYear: loaded.year,
          calendarVersion: loaded.version,
          from: { timely: was.timely, dueDate: was.dueDate, provisional: was.provisional },
          timeliness: fresh,
        },
      },
    ];
  },
  notices: (state, event) => noticesFor(state, event as Parameters<typeof noticesFor>[1]),
  presentCase,
  presentEventData,
  summary,
};

export type { Application } from './application';
export { actKindsZh, agentKindsZh, applicationSchema, specialPowersZh } from './application';
export type { ActionCommand, ActionName } from './commands';
export { actionCommandSchema } from './commands';
export { checkActDates, competenceFor, fileApplication, previewFiling } from './decide';
export { reconsiderationThresholds, reconsiderationTimeLimits, timeLimitsById } from './rules';
export {
  assessTimeliness,
  mustReconsiderFirst,
  simplifiedEligibilityReasonsZh,
  simplifiedEligible,
} from './timeliness';
export * from './types';

/** The stage graph as the engine types it (for code that iterates stages and actions by name). */
export const procedure: ProcedureDefinition = reconsiderationProcedure;
