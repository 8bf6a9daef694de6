import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-invocation log keys (case id, correlation id, route). Kept in AsyncLocalStorage rather
 * than on the shared logger, so concurrent invocations in one process (the local runtime runs
 * every function together) never see each other's keys.
 */
const storage = new AsyncLocalStorage<Record<string, string>>();

export const withLogContext = <T>(keys: Record<string, string | undefined>, fn: () => T): T =>
  storage.run(
    Object.fromEntries(Object.entries(keys).filter((e): e is [string, string] => e[1] !== undefined)),
    fn,
  );

export const logContext = (): Record<string, string> => storage.getStore() ?? {};
