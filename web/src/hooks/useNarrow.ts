import { useSyncExternalStore } from 'react';

/** Phones: at this width and below, lists become labelled cards instead of tables. */
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
