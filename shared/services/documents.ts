import { shanghaiDate } from '../calendar/time';
import type { OfficialDocument } from '../documents/model';
import type { Actor } from '../domain/actors';
import type { CaseEnvelope, CaseEvent } from '../domain/case';
import {
  type DocumentFormat,
  documentAccess,
  documentContentTypes,
  formatsFor,
  type IssuedDocument,
  type ProcedureDocuments,
  readingIsRecorded,
} from '../domain/documents';
import { fileLinkRules } from '../domain/files';
import { RefusalError } from '../http/problem';
import { logger } from '../observability/logger';
import { presentDocuments } from '../presenters/documents';
import { documentsOf } from '../procedures/documents';
import type { Runtime } from '../runtime';
import { appendDecided, viewCase } from './cases';

/**
 * The documents of a case (法律文书): listed from the event log as each person may see them,
 * rendered on first request and kept in the file store, handed out through short-lived links,
 * every reading by a party recorded on the case.
 *
 * Where they live: `cases/<caseId>/documents/<documentId>.<pdf|docx>` — a document is a function
 * of the log, so rendering it again gives the same text (the PDF byte for byte; a DOCX differs
 * only in its package's timestamps) and a lost or racing write is harmless. A draft preview lives under `cases/<caseId>/documents/drafts/`, named
 * by the case version and the day it was dated, since the draft changes with the case.
 */

export const documentKey = (caseId: string, documentId: string, format: DocumentFormat) =>
  `cases/${caseId}/documents/${documentId}.${format}`;
export const draftKey = (caseId: string, kind: string, version: number, on: string, format: DocumentFormat) =>
  `cases/${caseId}/documents/drafts/${kind}-v${version}-${on}.${format}`;

const notFound = () =>
  new RefusalError({ code: 'document.notFound', messageZh: '本案没有这份文书，或您无权查看' });

function documentsOfCase(state: CaseEnvelope): ProcedureDocuments {
  const documents = documentsOf(state.procedure);
  if (!documents) throw notFound();
  return documents;
}

/** The renderers load on the first document a process renders, not at the function's init. */
async function render(doc: OfficialDocument, format: DocumentFormat): Promise<Uint8Array> {
  if (format === 'pdf') return (await import('../documents/pdf')).renderPdf(doc);
  return (await import('../documents/docx')).renderDocx(doc);
}

/** The file a browser saves: the title, the number and, for one party's copy, whose it is. */
function fileNameOf(d: IssuedDocument, format: DocumentFormat): string {
  return `${d.titleZh}（${d.number}）${d.recipient ? `-${d.recipient.nameZh}` : ''}.${format}`;
}

/**
 * The object at `key`, rendered and stored first if it is not there yet. Two first requests at
 * once both render and store the same document: harmless.
 */
async function ensureStored(
  rt: Runtime,
  key: string,
  format: DocumentFormat,
  make: () => OfficialDocument,
): Promise<void> {
  if (await rt.files.inspect(key)) return;
  const started = Date.now();
  const bytes = await render(make(), format);
  await rt.files.put(key, bytes, documentContentTypes[format]);
  logger.info('document rendered', { key, format, bytes: bytes.length, ms: Date.now() - started });
}

/** GET /v1/cases/{id}/documents: the documents the case has issued that the person may read. */
export async function listDocuments(rt: Runtime, actor: Actor, caseId: string) {
  const state = await viewCase(rt, actor, caseId);
  const documents = documentsOf(state.procedure);
  if (!documents) return { items: [] };
  const issued = documents.issued(await rt.store.loadEvents(caseId));
  return { items: presentDocuments(actor, state, issued, documents.readerOf(state, actor)) };
}

/**
 * GET /v1/cases/{id}/documents/{documentId}: a short-lived link to one document in one format.
 * Parties read PDF only (the DOCX is staff's, to edit a copy); a party's reading is recorded on
 * the case before the link is given (no record, no link).
 */
export async function readDocument(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  documentId: string,
  format: DocumentFormat,
  correlationId: string,
) {
  const state = await viewCase(rt, actor, caseId);
  const documents = documentsOfCase(state);
  const log: readonly CaseEvent[] = await rt.store.loadEvents(caseId);
  const entry = documents.issued(log).find((d) => d.id === documentId);
  const access = entry ? documentAccess(actor, state, entry, documents.readerOf(state, actor)) : 'none';
  if (!entry || access === 'none') throw notFound();
  if (!formatsFor(access).includes(format))
    throw new RefusalError({
      code: 'document.formatNotAllowed',
      messageZh: '当事人可以下载PDF格式的文书；可编辑的Word格式（DOCX）仅供复议机关工作人员使用',
      fields: [{ path: 'format', messageZh: '请选择 pdf' }],
    });
  const key = documentKey(caseId, documentId, format);
  await ensureStored(rt, key, format, () => {
    const doc = documents.build(log, documentId);
    if (!doc) throw notFound();
    return doc;
  });
  const logged = readingIsRecorded(access);
  if (logged)
    await appendDecided(rt, caseId, () => [
      {
        type: 'documentRead',
        at: rt.clock.now().toISOString(),
        actor,
        correlationId,
        data: { documentId, format, titleZh: entry.titleZh, number: entry.number },
      },
    ]);
  const link = await rt.files.presignDownload(key, fileNameOf(entry, format), fileLinkRules.downloadSeconds);
  return { documentId, format, fileName: fileNameOf(entry, format), ...link, readingLogged: logged };
}

/**
 * GET /v1/cases/{id}/drafts/{kind}: the case's own staff preview a draft (the decision awaiting
 * approval) marked 草稿 and dated today; not an issued document, so not listed and not logged.
 */
export async function previewDraft(
  rt: Runtime,
  actor: Actor,
  caseId: string,
  kind: string,
  format: DocumentFormat,
) {
  const state = await viewCase(rt, actor, caseId);
  if (documentAccess(actor, state, { readers: [] }, undefined) !== 'staff')
    throw new RefusalError({
      code: 'auth.forbidden',
      messageZh: '只有本案的承办人和复议机构负责人可以预览文书草稿',
    });
  const draft = documentsOf(state.procedure)?.drafts?.[kind];
  if (!draft) throw new RefusalError({ code: 'document.noDraft', messageZh: '本案程序没有这种文书草稿' });
  const today = shanghaiDate(rt.clock.now());
  const made = draft(state, today);
  if (!made.ok) throw new RefusalError(made.refusal);
  const key = draftKey(caseId, kind, state.version, today, format);
  await ensureStored(rt, key, format, () => made.value);
  const fileName = `${made.value.titleZh}（草稿）.${format}`;
  const link = await rt.files.presignDownload(key, fileName, fileLinkRules.downloadSeconds);
  return { kind, format, fileName, ...link };
}
