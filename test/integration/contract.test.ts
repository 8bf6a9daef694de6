import { beforeAll, describe, expect, it } from '@jest/globals';
import * as z from 'zod/mini';
import { createSchema, type oas31 } from 'zod-openapi';
import type { RouteKey } from '../../infra/routes';
import type { RequestSchemas } from '../../shared/http/api';
import {
  apiRoutes,
  documentedBody,
  loadRouteRequests,
  responseComponents,
  securitySchemeName,
} from '../../shared/http/contract/document';
import { companyApplicant } from '../support/fixtures';
import {
  type ApiClient,
  type ApiResponse,
  beforeSpringFestival2026,
  fineApplication,
  useTestSystem,
} from '../support/local-system';
import { pdfBytes, sha256Hex } from '../support/uploads';

/**
 * The API reference against the API itself, on one local system: every route of infra/routes.ts
 * is in the served document with its method and auth; its parameters and request body are the
 * JSON Schema of the schemas its `requests` validate with right now; and a realistic scenario
 * (filing, correction, acceptance, lists, timelines, the calendar, notices, refusals) calls every
 * route, each answer checked against the documented response of its status — the status must be
 * documented, its media type too, and the body must parse with the zod schema the document names.
 */

const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  otherApplicant: 'lisi',
  clerk: 'wangfang',
  head: 'zhaoqiang',
  provinceClerk: 'qianming',
  respondent: 'liuwei',
  supervisor: 'sunli',
  admin: 'admin',
});

type Json = Record<string, unknown>;
type Operation = oas31.OperationObject;

const routes = apiRoutes();
const schemaRef = '#/components/schemas/';
const responseRef = '#/components/responses/';

let document: oas31.OpenAPIObject;
let requestsOf: Map<RouteKey, RequestSchemas>;
/** Every `route status` the scenario saw (each one documented: `check` fails otherwise). */
const seen = new Set<string>();
/** The event types the timelines showed (each entry checked against its documented data). */
const eventTypes = new Set<string>();

const operationOf = (key: string): Operation => {
  const [method, path] = key.split(' ') as [string, string];
  return (document.paths?.[path] as Record<string, Operation> | undefined)?.[
    method.toLowerCase()
  ] as Operation;
};

/** A JSON Schema with every `$ref` into `schemas` replaced by what it names (siblings kept). */
function resolved(node: unknown, schemas: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => resolved(n, schemas));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Json;
  const base =
    typeof $ref === 'string' ? (resolved(schemas[$ref.slice(schemaRef.length)], schemas) as Json) : {};
  return { ...base, ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, resolved(v, schemas)])) };
}

/** The input JSON Schema of a zod schema, generated now (no component of the document involved). */
function inputJsonSchema(schema: z.core.$ZodType): unknown {
  const { schema: json, components } = createSchema(schema, { io: 'input' });
  return resolved(json, components);
}
const documented = (json: unknown) => resolved(json, (document.components?.schemas ?? {}) as Json);

/** The zod schema a documented media type names (a component of ./document.ts). */
function zodOf(media: oas31.MediaTypeObject | undefined): z.core.$ZodType | undefined {
  const ref = (media?.schema as oas31.ReferenceObject | undefined)?.$ref;
  return ref?.startsWith(schemaRef) ? responseComponents[ref.slice(schemaRef.length)] : undefined;
}

const issuesOf = (error: z.core.$ZodError) =>
  error.issues.map((i) => `${i.path.join('.')}: ${i.code} ${i.message}`).slice(0, 10);

/**
 * Checks one answer against the document: its status is documented for the route, its media
 * type too, its body parses with that schema, and documented headers are there. A request body
 * the route accepted must be one the documented body schema accepts.
 */
