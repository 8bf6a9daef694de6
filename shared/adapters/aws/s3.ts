import { createHash } from 'node:crypto';
import type { FileStore, ObjectDeclaration, SignedRequest, StoredObject } from '../../ports';
import {
  assertMetadata,
  assertObjectKey,
  base64ToHex,
  checksumHeader,
  contentDisposition,
  hexToBase64,
  metadataHeader,
} from '../object-store';
import { onFirstUse } from './on-first-use';

/**
 * The SDK client and the presigner are loaded with the first file operation, not at init. The
 * SDK computes no checksum of its own (`WHEN_REQUIRED`): every upload carries the SHA-256 the
 * uploader declared, and a presigned PUT must not carry one the SDK computed over an empty body.
 */
const s3Sdk = onFirstUse(async () => {
  const [sdk, presigner] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  const client = new sdk.S3Client({
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { sdk, presigner, client };
});

/** Server-side encryption of every object this adapter writes (SSE-S3; the bucket's default is the same). */
const encryption = 'AES256';

const expiresAt = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

const isNotFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

/** S3 as the FileStore: one private bucket, SSE-S3, SHA-256 checksums checked by S3 itself. */
export class S3FileStore implements FileStore {
  constructor(private readonly bucket: string) {}

  /**
   * A presigned PUT whose signature covers Content-Type, Content-Length, the SHA-256 checksum
   * header, the encryption header and the metadata: S3 refuses a request with other values, and
   * refuses a body whose SHA-256 is not the declared one (BadDigest).
   */
  async presignUpload(
    key: string,
    declared: ObjectDeclaration,
    expiresInSeconds: number,
  ): Promise<SignedRequest> {
    const { sdk, presigner, client } = await s3Sdk();
    const metadata = assertMetadata(declared.metadata);
    const checksum = hexToBase64(declared.sha256);
    const command = new sdk.PutObjectCommand({
      Bucket: this.bucket,
      Key: assertObjectKey(key),
      ContentType: declared.contentType,
      ContentLength: declared.size,
      ChecksumSHA256: checksum,
      ServerSideEncryption: encryption,
      Metadata: metadata,
    });
    const metaHeaders = Object.fromEntries(Object.entries(metadata).map(([k, v]) => [metadataHeader(k), v]));
    const url = await presigner.getSignedUrl(client, command, {
      expiresIn: expiresInSeconds,
      // The presigner leaves Content-Type unsigned by default; signing it binds the type.
      signableHeaders: new Set(['content-type', 'content-length']),
      // Kept as headers (not hoisted into the query) so that S3 checks the body against them.
      unhoistableHeaders: new Set([
        checksumHeader,
        'x-amz-server-side-encryption',
        ...Object.keys(metaHeaders),
      ]),
    });
    return {
      url,
      method: 'PUT',
      headers: {
        'content-type': declared.contentType,
        [checksumHeader]: checksum,
        'x-amz-server-side-encryption': encryption,
        ...metaHeaders,
      },
      expiresAt: expiresAt(expiresInSeconds),
    };
  }

  async inspect(key: string): Promise<StoredObject | undefined> {
    const { sdk, client } = await s3Sdk();
    try {
      const head = await client.send(
        new sdk.HeadObjectCommand({
          Bucket: this.bucket,
          Key: assertObjectKey(key),
          ChecksumMode: 'ENABLED',
        }),
      );
      return {
        size: head.ContentLength ?? 0,
        contentType: head.ContentType ?? '',
        // A multipart checksum ("…-N") is not the SHA-256 of the bytes: no such object is ever written here.
        sha256:
          head.ChecksumSHA256 && !head.ChecksumSHA256.includes('-') ? base64ToHex(head.ChecksumSHA256) : '',
        metadata: head.Metadata ?? {},
      };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async copy(from: string, to: string): Promise<void> {
    const { sdk, client } = await s3Sdk();
    const source = assertObjectKey(from).split('/').map(encodeURIComponent).join('/');
    await client.send(
      new sdk.CopyObjectCommand({
        Bucket: this.bucket,
        Key: assertObjectKey(to),
        CopySource: `${this.bucket}/${source}`,
        MetadataDirective: 'COPY',
        // The copy gets its own full-object SHA-256, as the upload had.
        ChecksumAlgorithm: 'SHA256',
        ServerSideEncryption: encryption,
      }),
    );
  }

  async remove(key: string): Promise<void> {
    const { sdk, client } = await s3Sdk();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: assertObjectKey(key) }));
  }

  async presignDownload(key: string, fileName: string, expiresInSeconds: number): Promise<SignedRequest> {
    const { sdk, presigner, client } = await s3Sdk();
    const url = await presigner.getSignedUrl(
      client,
      new sdk.GetObjectCommand({
        Bucket: this.bucket,
        Key: assertObjectKey(key),
        ResponseContentDisposition: contentDisposition(fileName),
      }),
      { expiresIn: expiresInSeconds },
    );
    return { url, method: 'GET', headers: {}, expiresAt: expiresAt(expiresInSeconds) };
  }

  async put(
    key: string,
    bytes: Uint8Array,
    contentType: string,
    metadata?: Readonly<Record<string, string>>,
  ): Promise<StoredObject> {
    const { sdk, client } = await s3Sdk();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const meta = assertMetadata(metadata);
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.bucket,
        Key: assertObjectKey(key),
        Body: bytes,
        ContentType: contentType,
        ChecksumSHA256: hexToBase64(sha256),
        ServerSideEncryption: encryption,
        Metadata: meta,
      }),
    );
    return { size: bytes.byteLength, contentType, sha256, metadata: meta };
  }

  async get(key: string): Promise<{ bytes: Uint8Array; object: StoredObject } | undefined> {
    const { sdk, client } = await s3Sdk();
    try {
      const out = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.bucket, Key: assertObjectKey(key) }),
      );
      const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
      return {
        bytes,
        object: {
          size: bytes.byteLength,
          contentType: out.ContentType ?? '',
          sha256: createHash('sha256').update(bytes).digest('hex'),
          metadata: out.Metadata ?? {},
        },
      };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}
