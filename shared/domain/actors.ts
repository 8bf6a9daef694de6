export const roles = [
  'applicant',
  'clerk',
  'officeHead',
  'committeeMember',
  'respondent',
  'supervisor',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export const roleLabelsZh: Record<Role | 'system', string> = {
  applicant: '申请人',
  clerk: '承办人',
  officeHead: '复议机构负责人',
  committeeMember: '复议委员会委员',
  respondent: '被申请人',
  supervisor: '监督人员',
  admin: '系统管理员',
  system: '系统',
};

export interface Actor {
  readonly userId: string;
  readonly role: Role | 'system';
  readonly nameZh: string;
  /** Reconsideration body the staff member works for (clerk, officeHead, committeeMember, supervisor). */
  readonly bodyId?: string;
  /** Agency the respondent user represents. */
  readonly agencyId?: string;
}

/** The clock acting on a deadline: deemed acceptance, warnings, overdue alerts. */
export const systemActor: Actor = { userId: 'system', role: 'system', nameZh: '系统（法定期限计时）' };

/** The official calendar being loaded or corrected: it recomputes deadlines (and wakes the workflow). */
export const calendarActor: Actor = {
  userId: 'system:calendar',
  role: 'system',
  nameZh: '系统（节假日安排调整）',
};
