/**
 * Who runs the portal, as its footer and privacy page say: one place for the local runtime's
 * config.json and the stack's, which overrides each field per deployment from CDK context
 * (`admin-justice:siteOperatorZh`, `…:siteHotline`, `…:sitePrivacyNoticeZh`; infra/app.ts).
 */
export interface SiteIdentity {
  readonly operatorZh: string;
  readonly hotline: string;
  readonly privacyNoticeZh: string;
}

export const defaultSite: SiteIdentity = {
  operatorZh: '西宁市人民政府行政复议办公室',
  hotline: '0971-12345',
  privacyNoticeZh: [
    '本系统收集的姓名、身份证件号码、联系电话、住址和申请材料，仅用于依法办理您的行政复议、行政调解或行政裁决案件，并按照档案管理规定保存。',
    '您的身份证件号码、联系电话和住址只向本案承办人员和您本人（及您的代理人）完整显示，向被申请人、第三人和监督人员显示时已作遮蔽处理；公开的决定书不显示自然人的个人信息。',
    '您可以通过咨询电话查询、更正您的个人信息。',
  ].join('\n'),
};

/** The portal's config.json (web/src/config.ts reads exactly this shape). */
export interface PortalConfigFile {
  readonly mode: 'demo' | 'cognito';
  readonly apiUrl: string;
  readonly staffApiUrl: string;
  readonly cognito?: Record<'citizens' | 'staff', { authority: string; clientId: string; domain: string }>;
  readonly site: SiteIdentity;
}

/** Locally: demo sign-in, and both APIs are the local server itself. */
export const localPortalConfig = (site: SiteIdentity = defaultSite): PortalConfigFile => ({
  mode: 'demo',
  apiUrl: '',
  staffApiUrl: '',
  site,
});
