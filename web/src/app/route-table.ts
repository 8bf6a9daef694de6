import { roles } from '../../../shared/domain/actors';
import type { Role } from '../auth/session';

/**
 * The portal's routes as data: the path, who may open it, and the page module under
 * web/src/pages that renders it (each its own chunk, loaded when first opened, so a person
 * downloads only the pages of their role). routes.tsx turns it into lazy components; the portal
 * bench reads it to know which chunks a role's first page loads.
 */
export interface RouteEntry {
  readonly path: string;
  readonly roles: readonly Role[] | 'everyone';
  /** The page module, relative to web/src/pages, without extension. */
  readonly page: string;
}

/** Every role: the pages anyone signed in may open. */
const signedIn: readonly Role[] = roles;

export const routeTable: readonly RouteEntry[] = [
  { path: '/my/cases', roles: ['applicant'], page: 'applicant/MyCases' },
  { path: '/my/file', roles: ['applicant'], page: 'applicant/FileApplication' },
  { path: '/cases/:id', roles: signedIn, page: 'case/CasePage' },
  { path: '/work/queue', roles: ['clerk', 'officeHead'], page: 'staff/Queue' },
  { path: '/respondent/cases', roles: ['respondent'], page: 'staff/RespondentCases' },
  { path: '/committee/cases', roles: ['committeeMember'], page: 'committee/CommitteeCases' },
  { path: '/supervise/overdue', roles: ['supervisor', 'officeHead'], page: 'staff/Overdue' },
  { path: '/supervise/due-soon', roles: ['supervisor', 'officeHead'], page: 'staff/DueSoon' },
  { path: '/admin/calendar', roles: ['admin'], page: 'admin/CalendarAdmin' },
  { path: '/notifications', roles: signedIn, page: 'Notifications' },
  { path: '/privacy', roles: 'everyone', page: 'Privacy' },
];
