import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { oas31 } from 'zod-openapi';
import { buildOpenApiDocument } from '../../shared/http/contract/document';
import { documentFile, renderDocument, renderTypes, typesFile } from '../../shared/http/contract/generate';
import { apiOriginOf, servedDocument } from '../../shared/http/contract/serve';
import { statusByCode } from '../../shared/http/problem';

/**
 * The committed contract files are what the generator writes now (like statemachines/case.asl.json):
 * a schema changed without `npm run openapi` fails here, before the portal's types drift.
 */
let document: oas31.OpenAPIObject;
beforeAll(async () => {
  document = await buildOpenApiDocument();
});

describe('the committed API contract', () => {
  it('shared/http/contract/openapi.json equals the generated document (run `npm run openapi`)', () => {
    expect(readFileSync(documentFile, 'utf8')).toBe(renderDocument(document));
  });

  it('web/src/api/schema.d.ts equals the types generated from it (run `npm run openapi`)', async () => {
    expect(readFileSync(typesFile, 'utf8')).toBe(await renderTypes(document));
  });

  it('documents a problem response for every status a refusal code maps to', () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item as Record<string, oas31.OperationObject>),
    );
    const statuses = new Set(operations.flatMap((op) => Object.keys(op.responses ?? {})));
    for (const status of new Set(Object.values(statusByCode))) expect(statuses).toContain(String(status));
  });
});

describe('the served document', () => {
  const event = (domainName: string | undefined, proto?: string) =>
    ({
      headers: proto ? { 'x-forwarded-proto': proto } : {},
      requestContext: { domainName },
    }) as unknown as APIGatewayProxyEventV2;

  it('names the API it was asked on as its server', () => {
    expect(apiOriginOf(event('abc123.execute-api.cn-north-1.amazonaws.com.cn', 'https'))).toBe(
      'https://abc123.execute-api.cn-north-1.amazonaws.com.cn',
    );
    expect(apiOriginOf(event('127.0.0.1:3000', 'http'))).toBe('http://127.0.0.1:3000');
    // API Gateway always forwards the scheme; without it, https.
    expect(apiOriginOf(event('api.example.cn'))).toBe('https://api.example.cn');
  });

  it('falls back to the relative server when the domain is not a plain host name', () => {
    expect(apiOriginOf(event(undefined))).toBe('/');
    expect(apiOriginOf(event('evil.example/"><script>'))).toBe('/');
  });

  it('replaces the servers and keeps everything else', () => {
    const served = servedDocument(document, 'https://api.example.cn') as oas31.OpenAPIObject;
    expect(served.servers).toEqual([{ url: 'https://api.example.cn', description: expect.any(String) }]);
    expect(served.paths).toBe(document.paths);
  });
});
