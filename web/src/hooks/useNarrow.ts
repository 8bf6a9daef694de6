import { useSyncExternalStore } from 'react';

/** Phones: at this width and below, an action's drawer takes the whole width (lists turn into cards by CSS at the same width). */
export const narrowQuery = '(max-width: 600px)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(narrowQuery);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True on a narrow screen (≤ 600 px); false when rendered without a window. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );
}
