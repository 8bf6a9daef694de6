import SwaggerUI from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';
import './docs.css';

/**
 * /docs: the API reference. Swagger UI reads the document the API itself serves
 * (GET /v1/openapi.json), whose `servers` names that API, so "Try it out" calls it. The API is
 * the citizens' one from /config.json (`apiUrl`, '' = this origin); with ?api=staff, the staff one.
 */

interface ApiUrls {
  readonly apiUrl: string;
  readonly staffApiUrl: string;
}

const withoutTrailingSlash = (url: unknown): string =>
  typeof url === 'string' ? url.replace(/\/+$/, '') : '';

/** The API addresses of /config.json; without a readable one, this origin serves the API. */
async function apiUrls(): Promise<ApiUrls> {
  try {
    const res = await fetch('/config.json', { cache: 'no-store' });
    if (!res.ok) return { apiUrl: '', staffApiUrl: '' };
    const config = (await res.json()) as Record<string, unknown>;
    const apiUrl = withoutTrailingSlash(config.apiUrl);
    return { apiUrl, staffApiUrl: withoutTrailingSlash(config.staffApiUrl ?? apiUrl) };
  } catch {
    return { apiUrl: '', staffApiUrl: '' };
  }
}

/** Links between the two APIs' references, when they are two. */
function showApiChoice(urls: ApiUrls, staff: boolean): void {
  const nav = document.getElementById('docs-apis');
  if (!nav || urls.apiUrl === urls.staffApiUrl) return;
  for (const [label, query, current] of [
    ['公众端接口（申请人）', '', !staff],
    ['工作人员端接口', '?api=staff', staff],
  ] as const) {
    const link = document.createElement('a');
    link.href = `/docs${query}`;
    link.textContent = label;
    if (current) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
  nav.hidden = false;
}

async function start(): Promise<void> {
  const urls = await apiUrls();
  const staff = new URLSearchParams(window.location.search).get('api') === 'staff';
  showApiChoice(urls, staff);
  SwaggerUI({
    url: `${staff ? urls.staffApiUrl : urls.apiUrl}/v1/openapi.json`,
    dom_id: '#swagger-ui',
    // Deep links would put a link inside each operation's toggle button (a control in a control).
    deepLinking: false,
    validatorUrl: null,
    // The token stays in memory: a page reload asks for it again rather than keep it in storage.
    persistAuthorization: false,
    displayRequestDuration: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    filter: true,
    // Swagger UI leaves the server list without a name for screen readers.
    onComplete: () => document.getElementById('servers')?.setAttribute('aria-label', '接口地址（Servers）'),
  });
}

start().catch(() => {
  const main = document.getElementById('swagger-ui');
  if (main) {
    const status = document.createElement('p');
    status.className = 'docs-status';
    status.setAttribute('role', 'alert');
    status.textContent = '接口文档加载失败，请刷新页面重试。';
    main.replaceChildren(status);
  }
});
