import * as z from 'zod/mini';
import type { routeGroups } from '../../infra/routes';
import { documentFormats } from '../../shared/domain/documents';
import {
  actorFrom,
  apiHandler,
  correlationIdOf,
  fail,
  parseWith,
  type RequestSchemas,
} from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { runtime } from '../../shared/runtime';
import { listDocuments, previewDraft, readDocument } from '../../shared/services/documents';

/**
 * The documents of a case (法律文书): the list, a link to download one (PDF; DOCX for staff), and
 * the staff's preview of the draft decision. Its own function: it bundles the templates, the PDF
 * and DOCX renderers and the fonts (infra/bundling.ts withDocumentFonts), which no other function
 * needs.
 */

const caseIdParam = z.string({ error: '请提供案件编号' }).check(
  z.regex(/^[0-9a-f-]{36}$/, {
    message: '案件编号格式不正确',
  }),
);
/** `<seq>-<kind>[-<recipient>]`, e.g. 2-acceptance-applicant, 9-decision, 5-suspension-thirdParty-T1. */
const documentIdParam = z
  .string({ error: '请提供文书编号' })
  .check(z.regex(/^[1-9]\d{0,8}-[A-Za-z]+(?:-[A-Za-z0-9]+){0,2}$/, { message: '文书编号格式不正确' }));
const draftKindParam = z.enum(['decision'], { error: '文书草稿种类应为 decision（行政复议决定书）' });
const formatQuery = () =>
  z.object({
    format: z._default(
      z.enum(documentFormats, { error: 'format 应为 pdf 或 docx（可编辑的文档格式，仅限复议机关工作人员）' }),
      'pdf',
    ),
  });

/** What each route reads. */
export const requests: Record<(typeof routeGroups)['documents']['routes'][number]['key'], RequestSchemas> = {
  'GET /v1/cases/{id}/documents': { path: { id: caseIdParam } },
  'GET /v1/cases/{id}/documents/{documentId}': {
    path: { id: caseIdParam, documentId: documentIdParam },
    query: formatQuery,
  },
  'GET /v1/cases/{id}/drafts/{kind}': { path: { id: caseIdParam, kind: draftKindParam }, query: formatQuery },
};

export const handler = apiHandler(async (event) => {
  const rt = await runtime();
  const actor = actorFrom(event);
  const caseId = () => parseWith(caseIdParam, event.pathParameters?.id, 'id');
  const format = () => parseWith(formatQuery(), event.queryStringParameters ?? {}).format;
  const noStore = { 'cache-control': 'no-store' };
  switch (event.routeKey) {
    case 'GET /v1/cases/{id}/documents':
      return json(200, await listDocuments(rt, actor, caseId()), noStore);
    case 'GET /v1/cases/{id}/documents/{documentId}': {
      const documentId = parseWith(documentIdParam, event.pathParameters?.documentId, 'documentId');
      const link = await readDocument(rt, actor, caseId(), documentId, format(), correlationIdOf(event));
      return json(200, link, noStore);
    }
    case 'GET /v1/cases/{id}/drafts/{kind}': {
      const kind = parseWith(draftKindParam, event.pathParameters?.kind, 'kind');
      return json(200, await previewDraft(rt, actor, caseId(), kind, format()), noStore);
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
