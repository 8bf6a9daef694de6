import { shanghaiDate } from '../../calendar/time';
import { agencyById } from '../../directory/agencies';
import type { CaseEvent as AnyEvent } from '../../domain/case';
import { partOfEvent } from './review';
import { agentsAtFiling, signedInParties } from './review/parties';
import type { CaseEvent, CaseState } from './types';
import { refusalReasonsZh } from './types';

/** Folds reconsideration's own events (the engine already moved version, stage, status and deadlines). */
export function evolve(state: CaseState | undefined, anyEvent: AnyEvent): CaseState {
  const event = anyEvent as CaseEvent;
  if (event.type === 'caseFiled') {
    const d = event.data;
    const agents = agentsAtFiling(d.application, d.receivedOn);
    return {
      id: '',
      version: event.seq,
      procedure: 'reconsideration',
      caseNumber: d.caseNumber,
      status: 'open',
      stage: event.toStage ?? '',
      bodyId: d.bodyId,
      bodyNameZh: d.bodyNameZh,
      parties: [
        { role: 'applicant', userId: d.applicantUserId, nameZh: d.application.applicant.name },
        // The agent named in the application sees the case with the account given for them.
        ...signedInParties({ agents }),
      ],
      agents,
      deadlines: {},
      competenceBasisZh: d.competenceBasisZh,
      selfReview: d.selfReview,
      applicantUserId: d.applicantUserId,
      application: d.application,
      filedAt: event.at,
      receivedOn: d.receivedOn,
      timeliness: d.timeliness,
      simplifiedEligible: d.simplifiedEligible,
      mustReconsiderFirst: d.mustReconsiderFirst,
      forwardedFrom: [],
      updatedAt: event.at,
    };
  }
  if (!state) throw new Error(`event ${event.seq} (${event.type}) before caseFiled`);
  const on = shanghaiDate(new Date(event.at));
  switch (event.type) {
    case 'correctionRequested':
      return { ...state, correction: { items: event.data.items, requestedAt: event.at } };
    case 'correctionSubmitted':
      return {
        ...state,
        receivedOn: event.data.receivedOn,
        correction: state.correction && { ...state.correction, submittedAt: event.at },
      };
    case 'accepted':
    case 'deemedAccepted':
      return {
        ...state,
        track: event.data.track,
        acceptedOn: event.data.acceptedOn,
        deemedAccepted: event.type === 'deemedAccepted',
      };
    case 'copySent':
      return {
        ...state,
        copy: event.data,
        // The respondent is brought in when the copy of the application is sent to it (Art. 48).
        parties: [
          ...state.parties.filter((p) => p.role !== 'respondent'),
          {
            role: 'respondent',
            agencyId: state.application.respondentAgencyId,
            nameZh:
              agencyById(state.application.respondentAgencyId)?.nameZh ??
              state.application.respondentAgencyId,
          },
        ],
      };
    case 'copyReceived':
      return { ...state, copy: state.copy && { ...state.copy, receivedOn: event.data.receivedOn } };
    case 'timelinessRecomputed':
      return { ...state, timeliness: event.data.timeliness };
    case 'refused':
      return {
        ...state,
        closure: {
          kind: 'refused',
          on,
          detailZh: [
            ...event.data.reasons.map((r) => refusalReasonsZh[r]),
            ...(event.data.competentBodyNameZh
              ? [`请向有管辖权的${event.data.competentBodyNameZh}申请`]
              : []),
          ].join('；'),
        },
      };
    case 'forwarded':
      return {
        ...state,
        bodyId: event.data.toBodyId,
        bodyNameZh: event.data.toBodyNameZh,
        caseNumber: event.data.caseNumber,
        receivedOn: event.data.receivedOn,
        forwardedFrom: [...state.forwardedFrom, state.caseNumber],
        correction: undefined,
      };
    case 'withdrawn':
      return { ...state, closure: { kind: 'withdrawn', on, detailZh: event.data.reasonZh } };
    case 'deemedAbandoned':
      return {
        ...state,
        closure: {
          kind: 'abandoned',
          on,
          detailZh: '申请人无正当理由逾期不补正，视为放弃行政复议申请（《行政复议法》第三十一条）',
        },
      };
    default: {
      const fold = partOfEvent(event.type)?.evolve[event.type];
      return fold ? fold(state, event.data as never, event) : state;
    }
  }
}
