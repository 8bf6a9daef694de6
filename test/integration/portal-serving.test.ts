import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { portalFileFor } from '../../infra/local/server';
import { type LocalSystem, startLocalSystem } from '../../infra/local/system';
import { portalIsFresh } from '../../infra/portal';
import { localPortalConfig } from '../../infra/site';

/**
 * The local runtime serves the portal's build as CloudFront does on AWS: files by name, the
 * client-side routes as index.html, /docs as the API reference page, config.json for demo sign-in.
 */
const portalDir = process.env.PORTAL_DIR as string;
let system: LocalSystem;

beforeAll(async () => {
  system = await startLocalSystem({ portalDir, startAt: new Date('2026-02-10T10:00:00+08:00') });
});
afterAll(async () => {
  await system?.stop();
});

const get = (path: string) => fetch(`${system.url.replace('localhost', '127.0.0.1')}${path}`);

describe('the portal on the local runtime', () => {
  it('answers the app at / and at every client-side route, revalidated on each load', async () => {
    const index = readFileSync(join(portalDir, 'index.html'), 'utf8');
    for (const path of ['/', '/my/cases', '/cases/0b7f0c5e-1d7c-4f55-9d59-7c2f4f7f1d11', '/admin/calendar']) {
      const res = await get(path);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type: 'text/html; charset=utf-8',
      });
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(index);
    }
  });

  it('serves hashed assets for a year, and says 404 for a file that is not there', async () => {
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(
      readFileSync(join(portalDir, 'index.html'), 'utf8'),
    )?.[1];
    expect(asset).toBeDefined();
    const res = await get(asset as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/assets/missing.js',
      '/.build-stamp',
      '/.vite/manifest.json',
      '/%2e%2e/package.json',
    ])
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 404 });
  });

  it('gives the portal its configuration: demo sign-in, this server as both APIs, the site identity', async () => {
    const res = await get('/config.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(localPortalConfig());
  });

  it('maps paths to files as the CloudFront function does', () => {
    expect(portalFileFor('/')).toBe('index.html');
    expect(portalFileFor('/cases/abc')).toBe('index.html');
    expect(portalFileFor('/docs')).toBe('docs.html');
    expect(portalFileFor('/docs/')).toBe('docs.html');
    expect(portalFileFor('/favicon.svg')).toBe('favicon.svg');
    expect(portalFileFor('/assets/main-abc.js')).toBe('assets/main-abc.js');
  });

  it('knows a build of other sources is stale, so npm start builds again', () => {
    expect(portalIsFresh(portalDir)).toBe(true);
    const copy = join(mkdtempSync(join(tmpdir(), 'ajc-portal-copy-')), 'portal');
    cpSync(portalDir, copy, { recursive: true });
    expect(portalIsFresh(copy)).toBe(true);
    writeFileSync(join(copy, '.build-stamp'), 'a build of other sources');
    expect(portalIsFresh(copy)).toBe(false);
  });
});
