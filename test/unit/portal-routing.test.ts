import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { portalFileFor } from '../../infra/local/server';

/**
 * The portal's CloudFront Function (infra/portal-routing.js), evaluated as CloudFront runs it: the
 * file's text in a fresh global scope, its top-level `handler` called with a viewer-request event.
 * portal-hosting.test.ts checks that the distribution deploys exactly this text; the local
 * runtime's portalFileFor must route every path the same way.
 */
interface Request {
  method: string;
  uri: string;
  querystring: Record<string, { value: string }>;
  headers: Record<string, { value: string }>;
  cookies: Record<string, { value: string }>;
}
const code = readFileSync(new URL('../../infra/portal-routing.js', import.meta.url), 'utf8');
const handler = runInNewContext(`${code}\nhandler`, {}) as (event: { request: Request }) => Request;

const request = (uri: string): Request => ({
  method: 'GET',
  uri,
  querystring: { code: { value: 'abc' } },
  headers: { host: { value: 'd111111abcdef8.cloudfront.net' } },
  cookies: {},
});
const routed = (uri: string) => handler({ request: request(uri) }).uri;

describe('portal routing (CloudFront Function, viewer request)', () => {
  it.each([
    '/',
    '/cases',
    '/cases/0b8e6f1c-3d5e-4a7b-9c2d-1e2f3a4b5c6d',
    '/cases/123/',
    '/clerk/queue',
    '/auth/callback',
    '/docs/anything', // an app route like any other (the app shows its not-found page)
  ])('serves index.html for the client-side route %s', (uri) => {
    expect(routed(uri)).toBe('/index.html');
  });

  it.each(['/docs', '/docs/'])('serves docs.html for %s', (uri) => {
    expect(routed(uri)).toBe('/docs.html');
  });

  it.each([
    '/index.html',
    '/docs.html',
    '/config.json',
    '/favicon.svg',
    '/assets/index-CFjyiTLL.js',
    '/assets/index-swOMsZxC.css',
    '/assets/vendor.1a2b3c.woff2',
    '/cases.v2/report.pdf',
    '/.vite/manifest.json', // not uploaded: S3 answers 403, as for any file that is not there
  ])('passes the file %s through unchanged', (uri) => {
    expect(routed(uri)).toBe(uri);
  });

  it('routes every path as the local runtime does (portalFileFor)', () => {
    for (const uri of [
      '/',
      '/cases/1',
      '/clerk/queue/',
      '/docs',
      '/docs/',
      '/docs.html',
      '/docs/x',
      '/config.json',
      '/assets/a-1.js',
      '/a.b/c',
      '/c/a.b',
      '/foo.',
      '/.build-stamp',
    ])
      expect({ uri, routed: routed(uri) }).toEqual({ uri, routed: `/${portalFileFor(uri)}` });
  });

  it('returns the request itself (no response), keeping its query string and headers', () => {
    const event = { request: request('/cases/1') };
    const result = handler(event);
    expect(result).toBe(event.request);
    expect(result).toEqual({ ...request('/cases/1'), uri: '/index.html' });
  });
});
