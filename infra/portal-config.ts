/**
 * What the portal reads from `/config.json` at start-up, and the site identity it shows. The stack
 * writes the file at deploy time (infra/portal-hosting.ts); nothing here imports aws-cdk-lib, so the
 * local runtime and tests can use the same defaults.
 */

/** The operating body as the portal presents it (footer, contact, privacy notice). */
export interface SiteIdentity {
  /** The operating body's name, e.g. 西宁市人民政府行政复议办公室. */
  readonly operatorZh: string;
  /** The telephone number citizens call for help. */
  readonly hotline: string;
  /** The short privacy notice shown where personal data is entered. */
  readonly privacyNoticeZh: string;
}

/**
 * The one place of the defaults. A deployment overrides each with a stack prop or CDK context
 * (`siteIdentityContextKeys`). 0971-12345 is Xining's 12345 government service hotline.
 */
export const defaultSiteIdentity: SiteIdentity = {
  operatorZh: '西宁市人民政府行政复议办公室',
  hotline: '0971-12345',
  privacyNoticeZh:
    '您在本系统填写的个人信息仅用于办理您的行政复议案件，由复议机关依照《中华人民共和国个人信息保护法》' +
    '和《中华人民共和国行政复议法》处理和保存；除法律、行政法规另有规定外，不向其他单位或个人提供。',
};

/** CDK context keys (`cdk deploy -c admin-justice:siteHotline=…`) of each site identity field. */
export const siteIdentityContextKeys: Record<keyof SiteIdentity, string> = {
  operatorZh: 'admin-justice:siteOperatorZh',
  hotline: 'admin-justice:siteHotline',
  privacyNoticeZh: 'admin-justice:sitePrivacyNoticeZh',
};

/** One user pool as the portal signs in to it (OAuth 2.0 authorization code with PKCE). */
export interface PortalCognitoClient {
  /** The OpenID Connect issuer: https://cognito-idp.<region>.amazonaws.com/<poolId>. */
  readonly authority: string;
  readonly clientId: string;
  /** The hosted UI: https://<prefix>.auth.<region>.amazoncognito.com. */
  readonly domain: string;
}

/** The shape of `/config.json`; the portal reads exactly this. */
export interface PortalConfig {
  readonly mode: 'cognito';
  /** The citizens' HTTP API, without a trailing slash. */
  readonly apiUrl: string;
  /** The staff HTTP API, without a trailing slash. */
  readonly staffApiUrl: string;
  readonly cognito: { readonly citizens: PortalCognitoClient; readonly staff: PortalCognitoClient };
  readonly site: SiteIdentity;
}
