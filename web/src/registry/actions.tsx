import type { ComponentType } from 'react';
import type { ActionId } from '../api/types';
import { AcceptForm } from '../components/actions/AcceptForm';
import type { ActionFormProps } from '../components/actions/ActionForm';
import { ApproveDecisionForm } from '../components/actions/ApproveDecisionForm';
import {
  GiveCommitteeOpinionForm,
  RecordCommitteeOpinionForm,
  ReferToCommitteeForm,
} from '../components/actions/CommitteeForms';
import { ConsentToElectronicServiceForm } from '../components/actions/ConsentToElectronicServiceForm';
import { ConvertToOrdinaryForm } from '../components/actions/ConvertToOrdinaryForm';
import { DraftDecisionForm } from '../components/actions/DraftDecisionForm';
import { ExtendDecisionPeriodForm } from '../components/actions/ExtendDecisionPeriodForm';
import { ForwardForm } from '../components/actions/ForwardForm';
import {
  ConfirmHearingRecordForm,
  DraftHearingRecordForm,
  PostponeHearingForm,
  RecordHearingHeldForm,
  RecordSignatureRefusalForm,
  ScheduleHearingForm,
} from '../components/actions/HearingDayForms';
import {
  ApplyForRecusalForm,
  AssignHearingPanelForm,
  DecideHearingRequestForm,
  DecideRecusalForm,
  OrderHearingForm,
  RequestHearingForm,
} from '../components/actions/HearingForms';
import { MarkComplexityForm } from '../components/actions/MarkComplexityForm';
import {
  ConsentToMediationForm,
  DeclineMediationForm,
  EndMediationForm,
  IssueMediationDocumentForm,
  ProposeMediationForm,
  RecordMediationConsentForm,
  RecordMediationSessionForm,
  RecordMediationSignatureForm,
  SealMediationDocumentForm,
  SignMediationDocumentForm,
} from '../components/actions/MediationForms';
import {
  AppointAgentForm,
  DecideThirdPartyApplicationForm,
  DismissAgentForm,
  InviteThirdPartyForm,
  RecordRepresentativesForm,
  RecordThirdPartyApplicationForm,
} from '../components/actions/PartyForms';
import { RecordCollectiveDiscussionForm } from '../components/actions/RecordCollectiveDiscussionForm';
import { RecordCopyReceiptForm } from '../components/actions/RecordCopyReceiptForm';
import { RecordLitigationForm } from '../components/actions/RecordLitigationForm';
import { RecordMailingForm } from '../components/actions/RecordMailingForm';
import { RecordOpinionsForm } from '../components/actions/RecordOpinionsForm';
import { RecordReceiptForm } from '../components/actions/RecordReceiptForm';
import { RefuseForm } from '../components/actions/RefuseForm';
import { RequestCollectiveDiscussionForm } from '../components/actions/RequestCollectiveDiscussionForm';
import { RequestCorrectionForm } from '../components/actions/RequestCorrectionForm';
import { ResumeForm } from '../components/actions/ResumeForm';
import { ReturnDraftForm } from '../components/actions/ReturnDraftForm';
import { SendCopyForm } from '../components/actions/SendCopyForm';
import {
  ApproveWithdrawalForm,
  AssessPriorWithdrawalForm,
  RefuseWithdrawalForm,
} from '../components/actions/SettlementForms';
import { SubmitCorrectionForm } from '../components/actions/SubmitCorrectionForm';
import { SubmitReplyForm } from '../components/actions/SubmitReplyForm';
import { SuspendForm } from '../components/actions/SuspendForm';
import { TerminateForm } from '../components/actions/TerminateForm';
import { WithdrawForm } from '../components/actions/WithdrawForm';

/** How an action's form opens: a side drawer for longer forms, a dialog for a short confirmation. */
export type ActionContainer = 'drawer' | 'modal';

export interface ActionEntry {
  readonly form: ComponentType<ActionFormProps>;
  readonly opensIn: ActionContainer;
}

/**
 * The form of each action a person may take on a case (the API's allowedActions names them and
 * labels them). A new action needs one form component (built on ActionForm) and one line here;
 * the type checker and test/unit/portal-registries.test.tsx fail while one is missing.
 */
