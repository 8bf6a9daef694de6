/**
 * A value built on its first use and shared after (one build even under concurrent first uses).
 * A failed build is not kept: the next use tries again.
 */
export function onFirstUse<T>(build: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= build().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}
