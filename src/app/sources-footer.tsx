import { Suspense } from 'react';
import { LoadBoundary } from '../components/ui/load-boundary';
import { onDemandComponent } from '../components/ui/on-demand-component';
import { useAfterPreload } from './request-panel';

// Below everything else: its list loads after the first screen, which so carries none of it.
const SourcesList = onDemandComponent(() =>
  import('../features/sources/sources-list').then((module) => module.SourcesList),
);

/** Where the facts come from, and how fresh the device catalogue is (issue 21 §8). */
export function SourcesFooter() {
  const isReady = useAfterPreload(false);
  return (
    <footer aria-labelledby="sources-title" className="border-t border-line px-4 py-4">
      <h2 id="sources-title" className="mb-2 text-sm font-semibold">
        Sources
      </h2>
      {isReady && (
        <LoadBoundary what="the sources">
          <Suspense fallback={null}>
            <SourcesList />
          </Suspense>
        </LoadBoundary>
      )}
    </footer>
  );
}
