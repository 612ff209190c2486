import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';

const SKELETON_CARDS = [0, 1, 2, 3, 4, 5];

/** Shown while the catalogue loads: a status for screen readers, card outlines for the eye. */
export function CatalogueLoading() {
  return (
    <div>
      <p role="status" className="text-sm text-muted">
        Loading devices…
      </p>
      <div aria-hidden="true" className="mt-3 grid card-columns gap-3">
        {SKELETON_CARDS.map((card) => (
          <div
            key={card}
            className="h-32 animate-pulse rounded-lg bg-surface-muted motion-reduce:animate-none"
          />
        ))}
      </div>
    </div>
  );
}

type ErrorProps = { message: string; isRetrying: boolean; onRetry: () => void };

/** The catalogue failed to load: what went wrong and a way to try again. */
export function CatalogueError({ message, isRetrying, onRetry }: ErrorProps) {
  return (
    <Notice
      tone="error"
      actions={
        <>
          <Button variant="inline" size="sm" onClick={onRetry}>
            Retry
          </Button>
          <span role="status" className="self-center">
            {isRetrying ? 'Loading devices…' : ''}
          </span>
        </>
      }
    >
      <p className="font-medium">The device catalogue could not be loaded.</p>
      <p className="mt-1">{message}</p>
    </Notice>
  );
}
