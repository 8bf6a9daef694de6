/** A signed-in HTTP client for the local system (no jest imports: benches use it too). */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  async signIn(username: string): Promise<ApiClient> {
    const r = await this.call('POST', '/local/sign-in', { username });
    if (r.status !== 200) throw new Error(`sign-in ${username} failed: ${JSON.stringify(r.body)}`);
    return new ApiClient(this.baseUrl, r.body.token);
  }

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }

  get = <T = any>(path: string) => this.call<T>('GET', path);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.call<T>('POST', path, body, headers);

  file(application: unknown, key = `k-${Math.random().toString(36).slice(2)}-${Date.now()}`) {
    return this.post('/v1/cases', application, { 'idempotency-key': key });
  }

  act(caseId: string, command: Record<string, unknown>) {
    return this.post(`/v1/cases/${caseId}/actions`, command);
  }
}
