import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../domain/actors';
import type { CaseEnvelope, CaseEvent, NewCaseEvent } from '../domain/case';
import {
  type AttachRequest,
  type Confidentiality,
  checkUpload,
  checkUploadPurpose,
  decideAttach,
  decideConfidentiality,
  type FilePurpose,
  fileAccessOf,
  fileLinkRules,
  readingIsLogged,
  type UploadDeclaration,
} from '../domain/files';
import { evolve } from '../domain/fold';
import type { Decision } from '../domain/refusals';
import { viewerOf } from '../domain/visibility';
import { RefusalError } from '../http/problem';
import { logger } from '../observability/logger';
import { presentFile, presentFiles } from '../presenters/files';
import type { Runtime } from '../runtime';
import { appendDecided, viewCase } from './cases';

/**
 * The case's materials: uploads straight to the file store through a signed link, then attached
 * to a case (alone, or with a filing or an action) as engine events; the list and downloads as
 * each person may see them, every party's reading recorded on the case.
 *
 * Where objects live in the store:
 * - `uploads/<owner>/<uploadId>`: an upload not yet attached, under its uploader (the bucket's
 *   lifecycle rule removes what is never attached); `<owner>` is a digest of the user id, so a key
 *   names no one and only its uploader can attach it;
 * - `cases/<caseId>/files/<fileId>`: a material of the case (fileId = the upload's id).
 * Generated documents go under `cases/<caseId>/documents/` (the files grant covers `cases/`).
 */

const ownerKey = (userId: string) => createHash('sha256').update(userId).digest('hex').slice(0, 32);
export const uploadKey = (actor: Actor, uploadId: string) => `uploads/${ownerKey(actor.userId)}/${uploadId}`;
export const caseFileKey = (caseId: string, fileId: string) => `cases/${caseId}/files/${fileId}`;

const unwrap = <T>(d: Decision<T>): T => {
  if (!d.ok) throw new RefusalError(d.refusal);
  return d.value;
};

/** What an upload declares, kept as the object's metadata (ASCII: the name as base64url of its UTF-8). */
function declarationMetadata(d: UploadDeclaration, purpose: FilePurpose): Record<string, string> {
  return {
    'file-name': Buffer.from(d.fileName, 'utf8').toString('base64url'),
    purpose,
    'declared-type': d.contentType,
    'declared-size': String(d.size),
    'declared-sha256': d.sha256,
  };
}

/** The declaration an upload was signed for, read back from its metadata (undefined if it has none). */
function declarationOf(metadata: Readonly<Record<string, string>>): UploadDeclaration | undefined {
  const {
    'file-name': name,
    'declared-type': contentType,
    'declared-size': size,
    'declared-sha256': sha256,
  } = metadata;
  if (!name || !contentType || !size || !sha256) return undefined;
  return {
    fileName: Buffer.from(name, 'base64url').toString('utf8'),
    contentType,
    size: Number(size),
    sha256,
  };
}

export interface UploadRequest extends UploadDeclaration {
  readonly purpose: FilePurpose;
}

/**
 * POST /v1/uploads: the person may upload this purpose, the type and size are within the rules;
 * then a link to PUT exactly these bytes (type, size and SHA-256 bound into its signature). Nothing
 * is written until the bytes arrive.
 */
export async function requestUpload(rt: Runtime, actor: Actor, request: UploadRequest) {
  unwrap(checkUploadPurpose(actor, request.purpose));
  const declared = unwrap(checkUpload(request));
  const uploadId = randomUUID();
  const signed = await rt.files.presignUpload(
    uploadKey(actor, uploadId),
    {
      contentType: declared.contentType,
      size: declared.size,
      sha256: declared.sha256,
      metadata: declarationMetadata(declared, request.purpose),
    },
    fileLinkRules.uploadSeconds,
  );
  return { uploadId, ...signed };
}

