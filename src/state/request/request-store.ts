/**
 * The request fields around OutputConfig (SPEC §8): a small external store, apart from the
 * OutputConfig form so the first screen carries none of the Request section's code. The share
 * module reads it to write `&request=`, the snippets read it, the Request section edits it.
 * Which fields show their messages follows the OutputConfig's rule: after the user touched
 * them, or at once when a link or an import brought the request.
 */
import { createContext, use, useCallback, useSyncExternalStore } from 'react';
import type { Fix } from '../../domain/problem';
import type { RequestDraft } from '../../domain/request/request-draft';

export type RequestSnapshot = {
  draft: RequestDraft;
  /** Every message shows (the request came from a link or an import). */
  isRevealedAll: boolean;
  touched: ReadonlySet<string>;
  /** Why the link's `request` part could not be opened, if it could not. */
  linkError?: string;
};

export type RequestEdit = (draft: RequestDraft) => RequestDraft;

export type RequestStore = {
  getSnapshot: () => RequestSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Applies a pure edit (typing, a fix); `touchedField` reveals that field's messages. */
  update: (edit: RequestEdit, touchedField?: string) => void;
  /**
   * Replaces the whole request (a link or an import); every message shows. `linkError` says why
   * a link's request part could not be read (the request is then empty).
   */
  load: (draft: RequestDraft, linkError?: string) => void;
};

export function createRequestStore(initial: {
  draft: RequestDraft;
  isRevealedAll: boolean;
  linkError?: string;
}): RequestStore {
  let snapshot: RequestSnapshot = { ...initial, touched: new Set() };
  const listeners = new Set<() => void>();
  const publish = (next: RequestSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (edit, touchedField) => {
      const touched =
        touchedField === undefined || snapshot.touched.has(touchedField)
          ? snapshot.touched
          : new Set(snapshot.touched).add(touchedField);
      publish({ ...snapshot, draft: edit(snapshot.draft), touched, linkError: undefined });
    },
    load: (draft, linkError) =>
      publish({ draft, isRevealedAll: true, touched: new Set(), linkError }),
  };
}

export const RequestStoreContext = createContext<RequestStore | null>(null);

export function useRequestStore(): RequestStore {
  const store = use(RequestStoreContext);
  if (!store) throw new Error('useRequestStore needs a RequestStoreContext');
  return store;
}

/** The current request state; the component re-renders when it changes. */
export function useRequestSnapshot(): RequestSnapshot {
  const store = useRequestStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Applies a request problem's one-click fix and reveals the field it belongs to. */
export function useApplyRequestFix(): (fix: Fix, field: string) => void {
  const store = useRequestStore();
  return useCallback((fix: Fix, field: string) => store.update(fix.apply, field), [store]);
}
