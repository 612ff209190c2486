import { Suspense, useEffect, useState } from 'react';
import { LoadBoundary } from '../components/ui/load-boundary';
import { Panel } from '../components/ui/panel';
import { retryableLazy } from '../components/ui/retryable-lazy';
import { isRequestEmpty } from '../domain/request/request-draft';
import { useRequestSnapshot } from '../state/request-store';
import { useOutputConfigPreview } from '../state/use-request-analysis';

// The Request section is optional, so its code is not part of the first screen's JavaScript.
export const requestSection = retryableLazy(() =>
  import('../features/request/request-section').then((module) => module.RequestSection),
);

/** True once the page has loaded and the browser is idle (at once if `now`). */
function useAfterLoad(now: boolean): boolean {
  const [isReady, setIsReady] = useState(now);
  useEffect(() => {
    if (isReady) return;
    const ready = () => setIsReady(true);
    const whenIdle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(ready) : setTimeout(ready, 200);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => window.removeEventListener('load', whenIdle);
  }, [isReady]);
  return isReady;
}

/**
 * The Request part of the page (SPEC §8): mounted after the first screen has loaded, or at once
 * when a link or an import brought request fields.
 */
export function RequestPanel() {
  const { draft } = useRequestSnapshot();
  const isReady = useAfterLoad(!isRequestEmpty(draft));
  const outputConfig = useOutputConfigPreview();
  return (
    <Panel title="Request" className="lg:col-span-2 xl:col-span-3">
      {isReady ? (
        <LoadBoundary what="the request fields" onRetry={requestSection.retry}>
          <Suspense fallback={<p role="status">Loading the request fields…</p>}>
            <requestSection.Component outputConfig={outputConfig} />
          </Suspense>
        </LoadBoundary>
      ) : (
        <p className="text-sm text-muted">The request fields load once the page is ready.</p>
      )}
    </Panel>
  );
}
