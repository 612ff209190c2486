import { createContext } from 'react';
import { indexCatalogue } from '../../domain/catalogue/catalogue-index';
import type { Catalogue, CatalogueDevice } from '../../domain/catalogue/catalogue-schema';
import { createExternalStore } from '../../lib/external-store';
import type { CatalogueQuery, CatalogueQueryState } from './catalogue-query';
import { errorText } from '../../lib/error-text';

/** What the app has of the device catalogue: the data, or why it could not be loaded. */
export type CatalogueState = CatalogueQueryState & {
  /** The devices by API value, indexed once per catalogue. */
  devices?: ReadonlyMap<string, CatalogueDevice>;
};

export type CatalogueStore = {
  get: () => CatalogueState;
  subscribe: (listener: () => void) => () => void;
  /** Loads the catalogue again after a failure. */
  refetch: () => void;
};

type Options = {
  /** The catalogue the page was prerendered with: nothing is fetched. */
  catalogue?: Catalogue;
  /** How many times a failed fetch is tried again before the error is shown. */
  retry?: number;
};

/**
 * The catalogue, read by every part that shows or checks a device. A prerendered page (every page
 * the build serves, a link's too) carries it, so the store starts from it and the first screen
 * needs no fetching code. Without it, the first reader starts the fetch (./catalogue-query),
 * loaded on demand.
 */
export function createCatalogueStore({ catalogue, retry = 1 }: Options = {}): CatalogueStore {
  const store = createExternalStore<CatalogueState>(
    catalogue
      ? { data: catalogue, devices: indexCatalogue(catalogue), isFetching: false }
      : { isFetching: true },
  );
  const publish = (state: CatalogueQueryState) => {
    const { data, devices } = store.get();
    store.set({
      ...state,
      devices: state.data === data ? devices : state.data && indexCatalogue(state.data),
    });
  };
  let query: Promise<CatalogueQuery | undefined> | undefined;
  const startQuery = () => {
    const current = store.get();
    if (!current.isFetching) store.set({ ...current, isFetching: true });
    query = import('./catalogue-query').then(
      (module) => module.observeCatalogueQuery(retry, publish),
      (error: unknown) => {
        query = undefined;
        const failure = new Error(`Could not load the device catalogue: ${errorText(error)}`, {
          cause: error,
        });
        publish({ error: failure, isFetching: false });
        return undefined;
      },
    );
  };
  return {
    get: store.get,
    subscribe: (listener) => {
      // Only the first reader starts it: one that comes later never hides an error by retrying.
      const { data, error } = store.get();
      if (!query && !data && !error) startQuery();
      return store.subscribe(listener);
    },
    refetch: () => {
      if (query) void query.then((started) => started?.refetch());
      else startQuery();
    },
  };
}

export const CatalogueContext = createContext<CatalogueStore | null>(null);
