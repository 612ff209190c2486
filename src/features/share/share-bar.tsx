import { Suspense } from 'react';
import { buttonClasses } from '../../components/ui/button';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { ExportActions } from './export-actions';
import { ImportButton } from './import-control';
import { useImportFlow } from './use-import-flow';

// Shown only after a failed job's import (or a pasted FailureReason): its own chunk, with the
// catalogue of FailureReasons, so the first screen carries none of it.
const FailureExplanation = onDemandComponent(() =>
  import('./failure-explanation').then((module) => module.FailureExplanation),
);

/**
 * How the configuration leaves the app (copy, link, download) and comes back (import). What an
 * import changed, with its Undo, is the page's one undo notice (app/replacement-notice).
 */
export function ShareBar() {
  const importFlow = useImportFlow();
  return (
    <div className="space-y-2">
      <ExportActions
        extraButton={<ImportButton flow={importFlow} className={buttonClasses('secondary')} />}
      />
      {importFlow.failedJob && (
        <LoadBoundary what="the failure explanation">
          <Suspense fallback={<p role="status">Loading the explanation…</p>}>
            <FailureExplanation job={importFlow.failedJob} onDismiss={importFlow.dismissFailure} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
