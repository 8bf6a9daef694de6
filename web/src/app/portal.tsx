import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { SignInAdapter } from '../auth/adapter';
import type { Session } from '../auth/session';
import type { PortalConfig } from '../config';

/** What every page may use: the configuration, the sign-in adapter, the session and the typed API. */
export interface Portal {
  readonly config: PortalConfig;
  readonly signIn: SignInAdapter;
  readonly session: Session | undefined;
  readonly api: ApiClient;
  /** After a sign-in or sign-out: the shell re-renders with the new session and client. */
  setSession(session: Session | undefined): void;
}

export const PortalContext = createContext<Portal | undefined>(undefined);

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal() outside <PortalContext>');
  return portal;
}

/** The signed-in session; pages behind a role route are only rendered with one. */
export function useSession(): Session {
  const { session } = usePortal();
  if (!session) throw new Error('useSession() without a session');
  return session;
}
