import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LocalFileStore, localFilesPrefix } from '../../infra/local/files';
import { pdfBytes, sha256Hex } from '../support/uploads';

/*
 * The local stand-in for the files bucket on its own: signed links answered over HTTP as S3
 * answers them (exact bytes or a Chinese problem), objects and the signing secret kept in the
 * data folder, so a restart loses neither the files nor the links already given out.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'ajc-local-files-'));
const dir = join(dataDir, 'files');
const secretFile = join(dataDir, 'files-secret');
let origin = '';
let store: LocalFileStore;
let server: Server;

/** Serves whichever store is current (a restart replaces it). */
beforeAll(async () => {
  store = new LocalFileStore(dir, () => origin, secretFile);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(localFilesPrefix)) void store.serve(req, res, url);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dataDir, { recursive: true, force: true });
});

const bytes = pdfBytes('本地存储');
const declared = { contentType: 'application/pdf', size: bytes.byteLength, sha256: sha256Hex(bytes) };
const key = 'uploads/owner/11111111-1111-4111-8111-111111111111';

describe('LocalFileStore', () => {
  it('takes exactly the declared bytes at a signed PUT and measures them', async () => {
    const signed = await store.presignUpload(key, { ...declared, metadata: { purpose: 'evidence' } }, 300);
    expect(signed.url.startsWith(`${origin}${localFilesPrefix}${key}?`)).toBe(true);
    const put = await fetch(signed.url, { method: 'PUT', headers: signed.headers, body: Buffer.from(bytes) });
    expect(put.status).toBe(200);
    expect(await store.inspect(key)).toEqual({ ...declared, metadata: { purpose: 'evidence' } });
  });

  it('refuses an expired link, a forged one and missing signed headers, in Chinese', async () => {
    const expired = await store.presignUpload('uploads/owner/x', declared, -1);
    const late = await fetch(expired.url, {
      method: 'PUT',
      headers: expired.headers,
      body: Buffer.from(bytes),
    });
    expect(late.status).toBe(403);
    expect(await late.json()).toMatchObject({
      code: 'file.linkExpired',
      detail: '文件链接已过期，请回到页面重新操作',
    });
    const good = await store.presignUpload('uploads/owner/y', declared, 300);
    const forged = new URL(good.url);
    forged.searchParams.set('x-size', String(declared.size + 1));
    expect(
      (await fetch(forged, { method: 'PUT', headers: good.headers, body: Buffer.from(bytes) })).status,
    ).toBe(403);
    const noChecksum = await fetch(good.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from(bytes),
    });
    expect(noChecksum.status).toBe(400);
    expect((await noChecksum.json()).errors[0].path).toBe('x-amz-checksum-sha256');
    expect(await store.inspect('uploads/owner/y')).toBeUndefined();
  });

  it('answers CORS as the bucket does: the portal’s own origin, the signed headers, nothing else', async () => {
    const preflight = (from: string, headers: string) =>
      fetch(`${origin}${localFilesPrefix}${key}`, {
        method: 'OPTIONS',
        headers: {
          origin: from,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': headers,
        },
      });
    const allowed = await preflight(origin, 'content-type,x-amz-checksum-sha256');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('PUT, GET, HEAD');
    expect((await preflight('https://evil.example', 'content-type')).status).toBe(403);
    expect((await preflight(origin, 'content-type,x-other')).status).toBe(403);
  });

  it('copies, serves a download under its name, and removes', async () => {
    const target = 'cases/c1/files/11111111-1111-4111-8111-111111111111';
    await store.copy(key, target);
    const link = await store.presignDownload(target, '证据.pdf', 120);
    const got = await fetch(link.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('证据.pdf')}`,
    );
    expect(sha256Hex(new Uint8Array(await got.arrayBuffer()))).toBe(declared.sha256);
    await store.remove(key);
    expect(await store.inspect(key)).toBeUndefined();
    await store.remove(key);
  });

  it('keeps objects and links across a restart (the data folder holds both)', async () => {
    const document = new TextEncoder().encode('复议决定书');
    await store.put('cases/c1/documents/decision.docx', document, 'application/octet-stream');
    const link = await store.presignDownload(
      'cases/c1/files/11111111-1111-4111-8111-111111111111',
      '证据.pdf',
      120,
    );
    store = new LocalFileStore(dir, () => origin, secretFile);
    const again = await store.get('cases/c1/documents/decision.docx');
    expect(again?.bytes).toEqual(document);
    expect(again?.object.sha256).toBe(sha256Hex(document));
    expect((await fetch(link.url)).status).toBe(200);
  });
});
