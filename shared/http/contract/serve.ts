import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** A host name with an optional port, as API Gateway (or the local server) names the API's domain. */
const hostShape = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;

/**
 * The API's own origin, from the request: the domain API Gateway received it on (the citizens'
 * or the staff API, or a custom domain) and the scheme it forwards in `x-forwarded-proto`. A
 * domain that is not a plain host name gives a relative server ('/': the document's own origin).
 */
export function apiOriginOf(event: APIGatewayProxyEventV2): string {
  const host = event.requestContext?.domainName ?? '';
  if (!hostShape.test(host)) return '/';
  const proto = event.headers?.['x-forwarded-proto'] === 'http' ? 'http' : 'https';
  return `${proto}://${host}`;
}

/** The committed document with `servers` naming the API that serves it, so "try it" calls that API. */
export function servedDocument(document: object, origin: string): object {
  return {
    ...document,
    servers: [{ url: origin, description: '本接口（按请求所到的域名生成：公众端或工作人员端）' }],
  };
}
