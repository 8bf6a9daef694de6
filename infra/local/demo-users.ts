import type { Role } from '../../shared/domain/actors';

export interface DemoUser {
  readonly username: string;
  readonly nameZh: string;
  readonly role: Role;
  readonly bodyId?: string;
  readonly agencyId?: string;
  readonly descriptionZh: string;
  /** A citizen's mobile number, in the ID token as Cognito puts it (`phone_number`, +86…), so forms can prefill it. */
  readonly phone?: string;
}

/** Seeded demo users, one or more for every role. Sign in locally with the username alone. */
export const demoUsers: readonly DemoUser[] = [
  {
    username: 'zhangsan',
    nameZh: '张三',
    role: 'applicant',
    descriptionZh: '申请人（公民）',
    phone: '13897001234',
  },
  {
    username: 'lisi',
    nameZh: '李四',
    role: 'applicant',
    descriptionZh: '申请人（企业经办人）',
    phone: '13997005678',
  },
  {
    username: 'wangfang',
    nameZh: '王芳',
    role: 'clerk',
    bodyId: 'gov-xn',
    descriptionZh: '西宁市人民政府行政复议承办人',
  },
  {
    username: 'zhoujie',
    nameZh: '周杰',
    role: 'clerk',
    bodyId: 'gov-xn',
    descriptionZh: '西宁市人民政府行政复议承办人',
  },
  {
    username: 'zhaoqiang',
    nameZh: '赵强',
    role: 'officeHead',
    bodyId: 'gov-xn',
    descriptionZh: '西宁市行政复议机构负责人',
  },
  {
    username: 'qianming',
    nameZh: '钱明',
    role: 'clerk',
    bodyId: 'gov-qh',
    descriptionZh: '青海省人民政府行政复议承办人',
  },
  {
    username: 'chenjing',
    nameZh: '陈静',
    role: 'committeeMember',
    bodyId: 'gov-xn',
    descriptionZh: '西宁市行政复议委员会委员',
  },
  {
    username: 'liuwei',
    nameZh: '刘伟',
    role: 'respondent',
    agencyId: 'dept-xn-scjg',
    descriptionZh: '西宁市市场监督管理局（被申请人）',
  },
  {
    username: 'sunli',
    nameZh: '孙丽',
    role: 'supervisor',
    bodyId: 'gov-qh',
    descriptionZh: '青海省行政复议监督人员',
  },
  {
    username: 'admin',
    nameZh: '系统管理员',
    role: 'admin',
    descriptionZh: '系统管理员（节假日安排、演示时钟）',
  },
];
