import { type CaseEnvelope, type Deadline, pausedSince } from '../domain/case';
import type { CaseSummaryFields } from '../domain/procedure';

/**
 * Which lists a case is in, as keys that already say who may read them. Each membership is one
 * slim item (`CASE#id / LIST#…`) carrying the summary a list row shows, so every list is one
 * Query that reads exactly the rows it returns.
 */
export const listKeys = {
  mine: (userId: string) => `MINE#${userId}`,
  queue: (bodyId: string, stage?: string) => (stage ? `QUEUE#${bodyId}#${stage}` : `QUEUE#${bodyId}`),
  respondent: (agencyId: string) => `RESPONDENT#${agencyId}`,
  /** The cases a committee member sits on (a hearing panel) or was asked to advise on (Art. 52). */
  committee: (userId: string) => `COMMITTEE#${userId}`,
  overdue: (bodyId: string) => `OVERDUE#${bodyId}`,
  dueSoon: (bodyId: string) => `DUESOON#${bodyId}`,
} as const;

export interface ListMembership {
  /** Sort key of the item inside the case's partition (one per list). */
  readonly sk: string;
  readonly listPk: string;
  readonly listSk: string;
  /** A second list the same item is in (the queue by stage, index stageQueues). */
  readonly stagePk?: string;
  readonly stageSk?: string;
}

export interface ListSummary extends CaseSummaryFields {
  readonly caseId: string;
  readonly procedure: string;
  readonly caseNumber: string;
  readonly status: string;
  readonly stage: string;
  readonly bodyId: string;
  readonly bodyNameZh: string;
  readonly filedAt: string;
  readonly version: number;
  readonly nextDeadline?: {
    readonly key: string;
    readonly labelZh: string;
    readonly dueDate: string;
    readonly status: string;
    readonly responsible: string;
    readonly overdue: boolean;
    readonly provisional: boolean;
    readonly awaitingCalendar?: boolean;
    /** The case is suspended: the deadline's clock stopped (its due date is as it stood before). */
    readonly paused?: boolean;
  };
}

const byDue = (a: Deadline, b: Deadline) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);
const farFuture = '9999-12-31';

export function listSummary(state: CaseEnvelope, fields: CaseSummaryFields): ListSummary {
  const next = Object.values(state.deadlines)
    .filter((d) => d.status === 'open')
    .sort(byDue)[0];
  return {
    ...fields,
    caseId: state.id,
    procedure: state.procedure,
    caseNumber: state.caseNumber,
    status: state.status,
    stage: state.stage,
    bodyId: state.bodyId,
    bodyNameZh: state.bodyNameZh,
    filedAt: state.filedAt,
    version: state.version,
    ...(next
      ? {
          nextDeadline: {
            key: next.key,
            labelZh: next.labelZh,
            dueDate: next.dueDate,
            status: next.status,
            responsible: next.responsible,
            overdue: next.overdue === true,
            provisional: next.computation.provisional,
            ...(next.awaitingCalendar ? { awaitingCalendar: true } : {}),
            ...(pausedSince(next) !== undefined ? { paused: true } : {}),
          },
        }
      : {}),
  };
}

/** Citizens who find the case in their own list: the applicant, the applicant's agents, third parties. */
const ownListRoles: readonly string[] = ['applicant', 'agent', 'thirdParty'];

/** The lists `state` belongs in. A closed case stays only in its parties' own lists. */
export function listMemberships(state: CaseEnvelope): ListMembership[] {
  const id = state.id;
  const filed = `${state.filedAt}#${id}`;
  const out: ListMembership[] = [];
  for (const p of state.parties) {
    const sk = `LIST#MINE#${p.userId}`;
    if (ownListRoles.includes(p.role) && p.userId && !out.some((m) => m.sk === sk))
      out.push({ sk, listPk: listKeys.mine(p.userId), listSk: filed });
    if (p.role === 'respondent' && p.agencyId)
      out.push({
        sk: `LIST#RESPONDENT#${p.agencyId}`,
        listPk: listKeys.respondent(p.agencyId),
        listSk: filed,
      });
    if (p.role === 'committeeMember' && p.userId)
      out.push({ sk: `LIST#COMMITTEE#${p.userId}`, listPk: listKeys.committee(p.userId), listSk: filed });
  }
  if (state.status !== 'open') return out;
  const open = Object.values(state.deadlines)
    .filter((d) => d.status === 'open')
    .sort(byDue);
  const bodyDue = open.find((d) => d.responsible === 'body')?.dueDate ?? farFuture;
  out.push({
    sk: 'LIST#QUEUE',
    listPk: listKeys.queue(state.bodyId),
    listSk: `${bodyDue}#${id}`,
    stagePk: listKeys.queue(state.bodyId, state.stage),
    stageSk: `${bodyDue}#${id}`,
  });
  const overdue = open.find((d) => d.overdue);
  if (overdue)
    out.push({
      sk: 'LIST#OVERDUE',
      listPk: listKeys.overdue(state.bodyId),
      listSk: `${overdue.dueDate}#${id}`,
    });
  // A paused deadline is not coming due: its clock stopped while the case is suspended.
  const dueSoon = open.find((d) => d.warned && !d.overdue && pausedSince(d) === undefined);
  if (dueSoon)
    out.push({
      sk: 'LIST#DUESOON',
      listPk: listKeys.dueSoon(state.bodyId),
      listSk: `${dueSoon.dueDate}#${id}`,
    });
  return out;
}
