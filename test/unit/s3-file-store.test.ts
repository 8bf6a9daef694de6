import { beforeAll, describe, expect, it } from '@jest/globals';
import { S3FileStore } from '../../shared/adapters/aws/s3';
import { contentDisposition } from '../../shared/adapters/object-store';
import { filesBucketOf, readAwsEnv } from '../../shared/config/env';

/*
 * The S3 adapter's presigned requests, built offline (signing needs credentials, not a network):
 * an upload's signature covers its length, type, SHA-256, encryption and metadata, so S3 itself
 * refuses other bytes; the headers the portal is told to send are exactly the signed ones.
 */

const sha256 = 'ab'.repeat(32);
const sha256Base64 = Buffer.from(sha256, 'hex').toString('base64');

beforeAll(() => {
  process.env.AWS_REGION = 'cn-north-1';
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'not-a-secret';
});

describe('S3FileStore presigned requests', () => {
  it('binds an upload’s length, type, SHA-256, encryption and metadata into the signature', async () => {
    const store = new S3FileStore('ajc-files');
    const signed = await store.presignUpload(
      'uploads/0123abcd/3f9e2b1c-1111-4111-8111-111111111111',
      { contentType: 'application/pdf', size: 2048, sha256, metadata: { purpose: 'evidence' } },
      300,
    );
    const url = new URL(signed.url);
    expect(url.host).toBe('ajc-files.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toBe('/uploads/0123abcd/3f9e2b1c-1111-4111-8111-111111111111');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    const signedHeaders = (url.searchParams.get('X-Amz-SignedHeaders') ?? '').split(';');
    expect(signedHeaders).toEqual([
      'content-length',
      'content-type',
      'host',
      'x-amz-checksum-sha256',
      'x-amz-meta-purpose',
      'x-amz-server-side-encryption',
    ]);
    // What the portal sends: every signed header but host and the length (the browser sets those).
    expect(signed.method).toBe('PUT');
    expect(signed.headers).toEqual({
      'content-type': 'application/pdf',
      'x-amz-checksum-sha256': sha256Base64,
      'x-amz-server-side-encryption': 'AES256',
      'x-amz-meta-purpose': 'evidence',
    });
    expect(Object.keys(signed.headers).sort()).toEqual(
      signedHeaders.filter((h) => h !== 'host' && h !== 'content-length').sort(),
    );
    // No checksum of the SDK's own (one over an empty body would refuse every upload).
    expect([...url.searchParams.keys()].filter((k) => /checksum|sdk/i.test(k))).toEqual([]);
    expect(Date.parse(signed.expiresAt) - Date.now()).toBeGreaterThan(290_000);
  });

  it('signs a short download that saves under the file’s own (Chinese) name', async () => {
    const store = new S3FileStore('ajc-files');
    const signed = await store.presignDownload('cases/c1/files/f1', '行政复议答复书.pdf', 120);
    const url = new URL(signed.url);
    expect(signed).toMatchObject({ method: 'GET', headers: {} });
    expect(url.searchParams.get('X-Amz-Expires')).toBe('120');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      contentDisposition('行政复议答复书.pdf'),
    );
    expect(contentDisposition('行政复议答复书.pdf')).toBe(
      `attachment; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('行政复议答复书.pdf')}`,
    );
  });

  it('refuses a key that is not one before any request', async () => {
    const store = new S3FileStore('ajc-files');
    for (const key of ['../etc/passwd', 'cases//x', 'cases/c1/files/a b', ''])
      await expect(store.inspect(key)).rejects.toThrow('not an object key');
  });
});

describe('FILES_BUCKET', () => {
  const base = {
    TABLE_NAME: 'cases',
    ALERT_TOPIC_ARN: 'arn:aws-cn:sns:cn-north-1:000000000000:alerts',
    AWS_REGION: 'cn-north-1',
  };
  it('is read when given, and required of a function with the files grant at its cold start', () => {
    expect(filesBucketOf(readAwsEnv({ ...base, FILES_BUCKET: 'adminjusticecases-files-1a2b3c' }))).toBe(
      'adminjusticecases-files-1a2b3c',
    );
    expect(() => filesBucketOf(readAwsEnv(base))).toThrow('FILES_BUCKET is not set');
    expect(() => readAwsEnv({ ...base, FILES_BUCKET: 'Not A Bucket' })).toThrow('FILES_BUCKET');
  });
});
