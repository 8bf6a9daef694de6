import type { FieldsOf } from '../template';
import { acceptanceNotice } from './acceptance';
import { correctionNotice } from './correction';
import { reconsiderationDecision } from './decision';
import { extensionNotice } from './extension';
import { hearingNotice } from './hearing-notice';
import { mediationStatement } from './mediation';
import { refusalDecision } from './refusal';
import { replyNotice } from './reply-notice';
import { resumptionNotice } from './resumption';
import { suspensionNotice } from './suspension';
import { terminationDecision } from './termination';
import { thirdPartyNotice } from './third-party-notice';

export type { AcceptanceFields } from './acceptance';
export type { AcceptedCase, CaseOpening } from './common';
export type { CorrectionFields } from './correction';
export type { DecisionFields, DecisionType } from './decision';
export type { ExtensionFields } from './extension';
export type { HearingNoticeFields } from './hearing-notice';
export type { MediationFields } from './mediation';
export type { RefusalFields } from './refusal';
export type { ReplyNoticeFields } from './reply-notice';
export type { ResumptionFields } from './resumption';
export type { SuspensionFields, SuspensionGround } from './suspension';
export type { TerminationFields, TerminationGround } from './termination';
export type { ThirdPartyNoticeFields } from './third-party-notice';

/** Every document of administrative reconsideration, by kind (the template's `kind`). */
export const reconsiderationTemplates = {
  acceptance: acceptanceNotice,
  refusal: refusalDecision,
  correction: correctionNotice,
  replyNotice,
  thirdPartyNotice,
  hearingNotice,
  suspension: suspensionNotice,
  resumption: resumptionNotice,
  termination: terminationDecision,
  extension: extensionNotice,
  mediation: mediationStatement,
  decision: reconsiderationDecision,
} as const;

export type ReconsiderationDocumentKind = keyof typeof reconsiderationTemplates;
/** The data a kind of document needs: `ReconsiderationDocumentFields<'decision'>` is DecisionFields. */
export type ReconsiderationDocumentFields<K extends ReconsiderationDocumentKind> = FieldsOf<
  (typeof reconsiderationTemplates)[K]
>;
