import type { ReactNode } from 'react';
import { retryFailedOnDemand } from '../../lib/on-demand';
import { CatchBoundary } from './catch-boundary';

type Props = {
  /** What failed to load, as it reads in "Could not load the …". */
  what: string;
  children: ReactNode;
};

/**
 * Around code that loads on demand: if its chunk cannot be fetched (offline, a new deploy),
 * that part says so with a Retry instead of taking the page down. The configuration is untouched.
 */
export function LoadBoundary({ what, children }: Props) {
  return (
    <CatchBoundary
      fallback={(error, reset) => (
        <div className="basis-full rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100">
          <p role="alert">
            <span className="font-medium">Could not load {what}.</span> Check your connection and
            retry; your configuration is unchanged. ({error.message})
          </p>
          <button
            type="button"
            onClick={() => {
              retryFailedOnDemand();
              reset();
            }}
            className="mt-2 rounded-md border border-current px-3 py-1 font-medium focus-ring hover:bg-red-100 focus-visible:outline-offset-2 dark:hover:bg-red-900/40"
          >
            Retry
          </button>
        </div>
      )}
    >
      {children}
    </CatchBoundary>
  );
}
