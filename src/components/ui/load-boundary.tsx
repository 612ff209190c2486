import type { ReactNode } from 'react';
import { retryFailedOnDemand } from '../../lib/on-demand';
import { Button } from './button';
import { CatchBoundary } from './catch-boundary';
import { Notice } from './notice';

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
        <div className="basis-full">
          <Notice
            tone="error"
            actions={
              <Button
                variant="inline"
                size="sm"
                onClick={() => {
                  retryFailedOnDemand();
                  reset();
                }}
              >
                Retry
              </Button>
            }
          >
            <span className="font-medium">Could not load {what}.</span> Check your connection and
            retry; your configuration is unchanged. ({error.message})
          </Notice>
        </div>
      )}
    >
      {children}
    </CatchBoundary>
  );
}