/** An upload of the actor's, checked: there, whole, and exactly what was declared. */
export interface VerifiedUpload {
  readonly request: AttachRequest;
  readonly key: string;
  readonly declared: UploadDeclaration;
}

/**
 * The actor's upload as the store holds it, held to its declaration: the size, type and SHA-256
 * the store measured must be the ones signed for, and within the rules. `path` names the request
 * field in a refusal (e.g. 'attachments.0.').
 */
async function verifyUpload(
  rt: Runtime,
  actor: Actor,
  request: AttachRequest,
  path = '',
): Promise<VerifiedUpload> {
  const key = uploadKey(actor, request.uploadId);
  const stored = await rt.files.inspect(key);
  if (!stored)
    throw new RefusalError({
      code: 'file.uploadNotFound',
      messageZh: '未找到这个上传文件：可能尚未上传完成、上传链接已过期，或已经提交过。请重新选择文件上传。',
      fields: [{ path: `${path}uploadId`, messageZh: '没有这个上传文件' }],
    });
  const declared = declarationOf(stored.metadata);
  const mismatch = (what: string) =>
    new RefusalError({
      code: 'file.mismatch',
      messageZh: `已上传的文件与上传时声明的不符（${what}），未予提交。请重新选择文件上传。`,
      fields: [{ path: `${path}uploadId`, messageZh: `${what}不符` }],
    });
  if (!declared) throw mismatch('缺少上传声明');
  if (stored.size !== declared.size) throw mismatch('文件大小');
  if (stored.contentType !== declared.contentType) throw mismatch('文件类型');
  if (stored.sha256 !== declared.sha256) throw mismatch('SHA-256 校验值');
  unwrap(checkUpload(declared));
  return { request, key, declared };
}

/** Every upload of a filing or an action, checked before anything is written (a refusal writes nothing). */
export async function verifyUploads(
  rt: Runtime,
  actor: Actor,
  requests: readonly AttachRequest[],
  path: string,
): Promise<VerifiedUpload[]> {
  return Promise.all(requests.map((r, i) => verifyUpload(rt, actor, r, `${path}.${i}.`)));
}

/**
 * The `fileAttached` events of these uploads on `state` (the case as the filing or action leaves
 * it), each decided by the domain on the case the previous one left; or the first refusal.
 */
export function attachmentEvents(
  state: CaseEnvelope,
  actor: Actor,
  uploads: readonly VerifiedUpload[],
  base: Pick<NewCaseEvent, 'at' | 'correlationId'>,
  path = 'attachments',
): NewCaseEvent[] {
  const events: NewCaseEvent[] = [];
  let current = state;
  for (const [i, u] of uploads.entries()) {
    const data = unwrap(decideAttach(current, actor, u.request, u.declared, `${path}.${i}.`));
    const event: NewCaseEvent = { ...base, actor, type: 'fileAttached', data };
    events.push(event);
    current = evolve(current, { ...event, seq: current.version + 1 } as CaseEvent);
  }
  return events;
}

/** Puts each checked upload where the case keeps its files (a retry copies the same bytes again). */
export async function copyIntoCase(rt: Runtime, caseId: string, uploads: readonly VerifiedUpload[]) {
  await Promise.all(uploads.map((u) => rt.files.copy(u.key, caseFileKey(caseId, u.request.uploadId))));
}

/**
 * Removes uploads once the case's log names them. A failure is only logged: the log is the truth,
 * and the bucket's lifecycle rule removes a leftover upload.
 */
export async function removeUploads(rt: Runtime, uploads: readonly VerifiedUpload[]) {
  await Promise.all(
    uploads.map((u) =>
      rt.files
        .remove(u.key)
        .catch((err: unknown) => logger.warn('upload not removed after attaching', { err })),
    ),
  );
}

/**
 * POST /v1/cases/{id}/files: one upload attached to a case the person may see. The same upload
 * attached again answers with the file as attached (created: false).
 */
