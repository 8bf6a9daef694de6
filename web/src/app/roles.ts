import type { Role } from '../auth/session';

/** A page in a role's navigation. */
export interface NavItem {
  readonly path: string;
  readonly labelZh: string;
}

export const roleLabelsZh: Record<Role, string> = {
  applicant: '申请人',
  clerk: '承办人',
  officeHead: '复议机构负责人',
  committeeMember: '复议委员会委员',
  respondent: '被申请人',
  supervisor: '监督人员',
  admin: '系统管理员',
};

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
  committeeMember: [{ path: '/notifications', labelZh: '通知' }],
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
