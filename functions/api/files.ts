import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Actor } from '../../shared/domain/actors';
import {
  confidentialityKinds,
  confidentialityLabelsZh,
  filePurposeLabelsZh,
  filePurposes,
  uploadRules,
} from '../../shared/domain/files';
import { parseJsonBody, parseWith, type RequestSchemas } from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import type { Runtime } from '../../shared/runtime';
import {
  attachToCase,
  changeConfidentiality,
  listFiles,
  readCaseFile,
  requestUpload,
} from '../../shared/services/files';
import { notAnObject, requiredText } from '../../shared/validation/text';

/**
 * The materials routes of the cases API (served by the cases function, whose capability row
 * grants the files bucket): request an upload link, attach an upload to a case, list the case's
 * materials, download one (online reading, 《行政复议法》第四十七条), mark one withheld.
 */

const uuid = (labelZh: string) =>
  z.string({ error: `请提供${labelZh}` }).check(z.uuid({ message: `${labelZh}格式不正确` }));

const purposesZh = filePurposes.map((p) => `${p}（${filePurposeLabelsZh[p]}）`).join('、');
const purpose = z.enum(filePurposes, { error: `材料用途应为 ${purposesZh} 之一` });
const kindsZh = confidentialityKinds.map((k) => `${k}（${confidentialityLabelsZh[k]}）`).join('、');
const confidentialityKind = z.enum(confidentialityKinds, { error: `不予查阅的情形应为 ${kindsZh} 之一` });
const reason = (labelZh: string) => requiredText(labelZh, { max: 500, multiline: true });

