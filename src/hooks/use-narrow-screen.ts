import { useSyncExternalStore } from 'react';

// Below Tailwind's `lg` the panels stack (app-layout): the catalogue then sits above the options.
const STACKED = '(width < 64rem)';

const query = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia(STACKED) : undefined;

const subscribe = (listener: () => void) => {
  const list = query();
  list?.addEventListener('change', listener);
  return () => list?.removeEventListener('change', listener);
};

/**
 * True while the panels are stacked (phones, narrow windows). The prerendered first screen and
 * browsers without matchMedia read as wide, so the list is whole until the page knows better.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
