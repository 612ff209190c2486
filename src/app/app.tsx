import type { Catalogue } from '../domain/catalogue-schema';
import type { OpenedLink } from '../domain/open-link';
import { AnalysisProvider } from '../state/analysis-provider';
import { ConfigurationProvider } from '../state/configuration-provider';
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
  return (
    <AppErrorBoundary>
      <Providers catalogue={catalogue}>
        <ConfigurationProvider
          initialDraft={link.draft}
          initialMode={link.mode}
          revealInitially={link.status === 'ok'}
        >
          <AnalysisProvider>
            <AppLayout linkError={link.status === 'error' ? link.error : undefined} />
          </AnalysisProvider>
        </ConfigurationProvider>
      </Providers>
    </AppErrorBoundary>
  );
}
