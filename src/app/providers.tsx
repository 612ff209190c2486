import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Catalogue } from '../domain/catalogue/catalogue-schema';
import { catalogueQueryOptions } from '../state/catalogue/catalogue-query';

type Props = {
  /** The catalogue the page was prerendered with: the query starts from it, with no fetch. */
  catalogue?: Catalogue;
  children: ReactNode;
};

/** App-wide providers. The catalogue is static, so queries never refetch on focus. */
export function Providers({ catalogue, children }: Props) {
  const [queryClient] = useState(() => {
    const client = new QueryClient({
      defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } },
    });
    if (catalogue) client.setQueryData(catalogueQueryOptions.queryKey, catalogue);
    return client;
  });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
