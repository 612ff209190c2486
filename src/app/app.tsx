import { useState } from 'react';
import { requestOfLink, type OpenedLink } from '../domain/open-link';
import { AnalysisProvider } from '../state/analysis-provider';
import { ConfigurationProvider } from '../state/configuration-provider';
import { createRequestStore, RequestStoreContext } from '../state/request-store';
import { AppLayout } from './app-layout';
import { AppErrorBoundary } from './error-boundary';
import { Providers } from './providers';

/** The app: providers around the layout, started from the link the page was opened with. */
export function App({ link }: { link: OpenedLink }) {
  const [requestStore] = useState(() =>
    createRequestStore({
      draft: requestOfLink(link),
      isRevealedAll: link.request.status === 'ok',
      linkError: link.request.status === 'error' ? link.request.error : undefined,
    }),
  );
  return (
    <AppErrorBoundary>
      <Providers>
        <ConfigurationProvider
          initialDraft={link.draft}
          initialMode={link.mode}
          revealInitially={link.status === 'ok'}
        >
          <RequestStoreContext value={requestStore}>
            <AnalysisProvider>
              <AppLayout linkError={link.status === 'error' ? link.error : undefined} />
            </AnalysisProvider>
          </RequestStoreContext>
        </ConfigurationProvider>
      </Providers>
    </AppErrorBoundary>
  );
}
