import { useCallback, useSyncExternalStore } from 'react';
import { readStoredChoice, storeChoice } from '../../../lib/stored-choice';

export const CATALOGUE_VIEWS = ['cards', 'table'] as const;
export type CatalogueView = (typeof CATALOGUE_VIEWS)[number];

const STORAGE_KEY = 'neo-configurator-catalogue-view';

// The choice made on this page, for when storage is off (private mode): it then lasts for the page.
let pageChoice: CatalogueView = 'cards';
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const currentView = () => readStoredChoice(STORAGE_KEY, CATALOGUE_VIEWS, pageChoice);
// The prerendered first screen knows no stored choice: it shows the cards, and a remembered
// table replaces them right after hydration.
const prerenderedView = (): CatalogueView => 'cards';

/** The catalogue's view (cards or the compare table), remembered across visits. */
export function useCatalogueView(): [CatalogueView, (view: CatalogueView) => void] {
  const view = useSyncExternalStore(subscribe, currentView, prerenderedView);
  const choose = useCallback((next: CatalogueView) => {
    pageChoice = next;
    storeChoice(STORAGE_KEY, next);
    listeners.forEach((listener) => listener());
  }, []);
  return [view, choose];
}
