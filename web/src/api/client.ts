import createClient, { type Middleware } from 'openapi-fetch';
import type { Session } from '../auth/session';
import type { PortalConfig } from '../config';
import { ApiProblem, networkProblem, problemOf } from './problem';
import type { paths } from './schema';

export type { components, paths } from './schema';

/**
 * The typed API client: paths, parameters, bodies and answers come from the OpenAPI document
 * (`npm run openapi` writes ./schema.d.ts from the same zod schemas the API validates with).
 * A citizen talks to the citizens' API, staff to the staff API (each trusts its own user pool).
 * Every non-2xx answer is thrown as an ApiProblem, so pages handle success and refusal apart.
 */
export function apiClient(config: PortalConfig, session: Session | undefined, onUnauthorized: () => void) {
  const baseUrl = session?.pool === 'staff' ? config.staffApiUrl : config.apiUrl;
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    onRequest({ request }) {
      if (session) request.headers.set('authorization', `Bearer ${session.token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      if (response.status === 401 && session) onUnauthorized();
      throw await problemOf(response);
    },
    onError({ error }) {
      if (error instanceof ApiProblem) return error;
      return networkProblem();
    },
  };
  client.use(auth);
  return client;
}

export type ApiClient = ReturnType<typeof apiClient>;

/** The data of a call that succeeded (the middleware throws on anything else). */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await call;
  if (error !== undefined) throw error instanceof ApiProblem ? error : networkProblem();
  return data as T;
}
