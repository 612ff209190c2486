import { queryOptions } from '@tanstack/react-query';
import { onDemand } from '../../lib/on-demand';

// A fresh page starts from the catalogue the build validated and embedded; only a fetch (a
// link's page, a retry) parses one, so fetching, the schema and zod load on demand.
const fetchCatalogue = onDemand(() =>
  import('./fetch-catalogue').then((module) => module.fetchCatalogue),
);

/** The catalogue is a static asset: fetched once, never stale. */
export const catalogueQueryOptions = queryOptions({
  queryKey: ['catalogue'],
  queryFn: async ({ signal }) => (await fetchCatalogue.load())(signal),
  staleTime: Infinity,
});
