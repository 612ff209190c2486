/**
 * The request fields around OutputConfig (SPEC §8): a small external store, apart from the
 * OutputConfig form so the first screen carries none of the Request section's code. The share
 * module reads it to write `&request=`, the snippets read it, the Request section edits it.
 * Which fields show their messages follows the OutputConfig's rule: after the user touched
 * them, or at once when a link or an import brought the request.
 */
import { createContext, use, useCallback, useSyncExternalStore } from 'react';
import type { ModelCheck } from '../../domain/model/model-types';
import type { Fix } from '../../domain/problem';
import type { RequestDraft } from '../../domain/request/request-draft';
import { createExternalStore } from '../../lib/external-store';
import { initialReveal, withTouched, type Reveal } from '../reveal';

/** `Reveal`: every message shows when the request came from a link or an import. */
export type RequestSnapshot = Reveal & {
  draft: RequestDraft;
  /** Why the link's `request` part could not be opened, if it could not. */
  linkError?: string;
  /**
   * What the model check read from the archive the user chose, while its result is on screen:
   * an explanation of a failed job uses it (SPEC §10.2). Not part of the request, nor of a link.
   */
  modelCheck?: ModelCheck;
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
  /** The model check now on screen (undefined while none is: reading, cancelled, unreadable). */
  showModelCheck: (check: ModelCheck | undefined) => void;
};

export function createRequestStore(initial: {
  draft: RequestDraft;
  isRevealedAll: boolean;
  linkError?: string;
}): RequestStore {
  const store = createExternalStore<RequestSnapshot>({ ...initial, touched: new Set() });
  const publish = store.set;
  return {
    getSnapshot: store.get,
    subscribe: store.subscribe,
    update: (edit, touchedField) => {
      const snapshot = store.get();
      const reveal = touchedField === undefined ? snapshot : withTouched(snapshot, touchedField);
      publish({ ...reveal, draft: edit(snapshot.draft), linkError: undefined });
    },
    load: (draft, linkError) => {
      const { modelCheck } = store.get();
      publish({ ...initialReveal(true), draft, linkError, modelCheck });
    },
    showModelCheck: (modelCheck) => {
      if (store.get().modelCheck !== modelCheck) publish({ ...store.get(), modelCheck });
    },
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
