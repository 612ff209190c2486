/**
 * A value outside React that components read with `useSyncExternalStore`: the analysis and the
 * request store both are one, so that a keystroke re-renders only the parts whose selection
 * changed, not every reader of a context.
 */
export type ExternalStore<T> = {
  get: () => T;
  /** Publishes a new value; the same value again notifies nobody. */
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (value) => {
      if (Object.is(value, current)) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