/** A file's name as a person's computer gave it: one line, no path. */
const fileName = requiredText('文件名', {
  max: uploadRules.maxNameChars,
  pattern: { re: /^[^\\/:*?"<>|]+$/, messageZh: '文件名不能含有 \\ / : * ? " < > | 等字符' },
});

export const uploadBody = z.strictObject(
  {
    fileName,
    contentType: z
      .string({ error: '请提供文件类型 contentType' })
      .check(z.maxLength(200, { message: '文件类型过长' })),
    size: z
      .number({ error: '请提供文件大小 size（字节数）' })
      .check(z.int({ message: '文件大小应为整数（字节）' }), z.minimum(1, { message: '文件不能为空' })),
    sha256: z.string({ error: '请提供文件的 SHA-256 校验值 sha256' }).check(
      z.regex(/^[0-9a-fA-F]{64}$/, { message: 'sha256 应为64位十六进制数' }),
      z.overwrite((s) => s.toLowerCase()),
    ),
    purpose,
  },
  { error: notAnObject('请求体应为 JSON 对象：fileName、contentType、size、sha256、purpose') },
);

const confidentialityInput = z.strictObject(
  { kind: confidentialityKind, reasonZh: reason('不予查阅的理由') },
  { error: notAnObject('confidentiality 应为对象：kind、reasonZh') },
);

/** One upload named with a filing or an action (the person's own), with its purpose. */
const attachment = z.strictObject(
  { uploadId: uuid('上传编号 uploadId'), purpose, confidentiality: z.optional(confidentialityInput) },
  { error: notAnObject('附件应为对象：uploadId、purpose') },
);

/** The `attachments` of a filing or an action: at most a handful, each upload once. */
export const attachmentList = z.optional(
  z.array(attachment, { error: 'attachments 应为附件列表' }).check(
    z.maxLength(uploadRules.maxAttachments, { message: `一次最多提交${uploadRules.maxAttachments}份材料` }),
    z.refine((items) => new Set(items.map((a) => a.uploadId)).size === items.length, {
      message: '同一上传文件只能提交一次',
    }),
  ),
);

export const attachBody = z.strictObject(
  {
    uploadId: uuid('上传编号 uploadId'),
    purpose,
    confidentiality: z.optional(confidentialityInput),
    onBehalfOf: z.optional(
      z.enum(['applicant', 'respondent'], {
        error: 'onBehalfOf 应为 applicant（申请人方）或 respondent（被申请人）',
      }),
    ),
  },
  { error: notAnObject('请求体应为 JSON 对象：uploadId、purpose') },
);

export const confidentialityBody = z.discriminatedUnion(
  'marked',
  [
    z.strictObject({
      marked: z.literal(true),
      kind: confidentialityKind,
      reasonZh: reason('不予查阅的理由'),
    }),
    z.strictObject({ marked: z.literal(false), reasonZh: reason('取消标记的理由') }),
  ],
  {
    error:
      '请说明是标记不予查阅（marked 为真，并写明情形 kind 和理由 reasonZh），还是取消标记（marked 为假，并写明理由 reasonZh）',
  },
);

const caseIdParam = z.string({ error: '请提供案件编号' }).check(
  z.regex(/^[0-9a-f-]{36}$/, {
    message: '案件编号格式不正确',
  }),
);
const fileIdParam = uuid('材料编号');

export const fileRoutes = [
  'POST /v1/uploads',
  'POST /v1/cases/{id}/files',
  'GET /v1/cases/{id}/files',
  'GET /v1/cases/{id}/files/{fileId}',
  'PUT /v1/cases/{id}/files/{fileId}/confidentiality',
] as const;
export type FileRoute = (typeof fileRoutes)[number];

/** What each materials route reads. */
export const fileRequests: Record<FileRoute, RequestSchemas> = {
  'POST /v1/uploads': { body: () => [uploadBody] },
  'POST /v1/cases/{id}/files': { path: { id: caseIdParam }, body: () => [attachBody] },
  'GET /v1/cases/{id}/files': { path: { id: caseIdParam } },
  'GET /v1/cases/{id}/files/{fileId}': { path: { id: caseIdParam, fileId: fileIdParam } },
  'PUT /v1/cases/{id}/files/{fileId}/confidentiality': {
    path: { id: caseIdParam, fileId: fileIdParam },
    body: () => [confidentialityBody],
  },
};

export const isFileRoute = (key: string): key is FileRoute => (fileRoutes as readonly string[]).includes(key);

/** Answers one materials route (the cases handler's middleware turns refusals into problems). */
export async function handleFileRoute(
  route: FileRoute,
  event: APIGatewayProxyEventV2,
  rt: Runtime,
  actor: Actor,
  correlationId: string,
): Promise<APIGatewayProxyResultV2> {
  const caseId = () => parseWith(caseIdParam, event.pathParameters?.id, 'id');
  const fileId = () => parseWith(fileIdParam, event.pathParameters?.fileId, 'fileId');
  switch (route) {
    case 'POST /v1/uploads':
      return json(201, await requestUpload(rt, actor, parseJsonBody(event, uploadBody)));
    case 'POST /v1/cases/{id}/files': {
      const id = caseId();
      const body = parseJsonBody(event, attachBody);
      const { file, created } = await attachToCase(rt, actor, id, body, correlationId);
      return json(created ? 201 : 200, file, { location: `/v1/cases/${id}/files/${file.fileId}` });
    }
    case 'GET /v1/cases/{id}/files':
      return json(200, await listFiles(rt, actor, caseId()));
    case 'GET /v1/cases/{id}/files/{fileId}':
      return json(200, await readCaseFile(rt, actor, caseId(), fileId(), correlationId), {
        'cache-control': 'no-store',
      });
    case 'PUT /v1/cases/{id}/files/{fileId}/confidentiality': {
      const [id, file] = [caseId(), fileId()];
      const body = parseJsonBody(event, confidentialityBody);
      const change = body.marked
        ? { marked: true as const, confidentiality: { kind: body.kind, reasonZh: body.reasonZh } }
        : { marked: false as const, reasonZh: body.reasonZh };
      return json(200, await changeConfidentiality(rt, actor, id, file, change, correlationId));
    }
  }
}
