import { useEffect, useState } from 'react';
import type { Catalogue } from '../domain/catalogue/catalogue-schema';
import type { OpenedLink } from '../domain/link/opened-link';
import { onDemand } from '../lib/on-demand';
import { AnalysisProvider } from '../state/analysis/analysis-provider';
import { ConfigurationProvider } from '../state/draft/configuration-provider';
import { linkState } from '../state/draft/open-link';
import { createRequestStore, RequestStoreContext } from '../state/request/request-store';
import { AppLayout } from './app-layout';
import { holdControls, releaseControls } from './held-controls';
import { AppErrorBoundary } from './error-boundary';
import { Providers } from './providers';

type Props = {
  link: OpenedLink;
  /** The catalogue the first screen was prerendered with, if it was. */
  catalogue?: Catalogue;
};

// What the user typed or chose in the prerendered page before the app took it over is handed to
// the app as typed. Only a fresh visit is taken over (a link's page is rendered by the app, its
// fields filled by it), and only a page the user has acted on can hold any: only then is its
// code loaded.
const typedBeforeHydration = onDemand(() =>
  import('./typed-before-hydration').then((module) => module.replayTypedBeforeHydration),
);

/** The app: providers around the layout, started from the link the page was opened with. */
export function App({ link, catalogue }: Props) {
  const [start] = useState(() => linkState(link));
  useEffect(() => {
    if (link.status === 'absent' && navigator.userActivation?.hasBeenActive) {
      const held = holdControls(document);
      // Without its code (offline, say), nothing is handed on, and nothing is kept any longer.
      void typedBeforeHydration.load().then((replay) => replay(held, document), releaseControls);
    }
  }, [link]);
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
