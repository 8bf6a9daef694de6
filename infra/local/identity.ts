import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { type DemoUser, demoUsers } from './demo-users';
import { StartupError } from './startup-error';

const issuer = 'local-sign-in';
const audience = 'admin-justice-cases';
const secretBytes = 32;

/**
 * Local stand-in for Cognito: signs HS256 JWTs for demo users with the claims Cognito puts in
 * an ID token (sub, name, cognito:groups, custom:bodyId, custom:agencyId). The secret is kept in
 * the data folder so sign-ins survive a restart.
 */
export class LocalIdentity {
  private readonly secret: Uint8Array;

  constructor(dataDir: string | undefined) {
    const file = dataDir && join(dataDir, 'jwt-secret');
    if (file && existsSync(file)) {
      this.secret = readFileSync(file);
      if (this.secret.length !== secretBytes)
        throw new StartupError(
          `登录密钥文件 ${file} 已损坏（应为${secretBytes}字节，实为${this.secret.length}字节）。请删除该文件后重新启动（已签发的登录令牌随之失效，需重新登录）。`,
        );
    } else {
      this.secret = randomBytes(secretBytes);
      if (file) {
        // Written aside and renamed into place: a crash never leaves half a secret.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, this.secret, { mode: 0o600 });
        renameSync(temporary, file);
      }
    }
  }

  user(username: string): DemoUser | undefined {
    return demoUsers.find((u) => u.username === username);
  }

  async signIn(username: string): Promise<string | undefined> {
    const u = this.user(username);
    if (!u) return undefined;
    return new SignJWT({
      name: u.nameZh,
      'cognito:username': u.username,
      'cognito:groups': [u.role],
      ...(u.bodyId ? { 'custom:bodyId': u.bodyId } : {}),
      ...(u.agencyId ? { 'custom:agencyId': u.agencyId } : {}),
      ...(u.phone ? { phone_number: `+86${u.phone}`, phone_number_verified: true } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(`local-${u.username}`)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('12h')
      .sign(this.secret);
  }

  /**
   * Verifies a bearer token and returns the claims as API Gateway's JWT authorizer passes them:
   * strings, with an array claim flattened to "[a b]".
   */
  async verify(token: string): Promise<Record<string, string> | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer,
        audience,
        // A token that never expires is refused (Cognito's always carry exp).
        requiredClaims: ['exp'],
      });
      return Object.fromEntries(
        Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : String(v)]),
      );
    } catch {
      return undefined;
    }
  }
}