export const actionForms: { readonly [A in ActionId]: ActionEntry } = {
  accept: { form: AcceptForm, opensIn: 'modal' },
  refuse: { form: RefuseForm, opensIn: 'drawer' },
  requestCorrection: { form: RequestCorrectionForm, opensIn: 'drawer' },
  submitCorrection: { form: SubmitCorrectionForm, opensIn: 'drawer' },
  forward: { form: ForwardForm, opensIn: 'drawer' },
  sendCopy: { form: SendCopyForm, opensIn: 'modal' },
  recordCopyReceipt: { form: RecordCopyReceiptForm, opensIn: 'modal' },
  requestHearing: { form: RequestHearingForm, opensIn: 'modal' },
  decideHearingRequest: { form: DecideHearingRequestForm, opensIn: 'modal' },
  orderHearing: { form: OrderHearingForm, opensIn: 'modal' },
  assignHearingPanel: { form: AssignHearingPanelForm, opensIn: 'drawer' },
  applyForRecusal: { form: ApplyForRecusalForm, opensIn: 'modal' },
  decideRecusal: { form: DecideRecusalForm, opensIn: 'modal' },
  scheduleHearing: { form: ScheduleHearingForm, opensIn: 'drawer' },
  postponeHearing: { form: PostponeHearingForm, opensIn: 'drawer' },
  recordHearingHeld: { form: RecordHearingHeldForm, opensIn: 'drawer' },
  draftHearingRecord: { form: DraftHearingRecordForm, opensIn: 'drawer' },
  confirmHearingRecord: { form: ConfirmHearingRecordForm, opensIn: 'drawer' },
  recordSignatureRefusal: { form: RecordSignatureRefusalForm, opensIn: 'modal' },
  referToCommittee: { form: ReferToCommitteeForm, opensIn: 'drawer' },
  giveCommitteeOpinion: { form: GiveCommitteeOpinionForm, opensIn: 'drawer' },
  recordCommitteeOpinion: { form: RecordCommitteeOpinionForm, opensIn: 'drawer' },
  withdraw: { form: WithdrawForm, opensIn: 'drawer' },
  inviteThirdParty: { form: InviteThirdPartyForm, opensIn: 'drawer' },
  recordThirdPartyApplication: { form: RecordThirdPartyApplicationForm, opensIn: 'drawer' },
  decideThirdPartyApplication: { form: DecideThirdPartyApplicationForm, opensIn: 'drawer' },
  appointAgent: { form: AppointAgentForm, opensIn: 'drawer' },
  dismissAgent: { form: DismissAgentForm, opensIn: 'modal' },
  recordRepresentatives: { form: RecordRepresentativesForm, opensIn: 'drawer' },
  proposeMediation: { form: ProposeMediationForm, opensIn: 'modal' },
  consentToMediation: { form: ConsentToMediationForm, opensIn: 'modal' },
  recordMediationConsent: { form: RecordMediationConsentForm, opensIn: 'drawer' },
  recordMediationSession: { form: RecordMediationSessionForm, opensIn: 'drawer' },
  issueMediationDocument: { form: IssueMediationDocumentForm, opensIn: 'drawer' },
  signMediationDocument: { form: SignMediationDocumentForm, opensIn: 'drawer' },
  recordMediationSignature: { form: RecordMediationSignatureForm, opensIn: 'modal' },
  sealMediationDocument: { form: SealMediationDocumentForm, opensIn: 'modal' },
  declineMediation: { form: DeclineMediationForm, opensIn: 'modal' },
  endMediation: { form: EndMediationForm, opensIn: 'modal' },
  approveWithdrawal: { form: ApproveWithdrawalForm, opensIn: 'modal' },
  refuseWithdrawal: { form: RefuseWithdrawalForm, opensIn: 'modal' },
  assessPriorWithdrawal: { form: AssessPriorWithdrawalForm, opensIn: 'drawer' },
  // The review (shared/procedures/reconsideration/review/*).
  submitReply: { form: SubmitReplyForm, opensIn: 'drawer' },
  recordOpinions: { form: RecordOpinionsForm, opensIn: 'drawer' },
  markComplexity: { form: MarkComplexityForm, opensIn: 'drawer' },
  convertToOrdinary: { form: ConvertToOrdinaryForm, opensIn: 'modal' },
  suspend: { form: SuspendForm, opensIn: 'drawer' },
  resume: { form: ResumeForm, opensIn: 'modal' },
  terminate: { form: TerminateForm, opensIn: 'drawer' },
  extendDecisionPeriod: { form: ExtendDecisionPeriodForm, opensIn: 'modal' },
  draftDecision: { form: DraftDecisionForm, opensIn: 'drawer' },
  requestCollectiveDiscussion: { form: RequestCollectiveDiscussionForm, opensIn: 'modal' },
  recordCollectiveDiscussion: { form: RecordCollectiveDiscussionForm, opensIn: 'drawer' },
  returnDraft: { form: ReturnDraftForm, opensIn: 'modal' },
  approveDecision: { form: ApproveDecisionForm, opensIn: 'drawer' },
  recordMailing: { form: RecordMailingForm, opensIn: 'modal' },
  recordReceipt: { form: RecordReceiptForm, opensIn: 'modal' },
  consentToElectronicService: { form: ConsentToElectronicServiceForm, opensIn: 'modal' },
  recordLitigation: { form: RecordLitigationForm, opensIn: 'modal' },
};

/** The registered form of an action the API offers, if this portal knows it. */
export const actionEntry = (action: string): ActionEntry | undefined =>
  Object.hasOwn(actionForms, action) ? actionForms[action as ActionId] : undefined;
