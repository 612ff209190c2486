import { lazy, useState, type ComponentType } from 'react';
import { onDemand, onDemandRetries } from '../../lib/on-demand';

/**
 * A component whose code loads on demand (see lib/on-demand). React.lazy alone suspends the
 * first time it renders even when its module is already in memory, and React then holds the
 * revealed part back; so once the module is loaded this renders it directly, and a preloaded
 * part never shows its fallback (SPEC §4.10). Before that it waits through React.lazy, which
 * keeps a failure for good, so that React's own re-render shows the LoadBoundary; after the
 * boundary's Retry (retryFailedOnDemand) a fresh one loads again.
 */
export function onDemandComponent<P extends object>(
  importComponent: () => Promise<ComponentType<P>>,
  group?: string,
): ComponentType<P> {
  const loader = onDemand(importComponent, group);
  const createWaiting = () => {
    const attempt = { retries: onDemandRetries(), hasFailed: false, component: lazy(load) };
    function load() {
      return loader.load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          attempt.hasFailed = true;
          throw error;
        },
      );
    }
    return attempt;
  };
  let waiting = createWaiting();
  const waitingComponent = (): ComponentType<P> => {
    if (waiting.hasFailed && waiting.retries !== onDemandRetries()) waiting = createWaiting();
    return waiting.component;
  };
  function OnDemandComponent(props: P) {
    // Chosen once per mount, so the element type, and the state below it, stay put.
    const [Component] = useState(() => loader.loaded() ?? waitingComponent());
    return <Component {...props} />;
  }
  return OnDemandComponent;
}
