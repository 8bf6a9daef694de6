import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../api/problem';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: ApiProblem | undefined;
  readonly loading: boolean;
  /** Loads again (after an action, or when the person asks). */
  reload(): void;
}

const asProblem = (err: unknown) =>
  err instanceof ApiProblem
    ? err
    : new ApiProblem({ status: 0, detail: err instanceof Error ? err.message : String(err) });

/**
 * Loads data for a page and keeps the latest answer: an answer that arrives after a newer load
 * started (the person moved on) is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiProblem>();
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  const run = useCallback(load, deps);

  const start = useCallback(() => {
    const mine = ++latest.current;
    setLoading(true);
    run().then(
      (value) => {
        if (mine !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== latest.current) return;
        setError(asProblem(err));
        setLoading(false);
      },
    );
  }, [run]);

  useEffect(start, [start]);

  return { data, error, loading, reload: start };
}
