import type { CaseEvent } from '../../domain/case';
import { showParty, showPerson, showText, type Viewer } from '../../domain/visibility';
import { type Application, actKindsZh } from './application';
import { partOfEvent, reviewParts } from './review';
import { simplifiedEligibilityReasonsZh } from './timeliness';
import type { CaseState } from './types';

/** The agent named in the application as `viewer` sees them (the account they sign in with is never shown). */
function presentFiledAgent(viewer: Viewer, agent: NonNullable<Application['agent']>) {
  const { userId: _u, ...rest } = agent;
  return showPerson(viewer, 'agent', { ...rest, scope: rest.scope ?? 'general', powers: rest.powers ?? [] });
}

/** The application as `viewer` sees it: personal data of the applicant and the agent by the visibility table. */
function presentApplication(viewer: Viewer, a: Application) {
  const text = (s: string) => showText(viewer, 'applicant', s);
  return {
    ...a,
    applicant: showParty(viewer, 'applicant', a.applicant),
    ...(a.agent ? { agent: presentFiledAgent(viewer, a.agent) } : {}),
    requests: text(a.requests),
    factsAndReasons: text(a.factsAndReasons),
    ...(a.delayReason !== undefined ? { delayReason: text(a.delayReason) } : {}),
    ...(a.priorWithdrawal
      ? { priorWithdrawal: { ...a.priorWithdrawal, notGenuineZh: text(a.priorWithdrawal.notGenuineZh) } }
      : {}),
    actKindZh: actKindsZh[a.act.kind],
  };
}

/** A withdrawal reason is the applicant's own words; the other closures are the body's. */
function presentClosure(viewer: Viewer, closure: CaseState['closure']) {
  return closure?.kind === 'withdrawn'
    ? { ...closure, detailZh: showText(viewer, 'applicant', closure.detailZh) }
    : closure;
}

/** The reconsideration fields of a case as `viewer` sees them. */
export function presentCase(viewer: Viewer, state: CaseState) {
  return {
    body: { id: state.bodyId, nameZh: state.bodyNameZh, basisZh: state.competenceBasisZh },
    selfReview: state.selfReview,
    receivedOn: state.receivedOn,
    track: state.track,
    acceptedOn: state.acceptedOn,
    deemedAccepted: state.deemedAccepted === true,
    timeliness: state.timeliness,
    simplifiedEligible: state.simplifiedEligible,
    simplifiedReasonsZh: simplifiedEligibilityReasonsZh(state.application.act),
    mustReconsiderFirst: state.mustReconsiderFirst,
    correction: state.correction,
    copy: state.copy,
    closure: presentClosure(viewer, state.closure),
    forwardedFrom: state.forwardedFrom,
    application: presentApplication(viewer, state.application),
    // The review parts' own fields (parties, mediation, withdrawal …), each through the same table.
    ...Object.assign({}, ...reviewParts.map((p) => p.present?.(viewer, state) ?? {})),
  };
}

export const eventLabelsZh: Record<string, string> = {
  caseFiled: '提交行政复议申请',
  correctionRequested: '发出补正通知',
  correctionSubmitted: '提交补正材料',
  accepted: '予以受理',
  deemedAccepted: '视为受理（《行政复议法》第三十条）',
  refused: '决定不予受理',
  forwarded: '转送有管辖权的复议机关',
  copySent: '向被申请人发送申请书副本',
  copyReceived: '登记被申请人收到申请书副本',
  timelinessRecomputed: '申请期限重新计算',
  withdrawn: '撤回申请',
  deemedAbandoned: '视为放弃申请（《行政复议法》第三十一条）',
  ...Object.assign({}, ...reviewParts.map((p) => p.eventLabelsZh)),
};

/**
 * What an event's data shows in the timeline, as `viewer` sees it. The filing shows its number,
 * body and who applied (the application itself is on the case page); the applicant's own words
 * (correction answers, a withdrawal reason) go through the visibility table like the case view.
 */
export function presentEventData(e: CaseEvent, viewer: Viewer): unknown {
  switch (e.type) {
    case 'caseFiled': {
      const d = e.data as { caseNumber: string; bodyNameZh: string; application: Application };
      const a = d.application;
      return {
        caseNumber: d.caseNumber,
        bodyNameZh: d.bodyNameZh,
        applicant: showParty(viewer, 'applicant', a.applicant),
        ...(a.agent ? { agent: presentFiledAgent(viewer, a.agent) } : {}),
      };
    }
    case 'correctionSubmitted': {
      const d = e.data as { answers: readonly { field: string; textZh: string }[] };
      return {
        ...d,
        answers: d.answers.map((x) => ({ ...x, textZh: showText(viewer, 'applicant', x.textZh) })),
      };
    }
    case 'withdrawn': {
      const d = e.data as { reasonZh: string };
      return { ...d, reasonZh: showText(viewer, 'applicant', d.reasonZh) };
    }
    default: {
      const present = partOfEvent(e.type)?.presentEventData?.[e.type];
      return present ? present(e.data as never, viewer, e) : e.data;
    }
  }
}

export function summary(state: CaseState) {
  return {
    applicantNameZh: state.application.applicant.name,
    applicantKind: state.application.applicant.type,
    subjectZh: state.application.act.title,
    late: !state.timeliness.timely,
  };
}
