import { bodiesUnder } from '../directory/agencies';
import type { Actor } from './actors';
import type { CaseEnvelope, CaseEvent, Party } from './case';
import { fileEventVisible } from './files';

const citizenParties: readonly Party['role'][] = ['applicant', 'agent', 'thirdParty'];

/**
 * Who may see a case, decided in one place from the actor's role, body and relation to the
 * case (its parties). Anyone who may not see a case is told it does not exist (no leaking of
 * existence).
 */
export function canView(actor: Actor, state: CaseEnvelope): boolean {
  switch (actor.role) {
    case 'applicant':
      // A citizen sees the cases they are a party to: as applicant, as agent or as third party.
      return state.parties.some((p) => citizenParties.includes(p.role) && p.userId === actor.userId);
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
 * where its file is listed, and a party's reading only on the reader's own and on the staff's.
 */
export function visibleEvents<E extends CaseEvent>(
  actor: Actor,
  events: readonly E[],
  state: CaseEnvelope,
): E[] {
  const staff = actor.role === 'clerk' || actor.role === 'officeHead' || actor.role === 'supervisor';
  return events.filter((e) => (staff || !internalEvents.has(e.type)) && fileEventVisible(actor, state, e));
}
