import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import type { Page, Route } from 'playwright-core';
import { type Journey, startJourney, tid } from '../support/browser';
import { beforeSpringFestival2026 } from '../support/local-system';

/**
 * The portal as an AWS deployment runs it (config.json mode cognito), signing in through a
 * stand-in for Cognito's hosted UI and token endpoint: the authorization code flow with PKCE
 * (S256), the callback at /auth/callback, the ID token sent to the API, and sign-out through
 * Cognito's /logout. The stand-in answers as Cognito does; the API is the local runtime, which
 * trusts the ID token because the test signs it with the runtime's own key.
 */

let j: Journey;

beforeAll(async () => {
  j = await startJourney('cognito-sign-in', beforeSpringFestival2026);
});
afterAll(async () => {
  await j?.stop();
});

const authority = 'https://cognito-idp.ap-east-1.amazonaws.com/ap-east-1_citizens';
const domain = 'https://ajc-citizens-123456789012.auth.ap-east-1.amazoncognito.com';
const clientId = 'citizens-web-client';
const config = {
  mode: 'cognito',
  apiUrl: '',
  staffApiUrl: '',
  cognito: {
    citizens: { authority, clientId, domain },
    staff: {
      authority: 'https://cognito-idp.ap-east-1.amazonaws.com/ap-east-1_staff',
      clientId: 'staff-web-client',
      domain: 'https://ajc-staff-123456789012.auth.ap-east-1.amazoncognito.com',
    },
  },
  site: {
    operatorZh: '西宁市人民政府行政复议办公室',
    hotline: '0971-12345',
    privacyNoticeZh: '个人信息仅用于办理案件。',
  },
};

/** An ID token as the citizens' pool would issue it for 张三, signed with the local runtime's key. */
async function idToken(nonce: string | null): Promise<string> {
  const secret = readFileSync(join(j.t.dataDir, 'jwt-secret'));
  return new SignJWT({
    name: '张三',
    'cognito:username': 'zhangsan',
    'cognito:groups': ['applicant'],
    phone_number: '+8613897001234',
    ...(nonce ? { nonce } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('local-zhangsan')
    .setIssuer('local-sign-in')
    .setAudience('admin-justice-cases')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(secret);
}

describe('signing in on AWS: Cognito hosted UI, authorization code + PKCE', () => {
  it('goes to the hosted UI with a S256 challenge, comes back with a code, trades it with the verifier, and calls the API with the ID token', async () => {
    const page: Page = j.page;
    const seen: { authorize?: URL; tokenForm?: URLSearchParams; logout?: URL } = {};
    await page.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
    );
    // Cognito's discovery document (it names no end_session_endpoint; the portal seeds /logout).
    await page.route(`${authority}/.well-known/openid-configuration`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify({
          issuer: authority,
          authorization_endpoint: `${domain}/oauth2/authorize`,
          token_endpoint: `${domain}/oauth2/token`,
          userinfo_endpoint: `${domain}/oauth2/userInfo`,
          jwks_uri: `${authority}/.well-known/jwks.json`,
          response_types_supported: ['code', 'token'],
          code_challenge_methods_supported: ['S256'],
        }),
      }),
    );
    // The hosted UI: the person signs in there, and it redirects back with a code and the state.
    await page.route(`${domain}/oauth2/authorize**`, (route: Route) => {
      const url = new URL(route.request().url());
      seen.authorize = url;
      const back = new URL(url.searchParams.get('redirect_uri') as string);
      back.searchParams.set('code', 'code-from-cognito');
      back.searchParams.set('state', url.searchParams.get('state') as string);
      return route.fulfill({ status: 302, headers: { location: back.toString() } });
    });
    await page.route(`${domain}/oauth2/token`, async (route: Route) => {
      if (route.request().method() === 'OPTIONS')
        return route.fulfill({
          status: 204,
          headers: {
            'access-control-allow-origin': '*',
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type',
          },
        });
      seen.tokenForm = new URLSearchParams(route.request().postData() ?? '');
      return route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify({
          id_token: await idToken(seen.authorize?.searchParams.get('nonce') ?? null),
          access_token: 'access-token-unused-by-the-api',
          token_type: 'Bearer',
          expires_in: 3600,
        }),
      });
    });
    await page.route(`${domain}/logout**`, (route: Route) => {
      seen.logout = new URL(route.request().url());
      const back = seen.logout.searchParams.get('logout_uri') as string;
      return route.fulfill({ status: 302, headers: { location: back } });
    });

    await page.goto(j.baseUrl);
    await page.click(tid('sign-in-citizens'));
    await page.waitForURL(/\/my\/cases$/);
    expect(await page.locator(tid('session-user')).textContent()).toBe('张三');

    // The request to the hosted UI: code flow, PKCE S256, this portal's callback.
    const authorize = seen.authorize as URL;
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('client_id')).toBe(clientId);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${j.baseUrl}/auth/callback`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'profile', 'email']),
    );
    // The code is traded with the verifier whose S256 digest was the challenge.
    const form = seen.tokenForm as URLSearchParams;
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe('code-from-cognito');
    const verifier = form.get('code_verifier') as string;
    const digest = Buffer.from(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)),
    ).toString('base64url');
    expect(digest).toBe(authorize.searchParams.get('code_challenge'));

    // The API took the ID token: 我的案件 answered (empty), and no demo control is anywhere.
    await page.locator(tid('case-list-empty')).waitFor();
    for (const id of ['demo-bar', 'demo-clock', 'demo-sign-in'])
      expect(await page.locator(tid(id)).count()).toBe(0);
    expect(await j.checkPage('signed-in')).toEqual([]);

    // Signing out goes through Cognito's /logout (client_id and logout_uri) and back to the portal.
    await page.click(tid('sign-out'));
    await page.locator(tid('sign-in-citizens')).waitFor();
    expect(seen.logout?.searchParams.get('client_id')).toBe(clientId);
    expect(seen.logout?.searchParams.get('logout_uri')).toBe(`${j.baseUrl}/`);
    expect(j.pageErrors).toEqual([]);
  });
});
