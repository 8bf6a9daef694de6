import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  assertMetadata,
  assertObjectKey,
  checksumHeader,
  contentDisposition,
  hexToBase64,
} from '../../shared/adapters/object-store';
import { problemDocument, problemHeaders } from '../../shared/http/problem';
import type { FileStore, ObjectDeclaration, SignedRequest, StoredObject } from '../../shared/ports';
import { StartupError } from './startup-error';

/** Where signed links point: the local server answers them (see LocalFileStore.serve). */
export const localFilesPrefix = '/local/files/';

const secretBytes = 32;

/**
 * Local stand-in for the S3 bucket: objects under `<data folder>/files/objects/<key>`, what was
 * measured of each (size, type, SHA-256, metadata) beside it under `files/meta/<key>.json`, so
 * nothing is lost on restart. People reach objects only through links this store signs (HMAC-
 * SHA256 with a secret kept in the data folder, expiring): a PUT link is good for exactly the
 * declared bytes — the server checks the length, the type and the SHA-256 as S3 does and refuses
 * anything else with a Chinese problem document; a GET link for one object, saved under a name.
 */
export class LocalFileStore implements FileStore {
  private readonly objects: string;
  private readonly meta: string;
  private readonly temporary: string;
  private readonly secret: Buffer;

  /**
   * @param dir the store's folder (inside the data folder, or a temporary one)
   * @param origin the local server's origin, known once it listens (links are absolute)
   * @param secretFile where the signing secret is kept (none: a fresh one per process)
   */
  constructor(
    dir: string,
    private readonly origin: () => string,
    secretFile?: string,
  ) {
    this.objects = join(dir, 'objects');
    this.meta = join(dir, 'meta');
    this.temporary = join(dir, 'tmp');
    for (const d of [this.objects, this.meta, this.temporary]) mkdirSync(d, { recursive: true });
    this.secret = loadSecret(secretFile);
  }

  // ---------------------------------------------------------------- the port

