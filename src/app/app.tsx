import { AnalysisProvider } from '../state/analysis-provider';
import { ConfigurationProvider } from '../state/configuration-provider';
import type { LinkState } from '../features/share/read-link';
import { AppLayout } from './app-layout';
import { AppErrorBoundary } from './error-boundary';
import { Providers } from './providers';

/** The app: providers around the layout, started from the link's configuration if any. */
export function App({ link }: { link: LinkState }) {
  return (
    <AppErrorBoundary>
      <Providers>
        <ConfigurationProvider
          initialDraft={link.kind === 'loaded' ? link.draft : {}}
          revealInitially={link.kind === 'loaded'}
        >
          <AnalysisProvider>
            <AppLayout linkError={link.kind === 'failed' ? link.message : undefined} />
          </AnalysisProvider>
        </ConfigurationProvider>
      </Providers>
    </AppErrorBoundary>
  );
}
