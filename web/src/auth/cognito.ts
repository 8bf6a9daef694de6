import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Pool, PortalConfig } from '../config';
import type { SignInAdapter } from './adapter';
import { expired, type Session, sessionFromToken } from './session';

export const callbackPath = '/auth/callback';
const poolKey = 'ajc.cognito.pool';

/**
 * Cognito's hosted sign-in through oidc-client-ts: authorization code + PKCE (the library makes
 * the verifier and checks state), one user manager per pool (citizens, staff). The API takes the
 * ID token, which carries the groups and the body or agency of the person.
 */
export class CognitoSignIn implements SignInAdapter {
  readonly demo = false;
  private readonly managers: Record<Pool, UserManager>;

  constructor(private readonly config: PortalConfig) {
    const origin = window.location.origin;
    const manager = (pool: Pool) => {
      const p = config.cognito?.[pool];
      if (!p) throw new Error('配置文件缺少 Cognito 设置');
      return new UserManager({
        authority: p.authority,
        client_id: p.clientId,
        redirect_uri: `${origin}${callbackPath}`,
        post_logout_redirect_uri: `${origin}/`,
        response_type: 'code',
        scope: 'openid profile email',
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        // Cognito's discovery document has no end_session_endpoint: its logout lives on the hosted domain.
        metadataSeed: { end_session_endpoint: `${p.domain}/logout` },
        automaticSilentRenew: false,
      });
    };
    this.managers = { citizens: manager('citizens'), staff: manager('staff') };
  }

  private sessionOf(idToken: string | undefined): Session | undefined {
    const s = idToken ? sessionFromToken(idToken) : undefined;
    return s && !expired(s) ? s : undefined;
  }

  async restore(): Promise<Session | undefined> {
    const pool = (sessionStorage.getItem(poolKey) as Pool | null) ?? undefined;
    if (!pool || !(pool in this.managers)) return undefined;
    const manager = this.managers[pool];
    if (window.location.pathname === callbackPath) {
      const user = await manager.signinRedirectCallback();
      window.history.replaceState(null, '', '/');
      return this.sessionOf(user.id_token);
    }
    const user = await manager.getUser();
    return this.sessionOf(user?.id_token);
  }

  async demoUsers() {
    return [];
  }

  async signIn(choice: { readonly username: string } | { readonly pool: Pool }) {
    if (!('pool' in choice)) throw new Error('请通过统一身份认证登录');
    sessionStorage.setItem(poolKey, choice.pool);
    await this.managers[choice.pool].signinRedirect();
    return undefined;
  }

  async signOut() {
    const pool = (sessionStorage.getItem(poolKey) as Pool | null) ?? undefined;
    sessionStorage.removeItem(poolKey);
    if (!pool || !(pool in this.managers)) return;
    const manager = this.managers[pool];
    await manager.removeUser();
    const p = this.config.cognito?.[pool];
    // Cognito's logout takes client_id and logout_uri rather than the OIDC parameters.
    if (p)
      window.location.assign(
        `${p.domain}/logout?client_id=${encodeURIComponent(p.clientId)}&logout_uri=${encodeURIComponent(`${window.location.origin}/`)}`,
      );
  }
}
