import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../auth/session';

/**
 * The portal's routes: each page is its own chunk, loaded when first opened, so a person
 * downloads only the pages of their role. `roles` says who may open it.
 */
export interface PageRoute {
  readonly path: string;
  readonly roles: readonly Role[] | 'everyone';
  readonly page: LazyExoticComponent<ComponentType>;
}

const staff: readonly Role[] = [
  'clerk',
  'officeHead',
  'committeeMember',
  'respondent',
  'supervisor',
  'admin',
];
const signedIn: readonly Role[] = ['applicant', ...staff];

export const pageRoutes: readonly PageRoute[] = [
  { path: '/my/cases', roles: ['applicant'], page: lazy(() => import('../pages/applicant/MyCases')) },
  { path: '/my/file', roles: ['applicant'], page: lazy(() => import('../pages/applicant/FileApplication')) },
  { path: '/cases/:id', roles: signedIn, page: lazy(() => import('../pages/case/CasePage')) },
  { path: '/work/queue', roles: ['clerk', 'officeHead'], page: lazy(() => import('../pages/staff/Queue')) },
  {
    path: '/respondent/cases',
    roles: ['respondent'],
    page: lazy(() => import('../pages/staff/RespondentCases')),
  },
  {
    path: '/supervise/overdue',
    roles: ['supervisor', 'officeHead'],
    page: lazy(() => import('../pages/staff/Overdue')),
  },
  {
    path: '/supervise/due-soon',
    roles: ['supervisor', 'officeHead'],
    page: lazy(() => import('../pages/staff/DueSoon')),
  },
  { path: '/admin/calendar', roles: ['admin'], page: lazy(() => import('../pages/admin/CalendarAdmin')) },
  { path: '/notifications', roles: signedIn, page: lazy(() => import('../pages/Notifications')) },
  { path: '/privacy', roles: 'everyone', page: lazy(() => import('../pages/Privacy')) },
];
