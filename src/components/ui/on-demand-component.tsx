import { lazy, useState, type ComponentType } from 'react';
import { onDemand } from '../../lib/on-demand';

/**
 * A component whose code loads on demand (see lib/on-demand). React.lazy alone suspends the
 * first time it renders even when its module is already in memory, and React then holds the
 * revealed part back; so once the module is loaded this renders it directly, and a preloaded
 * part never shows its fallback (SPEC §4.10). Before that it waits through React.lazy, which
 * remembers a failure for good: a failure makes a fresh one, so the LoadBoundary's Retry
 * (which mounts the part again) loads again.
 */
export function onDemandComponent<P extends object>(
  importComponent: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const loader = onDemand(importComponent);
  const createWaiting = (): ComponentType<P> =>
    lazy(() =>
      loader.load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          waiting = createWaiting();
          throw error;
        },
      ),
    );
  let waiting = createWaiting();
  function OnDemandComponent(props: P) {
    // Chosen once per mount, so the element type, and the state below it, stay put.
    const [Component] = useState(() => loader.loaded() ?? waiting);
    return <Component {...props} />;
  }
  return OnDemandComponent;
}
