const SKELETON_CARDS = [0, 1, 2, 3, 4, 5];

/** Shown while the catalogue loads: a status for screen readers, card outlines for the eye. */
export function CatalogueLoading() {
  return (
    <div className="@container">
      <p role="status" className="text-sm text-muted">
        Loading devices…
      </p>
      <div
        aria-hidden="true"
        className="mt-3 grid grid-cols-1 gap-3 @lg:grid-cols-2 @4xl:grid-cols-3"
      >
        {SKELETON_CARDS.map((card) => (
          <div
            key={card}
            className="h-32 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800"
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
    <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
      <div role="alert">
        <p className="font-medium">The device catalogue could not be loaded.</p>
        <p className="mt-1">{message}</p>
      </div>
      <div className="mt-3 flex items-center gap-3">
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md border border-current px-3 py-1.5 font-medium focus-ring hover:bg-red-100 focus-visible:outline-offset-2 dark:hover:bg-red-900/40"
        >
          Retry
        </button>
        <span role="status">{isRetrying ? 'Loading devices…' : ''}</span>
      </div>
    </div>
  );
}
