import { useCallback, useState } from 'react';
import { readStoredChoice, storeChoice } from '../../lib/stored-choice';

export const CATALOGUE_VIEWS = ['cards', 'table'] as const;
export type CatalogueView = (typeof CATALOGUE_VIEWS)[number];

const STORAGE_KEY = 'neo-configurator-catalogue-view';

/** The catalogue's view (cards or the compare table), remembered across visits. */
export function useCatalogueView(): [CatalogueView, (view: CatalogueView) => void] {
  const [view, setView] = useState<CatalogueView>(() =>
    readStoredChoice(STORAGE_KEY, CATALOGUE_VIEWS, 'cards'),
  );
  const choose = useCallback((next: CatalogueView) => {
    storeChoice(STORAGE_KEY, next);
    setView(next);
  }, []);
  return [view, choose];
}
