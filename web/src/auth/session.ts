import { type Role, roles } from '../../../shared/domain/actors';
import type { Pool } from '../config';

/** Roles as the API names them (cognito:groups): the one role list of the product. */
export type { Role };

/** Who is signed in, read from the ID token's claims (the API checks the token; the portal only shows). */
export interface Profile {
  readonly userId: string;
  readonly username: string;
  readonly nameZh: string;
  readonly role: Role;
  readonly bodyId?: string;
  readonly agencyId?: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface Session {
  /** The bearer token the API takes (Cognito's ID token; locally the demo token). */
  readonly token: string;
  /** Which API serves this person: citizens or staff (each pool has its own). */
  readonly pool: Pool;
  readonly profile: Profile;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

export const poolOf = (role: Role): Pool => (role === 'applicant' ? 'citizens' : 'staff');

function base64UrlJson(part: string): Record<string, unknown> {
  const b64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** The session a token stands for, or undefined when it is not a JWT with a known role. */
export function sessionFromToken(token: string): Session | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = base64UrlJson(payload);
  } catch {
    return undefined;
  }
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
  const role = roles.find((r) => groups.includes(r));
  if (!role || typeof claims.sub !== 'string') return undefined;
  const text = (k: string) =>
    typeof claims[k] === 'string' && claims[k] ? (claims[k] as string) : undefined;
  const username = text('cognito:username') ?? claims.sub;
  const bodyId = text('custom:bodyId');
  const agencyId = text('custom:agencyId');
  const phone = text('phone_number');
  const email = text('email');
  return {
    token,
    pool: poolOf(role),
    expiresAt: typeof claims.exp === 'number' ? claims.exp : 0,
    profile: {
      userId: claims.sub,
      username,
      nameZh: text('name') ?? username,
      role,
      ...(bodyId ? { bodyId } : {}),
      ...(agencyId ? { agencyId } : {}),
      ...(phone ? { phone: phone.replace(/^\+86/, '') } : {}),
      ...(email ? { email } : {}),
    },
  };
}

export const expired = (s: Session, nowSeconds = Date.now() / 1000) => s.expiresAt <= nowSeconds + 30;
