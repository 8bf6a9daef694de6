import type { Actor } from '../domain/actors';
import { actKindsZh } from '../domain/application';
import type { CaseEvent, CaseState, Deadline } from '../domain/case';
import { procedure } from '../domain/decide';
import { maskPhone, maskResidentId } from '../observability/redact';

const statusZh: Record<Deadline['status'], string> = {
  open: '进行中',
  met: '已按期完成',
  cancelled: '不再适用',
  lapsed: '已届满',
};

export function presentDeadline(d: Deadline) {
  return {
    key: d.key,
    labelZh: d.labelZh,
    ruleId: d.ruleId,
    article: d.article,
    responsible: d.responsible,
    startEventZh: d.startEventZh,
    startDate: d.startDate,
    dueDate: d.dueDate,
    warnOn: d.warnOn,
    status: d.status,
    statusZh: d.overdue ? '已逾期' : statusZh[d.status],
    overdue: d.overdue === true,
    provisional: d.computation.provisional,
    calendarVersions: d.computation.calendarVersions,
    explanationZh: d.explanationZh,
    computation: d.computation,
  };
}

/** Actions this person may take now, as the procedure defines them. */
export function allowedActions(actor: Actor, state: CaseState) {
  const stage = procedure.stages[state.stage];
  if (!stage || state.status !== 'open' || actor.role === 'system') return [];
  return Object.entries(stage.actions)
    .filter(([, spec]) => (spec.roles as readonly string[]).includes(actor.role))
    .map(([action, spec]) => ({ action, labelZh: spec.labelZh }));
}

const seesPersonalData = (actor: Actor) =>
  actor.role === 'applicant' || actor.role === 'clerk' || actor.role === 'officeHead';

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
  const deadlines = Object.values(state.deadlines).sort((x, y) => (x.startDate < y.startDate ? -1 : 1));
  return {
    id: state.id,
    caseNumber: state.caseNumber,
    version: state.version,
    procedure: state.procedure,
    procedureLabelZh: procedure.labelZh,
    status: state.status,
    stage: state.stage,
    stageLabelZh: procedure.stages[state.stage]?.labelZh ?? state.stage,
    body: { id: state.bodyId, nameZh: state.bodyNameZh, basisZh: state.competenceBasisZh },
    selfReview: state.selfReview,
    filedAt: state.filedAt,
    receivedOn: state.receivedOn,
    track: state.track,
    acceptedOn: state.acceptedOn,
    deemedAccepted: state.deemedAccepted === true,
    timeliness: state.timeliness,
    simplifiedEligible: state.simplifiedEligible,
    mustReconsiderFirst: state.mustReconsiderFirst,
    correction: state.correction,
    closure: state.closure,
    forwardedFrom: state.forwardedFrom,
    application: { ...a, applicant, actKindZh: actKindsZh[a.act.kind] },
    deadlines: deadlines.map(presentDeadline),
    openDeadlines: deadlines.filter((d) => d.status === 'open').map(presentDeadline),
    allowedActions: allowedActions(actor, state),
  };
}

export function presentSummary(actor: Actor, state: CaseState) {
  const open = Object.values(state.deadlines)
    .filter((d) => d.status === 'open')
    .sort((x, y) => (x.dueDate < y.dueDate ? -1 : 1));
  return {
    id: state.id,
    caseNumber: state.caseNumber,
    version: state.version,
    status: state.status,
    stage: state.stage,
    stageLabelZh: procedure.stages[state.stage]?.labelZh ?? state.stage,
    bodyNameZh: state.bodyNameZh,
    applicantNameZh: state.application.applicant.name,
    actTitle: state.application.act.title,
    filedAt: state.filedAt,
    late: !state.timeliness.timely,
    nextDeadline: open[0] && presentDeadline(open[0]),
    allowedActions: allowedActions(actor, state),
  };
}

const eventLabelsZh: Record<CaseEvent['type'], string> = {
  caseFiled: '提交行政复议申请',
  correctionRequested: '发出补正通知',
  correctionSubmitted: '提交补正材料',
  accepted: '予以受理',
  deemedAccepted: '视为受理（《行政复议法》第三十条）',
  refused: '决定不予受理',
  forwarded: '转送有管辖权的复议机关',
  withdrawn: '撤回申请',
  deemedAbandoned: '视为放弃申请（《行政复议法》第三十一条）',
  deadlineWarned: '期限即将届满提醒',
  deadlineOverdue: '期限届满逾期提醒',
  deadlineLapsed: '期限届满',
  deadlinesRecomputed: '节假日安排调整，期限重新计算',
};

export function presentEvent(e: CaseEvent) {
  const { data: _data, ...rest } = e;
  return {
    ...rest,
    labelZh: eventLabelsZh[e.type],
    data: e.type === 'caseFiled' ? { caseNumber: e.data.caseNumber, bodyNameZh: e.data.bodyNameZh } : e.data,
  };
}
