import { dueDateZh, pausedUsageZh, withoutProvisionalNoteZh } from '../calendar/explain';
import { citizenMayTake } from '../domain/access';
import type { Actor } from '../domain/actors';
import { type CaseEnvelope, type CaseEvent, type Deadline, pausedSince } from '../domain/case';
import { documentEventLabelsZh } from '../domain/documents';
import { fileEventLabelsZh, isFileEventType } from '../domain/files';
import { procedureOf } from '../domain/registry';
import { showName, viewerOf } from '../domain/visibility';
import type { ListSummary } from '../store/lists';
import { presentFileEventData } from './files';

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
  deadlineAwaitingCalendar: '期限届满日待正式节假日安排确定',
  deadlinesRecomputed: '节假日安排调整，期限重新计算',
  ...fileEventLabelsZh,
  ...documentEventLabelsZh,
};

/** What a deadline's state reads as, naming whose lateness it is (never the applicant's for the body's). */
function deadlineStatusZh(
  d: Pick<Deadline, 'status' | 'overdue' | 'awaitingCalendar'> & { readonly paused?: boolean },
  whoZh: string,
): string {
  if (d.status === 'open' && d.awaitingCalendar) return '届满日待正式节假日安排载入后确定';
  if (d.overdue) return d.status === 'open' ? `${whoZh}办理超期` : `${whoZh}逾期完成`;
  if (d.status === 'open' && d.paused) return '已中止计时';
  return statusZh[d.status];
}

/** An open deadline paused now (the case is suspended): since when, and what was counted and remains. */
function pausedNowZh(d: Deadline): string | undefined {
  const since = d.status === 'open' ? pausedSince(d) : undefined;
  if (since === undefined || !d.usageAtPause) return undefined;
  return pausedUsageZh({
    suspendedOn: since,
    countedIn: d.computation.unit === 'workingDays' ? 'workingDays' : 'days',
    ...d.usageAtPause,
    running: true,
  });
}

/**
 * A deadline as a person reads it. Once it is met, cancelled or lapsed, whether its date was
 * provisional no longer matters: no "暂定" and no provisional note.
 */
export function presentDeadline(d: Deadline, procedureId: string) {
  const whoZh = procedureOf(procedureId).responsibleLabelsZh[d.responsible];
  const open = d.status === 'open';
  const pausedZh = pausedNowZh(d);
  return {
    key: d.key,
    labelZh: d.labelZh,
    ruleId: d.ruleId,
    article: d.article,
    responsible: d.responsible,
    responsibleZh: whoZh,
    startEventZh: d.startEventZh,
    startDate: d.startDate,
    dueDate: d.dueDate,
    /** '届满日：2027年1月4日（当日24时止）': the last day counts in full. */
    dueZh: dueDateZh(d.computation),
    warnOn: d.warnOn,
    status: d.status,
    statusZh: deadlineStatusZh({ ...d, paused: pausedZh !== undefined }, whoZh),
    overdue: d.overdue === true,
    /** The case is suspended: the deadline's clock stopped, its due date is recomputed on resumption. */
    paused: pausedZh !== undefined,
    ...(pausedZh !== undefined ? { pausedZh } : {}),
    awaitingCalendar: open && d.awaitingCalendar === true,
    provisional: open && d.computation.provisional,
    calendarVersions: d.computation.calendarVersions,
    explanationZh: open ? d.explanationZh : withoutProvisionalNoteZh(d.explanationZh),
    computation: d.computation,
  };
}

/** Actions this person may take now, as the case's procedure defines them. */
export function allowedActions(
  actor: Actor,
  c: Pick<CaseEnvelope, 'procedure' | 'stage' | 'status'>,
  state?: CaseEnvelope,
) {
  const module = procedureOf(c.procedure);
  const stage = module.definition.stages[c.stage];
  if (!stage || c.status !== 'open' || actor.role === 'system') return [];
  return Object.entries(stage.actions)
    .filter(([, spec]) => (spec.roles as readonly string[]).includes(actor.role))
    .filter(([, spec]) => !state || citizenMayTake(spec, state, actor))
    .filter(([action]) => !state || !module.actionAvailable || module.actionAvailable(state, action, actor))
    .map(([action, spec]) => ({ action, labelZh: spec.labelZh }));
}

const stageLabel = (c: Pick<CaseEnvelope, 'procedure' | 'stage'>) =>
  procedureOf(c.procedure).definition.stages[c.stage]?.labelZh ?? c.stage;

/**
 * The case as a person sees it: the common envelope, then the procedure's own fields, personal
 * data as the visibility table allows the person's relation to the case.
 */
export function presentCase(actor: Actor, state: CaseEnvelope) {
  const module = procedureOf(state.procedure);
  const viewer = viewerOf(actor, state);
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
    ...module.presentCase(viewer, state),
    deadlines: deadlines.map((d) => presentDeadline(d, state.procedure)),
    openDeadlines: deadlines
      .filter((d) => d.status === 'open')
      .map((d) => presentDeadline(d, state.procedure)),
    allowedActions: allowedActions(actor, state, state),
  };
}

function presentNextDeadline(procedureId: string, next: NonNullable<ListSummary['nextDeadline']>) {
  const responsible = next.responsible as Deadline['responsible'];
  const whoZh = procedureOf(procedureId).responsibleLabelsZh[responsible] ?? next.responsible;
  return {
    ...next,
    responsibleZh: whoZh,
    statusZh: deadlineStatusZh({ ...next, status: next.status as Deadline['status'] }, whoZh),
  };
}

/** A list row, from the slim list item alone (no case is loaded to show a list). */
export function presentSummary(actor: Actor, s: ListSummary) {
  const viewer = viewerOf(actor, s);
  return {
    id: s.caseId,
    caseNumber: s.caseNumber,
    version: s.version,
    procedure: s.procedure,
    status: s.status,
    stage: s.stage,
    stageLabelZh: stageLabel(s),
    bodyNameZh: s.bodyNameZh,
    // An item written before the kind was kept counts as a natural person's name (the stricter).
    applicantNameZh: showName(viewer, 'applicant', s.applicantNameZh, s.applicantKind ?? 'person'),
    subjectZh: s.subjectZh,
    filedAt: s.filedAt,
    late: s.late,
    nextDeadline: s.nextDeadline && presentNextDeadline(s.procedure, s.nextDeadline),
    allowedActions: allowedActions(actor, {
      procedure: s.procedure,
      stage: s.stage,
      status: s.status as 'open',
    }),
  };
}

/**
 * A timeline entry as `actor` sees it: the event's data through the procedure's presenter (a file
 * event's through the file presenter, as the file list shows that file), and the name of a
 * citizen who acted through the visibility table like every other name.
 */
export function presentEvent(actor: Actor, state: CaseEnvelope, e: CaseEvent) {
  const module = procedureOf(state.procedure);
  const viewer = viewerOf(actor, state);
  const { data: _data, actor: by, ...rest } = e;
  return {
    ...rest,
    actor:
      by.role === 'applicant' ? { ...by, nameZh: showName(viewer, 'applicant', by.nameZh, 'person') } : by,
    labelZh: module.eventLabelsZh[e.type] ?? engineEventLabelsZh[e.type] ?? e.type,
    data: isFileEventType(e.type)
      ? presentFileEventData(actor, state, e)
      : module.presentEventData(e, viewer),
  };
}
