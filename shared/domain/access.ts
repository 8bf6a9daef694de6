import { bodiesUnder } from '../directory/agencies';
import type { Actor } from './actors';
import type { CaseEnvelope, CaseEvent, Party } from './case';
import { documentEventVisible } from './documents';
import { fileEventVisible } from './files';

/**
 * What a citizen (everyone who signs in as a citizen has the role `applicant`) can be on a case,
 * the closest first: someone named both applicant and agent acts as the applicant.
 */
export const citizenRelations = [
  'applicant',
  'agent',
  'thirdParty',
] as const satisfies readonly Party['role'][];
export type CitizenRelation = (typeof citizenRelations)[number];

export const citizenRelationLabelsZh: Record<CitizenRelation, string> = {
  applicant: '申请人',
  agent: '代理人',
  thirdParty: '第三人',
};

/**
 * The relation of a signed-in citizen to the case, from its parties: applicant, the applicant's
 * agent, or a third party; undefined for anyone else (staff, the respondent, a stranger).
 */
export function relationOf(state: Pick<CaseEnvelope, 'parties'>, actor: Actor): CitizenRelation | undefined {
  if (actor.role !== 'applicant') return undefined;
  const mine = state.parties.filter((p) => p.userId === actor.userId).map((p) => p.role);
  return citizenRelations.find((r) => mine.includes(r));
}

/**
 * The citizens an action is for, when the spec does not say: the applicant's side — the applicant
 * and the agent acting for them (within their authority, which the procedure checks). A third
 * party takes only the actions that name it.
 */
export const applicantSide: readonly CitizenRelation[] = ['applicant', 'agent'];

/** Whether a citizen on the case may take an action of `spec` (any other role: its roles decide). */
export function citizenMayTake(
  spec: { readonly parties?: readonly CitizenRelation[] },
  state: Pick<CaseEnvelope, 'parties'>,
  actor: Actor,
): boolean {
  if (actor.role !== 'applicant') return true;
  const relation = relationOf(state, actor);
  return relation !== undefined && (spec.parties ?? applicantSide).includes(relation);
}

/**
 * Who may see a case, decided in one place from the actor's role, body and relation to the
 * case (its parties). Anyone who may not see a case is told it does not exist (no leaking of
 * existence).
 */
export function canView(actor: Actor, state: CaseEnvelope): boolean {
  switch (actor.role) {
    case 'applicant':
      // A citizen sees the cases they are a party to: as applicant, as agent or as third party.
      return relationOf(state, actor) !== undefined;
    case 'clerk':
    case 'officeHead':
      return actor.bodyId === state.bodyId;
    case 'supervisor':
      return actor.bodyId !== undefined && bodiesUnder(actor.bodyId).includes(state.bodyId);
    case 'respondent':
      // A respondent agency becomes a party when the procedure brings it in (e.g. on acceptance, Art. 48).
      return state.parties.some((p) => p.role === 'respondent' && p.agencyId === actor.agencyId);
    case 'committeeMember':
      // Committee members see only the cases they are assigned to.
      return state.parties.some((p) => p.role === 'committeeMember' && p.userId === actor.userId);
    default:
      return false;
  }
}

const internalEvents: ReadonlySet<string> = new Set(['deadlineWarned', 'deadlineOverdue', 'deadlineLapsed']);

/**
 * The timeline a person sees: staff and supervisors see everything, parties what concerns them.
 * The case's materials follow the file rule (./files.ts): a file event is on a timeline only
 * where its file is listed, and a party's reading only on the reader's own and on the staff's;
 * so is a party's reading of a document (./documents.ts).
 */
export function visibleEvents<E extends CaseEvent>(
  actor: Actor,
  events: readonly E[],
  state: CaseEnvelope,
): E[] {
  const staff = actor.role === 'clerk' || actor.role === 'officeHead' || actor.role === 'supervisor';
  return events.filter(
    (e) =>
      (staff || !internalEvents.has(e.type)) &&
      fileEventVisible(actor, state, e) &&
      documentEventVisible(actor, e),
  );
}
