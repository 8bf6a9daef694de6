import { useCallback, useEffect, useRef, useState } from 'react';
import { ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { CaseSummary, ListStage, ListView } from '../../api/types';
import { usePortal } from '../../app/portal';

export interface CaseListQuery {
  readonly view: ListView;
  readonly stage?: ListStage;
  /** Cases per page (the API's default when absent). */
  readonly limit?: number;
}

export interface CaseListState {
  readonly items: readonly CaseSummary[];
  readonly loading: boolean;
  readonly error: ApiProblem | undefined;
  /** The API gave a cursor: there is another page. */
  readonly hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

const asProblem = (err: unknown) =>
  err instanceof ApiProblem
    ? err
    : new ApiProblem({ status: 0, detail: err instanceof Error ? err.message : String(err) });

/**
 * One of the API's case lists, page by page: the first page, then "load more" with the opaque
 * cursor the last page gave. A change of view or stage starts again from the first page.
 */
export function useCaseList(query: CaseListQuery): CaseListState {
  const { api } = usePortal();
  const { view, stage, limit } = query;
  const [items, setItems] = useState<readonly CaseSummary[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiProblem>();
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | undefined, mine: number) => {
      setLoading(true);
      try {
        const page = await ok(
          api.GET('/v1/cases', {
            params: {
              query: {
                view,
                ...(stage ? { stage } : {}),
                ...(limit ? { limit } : {}),
                ...(after ? { cursor: after } : {}),
              },
            },
          }),
        );
        if (mine !== generation.current) return;
        setItems((before) => (after ? [...before, ...page.items] : page.items));
        setCursor(page.cursor);
        setError(undefined);
      } catch (err) {
        if (mine === generation.current) setError(asProblem(err));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [api, view, stage, limit],
  );

  const restart = useCallback(() => {
    const mine = ++generation.current;
    setItems([]);
    setCursor(undefined);
    void fetchPage(undefined, mine);
  }, [fetchPage]);

  useEffect(restart, [restart]);

  return {
    items,
    loading,
    error,
    hasMore: cursor !== undefined,
    loadMore: () => {
      if (cursor && !loading) void fetchPage(cursor, generation.current);
    },
    reload: restart,
  };
}
