import { useState } from 'react';
import type { Catalogue } from '../domain/catalogue/catalogue-schema';
import type { OpenedLink } from '../domain/link/opened-link';
import { AnalysisProvider } from '../state/analysis/analysis-provider';
import { ConfigurationProvider } from '../state/draft/configuration-provider';
import { linkState } from '../state/draft/open-link';
import { createRequestStore, RequestStoreContext } from '../state/request/request-store';
import { AppLayout } from './app-layout';
import { AppErrorBoundary } from './error-boundary';
import { Providers } from './providers';

type Props = {
  link: OpenedLink;
  /** The catalogue the first screen was prerendered with, if it was. */
  catalogue?: Catalogue;
};

/** The app: providers around the layout, started from the link the page was opened with. */
export function App({ link, catalogue }: Props) {
  const [start] = useState(() => linkState(link));
  const [requestStore] = useState(() =>
    createRequestStore({
      draft: start.request,
      isRevealedAll: start.isRequestRevealedAll,
      linkError: start.requestError,
    }),
  );
  return (
    <AppErrorBoundary>
      <Providers catalogue={catalogue}>
        {/* Outside the configuration, whose one undo history restores the request too. */}
        <RequestStoreContext value={requestStore}>
          <ConfigurationProvider
            initialDraft={start.draft}
            initialMode={start.mode}
            revealInitially={start.isRevealedAll}
          >
            <AnalysisProvider>
              <AppLayout linkError={link.status === 'error' ? link.error : undefined} />
            </AnalysisProvider>
          </ConfigurationProvider>
        </RequestStoreContext>
      </Providers>
    </AppErrorBoundary>
  );
}