  async presignUpload(
    key: string,
    declared: ObjectDeclaration,
    expiresInSeconds: number,
  ): Promise<SignedRequest> {
    const metadata = assertMetadata(declared.metadata);
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const params = {
      'x-expires': String(expires),
      'x-type': declared.contentType,
      'x-size': String(declared.size),
      'x-sha256': declared.sha256,
      'x-meta': Buffer.from(JSON.stringify(metadata)).toString('base64url'),
    };
    return {
      url: this.signedUrl('PUT', assertObjectKey(key), params),
      method: 'PUT',
      headers: { 'content-type': declared.contentType, [checksumHeader]: hexToBase64(declared.sha256) },
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  async inspect(key: string): Promise<StoredObject | undefined> {
    try {
      const [meta] = await Promise.all([readFile(this.metaFile(key), 'utf8'), stat(this.objectFile(key))]);
      return JSON.parse(meta) as StoredObject;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async copy(from: string, to: string): Promise<void> {
    const object = await this.inspect(from);
    if (!object) throw Object.assign(new Error(`no object at ${from}`), { name: 'NoSuchKey' });
    const temp = this.tempFile();
    await copyFile(this.objectFile(from), temp);
    await this.commit(to, temp, object);
  }

  async remove(key: string): Promise<void> {
    await rm(this.metaFile(key), { force: true });
    await rm(this.objectFile(key), { force: true });
  }

  async presignDownload(key: string, fileName: string, expiresInSeconds: number): Promise<SignedRequest> {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    return {
      url: this.signedUrl('GET', assertObjectKey(key), {
        'x-expires': String(expires),
        'x-filename': fileName,
      }),
      method: 'GET',
      headers: {},
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  async put(
    key: string,
    bytes: Uint8Array,
    contentType: string,
    metadata?: Readonly<Record<string, string>>,
  ): Promise<StoredObject> {
    const object: StoredObject = {
      size: bytes.byteLength,
      contentType,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      metadata: assertMetadata(metadata),
    };
    const temp = this.tempFile();
    await writeFile(temp, bytes);
    await this.commit(assertObjectKey(key), temp, object);
    return object;
  }

  async get(key: string): Promise<{ bytes: Uint8Array; object: StoredObject } | undefined> {
    const object = await this.inspect(key);
    if (!object) return undefined;
    return { bytes: new Uint8Array(await readFile(this.objectFile(key))), object };
  }

  // ---------------------------------------------------------------- the signed links

  /**
   * CORS as the bucket's rule on AWS: the portal's own origin (the local server, by either of its
   * names) may PUT with the signed headers and GET; a preflight is answered here.
   */
  private cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    const base = this.origin();
    const allowed = [base, base.replace('//localhost:', '//127.0.0.1:')];
    if (origin && allowed.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'etag');
      res.setHeader('vary', 'origin');
    }
    if (req.method !== 'OPTIONS') return false;
    const method = req.headers['access-control-request-method'] ?? '';
    const headers = (req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const signedHeaders = ['content-type', checksumHeader, 'x-amz-server-side-encryption'];
    if (
      !origin ||
      !allowed.includes(origin) ||
      !['PUT', 'GET', 'HEAD'].includes(method) ||
      !headers.every((h) => signedHeaders.includes(h) || h.startsWith('x-amz-meta-'))
    ) {
      refuse(res, 403, 'file.corsRefused', '不允许从该页面访问文件存储');
      return true;
    }
    res.writeHead(204, {
      'access-control-allow-methods': 'PUT, GET, HEAD',
      'access-control-allow-headers': headers.join(', '),
      'access-control-max-age': '3600',
    });
    res.end();
    return true;
  }

  /** Answers a request to a signed link (PUT an upload, GET a download); anything else is refused. */
  async serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (this.cors(req, res)) return;
    let key: string;
    try {
      key = assertObjectKey(decodeURIComponent(url.pathname.slice(localFilesPrefix.length)));
    } catch {
      return refuse(res, 404, 'file.notFound', '没有这个文件');
    }
    const q = url.searchParams;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (method !== 'PUT' && method !== 'GET')
      return refuse(res, 405, 'request.methodNotAllowed', '文件链接只支持上传（PUT）和下载（GET）');
    const fields = method === 'PUT' ? uploadFields : downloadFields;
    const signature = q.get('x-signature') ?? '';
    const expected = this.sign(method, key, Object.fromEntries(fields.map((f) => [f, q.get(f) ?? ''])));
    if (!safeEqual(signature, expected))
      return refuse(res, 403, 'file.linkInvalid', '文件链接无效（签名不符），请回到页面重新操作');
    if (Number(q.get('x-expires')) * 1000 < Date.now())
      return refuse(res, 403, 'file.linkExpired', '文件链接已过期，请回到页面重新操作');
    return method === 'PUT'
      ? this.receive(req, res, key, q)
      : this.send(req, res, key, q.get('x-filename') ?? 'file');
  }

  /** Receives an upload: the declared type and checksum headers, then exactly the declared bytes. */
  private async receive(req: IncomingMessage, res: ServerResponse, key: string, q: URLSearchParams) {
    const declared = {
      contentType: q.get('x-type') ?? '',
      size: Number(q.get('x-size')),
      sha256: q.get('x-sha256') ?? '',
      metadata: JSON.parse(
        Buffer.from(q.get('x-meta') ?? '', 'base64url').toString('utf8') || '{}',
      ) as Record<string, string>,
    };
    const drain = () => req.resume();
    if (req.headers['content-type'] !== declared.contentType) {
      drain();
      return refuse(
        res,
        400,
        'file.mismatch',
        `文件类型与上传时声明的不符（应为 ${declared.contentType}）`,
        'content-type',
      );
    }
    if (req.headers[checksumHeader] !== hexToBase64(declared.sha256)) {
      drain();
      return refuse(
        res,
        400,
        'file.mismatch',
        '缺少或不符的 SHA-256 校验值，请按上传地址给出的请求头上传',
        checksumHeader,
      );
    }
    const length = req.headers['content-length'];
    if (length !== undefined && Number(length) !== declared.size) {
      drain();
      return refuse(
        res,
        400,
        'file.mismatch',
        `文件大小与上传时声明的不符（应为${declared.size}字节）`,
        'content-length',
      );
    }
    const temp = this.tempFile();
    const hash = createHash('sha256');
    let received = 0;
    const out = createWriteStream(temp);
    try {
      await pipeline(
        req,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            received += chunk.length;
            // More than declared: keep reading (the client gets its answer) but write nothing more.
            if (received > declared.size) continue;
            hash.update(chunk);
            yield chunk;
          }
        },
        out,
      );
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    const sha256 = hash.digest('hex');
    if (received !== declared.size || sha256 !== declared.sha256) {
      await rm(temp, { force: true });
      return received !== declared.size
        ? refuse(
            res,
            400,
            'file.mismatch',
            `收到的文件大小（${received}字节）与声明的（${declared.size}字节）不符，文件未保存`,
            '(body)',
          )
        : refuse(
            res,
            400,
            'file.mismatch',
            '收到的文件内容与声明的 SHA-256 不符（文件可能在传输中损坏或已被更换），文件未保存',
            '(body)',
          );
    }
    await this.commit(key, temp, {
      size: received,
      contentType: declared.contentType,
      sha256,
      metadata: declared.metadata,
    });
    res.writeHead(200, { etag: `"${sha256}"`, 'content-length': '0' });
    res.end();
  }

  /** Sends an object as an attachment under its name, never cached. */
  private async send(req: IncomingMessage, res: ServerResponse, key: string, fileName: string) {
    const object = await this.inspect(key);
    if (!object) return refuse(res, 404, 'file.notFound', '文件不存在');
    res.writeHead(200, {
      'content-type': object.contentType,
      'content-length': String(object.size),
      'content-disposition': contentDisposition(fileName),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(createReadStream(this.objectFile(key)), res);
  }

  // ---------------------------------------------------------------- helpers

  private objectFile = (key: string) => join(this.objects, ...assertObjectKey(key).split('/'));
  private metaFile = (key: string) => `${join(this.meta, ...assertObjectKey(key).split('/'))}.json`;
  private tempFile = () => join(this.temporary, randomUUID());

  /** Puts a finished temporary file in place, then what was measured of it: an object is seen only whole. */
  private async commit(key: string, temp: string, object: StoredObject) {
    const file = this.objectFile(key);
    const meta = this.metaFile(key);
    await mkdir(dirname(file), { recursive: true });
    await mkdir(dirname(meta), { recursive: true });
    const metaTemp = this.tempFile();
    await writeFile(metaTemp, JSON.stringify(object));
    await rename(temp, file);
    await rename(metaTemp, meta);
  }

  private sign(method: string, key: string, params: Record<string, string>): string {
    const fields = method === 'PUT' ? uploadFields : downloadFields;
    return createHmac('sha256', this.secret)
      .update([method, key, ...fields.map((f) => params[f] ?? '')].join('\n'))
      .digest('hex');
  }

  private signedUrl(method: 'PUT' | 'GET', key: string, params: Record<string, string>): string {
    const query = new URLSearchParams({ ...params, 'x-signature': this.sign(method, key, params) });
    return `${this.origin()}${localFilesPrefix}${key}?${query}`;
  }
}

/** What a link's signature covers, besides the method and the key. */
const uploadFields = ['x-expires', 'x-type', 'x-size', 'x-sha256', 'x-meta'] as const;
const downloadFields = ['x-expires', 'x-filename'] as const;

const safeEqual = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function refuse(res: ServerResponse, status: number, code: string, detail: string, field?: string) {
  res.writeHead(status, problemHeaders);
  res.end(
    JSON.stringify(problemDocument(status, code, detail, field ? [{ path: field, messageZh: detail }] : [])),
  );
}

/** The signing secret: kept in the data folder (links survive a restart), or fresh for an in-memory system. */
function loadSecret(file: string | undefined): Buffer {
  if (file && existsSync(file)) {
    const secret = readFileSync(file);
    if (secret.length !== secretBytes)
      throw new StartupError(
        `文件链接签名密钥 ${file} 已损坏（应为${secretBytes}字节，实为${secret.length}字节）。请删除该文件后重新启动（已发出的上传和下载链接随之失效）。`,
      );
    return secret;
  }
  const secret = randomBytes(secretBytes);
  if (file) {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, secret, { mode: 0o600 });
    renameSync(temporary, file);
  }
  return secret;
}
