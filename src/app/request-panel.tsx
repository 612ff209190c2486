import { startTransition, Suspense, useEffect, useState } from 'react';
import { LoadBoundary } from '../components/ui/load-boundary';
import { onDemandComponent } from '../components/ui/on-demand-component';
import { Panel } from '../components/ui/panel';
import { whenPreloaded } from '../lib/on-demand';
import { isRequestEmpty } from '../domain/request/request-draft';
import { REQUEST_CODE } from '../state/on-demand-code';
import { useRequestSnapshot } from '../state/request/request-store';
import { useOutputConfigPreview } from '../state/request/use-request-analysis';

// The Request section is optional, so its code is not part of the first screen's JavaScript.
const RequestSection = onDemandComponent(
  () => import('../features/request/request-section').then((module) => module.RequestSection),
  REQUEST_CODE,
);

/**
 * True once the idle preload has brought the on-demand code (lib/on-demand), so the section
 * appears whole, with no loading placeholder (SPEC §4.10); at once when `now`. The prerendered
 * first screen and its hydration both start without it, so they match.
 */
export function useAfterPreload(now: boolean): boolean {
  const [isReady, setIsReady] = useState(now);
  useEffect(() => {
    if (isReady) return;
    let isMounted = true;
    // In a transition, the part renders in slices that leave room for input between them: it
    // comes while the user may already be at work, and at once it was a long task at 4x CPU.
    void whenPreloaded().then(() => isMounted && startTransition(() => setIsReady(true)));
    return () => {
      isMounted = false;
    };
  }, [isReady]);
  return isReady;
}

/**
 * The Request part of the page (SPEC §8): mounted once the first screen has loaded, or at once
 * when a link brought request fields.
 */
export function RequestPanel() {
  const { draft } = useRequestSnapshot();
  const isReady = useAfterPreload(!isRequestEmpty(draft));
  const outputConfig = useOutputConfigPreview();
  return (
    <Panel title="Request" className="lg:col-span-2 xl:col-span-3">
      {isReady ? (
        <LoadBoundary what="the request fields">
          <Suspense fallback={<p role="status">Loading the request fields…</p>}>
            <RequestSection outputConfig={outputConfig} />
          </Suspense>
        </LoadBoundary>
      ) : (
        <p className="text-sm text-muted">The request fields load once the page is ready.</p>
      )}
    </Panel>
  );
}
