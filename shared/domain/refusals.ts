/**
 * Typed refusals: the domain never throws for a rule; it returns one of these. Each code is
 * stable (clients and tests match on it) and maps to one HTTP status in shared/http/problem.ts.
 */
export type RefusalCode =
  | 'request.invalid'
  | 'request.unsupportedMediaType'
  | 'case.notFound'
  | 'case.closed'
  | 'case.versionStale'
  | 'action.unknown'
  | 'action.roleNotAllowed'
  | 'action.notAllowedInStage'
  | 'filing.competentBodyUnknown'
  | 'filing.respondentUnknown'
  | 'filing.actDatesInvalid'
  | 'correction.alreadyRequested'
  | 'correction.noticePeriodExpired'
  | 'refusal.competentBodyRequired'
  | 'refusal.competentBodyUnknown'
  | 'forward.targetInvalid'
  | 'accept.simplifiedNotEligible'
  | 'copy.alreadySent'
  | 'copy.sentOnInvalid'
  | 'copy.notSent'
  | 'copy.alreadyReceived'
  | 'copy.receivedOnInvalid'
  | 'review.dateInvalid'
  | 'route.notSimplified'
  | 'reply.copyNotReceived'
  | 'reply.alreadySubmitted'
  | 'decision.typeNotFit'
  | 'decision.noReplyArt70'
  | 'decision.discussionAlreadyRequested'
  | 'decision.discussionNotRequested'
  | 'decision.discussionAlreadyRecorded'
  | 'decision.discussionPending'
  | 'service.notPostal'
  | 'service.alreadyServed'
  | 'service.notMailed'
  | 'service.alreadyConsented'
  | 'suspension.notTerminating'
  | 'extension.notOrdinary'
  | 'extension.alreadyGranted'
  | 'extension.noOpenPeriod'
  | 'hearing.alreadyRequested'
  | 'hearing.noRequest'
  | 'hearing.mandatory'
  | 'hearing.alreadyOrdered'
  | 'hearing.notRequired'
  | 'hearing.alreadyHeld'
  | 'hearing.waived'
  | 'hearing.panelInvalid'
  | 'hearing.panelIncomplete'
  | 'hearing.memberConflict'
  | 'hearing.memberRecused'
  | 'hearing.memberNotOnPanel'
  | 'hearing.notParty'
  | 'hearing.recusalPending'
  | 'hearing.noRecusalApplication'
  | 'hearing.alreadyScheduled'
  | 'hearing.noticeTooShort'
  | 'hearing.notScheduled'
  | 'hearing.notYetDue'
  | 'hearing.notHeld'
  | 'hearing.notPanelClerk'
  | 'hearing.recordSigned'
  | 'hearing.noRecord'
  | 'hearing.notSignatory'
  | 'hearing.alreadySigned'
  | 'hearing.required'
  | 'hearing.recordNotFinal'
  | 'hearing.pending'
  | 'committee.alreadyReferred'
  | 'committee.memberInvalid'
  | 'committee.memberConflict'
  | 'committee.notReferred'
  | 'committee.notAsked'
  | 'committee.alreadyOpined'
  | 'committee.concluded'
  | 'committee.noOpinions'
  | 'committee.opinionRequired'
  | 'committee.opinionPending'
  | 'action.partyNotAllowed'
  | 'filing.withdrawnBefore'
  | 'agent.specialAuthorityRequired'
  | 'parties.alreadyParty'
  | 'parties.tooManyAgents'
  | 'parties.agentUnknown'
  | 'parties.tooManyRepresentatives'
  | 'parties.applicationUnknown'
  | 'parties.applicationDecided'
  | 'mediation.respondentNotJoined'
  | 'mediation.alreadyProposed'
  | 'mediation.notProposed'
  | 'mediation.alreadyAnswered'
  | 'mediation.partyUnknown'
  | 'mediation.noDocument'
  | 'mediation.documentAlreadyIssued'
  | 'mediation.alreadySigned'
  | 'mediation.alreadySealed'
  | 'settlement.noPriorWithdrawal'
  | 'document.notFound'
  | 'document.formatNotAllowed'
  | 'document.noDraft'
  | 'calendar.invalid'
  | 'auth.required'
  | 'auth.forbidden'
  | 'idempotency.keyRequired'
  | 'idempotency.keyReused';

export interface Refusal {
  readonly code: RefusalCode;
  readonly messageZh: string;
  /** Field paths (dotted) the refusal is about, e.g. ['act.learnedOn']. */
  readonly fields?: readonly { readonly path: string; readonly messageZh: string }[];
}

export type Decision<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: Refusal };

export const ok = <T>(value: T): Decision<T> => ({ ok: true, value });
export const refuse = (
  code: RefusalCode,
  messageZh: string,
  fields?: Refusal['fields'],
): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: fields ? { code, messageZh, fields } : { code, messageZh },
});
