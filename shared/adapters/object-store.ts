/**
 * What both FileStore adapters (S3, and the local data folder) agree on: the shape of a key, the
 * metadata names, the download's Content-Disposition and the checksum encodings.
 */

/** A key: safe segments (letters, digits, `.`, `_`, `-`, not `.`/`..`) separated by `/`. */
const SEGMENT = /^[A-Za-z0-9._-]{1,200}$/;

export function assertObjectKey(key: string): string {
  const segments = key.split('/');
  if (segments.length > 10 || !segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..'))
    throw new Error(`not an object key: ${JSON.stringify(key).slice(0, 300)}`);
  return key;
}

/** Metadata keys as S3 takes them (x-amz-meta-<key>): lowercase letters, digits and hyphens. */
const METADATA_KEY = /^[a-z0-9-]{1,64}$/;
/** Metadata values: printable ASCII (HTTP headers), short. */
const METADATA_VALUE = /^[\x20-\x7E]{0,1024}$/;

export function assertMetadata(metadata: Readonly<Record<string, string>> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(metadata))
    if (!METADATA_KEY.test(k) || !METADATA_VALUE.test(v))
      throw new Error(`metadata must be short ASCII with keys of [a-z0-9-]: ${k}`);
  return { ...metadata };
}

export const metadataHeader = (key: string) => `x-amz-meta-${key}`;

/** The header carrying the SHA-256 of an upload (base64), as S3 names it; the local store uses the same. */
export const checksumHeader = 'x-amz-checksum-sha256';

export const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
export const base64ToHex = (b64: string) => Buffer.from(b64, 'base64').toString('hex');

/**
 * `attachment` with the file's name: an ASCII fallback for old clients, and the name itself in
 * UTF-8 (RFC 6266 / RFC 8187), which every current browser uses.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7E]|["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
