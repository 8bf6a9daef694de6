import type { Actor } from '../domain/actors';
import type { CaseEnvelope, CaseEvent, Deadline } from '../domain/case';
import { procedureOf } from '../domain/registry';
import type { ListSummary } from '../store/lists';

const statusZh: Record<Deadline['status'], string> = {
  open: '进行中',
  met: '已按期完成',
  cancelled: '不再适用',
  lapsed: '已届满',
};

const engineEventLabelsZh: Record<string, string> = {
  deadlineWarned: '期限即将届满提醒',
  deadlineOverdue: '期限届满逾期提醒',
  deadlineLapsed: '期限届满',
  deadlinesRecomputed: '节假日安排调整，期限重新计算',
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

/** Actions this person may take now, as the case's procedure defines them. */
export function allowedActions(actor: Actor, c: Pick<CaseEnvelope, 'procedure' | 'stage' | 'status'>) {
  const stage = procedureOf(c.procedure).definition.stages[c.stage];
  if (!stage || c.status !== 'open' || actor.role === 'system') return [];
  return Object.entries(stage.actions)
    .filter(([, spec]) => (spec.roles as readonly string[]).includes(actor.role))
    .map(([action, spec]) => ({ action, labelZh: spec.labelZh }));
}

const stageLabel = (c: Pick<CaseEnvelope, 'procedure' | 'stage'>) =>
  procedureOf(c.procedure).definition.stages[c.stage]?.labelZh ?? c.stage;

/** The case as a person sees it: the common envelope, then the procedure's own fields. */
export function presentCase(actor: Actor, state: CaseEnvelope) {
  const module = procedureOf(state.procedure);
  const deadlines = Object.values(state.deadlines).sort((x, y) => (x.startDate < y.startDate ? -1 : 1));
  return {
    id: state.id,
    caseNumber: state.caseNumber,
    version: state.version,
    procedure: state.procedure,
    procedureLabelZh: module.labelZh,
    status: state.status,
    stage: state.stage,
    stageLabelZh: stageLabel(state),
    body: { id: state.bodyId, nameZh: state.bodyNameZh },
    filedAt: state.filedAt,
    ...module.presentCase(actor, state),
    deadlines: deadlines.map(presentDeadline),
    openDeadlines: deadlines.filter((d) => d.status === 'open').map(presentDeadline),
    allowedActions: allowedActions(actor, state),
  };
}

/** A list row, from the slim list item alone (no case is loaded to show a list). */
export function presentSummary(actor: Actor, s: ListSummary) {
  return {
    id: s.caseId,
    caseNumber: s.caseNumber,
    version: s.version,
    procedure: s.procedure,
    status: s.status,
    stage: s.stage,
    stageLabelZh: stageLabel(s),
    bodyNameZh: s.bodyNameZh,
    applicantNameZh: s.applicantNameZh,
    subjectZh: s.subjectZh,
    filedAt: s.filedAt,
    late: s.late,
    nextDeadline: s.nextDeadline && {
      ...s.nextDeadline,
      statusZh: s.nextDeadline.overdue ? '已逾期' : statusZh[s.nextDeadline.status as Deadline['status']],
    },
    allowedActions: allowedActions(actor, {
      procedure: s.procedure,
      stage: s.stage,
      status: s.status as 'open',
    }),
  };
}

export function presentEvent(procedureId: string, e: CaseEvent) {
  const module = procedureOf(procedureId);
  const { data: _data, ...rest } = e;
  return {
    ...rest,
    labelZh: module.eventLabelsZh[e.type] ?? engineEventLabelsZh[e.type] ?? e.type,
    data: module.presentEventData(e),
  };
}
