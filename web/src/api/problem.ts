/** An RFC 9457 problem document as the API sends it (every refusal names its fields in Chinese). */
export interface ProblemField {
  readonly path: string;
  readonly messageZh: string;
}

export interface ProblemBody {
  readonly status: number;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: readonly ProblemField[];
  readonly omittedErrors?: number;
  readonly correlationId?: string;
}

/** A refused or failed API call: what the person is told, and which fields were wrong. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail ?? problem.title ?? `请求未成功（${problem.status}）`);
  }
  get status() {
    return this.problem.status;
  }
  get fields(): readonly ProblemField[] {
    return this.problem.errors ?? [];
  }
}

/** The answer of a call that got no response at all (network down, API unreachable). */
export const networkProblem = (): ApiProblem =>
  new ApiProblem({ status: 0, code: 'network', detail: '无法连接服务器，请检查网络后重试' });

/** Turns a failed response into an ApiProblem, whatever its body. */
export async function problemOf(res: Response): Promise<ApiProblem> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as Partial<ProblemBody>;
    if (body && typeof body === 'object') return new ApiProblem({ ...body, status: res.status });
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiProblem({
    status: res.status,
    detail: res.status >= 500 ? '服务器暂时无法处理，请稍后重试' : `请求未成功（${res.status}）`,
  });
}

/** "items.0.descriptionZh" → ['items', 0, 'descriptionZh'], the name path a form field uses. */
export const namePath = (path: string): (string | number)[] =>
  path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
