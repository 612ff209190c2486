import type { ReactNode } from 'react';
import { Button } from '../components/ui/button';
import { CatchBoundary } from '../components/ui/catch-boundary';
import { replaceHash } from '../lib/address-bar';
import { reloadPage } from '../lib/reload-page';

/**
 * The last line of defence: a render error anywhere in the app shows what happened instead of a
 * blank page. The URL fragment holds the configuration, so Reload brings it back; only Start over
 * clears it.
 */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return <CatchBoundary fallback={(error) => <AppCrash error={error} />}>{children}</CatchBoundary>;
}

/** What shows when the app could not render. */
function AppCrash({ error }: { error: Error }) {
  const startOver = () => {
    replaceHash(undefined);
    reloadPage();
  };
  return (
    <div className="min-h-screen bg-white p-4 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <main className="mx-auto max-w-2xl space-y-4 rounded-lg border border-red-300 bg-red-50 p-5 dark:border-red-800 dark:bg-red-950/40">
        <div role="alert" className="space-y-2">
          <h1 className="text-lg font-semibold">
            Something went wrong while showing this configuration
          </h1>
          <p className="text-sm">
            Your configuration is kept in the page address, so Reload (or opening the same link
            again) brings it back. Start over clears it and opens an empty configurator.
          </p>
          <pre className="overflow-x-auto rounded border border-red-200 bg-white p-2 font-mono text-xs whitespace-pre-wrap text-slate-900 dark:border-red-900 dark:bg-slate-950 dark:text-slate-100">
            {error.message || error.name}
          </pre>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" size="md" onClick={reloadPage}>
            Reload
          </Button>
          <Button variant="secondary" size="md" onClick={startOver}>
            Start over
          </Button>
        </div>
      </main>
    </div>
  );
}
