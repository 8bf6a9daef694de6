import type { routeGroups } from '../../infra/routes';
import { apiHandler, fail, type RequestSchemas } from '../../shared/http/api';
import { apiOriginOf, servedDocument } from '../../shared/http/contract/serve';
import { json } from '../../shared/http/problem';

/** What each route reads: nothing (the document is public). */
export const requests: Record<(typeof routeGroups)['contract']['routes'][number]['key'], RequestSchemas> = {
  'GET /v1/openapi.json': {},
};

/**
 * The committed document (`npm run openapi` writes it), parsed on the first request: the bundle
 * carries it, nothing else loads it, and a module that only reads `requests` never touches it.
 */
let committed: Promise<object> | undefined;
const document = () =>
  (committed ??= import('../../shared/http/contract/openapi.json', { with: { type: 'json' } }).then(
    (m) => m.default,
  ));

export const handler = apiHandler(async (event) => {
  switch (event.routeKey) {
    case 'GET /v1/openapi.json':
      return json(200, servedDocument(await document(), apiOriginOf(event)), { 'cache-control': 'no-cache' });
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
