/**
 * The portal's configuration, fetched from /config.json at start: written by the local runtime
 * (demo mode) or by the stack at deploy (Cognito). The same build runs in both.
 */
export interface PoolConfig {
  /** The OIDC issuer: https://cognito-idp.<region>.amazonaws.com/<poolId>. */
  readonly authority: string;
  readonly clientId: string;
  /** The hosted sign-in domain: https://<prefix>.auth.<region>.amazoncognito.com. */
  readonly domain: string;
}

export type Pool = 'citizens' | 'staff';

export interface SiteConfig {
  /** The operating body, shown in the footer. */
  readonly operatorZh: string;
  readonly hotline: string;
  readonly privacyNoticeZh: string;
}

export interface PortalConfig {
  readonly mode: 'demo' | 'cognito';
  /** The citizens' API ('' = this origin). */
  readonly apiUrl: string;
  /** The staff API ('' = this origin). */
  readonly staffApiUrl: string;
  readonly cognito?: Readonly<Record<Pool, PoolConfig>>;
  readonly site: SiteConfig;
}

const isText = (v: unknown): v is string => typeof v === 'string';

function poolConfig(v: unknown, name: string): PoolConfig {
  const p = (v ?? {}) as Record<string, unknown>;
  for (const key of ['authority', 'clientId', 'domain'])
    if (!isText(p[key]) || !p[key]) throw new Error(`配置文件缺少 cognito.${name}.${key}`);
  return { authority: p.authority as string, clientId: p.clientId as string, domain: p.domain as string };
}

/** Reads and checks config.json; a wrong file is a Chinese message on the page, not a blank screen. */
export function parseConfig(raw: unknown): PortalConfig {
  const c = (raw ?? {}) as Record<string, unknown>;
  if (c.mode !== 'demo' && c.mode !== 'cognito') throw new Error('配置文件的 mode 应为 demo 或 cognito');
  const site = (c.site ?? {}) as Record<string, unknown>;
  for (const key of ['operatorZh', 'hotline', 'privacyNoticeZh'])
    if (!isText(site[key])) throw new Error(`配置文件缺少 site.${key}`);
  const api = (key: string) => {
    const v = c[key] ?? '';
    if (!isText(v)) throw new Error(`配置文件的 ${key} 应为网址`);
    return v.replace(/\/+$/, '');
  };
  const cognito = (c.cognito ?? {}) as Record<string, unknown>;
  return {
    mode: c.mode,
    apiUrl: api('apiUrl'),
    staffApiUrl: api('staffApiUrl'),
    ...(c.mode === 'cognito'
      ? {
          cognito: {
            citizens: poolConfig(cognito.citizens, 'citizens'),
            staff: poolConfig(cognito.staff, 'staff'),
          },
        }
      : {}),
    site: site as unknown as SiteConfig,
  };
}

export async function loadConfig(): Promise<PortalConfig> {
  const res = await fetch('/config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`无法读取门户配置（/config.json 返回 ${res.status}）`);
  return parseConfig(await res.json());
}
