import { useState, type ReactNode } from 'react';
import type { Catalogue } from '../domain/catalogue/catalogue-schema';
import { CatalogueContext, createCatalogueStore } from '../state/catalogue/catalogue-store';

type Props = {
  /** The catalogue the page was prerendered with: the app starts from it, with no fetch. */
  catalogue?: Catalogue;
  children: ReactNode;
};

/** App-wide providers: the device catalogue, which every part that shows a device reads. */
export function Providers({ catalogue, children }: Props) {
  const [catalogueStore] = useState(() => createCatalogueStore({ catalogue }));
  return <CatalogueContext value={catalogueStore}>{children}</CatalogueContext>;
}
