import { lazy, type ComponentType } from 'react';

/**
 * React.lazy remembers a failed import for good, so a retry needs a fresh lazy component:
 * `retry()` makes one, and `Component` renders whichever is current.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  const create = () => lazy(async () => ({ default: await load() }));
  let current = create();
  function RetryableLazy(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  }
  return {
    Component: RetryableLazy,
    retry: () => {
      current = create();
    },
  };
}
