import type { ComponentType } from 'react';
import type { EventType, TimelineEvent } from '../api/types';
import type { EventContext } from '../components/timeline/context';
import {
  CollectiveDiscussionRecorded,
  CollectiveDiscussionRequested,
  ComplexityAssessed,
  ConvertedToOrdinary,
  DecisionDrafted,
  DecisionDraftReturned,
  DecisionFinal,
  DecisionIssued,
  DecisionMailed,
  DecisionPeriodExtended,
  DecisionServed,
  DecisionTookEffect,
  ElectronicServiceConsented,
  LitigationRecorded,
  OpinionsHeard,
  ReplySubmitted,
  Resumed,
  Suspended,
  Terminated,
  TerminatedAfterSuspension,
} from '../components/timeline/course';
import { DocumentRead } from '../components/timeline/documents';
import { DeadlineAwaitingCalendar, DeadlineEvent, DeadlinesRecomputed } from '../components/timeline/engine';
import {
  FileAttached,
  FileConfidentialityMarked,
  FileConfidentialityUnmarked,
  FileRead,
} from '../components/timeline/files';
import { GenericEvent } from '../components/timeline/GenericEvent';
import {
  CommitteeMemberOpined,
  CommitteeOpinionRecorded,
  HearingHeld,
  HearingOrdered,
  HearingPanelAssigned,
  HearingPostponed,
  HearingRecordConfirmed,
  HearingRecordDrafted,
  HearingRequestDecided,
  HearingRequested,
  HearingScheduled,
  HearingSignatureRefused,
  HearingWaived,
  RecusalApplied,
  RecusalDecided,
  ReferredToCommittee,
} from '../components/timeline/hearing';
import {
  Accepted,
  CaseFiled,
  CopyReceived,
  CopySent,
  CorrectionRequested,
  CorrectionSubmitted,
  DeemedAbandoned,
  type EventProps,
  Forwarded,
  Refused,
  TimelinessRecomputed,
  Withdrawn,
} from '../components/timeline/reconsideration';
import {
  AgentAppointed,
  AgentDismissed,
  MediationConsented,
  MediationDeclined,
  MediationDocumentIssued,
  MediationDocumentSealed,
  MediationDocumentSigned,
  MediationFailed,
  MediationProposed,
  MediationSessionHeld,
  MediationTookEffect,
  PriorWithdrawalAssessed,
  RepresentativesRecorded,
  ThirdPartyAdmitted,
  ThirdPartyApplicationRefused,
  ThirdPartyApplied,
  WithdrawalApproved,
  WithdrawalRefused,
  WithdrawalRequested,
} from '../components/timeline/review';

export type EventRenderer<T extends EventType> = ComponentType<EventProps<T>>;

/**
 * How each event type reads in a case's timeline (its title, labelZh, comes from the API; the
 * renderer shows its details). Every event type the API names must have one: the type checker
 * and test/unit/portal-registries.test.tsx both fail otherwise. An event of a type added later
 * is shown by the generic renderer until it gets its own line here.
 */
export const eventRenderers: { readonly [T in EventType]: EventRenderer<T> } = {
  caseFiled: CaseFiled,
  correctionRequested: CorrectionRequested,
  correctionSubmitted: CorrectionSubmitted,
  accepted: Accepted,
  deemedAccepted: Accepted,
  refused: Refused,
  forwarded: Forwarded,
  copySent: CopySent,
  copyReceived: CopyReceived,
  timelinessRecomputed: TimelinessRecomputed,
  withdrawn: Withdrawn,
  deemedAbandoned: DeemedAbandoned,
  deadlineWarned: DeadlineEvent,
  deadlineOverdue: DeadlineEvent,
  deadlineLapsed: DeadlineEvent,
  deadlineAwaitingCalendar: DeadlineAwaitingCalendar,
  deadlinesRecomputed: DeadlinesRecomputed,
  hearingRequested: HearingRequested,
  hearingRequestDecided: HearingRequestDecided,
  hearingOrdered: HearingOrdered,
  hearingPanelAssigned: HearingPanelAssigned,
  recusalApplied: RecusalApplied,
  recusalDecided: RecusalDecided,
  hearingScheduled: HearingScheduled,
  hearingPostponed: HearingPostponed,
  hearingHeld: HearingHeld,
  hearingWaived: HearingWaived,
  hearingRecordDrafted: HearingRecordDrafted,
  hearingRecordConfirmed: HearingRecordConfirmed,
  hearingSignatureRefused: HearingSignatureRefused,
  referredToCommittee: ReferredToCommittee,
  committeeMemberOpined: CommitteeMemberOpined,
  committeeOpinionRecorded: CommitteeOpinionRecorded,
  thirdPartyAdmitted: ThirdPartyAdmitted,
  thirdPartyApplied: ThirdPartyApplied,
  thirdPartyApplicationRefused: ThirdPartyApplicationRefused,
  agentAppointed: AgentAppointed,
  agentDismissed: AgentDismissed,
  representativesRecorded: RepresentativesRecorded,
  mediationProposed: MediationProposed,
  mediationConsented: MediationConsented,
  mediationDeclined: MediationDeclined,
  mediationSessionHeld: MediationSessionHeld,
  mediationDocumentIssued: MediationDocumentIssued,
  mediationDocumentSigned: MediationDocumentSigned,
  mediationDocumentSealed: MediationDocumentSealed,
  mediationTookEffect: MediationTookEffect,
  mediationFailed: MediationFailed,
  withdrawalRequested: WithdrawalRequested,
  withdrawalApproved: WithdrawalApproved,
  withdrawalRefused: WithdrawalRefused,
  priorWithdrawalAssessed: PriorWithdrawalAssessed,
  // The reply, the route, suspension and the decision.
  replySubmitted: ReplySubmitted,
  opinionsHeard: OpinionsHeard,
  complexityAssessed: ComplexityAssessed,
  convertedToOrdinary: ConvertedToOrdinary,
  suspended: Suspended,
  resumed: Resumed,
  terminated: Terminated,
  terminatedAfterSuspension: TerminatedAfterSuspension,
  decisionPeriodExtended: DecisionPeriodExtended,
  decisionDrafted: DecisionDrafted,
  collectiveDiscussionRequested: CollectiveDiscussionRequested,
  collectiveDiscussionRecorded: CollectiveDiscussionRecorded,
  decisionDraftReturned: DecisionDraftReturned,
  decisionIssued: DecisionIssued,
  decisionMailed: DecisionMailed,
  decisionServed: DecisionServed,
  decisionTookEffect: DecisionTookEffect,
  electronicServiceConsented: ElectronicServiceConsented,
  litigationRecorded: LitigationRecorded,
  decisionFinal: DecisionFinal,
  fileAttached: FileAttached,
  fileConfidentialityMarked: FileConfidentialityMarked,
  fileConfidentialityUnmarked: FileConfidentialityUnmarked,
  fileRead: FileRead,
  documentRead: DocumentRead,
};

/** The details of one timeline event, by its type's renderer or else the generic one. */
export function EventDetail(props: { readonly event: TimelineEvent; readonly context: EventContext }) {
  const type: string = props.event.type;
  if (Object.hasOwn(eventRenderers, type)) {
    const Renderer = eventRenderers[props.event.type] as EventRenderer<EventType>;
    return <Renderer event={props.event} context={props.context} />;
  }
  return <GenericEvent event={props.event} context={props.context} />;
}
