import type { ReactNode } from 'react';
import { Button } from '../components/ui/button';
import { CatchBoundary } from '../components/ui/catch-boundary';
import { Notice } from '../components/ui/notice';
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
    <div className="min-h-screen bg-background p-4 text-foreground">
      <main className="mx-auto max-w-2xl">
        <Notice
          tone="error"
          actions={
            <>
              <Button variant="primary" size="md" onClick={reloadPage}>
                Reload
              </Button>
              <Button variant="secondary" size="md" onClick={startOver}>
                Start over
              </Button>
            </>
          }
        >
          <div className="space-y-2">
            <h1 className="text-lg font-semibold">
              Something went wrong while showing this configuration
            </h1>
            <p>
              Your configuration is kept in the page address, so Reload (or opening the same link
              again) brings it back. Start over clears it and opens an empty configurator.
            </p>
            <pre className="overflow-x-auto rounded border border-danger-border bg-inset p-2 font-mono text-xs whitespace-pre-wrap text-foreground">
              {error.message || error.name}
            </pre>
          </div>
        </Notice>
      </main>
    </div>
  );
}
