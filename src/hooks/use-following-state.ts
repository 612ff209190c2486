import { useCallback, useState } from 'react';
import type { JsonValue } from '../domain/json/json-value';

/** A value from the draft as a comparable key ("" and absent are the same: not set). */
export function sourceKey(value: JsonValue | undefined): string {
  return JSON.stringify(value ?? '');
}

/**
 * Local editing state (text being typed, a builder model) that follows a draft value. It is
 * re-derived when the draft changes from elsewhere, and left alone when the draft holds what
 * this editor wrote itself, so half-typed text is never reformatted under the cursor.
 */
export function useFollowingState<T>(
  source: JsonValue | undefined,
  derive: () => T,
): [T, (local: T, written?: JsonValue) => void] {
  const key = sourceKey(source);
  const [state, setState] = useState(() => ({ key, local: derive() }));
  let current = state;
  if (state.key !== key) {
    current = { key, local: derive() };
    setState(current);
  }
  const update = useCallback(
    (local: T, written?: JsonValue) =>
      setState((previous) => ({
        key: written === undefined ? previous.key : sourceKey(written),
        local,
      })),
    [],
  );
  return [current.local, update];
}