function check(key: RouteKey, res: ApiResponse, sent?: unknown): ApiResponse {
  const what = `${key} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
  const op = operationOf(key);
  const response = op.responses?.[String(res.status)] as
    | oas31.ResponseObject
    | oas31.ReferenceObject
    | undefined;
  expect({ what, documented: response !== undefined }).toEqual({ what, documented: true });
  const answer = (
    response && '$ref' in response
      ? document.components?.responses?.[response.$ref.slice(responseRef.length)]
      : response
  ) as oas31.ResponseObject;
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const schema = zodOf(answer.content?.[mediaType]);
  expect({ what, mediaType, schema: schema !== undefined }).toEqual({ what, mediaType, schema: true });
  const parsed = z.safeParse(schema as z.core.$ZodType, res.body);
  expect({ what, issues: parsed.success ? [] : issuesOf(parsed.error) }).toEqual({ what, issues: [] });
  if (mediaType === 'application/problem+json') expect((res.body as Json).status).toBe(res.status);
  for (const header of Object.keys(answer.headers ?? {}))
    expect({ what, header, present: res.headers.has(header) }).toEqual({ what, header, present: true });
  if (sent !== undefined && res.status < 300) {
    const body = documentedBody(key, requestsOf.get(key) as RequestSchemas) as z.core.$ZodType;
    const accepted = z.safeParse(body, sent);
    expect({ what, body: accepted.success ? [] : issuesOf(accepted.error) }).toEqual({ what, body: [] });
  }
  seen.add(`${key} ${res.status}`);
  if (key === 'GET /v1/cases/{id}/events' && res.status === 200)
    for (const e of res.body.items as { type: string }[]) eventTypes.add(e.type);
  return res;
}

/** A request body the route refuses at validation: the documented body schema refuses it too. */
function refusedByBody(key: RouteKey, res: ApiResponse, sent: unknown): void {
  check(key, res);
  expect(res.status).toBe(400);
  expect((res.body as { code: string }).code).toBe('request.invalid');
  const body = documentedBody(key, requestsOf.get(key) as RequestSchemas) as z.core.$ZodType;
  expect(z.safeParse(body, sent).success).toBe(false);
}

/** Calls a route with its path parameters filled in. */
async function call(
  client: ApiClient,
  key: RouteKey,
  options: {
    params?: Record<string, string>;
    query?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse> {
  const [method, template] = key.split(' ') as [string, string];
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(options.params?.[name] ?? ''),
  );
  return client.call(method, `${path}${options.query ?? ''}`, options.body, options.headers);
}

/** Calls and checks; a body the route accepts is one the document accepts. */
const request = async (client: ApiClient, key: RouteKey, options: Parameters<typeof call>[2] = {}) =>
  check(key, await call(client, key, options), options.body);

const idempotent = (key: string) => ({ 'idempotency-key': `contract-${key}` });

let served: ApiResponse;
beforeAll(async () => {
  served = await s.t.anonymous.get('/v1/openapi.json');
  document = served.body as oas31.OpenAPIObject;
  requestsOf = await loadRouteRequests();
});

describe('the served document', () => {
  it('is GET /v1/openapi.json without sign-in, naming this API as its server', () => {
    expect(served.status).toBe(200);
    check('GET /v1/openapi.json', served);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: s.t.system.url, description: expect.any(String) }]);
  });

  it('has every route of infra/routes.ts with its method and auth, and no other operation', () => {
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as Json).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(routes.map((r) => r.key).sort());
    for (const route of routes) {
      const security = operationOf(route.key).security;
      expect({ route: route.key, security }).toEqual({
        route: route.key,
        security: route.auth ? [{ [securitySchemeName]: [] }] : [],
      });
    }
    expect(document.components?.securitySchemes?.[securitySchemeName]).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
  });

  it.each(routes.map((r) => r.key))(
    '%s: its parameters and request body are what its `requests` validate, generated now',
    (key) => {
      const requests = requestsOf.get(key) as RequestSchemas;
      const op = operationOf(key);
      const expected: { in: string; name: string; required: boolean; schema: unknown }[] = [];
      const add = (where: string, shape: Readonly<Record<string, z.core.$ZodType>> = {}) => {
        for (const [name, schema] of Object.entries(shape))
          expected.push({
            in: where,
            name,
            required: !z.safeParse(schema, undefined).success,
            schema: inputJsonSchema(schema),
          });
      };
      add('path', requests.path);
      add('query', (requests.query?.() as z.ZodMiniObject | undefined)?.shape);
      add('header', requests.headers);
      const actual = ((op.parameters ?? []) as oas31.ParameterObject[]).map((p) => ({
        in: p.in,
        name: p.name,
        required: p.required === true,
        schema: documented(p.schema),
      }));
      const byPlace = (a: { in: string; name: string }, b: { in: string; name: string }) =>
        `${a.in} ${a.name}` < `${b.in} ${b.name}` ? -1 : 1;
      expect(actual.sort(byPlace)).toEqual(expected.sort(byPlace));

      const body = documentedBody(key, requests);
      const requestBody = op.requestBody as oas31.RequestBodyObject | undefined;
      expect(requestBody?.required).toBe(body ? true : undefined);
      expect(Object.keys(requestBody?.content ?? {})).toEqual(body ? ['application/json'] : []);
      if (body)
        expect(documented(requestBody?.content['application/json']?.schema)).toEqual(inputJsonSchema(body));
    },
  );
});

describe('a realistic scenario, every answer as documented', () => {
  const ids = { a: '', b: '', c: '', d: '', e: '' };
  let versionOfA = 0;

  it('public routes: health, agencies, rules', async () => {
    await request(s.t.anonymous, 'GET /health');
    await request(s.t.anonymous, 'GET /v1/agencies');
    await request(s.t.anonymous, 'GET /v1/rules');
  });

  it('previews and files applications; a repeat returns the same case', async () => {
    await request(s.applicant, 'POST /v1/cases/timeliness', { body: fineApplication() });
    const unknownAgency = fineApplication({ respondentAgencyId: 'dept-nowhere' });
    expect((await request(s.applicant, 'POST /v1/cases/timeliness', { body: unknownAgency })).status).toBe(
      422,
    );

    for (const name of ['a', 'b', 'c', 'e'] as const) {
      const filed = await request(s.applicant, 'POST /v1/cases', {
        body: fineApplication({ procedure: 'reconsideration' }),
        headers: idempotent(name),
      });
      expect(filed.status).toBe(201);
      ids[name] = filed.body.id;
    }
    const repeat = await request(s.applicant, 'POST /v1/cases', {
      body: fineApplication({ procedure: 'reconsideration' }),
      headers: idempotent('a'),
    });
    expect(repeat.status).toBe(200);
    expect(repeat.body.id).toBe(ids.a);
    const organisation = fineApplication({
      applicant: companyApplicant,
      agent: { name: '王律师', phone: '13907001234', kind: 'lawyer' },
    });
    ids.d = (
      await request(s.otherApplicant, 'POST /v1/cases', { body: organisation, headers: idempotent('d') })
    ).body.id;
    versionOfA = repeat.body.version;
    await s.t.system.workflow.settle();
  });

  it('refuses bad filings with documented problems (and the document refuses the same bodies)', async () => {
    const noKey = await call(s.applicant, 'POST /v1/cases', { body: fineApplication() });
    check('POST /v1/cases', noKey);
    expect(noKey.status).toBe(400);
    for (const body of [
      fineApplication({ procedure: 'mediation' }),
      fineApplication({ surprise: true }),
      fineApplication({ act: { kind: 'nothing' } }),
      [],
    ])
      refusedByBody(
        'POST /v1/cases',
        await call(s.applicant, 'POST /v1/cases', { body, headers: idempotent('refused') }),
        body,
      );
    const asText = await call(s.applicant, 'POST /v1/cases', {
      body: JSON.stringify(fineApplication()),
      headers: { ...idempotent('text'), 'content-type': 'text/plain' },
    });
    expect(check('POST /v1/cases', asText).status).toBe(415);
    const huge = await call(s.applicant, 'POST /v1/cases', {
      body: JSON.stringify({ factsAndReasons: 'x'.repeat(1_100_000) }),
      headers: idempotent('huge'),
    });
    expect(check('POST /v1/cases', huge).status).toBe(413);
    const byClerk = await call(s.clerk, 'POST /v1/cases', {
      body: fineApplication(),
      headers: idempotent('c'),
    });
    expect(check('POST /v1/cases', byClerk).status).toBe(403);
    const anonymous = await call(s.t.anonymous, 'POST /v1/cases', { body: fineApplication() });
    expect(check('POST /v1/cases', anonymous).status).toBe(401);
  });

  it('acts on cases: correction, acceptance, copy, withdrawal, refusal, forwarding, and refused actions', async () => {
    const act = (client: ApiClient, id: string, body: Json) =>
      request(client, 'POST /v1/cases/{id}/actions', { params: { id }, body });
    const corrected = await act(s.clerk, ids.a, {
      action: 'requestCorrection',
      expectedVersion: versionOfA,
      items: [{ field: 'evidence', descriptionZh: '请提交行政处罚决定书复印件' }],
      noteZh: '一次性告知',
    });
    expect(corrected.status).toBe(200);
    const stale = await act(s.clerk, ids.a, {
      action: 'accept',
      expectedVersion: versionOfA,
    });
    expect(stale.status).toBe(409);
    const submitted = await act(s.applicant, ids.a, {
      action: 'submitCorrection',
      expectedVersion: corrected.body.version,
      answers: [{ field: 'evidence', textZh: '已提交复印件，身份证号630102198503124323' }],
    });
    expect(submitted.status).toBe(200);
    const byApplicant = await act(s.applicant, ids.a, {
      action: 'accept',
      expectedVersion: submitted.body.version,
    });
    expect(byApplicant.status).toBe(403);
    const accepted = await act(s.clerk, ids.a, { action: 'accept', expectedVersion: submitted.body.version });
    expect(accepted.status).toBe(200);
    const copy = await act(s.clerk, ids.a, {
      action: 'sendCopy',
      expectedVersion: accepted.body.version,
      channel: 'online',
      sentOn: '2026-02-10',
    });
    expect(copy.status).toBe(200);
    versionOfA = copy.body.version;

    expect(
      (
        await act(s.applicant, ids.b, {
          action: 'withdraw',
          expectedVersion: 1,
          reasonZh: '已与行政机关和解',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await act(s.clerk, ids.c, {
          action: 'refuse',
          expectedVersion: 1,
          reasons: ['outsideScope'],
          noteZh: '不属于复议范围',
        })
      ).status,
    ).toBe(200);
    const sameBody = await act(s.clerk, ids.e, { action: 'forward', expectedVersion: 1, toBodyId: 'gov-xn' });
    expect(sameBody.status).toBe(422);
    expect(
      (await act(s.clerk, ids.e, { action: 'forward', expectedVersion: 1, toBodyId: 'gov-qh' })).status,
    ).toBe(200);

    const unknownAction = { action: 'approve', expectedVersion: versionOfA };
    refusedByBody(
      'POST /v1/cases/{id}/actions',
      await call(s.clerk, 'POST /v1/cases/{id}/actions', { params: { id: ids.a }, body: unknownAction }),
      unknownAction,
    );
    const nobody = await call(s.clerk, 'POST /v1/cases/{id}/actions', {
      params: { id: '00000000-0000-4000-8000-000000000000' },
      body: { action: 'accept', expectedVersion: 1 },
    });
    expect(check('POST /v1/cases/{id}/actions', nobody).status).toBe(404);
    await s.t.system.workflow.settle();
  });

  it('materials: uploads, attaching, the list as each side sees it, reading, a file withheld and opened again', async () => {
    const put = async (ticket: ApiResponse, bytes: Uint8Array) =>
      (
        await fetch(ticket.body.url, {
          method: 'PUT',
          headers: ticket.body.headers,
          body: Buffer.from(bytes),
        })
      ).status;
    const declare = (fileName: string, bytes: Uint8Array, purpose: string) => ({
      fileName,
      contentType: 'application/pdf',
      size: bytes.byteLength,
      sha256: sha256Hex(bytes),
      purpose,
    });
    const evidence = pdfBytes('购销合同');
    const ticket = await request(s.applicant, 'POST /v1/uploads', {
      body: declare('购销合同.pdf', evidence, 'evidence'),
    });
    expect(ticket.status).toBe(201);
    expect(await put(ticket, evidence)).toBe(200);
    const attach = { uploadId: ticket.body.uploadId, purpose: 'evidence' };
    const attached = await request(s.applicant, 'POST /v1/cases/{id}/files', {
      params: { id: ids.a },
      body: attach,
    });
    expect(attached.status).toBe(201);
    const again = await request(s.applicant, 'POST /v1/cases/{id}/files', {
      params: { id: ids.a },
      body: attach,
    });
    expect(again.status).toBe(200);
    const wrongType = await request(s.applicant, 'POST /v1/uploads', {
      body: { ...declare('合同.txt', evidence, 'evidence'), contentType: 'text/plain' },
    });
    expect(wrongType.status).toBe(422);
    const notTheirs = await request(s.applicant, 'POST /v1/uploads', {
      body: declare('答复.pdf', evidence, 'reply'),
    });
    expect(notTheirs.status).toBe(403);
    const noSha = { ...declare('合同.pdf', evidence, 'evidence'), sha256: 'abc' };
    refusedByBody('POST /v1/uploads', await call(s.applicant, 'POST /v1/uploads', { body: noSha }), noSha);

    const reply = pdfBytes('答复书');
    const replyTicket = await request(s.respondent, 'POST /v1/uploads', {
      body: declare('答复书.pdf', reply, 'reply'),
    });
    expect(await put(replyTicket, reply)).toBe(200);
    const replyId = replyTicket.body.uploadId as string;
    await request(s.respondent, 'POST /v1/cases/{id}/files', {
      params: { id: ids.a },
      body: { uploadId: replyId, purpose: 'reply' },
    });
    const file = { id: ids.a, fileId: replyId };
    const marked = await request(s.clerk, 'PUT /v1/cases/{id}/files/{fileId}/confidentiality', {
      params: file,
      body: { marked: true, kind: 'personalPrivacy', reasonZh: '答复书附件载有他人病历' },
    });
    expect(marked.status).toBe(200);
    const byRespondent = await request(s.respondent, 'PUT /v1/cases/{id}/files/{fileId}/confidentiality', {
      params: file,
      body: { marked: false, reasonZh: '不应标记' },
    });
    expect(byRespondent.status).toBe(403);
    const badKind = { marked: true, kind: 'secret', reasonZh: '理由' };
    refusedByBody(
      'PUT /v1/cases/{id}/files/{fileId}/confidentiality',
      await call(s.clerk, 'PUT /v1/cases/{id}/files/{fileId}/confidentiality', {
        params: file,
        body: badKind,
      }),
      badKind,
    );
    for (const client of [s.applicant, s.respondent, s.clerk, s.supervisor])
      await request(client, 'GET /v1/cases/{id}/files', { params: { id: ids.a } });
    expect((await request(s.applicant, 'GET /v1/cases/{id}/files/{fileId}', { params: file })).status).toBe(
      403,
    );
    expect(
      (await request(s.otherApplicant, 'GET /v1/cases/{id}/files', { params: { id: ids.a } })).status,
    ).toBe(404);
    const unmarked = await request(s.clerk, 'PUT /v1/cases/{id}/files/{fileId}/confidentiality', {
      params: file,
      body: { marked: false, reasonZh: '已删去他人病历' },
    });
    expect(unmarked.status).toBe(200);
    const twice = await request(s.clerk, 'PUT /v1/cases/{id}/files/{fileId}/confidentiality', {
      params: file,
      body: { marked: false, reasonZh: '再次取消' },
    });
    expect(twice.status).toBe(409);
    const read = await request(s.applicant, 'GET /v1/cases/{id}/files/{fileId}', { params: file });
    expect(read.body.readingLogged).toBe(true);
    await request(s.clerk, 'GET /v1/cases/{id}/files/{fileId}', { params: file });
    // A filing and an action with attachments: bodies the document accepts (checked by `request`).
    const power = pdfBytes('授权委托书');
    const powerTicket = await request(s.applicant, 'POST /v1/uploads', {
      body: declare('授权委托书.pdf', power, 'powerOfAttorney'),
    });
    expect(await put(powerTicket, power)).toBe(200);
    const filed = await request(s.applicant, 'POST /v1/cases', {
      body: fineApplication({
        attachments: [{ uploadId: powerTicket.body.uploadId, purpose: 'powerOfAttorney' }],
      }),
      headers: idempotent('with-attachment'),
    });
    expect(filed.status).toBe(201);
    const notice = pdfBytes('补正通知附件');
    const noticeTicket = await request(s.clerk, 'POST /v1/uploads', {
      body: declare('补正要求说明.pdf', notice, 'other'),
    });
    expect(await put(noticeTicket, notice)).toBe(200);
    const correction = await request(s.clerk, 'POST /v1/cases/{id}/actions', {
      params: { id: filed.body.id },
      body: {
        action: 'requestCorrection',
        expectedVersion: filed.body.version,
        items: [{ field: 'evidence', descriptionZh: '请提交身份证明' }],
        attachments: [{ uploadId: noticeTicket.body.uploadId, purpose: 'other' }],
      },
    });
    expect(correction.status).toBe(200);
    await s.t.system.workflow.settle();
  });

  it('documents: the list for each person, a PDF (its reading recorded), DOCX for staff only, the draft decision', async () => {
    const lists = new Map<ApiClient, { id: string; kind: string }[]>();
    for (const client of [s.applicant, s.respondent, s.clerk, s.supervisor]) {
      const listed = await request(client, 'GET /v1/cases/{id}/documents', { params: { id: ids.a } });
      lists.set(client, listed.body.items);
    }
    expect((lists.get(s.clerk) ?? []).map((d) => d.kind)).toEqual([
      'correction',
      'acceptance',
      'replyNotice',
    ]);
    expect(
      (await request(s.otherApplicant, 'GET /v1/cases/{id}/documents', { params: { id: ids.a } })).status,
    ).toBe(404);
    const acceptance = (lists.get(s.applicant) ?? []).find((d) => d.kind === 'acceptance') as { id: string };
    const doc = { id: ids.a, documentId: acceptance.id };
    const read = await request(s.applicant, 'GET /v1/cases/{id}/documents/{documentId}', { params: doc });
    expect(read.body.readingLogged).toBe(true);
    await request(s.clerk, 'GET /v1/cases/{id}/documents/{documentId}', {
      params: doc,
      query: '?format=docx',
    });
    const docx = await request(s.applicant, 'GET /v1/cases/{id}/documents/{documentId}', {
      params: doc,
      query: '?format=docx',
    });
    expect(docx.status).toBe(403);
    const notTheirs = await request(s.respondent, 'GET /v1/cases/{id}/documents/{documentId}', {
      params: doc,
    });
    expect(notTheirs.status).toBe(404);
    expect(
      (
        await request(s.clerk, 'GET /v1/cases/{id}/documents/{documentId}', {
          params: { id: ids.a, documentId: 'acceptance' },
        })
      ).status,
    ).toBe(400);

    const draft = { id: ids.a, kind: 'decision' };
    expect((await request(s.clerk, 'GET /v1/cases/{id}/drafts/{kind}', { params: draft })).status).toBe(409);
    const version = (await request(s.clerk, 'GET /v1/cases/{id}', { params: { id: ids.a } })).body.version;
    const drafted = await request(s.clerk, 'POST /v1/cases/{id}/actions', {
      params: { id: ids.a },
      body: {
        action: 'draftDecision',
        expectedVersion: version,
        type: 'revoke',
        findingsZh: '被申请人作出处罚决定前未告知申请人陈述、申辩的权利',
        reasonsZh: '违反法定程序',
        legalBasisZh: '《中华人民共和国行政处罚法》第四十四条',
      },
    });
    expect(drafted.status).toBe(200);
    for (const query of ['', '?format=docx'])
      expect(
        (await request(s.head, 'GET /v1/cases/{id}/drafts/{kind}', { params: draft, query })).status,
      ).toBe(200);
    expect((await request(s.applicant, 'GET /v1/cases/{id}/drafts/{kind}', { params: draft })).status).toBe(
      403,
    );
    expect(
      (await request(s.clerk, 'GET /v1/cases/{id}/drafts/{kind}', { params: { id: ids.a, kind: 'notice' } }))
        .status,
    ).toBe(400);
    await s.t.system.workflow.settle();
  });

  it('shows cases, timelines and lists to each person as documented', async () => {
    for (const client of [s.applicant, s.clerk, s.head, s.supervisor]) {
      await request(client, 'GET /v1/cases/{id}', { params: { id: ids.a } });
      await request(client, 'GET /v1/cases/{id}/events', { params: { id: ids.a } });
    }
    for (const id of [ids.b, ids.c, ids.d])
      await request(s.clerk, 'GET /v1/cases/{id}/events', { params: { id } });
    await request(s.provinceClerk, 'GET /v1/cases/{id}/events', { params: { id: ids.e } });
    await request(s.respondent, 'GET /v1/cases/{id}', { params: { id: ids.a } });
    await request(s.respondent, 'GET /v1/cases/{id}/events', { params: { id: ids.a } });
    expect((await request(s.otherApplicant, 'GET /v1/cases/{id}', { params: { id: ids.a } })).status).toBe(
      404,
    );
    expect((await request(s.applicant, 'GET /v1/cases/{id}', { params: { id: 'not-a-case' } })).status).toBe(
      400,
    );
    expect(
      (await request(s.t.anonymous, 'GET /v1/cases/{id}/events', { params: { id: ids.a } })).status,
    ).toBe(401);

    await request(s.applicant, 'GET /v1/cases', { query: '?view=mine' });
    const first = await request(s.clerk, 'GET /v1/cases', { query: '?view=queue&limit=1' });
    expect(first.body.cursor).toEqual(expect.any(String));
    await request(s.clerk, 'GET /v1/cases', {
      query: `?view=queue&limit=1&cursor=${encodeURIComponent(first.body.cursor)}`,
    });
    await request(s.clerk, 'GET /v1/cases', { query: '?view=queue&stage=underReview' });
    await request(s.respondent, 'GET /v1/cases', { query: '?view=respondent' });
    expect((await request(s.applicant, 'GET /v1/cases', { query: '?view=queue' })).status).toBe(403);
    expect((await request(s.clerk, 'GET /v1/cases', { query: '?view=everything' })).status).toBe(400);
  });

  it('as time passes: deemed acceptance, then a warned and an overdue deadline, in timelines and lists', async () => {
    // Tue 10 Feb + 16 days: the review period of case D ended on Tue 24 Feb (5 working days,
    // the Spring Festival break skipped), so it is deemed accepted as of that day; its copy to the
    // respondent is then due in 7 working days, Wed 4 Mar (warned the working day before).
    await s.t.advanceClock(16);
    await s.t.system.workflow.settle();
    await request(s.clerk, 'GET /v1/cases/{id}', { params: { id: ids.d } });
    await s.t.advanceClock(5);
    await s.t.system.workflow.settle();
    for (const client of [s.clerk, s.head, s.supervisor]) {
      const dueSoon = await request(client, 'GET /v1/cases', { query: '?view=dueSoon' });
      expect(dueSoon.body.items.map((c: { id: string }) => c.id)).toContain(ids.d);
    }
    await s.t.advanceClock(2);
    await s.t.system.workflow.settle();
    for (const client of [s.head, s.supervisor]) {
      const overdue = await request(client, 'GET /v1/cases', { query: '?view=overdue' });
      expect(overdue.body.items.map((c: { id: string }) => c.id)).toContain(ids.d);
    }
    for (const client of [s.otherApplicant, s.clerk])
      await request(client, 'GET /v1/cases/{id}/events', { params: { id: ids.d } });
    await request(s.clerk, 'GET /v1/cases/{id}/events', { params: { id: ids.a } });
    await request(s.clerk, 'GET /v1/cases/{id}', { params: { id: ids.d } });
    expect([...eventTypes].sort()).toEqual(
      [
        'caseFiled',
        'correctionRequested',
        'correctionSubmitted',
        'accepted',
        'copySent',
        'withdrawn',
        'refused',
        'forwarded',
        'deemedAccepted',
        'deadlineWarned',
        'deadlineOverdue',
        'deadlineLapsed',
        'fileAttached',
        'fileConfidentialityMarked',
        'fileConfidentialityUnmarked',
        'fileRead',
        'decisionDrafted',
        'documentRead',
      ].sort(),
    );
  });

  it('the calendar: a year in force, one not loaded, a preview, a load and its job', async () => {
    await request(s.clerk, 'GET /v1/calendar/{year}', { params: { year: '2026' } });
    const unloaded = await request(s.clerk, 'GET /v1/calendar/{year}', { params: { year: '2027' } });
    expect(unloaded.body.loaded).toBe(false);
    expect((await request(s.clerk, 'GET /v1/calendar/{year}', { params: { year: '27' } })).status).toBe(400);
    const year = {
      source: '国务院办公厅关于2027年部分节假日安排的通知',
      daysOff: [{ date: '2027-01-01', name: '元旦' }],
      makeupWorkdays: [],
    };
    const byClerk = await request(s.clerk, 'PUT /v1/calendar/{year}', {
      params: { year: '2027' },
      body: year,
    });
    expect(byClerk.status).toBe(403);
    const wrongYear = { ...year, daysOff: [{ date: '2027-01-01' }] };
    refusedByBody(
      'PUT /v1/calendar/{year}',
      await call(s.admin, 'PUT /v1/calendar/{year}', { params: { year: '2027' }, body: wrongYear }),
      wrongYear,
    );
    // The preview takes the load's body and answers with a dry run to follow.
    const byClerkPreview = await request(s.clerk, 'POST /v1/calendar/{year}/previews', {
      params: { year: '2027' },
      body: year,
    });
    expect(byClerkPreview.status).toBe(403);
    refusedByBody(
      'POST /v1/calendar/{year}/previews',
      await call(s.admin, 'POST /v1/calendar/{year}/previews', { params: { year: '2027' }, body: wrongYear }),
      wrongYear,
    );
    const previewed = await request(s.admin, 'POST /v1/calendar/{year}/previews', {
      params: { year: '2027' },
      body: year,
    });
    expect(previewed.status).toBe(202);
    const preview = { year: '2027', preview: previewed.body.preview.previewId };
    await s.t.system.jobs.settle();
    expect(
      (await request(s.admin, 'GET /v1/calendar/{year}/previews/{preview}', { params: preview })).body.status,
    ).toBe('done');
    expect(
      (await request(s.clerk, 'GET /v1/calendar/{year}/previews/{preview}', { params: preview })).status,
    ).toBe(403);
    const unknownPreview = { year: '2027', preview: '00000000-0000-4000-8000-000000000000' };
    expect(
      (await request(s.admin, 'GET /v1/calendar/{year}/previews/{preview}', { params: unknownPreview }))
        .status,
    ).toBe(404);
    const loaded = await request(s.admin, 'PUT /v1/calendar/{year}', {
      params: { year: '2027' },
      body: year,
    });
    expect(loaded.status).toBe(202);
    const again = await request(s.admin, 'PUT /v1/calendar/{year}', { params: { year: '2027' }, body: year });
    expect(again.status).toBe(409);
    const job = { year: '2027', job: loaded.body.job.jobId };
    await request(s.admin, 'GET /v1/calendar/{year}/jobs/{job}', { params: job });
    await s.t.system.jobs.settle();
    expect((await request(s.admin, 'GET /v1/calendar/{year}/jobs/{job}', { params: job })).body.status).toBe(
      'done',
    );
    expect((await request(s.clerk, 'GET /v1/calendar/{year}/jobs/{job}', { params: job })).status).toBe(403);
    const unknownJob = { year: '2027', job: '00000000-0000-4000-8000-000000000000' };
    expect(
      (await request(s.admin, 'GET /v1/calendar/{year}/jobs/{job}', { params: unknownJob })).status,
    ).toBe(404);
    expect(
      (await request(s.clerk, 'GET /v1/calendar/{year}', { params: { year: '2027' } })).body.loaded,
    ).toBe(true);
  });

  it('notices, for each audience', async () => {
    for (const client of [
      s.applicant,
      s.otherApplicant,
      s.clerk,
      s.head,
      s.respondent,
      s.supervisor,
      s.admin,
    ]) {
      const res = await request(client, 'GET /v1/notifications');
      expect(res.status).toBe(200);
    }
    expect((await request(s.t.anonymous, 'GET /v1/notifications')).status).toBe(401);
  });

  it('called every route with success, and every answer it saw was documented', () => {
    for (const route of routes)
      expect({ route: route.key, ok: [...seen].some((x) => x.startsWith(`${route.key} 2`)) }).toEqual({
        route: route.key,
        ok: true,
      });
    // The problem statuses the scenario provoked, each checked against its route's document above.
    const problems = new Set(
      [...seen].map((x) => Number(x.split(' ').pop())).filter((status) => status >= 400),
    );
    expect([...problems].sort((a, b) => a - b)).toEqual([400, 401, 403, 404, 409, 413, 415, 422]);
  });
});
