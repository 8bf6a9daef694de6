import type { DemoUser, SignInAdapter } from './adapter';
import { expired, type Session, sessionFromToken } from './session';

const storageKey = 'ajc.demo.token';

/** The local runtime's demo sign-in: pick a user, get a signed token from /local/sign-in. */
export class DemoSignIn implements SignInAdapter {
  readonly demo = true;

  async restore(): Promise<Session | undefined> {
    const token = sessionStorage.getItem(storageKey);
    const session = token ? sessionFromToken(token) : undefined;
    if (session && !expired(session)) return session;
    sessionStorage.removeItem(storageKey);
    return undefined;
  }

  async demoUsers(): Promise<readonly DemoUser[]> {
    const res = await fetch('/local/users');
    if (!res.ok) throw new Error(`无法读取演示用户（${res.status}）`);
    return ((await res.json()) as { users: DemoUser[] }).users;
  }

  async signIn(choice: { readonly username: string } | { readonly pool: string }) {
    if (!('username' in choice)) throw new Error('演示模式请选择演示用户登录');
    const res = await fetch('/local/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: choice.username }),
    });
    const body = (await res.json()) as { token?: string; detail?: string };
    if (!res.ok || !body.token) throw new Error(body.detail ?? `登录失败（${res.status}）`);
    sessionStorage.setItem(storageKey, body.token);
    return sessionFromToken(body.token);
  }

  async signOut() {
    sessionStorage.removeItem(storageKey);
  }
}
