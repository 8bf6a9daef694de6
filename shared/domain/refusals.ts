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
