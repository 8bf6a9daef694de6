import type { Pool, PortalConfig } from '../config';
import type { Session } from './session';

/** A demo user the local runtime offers (GET /local/users). */
export interface DemoUser {
  readonly username: string;
  readonly nameZh: string;
  readonly role: string;
  readonly descriptionZh: string;
}

/**
 * Sign-in, whichever way the configuration says: the local demo users, or Cognito's hosted
 * sign-in with the authorization code flow and PKCE. Pages see only this.
 */
export interface SignInAdapter {
  readonly demo: boolean;
  /** The session kept from before (or completed by a sign-in callback), if still valid. */
  restore(): Promise<Session | undefined>;
  /** Demo: the users to pick from. */
  demoUsers(): Promise<readonly DemoUser[]>;
  /** Demo: signs in as the user at once. Cognito: leaves for the pool's hosted sign-in page. */
  signIn(choice: { readonly username: string } | { readonly pool: Pool }): Promise<Session | undefined>;
  signOut(): Promise<void>;
}

export async function createSignIn(config: PortalConfig): Promise<SignInAdapter> {
  if (config.mode === 'demo') {
    const { DemoSignIn } = await import('./demo');
    return new DemoSignIn();
  }
  // oidc-client-ts is loaded only where Cognito is configured, so the demo build's first page stays small.
  const { CognitoSignIn } = await import('./cognito');
  return new CognitoSignIn(config);
}
