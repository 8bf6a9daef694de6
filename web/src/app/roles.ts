import type { Role } from '../auth/session';

export { roleLabelsZh } from '../../../shared/domain/actors';

/** A page in a role's navigation. */
export interface NavItem {
  readonly path: string;
  readonly labelZh: string;
}

/** Each role's pages, first = where the person lands after signing in. */
export const navigation: Record<Role, readonly NavItem[]> = {
  applicant: [
    { path: '/my/cases', labelZh: '我的案件' },
    { path: '/my/file', labelZh: '申请行政复议' },
    { path: '/notifications', labelZh: '通知' },
  ],
  clerk: [
    { path: '/work/queue', labelZh: '待办案件' },
    { path: '/notifications', labelZh: '通知' },
  ],
  officeHead: [
    { path: '/work/queue', labelZh: '待办案件' },
    { path: '/supervise/overdue', labelZh: '逾期督办' },
    { path: '/notifications', labelZh: '通知' },
  ],
  committeeMember: [
    { path: '/committee/cases', labelZh: '我参与的案件' },
    { path: '/notifications', labelZh: '通知' },
  ],
  respondent: [
    { path: '/respondent/cases', labelZh: '被申请案件' },
    { path: '/notifications', labelZh: '通知' },
  ],
  supervisor: [
    { path: '/supervise/overdue', labelZh: '逾期督办' },
    { path: '/supervise/due-soon', labelZh: '即将到期' },
    { path: '/notifications', labelZh: '通知' },
  ],
  admin: [
    { path: '/admin/calendar', labelZh: '节假日安排' },
    { path: '/notifications', labelZh: '通知' },
  ],
};

export const homeOf = (role: Role): string => navigation[role][0]?.path ?? '/notifications';
