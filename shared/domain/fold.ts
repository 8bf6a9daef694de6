import { shanghaiDate } from '../calendar/time';
import type { ProcedureDefinition } from '../procedure/definition';
import { reconsiderationProcedure } from '../procedure/reconsideration';
import type { CaseEvent, CaseState, Deadline, DeadlineChanges } from './case';
import { refusalReasonsZh } from './case';

const procedure: ProcedureDefinition = reconsiderationProcedure;

function applyDeadlineChanges(
  deadlines: Readonly<Record<string, Deadline>>,
  changes: DeadlineChanges | undefined,
  at: string,
): Record<string, Deadline> {
  const next: Record<string, Deadline> = { ...deadlines };
  for (const c of changes?.closed ?? []) {
    const d = next[c.key];
    if (d) next[c.key] = { ...d, status: c.status, closedAt: at };
  }
  for (const d of changes?.opened ?? []) next[d.key] = d;
  for (const d of changes?.recomputed ?? []) next[d.key] = d;
  for (const f of changes?.flagged ?? []) {
    const d = next[f.key];
    if (d)
      next[f.key] = { ...d, ...(f.warned ? { warned: true } : {}), ...(f.overdue ? { overdue: true } : {}) };
  }
  return next;
}

/** Folds one event onto the case. Pure and total: the projection can always be rebuilt from the log. */
export function evolve(state: CaseState | undefined, event: CaseEvent): CaseState {
  if (event.type === 'caseFiled') {
    const d = event.data;
    return {
      id: '',
      version: event.seq,
      procedure: 'reconsideration',
      caseNumber: d.caseNumber,
      status: 'open',
      stage: event.toStage ?? procedure.initialStage,
      bodyId: d.bodyId,
      bodyNameZh: d.bodyNameZh,
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
      deadlines: applyDeadlineChanges({}, event.deadlines, event.at),
      updatedAt: event.at,
    };
  }
  if (!state) throw new Error(`event ${event.seq} (${event.type}) before caseFiled`);
  const stage = event.toStage ?? state.stage;
  let next: CaseState = {
    ...state,
    version: event.seq,
    stage,
    status: procedure.stages[stage]?.kind === 'terminal' ? 'closed' : 'open',
    deadlines: applyDeadlineChanges(state.deadlines, event.deadlines, event.at),
    updatedAt: event.at,
  };
  const on = shanghaiDate(new Date(event.at));
  switch (event.type) {
    case 'correctionRequested':
      next = { ...next, correction: { items: event.data.items, requestedAt: event.at } };
      break;
    case 'correctionSubmitted':
      next = {
        ...next,
        receivedOn: event.data.receivedOn,
        correction: state.correction && { ...state.correction, submittedAt: event.at },
      };
      break;
    case 'accepted':
    case 'deemedAccepted':
      next = {
        ...next,
        track: event.data.track,
        acceptedOn: event.data.acceptedOn,
        deemedAccepted: event.type === 'deemedAccepted',
      };
      break;
    case 'refused':
      next = {
        ...next,
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
      break;
    case 'forwarded':
      next = {
        ...next,
        bodyId: event.data.toBodyId,
        bodyNameZh: event.data.toBodyNameZh,
        caseNumber: event.data.caseNumber,
        receivedOn: event.data.receivedOn,
        forwardedFrom: [...state.forwardedFrom, state.caseNumber],
        correction: undefined,
      };
      break;
    case 'withdrawn':
      next = { ...next, closure: { kind: 'withdrawn', on, detailZh: event.data.reasonZh } };
      break;
    case 'deemedAbandoned':
      next = {
        ...next,
        closure: {
          kind: 'abandoned',
          on,
          detailZh: '申请人无正当理由逾期不补正，视为放弃行政复议申请（《行政复议法》第三十一条）',
        },
      };
      break;
    default:
      break;
  }
  return next;
}

export function foldEvents(
  caseId: string,
  events: readonly CaseEvent[],
  from?: CaseState,
): CaseState | undefined {
  let state = from;
  for (const e of events) state = evolve(state, e);
  return state && { ...state, id: caseId };
}