export async function attachToCase(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  request: AttachRequest,
  correlationId: string,
) {
  const seen = await viewCase(rt, actor, caseId);
  const done = seen.files?.find((f) => f.fileId === request.uploadId && f.uploadedBy.userId === actor.userId);
  if (done) return { file: presentedFor(actor, seen, done.fileId), created: false };
  const upload = await verifyUpload(rt, actor, request);
  // Decided once before copying (a refusal copies nothing), again on the fresh case when appending.
  unwrap(decideAttach(seen, actor, request, upload.declared));
  await copyIntoCase(rt, caseId, [upload]);
  const state = await appendDecided(rt, caseId, (s) =>
    attachmentEvents(s, actor, [upload], { at: rt.clock.now().toISOString(), correlationId }, ''),
  );
  await removeUploads(rt, [upload]);
  const after = state ?? seen;
  logger.info('file attached', { caseId, fileId: request.uploadId, purpose: request.purpose });
  return { file: presentedFor(actor, after, request.uploadId), created: true };
}

function presentedFor(actor: Actor, state: CaseEnvelope, fileId: string) {
  const file = state.files?.find((f) => f.fileId === fileId);
  const shown = file && presentFile(viewerOf(actor, state), actor.userId, file);
  if (!shown) throw new RefusalError({ code: 'file.notFound', messageZh: '本案没有这份材料，或您无权查看' });
  return shown;
}

/** GET /v1/cases/{id}/files: the case's materials as the person may see them. */
export async function listFiles(rt: Runtime, actor: Actor, caseId: string) {
  return { items: presentFiles(actor, await viewCase(rt, actor, caseId)) };
}

/**
 * GET /v1/cases/{id}/files/{fileId}: a short-lived link to download one file. A party's reading
 * is recorded on the case first (no record, no link); a withheld file is refused with its reason.
 */
export async function readCaseFile(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  fileId: string,
  correlationId: string,
) {
  const state = await viewCase(rt, actor, caseId);
  const file = state.files?.find((f) => f.fileId === fileId);
  const access = file ? fileAccessOf(actor, state, file) : 'hidden';
  if (!file || access === 'hidden')
    throw new RefusalError({ code: 'file.notFound', messageZh: '本案没有这份材料，或您无权查看' });
  if (access === 'withheld')
    throw new RefusalError({
      code: 'file.withheld',
      messageZh: `该材料不予查阅（《行政复议法》第四十七条）：${file.confidentiality?.reasonZh ?? ''}`,
    });
  const logged = readingIsLogged(viewerOf(actor, state));
  if (logged)
    await appendDecided(rt, caseId, () => [
      { type: 'fileRead', at: rt.clock.now().toISOString(), actor, correlationId, data: { fileId } },
    ]);
  const link = await rt.files.presignDownload(
    caseFileKey(caseId, fileId),
    file.name,
    fileLinkRules.downloadSeconds,
  );
  return { fileId, fileName: file.name, ...link, readingLogged: logged };
}

export type ConfidentialityChange =
  | { readonly marked: true; readonly confidentiality: Confidentiality }
  | { readonly marked: false; readonly reasonZh: string };

/** PUT /v1/cases/{id}/files/{fileId}/confidentiality: staff mark a file withheld (Art. 47), or open it again. */
export async function changeConfidentiality(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  fileId: string,
  change: ConfidentialityChange,
  correlationId: string,
) {
  unwrap(decideConfidentiality(await viewCase(rt, actor, caseId), actor, fileId, change));
  const state = await appendDecided(rt, caseId, (s) => {
    const decided = unwrap(decideConfidentiality(s, actor, fileId, change));
    return [{ ...decided, at: rt.clock.now().toISOString(), actor, correlationId }];
  });
  if (!state) throw new RefusalError({ code: 'case.notFound', messageZh: '未找到该案件，或您无权查看' });
  logger.info('file confidentiality changed', { caseId, fileId, marked: change.marked });
  return presentedFor(actor, state, fileId);
}
