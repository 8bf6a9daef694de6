import type { Actor } from '../../domain/actors';
import type { CaseEvent } from '../../domain/case';
import { maskPhone, maskResidentId } from '../../observability/redact';
import { actKindsZh } from './application';
import type { CaseState } from './types';

const seesPersonalData = (actor: Actor) =>
  actor.role === 'applicant' || actor.role === 'clerk' || actor.role === 'officeHead';

/** The reconsideration fields of a case as a person sees it (identity numbers and phones masked by role). */
export function presentCase(actor: Actor, state: CaseState) {
  const a = state.application;
  const applicant = seesPersonalData(actor)
    ? a.applicant
    : a.applicant.type === 'person'
      ? {
          ...a.applicant,
          residentId: maskResidentId(a.applicant.residentId),
          phone: maskPhone(a.applicant.phone),
        }
      : { ...a.applicant, phone: maskPhone(a.applicant.phone) };
  return {
    body: { id: state.bodyId, nameZh: state.bodyNameZh, basisZh: state.competenceBasisZh },
    selfReview: state.selfReview,
    receivedOn: state.receivedOn,
    track: state.track,
    acceptedOn: state.acceptedOn,
    deemedAccepted: state.deemedAccepted === true,
    timeliness: state.timeliness,
    simplifiedEligible: state.simplifiedEligible,
    mustReconsiderFirst: state.mustReconsiderFirst,
    correction: state.correction,
    copy: state.copy,
    closure: state.closure,
    forwardedFrom: state.forwardedFrom,
    application: { ...a, applicant, actKindZh: actKindsZh[a.act.kind] },
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
};

/** The filing event shows its number and body in the timeline; the application is on the case page. */
export function presentEventData(e: CaseEvent): unknown {
  if (e.type !== 'caseFiled') return e.data;
  const d = e.data as { caseNumber: string; bodyNameZh: string };
  return { caseNumber: d.caseNumber, bodyNameZh: d.bodyNameZh };
}

export function summary(state: CaseState) {
  return {
    applicantNameZh: state.application.applicant.name,
    subjectZh: state.application.act.title,
    late: !state.timeliness.timely,
  };
}
