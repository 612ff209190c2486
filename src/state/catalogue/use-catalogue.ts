import { use, useSyncExternalStore } from 'react';
import { CatalogueContext, type CatalogueState, type CatalogueStore } from './catalogue-store';

function useCatalogueStore(): CatalogueStore {
  const store = use(CatalogueContext);
  if (!store) throw new Error('The catalogue needs a CatalogueContext');
  return store;
}

/** The device catalogue: data, loading and error state, and a way to load it again. */
export function useCatalogue(): CatalogueState & { refetch: () => void } {
  const store = useCatalogueStore();
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { ...state, refetch: store.refetch };
}

/** Devices by API value once the catalogue has loaded; undefined until then or on error. */
export function useDeviceIndex() {
  const store = useCatalogueStore();
  const devices = () => store.get().devices;
  return useSyncExternalStore(store.subscribe, devices, devices);
}
