import { bodiesUnder } from '../directory/agencies';
import type { Actor } from './actors';
import type { CaseEvent, CaseState } from './case';

/**
 * Who may see a case, decided in one place from the actor's role, body and relation to the
 * case. Anyone who may not see a case is told it does not exist (no leaking of existence).
 */
export function canView(actor: Actor, state: CaseState): boolean {
  switch (actor.role) {
    case 'applicant':
      return state.applicantUserId === actor.userId;
    case 'clerk':
    case 'officeHead':
      return actor.bodyId === state.bodyId;
    case 'supervisor':
      return actor.bodyId !== undefined && bodiesUnder(actor.bodyId).includes(state.bodyId);
    case 'respondent':
      // The respondent is brought in once the application is accepted (Art. 48).
      return actor.agencyId === state.application.respondentAgencyId && state.acceptedOn !== undefined;
    case 'committeeMember':
      // Committee members see only cases they are assigned to; assignment comes with hearings.
      return false;
    default:
      return false;
  }
}

const internalEvents: ReadonlySet<CaseEvent['type']> = new Set([
  'deadlineWarned',
  'deadlineOverdue',
  'deadlineLapsed',
]);

/** The timeline a person sees: staff and supervisors see everything, parties what concerns them. */
export function visibleEvents(actor: Actor, events: readonly CaseEvent[]): CaseEvent[] {
  if (actor.role === 'clerk' || actor.role === 'officeHead' || actor.role === 'supervisor')
    return [...events];
  return events.filter((e) => !internalEvents.has(e.type));
}
