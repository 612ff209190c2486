import { QueryClient, QueryObserver, type QueryObserverResult } from '@tanstack/react-query';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema';
import { fetchCatalogue } from './fetch-catalogue';

/** Where a fetch of the catalogue stands. */
export type CatalogueQueryState = { data?: Catalogue; error?: Error; isFetching: boolean };

export type CatalogueQuery = {
  /** Fetches the catalogue again (after a failure: the Retry button). */
  refetch: () => void;
};

/**
 * Fetches public/catalogue.json, retrying `retry` times, and reports each change of where the
 * fetch stands. Only a page that was not prerendered with its catalogue needs this (the dev
 * server, a page whose embedded copy is unreadable), so TanStack Query, fetching, the schema and
 * zod load on demand, with this module. The fetch never waits for the browser to say it is
 * online: offline, it fails at once and says so, with Retry, rather than wait in silence.
 */
export function observeCatalogueQuery(
  retry: number,
  onChange: (state: CatalogueQueryState) => void,
): CatalogueQuery {
  const observer = new QueryObserver(new QueryClient(), {
    queryKey: ['catalogue'],
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: Infinity,
    networkMode: 'always',
    retry,
  });
  const report = (result: QueryObserverResult<Catalogue>) =>
    onChange({
      data: result.data,
      error: result.error ?? undefined,
      isFetching: result.isFetching,
    });
  observer.subscribe(report);
  report(observer.getCurrentResult());
  return { refetch: () => void observer.refetch() };
}
