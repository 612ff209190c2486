import { Suspense } from 'react';
import { buttonClasses } from '../../components/ui/button';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { TARGET_CODE } from '../../state/on-demand-code';
import { ExportActions } from './export-actions';
import { ImportButton } from './import-control';
import { useImportFlow } from './use-import-flow';

// What an import changed is said only after one, which waits for the target code (it reads
// CompilerOptions); so the notice loads with that group and never shows its fallback.
const ImportOutcomeNotice = onDemandComponent(
  () => import('./import-outcome-notice').then((module) => module.ImportOutcomeNotice),
  TARGET_CODE,
);

/** How the configuration leaves the app (copy, link, download) and comes back (import). */
export function ShareBar() {
  const importFlow = useImportFlow();
  return (
    <div className="space-y-2">
      <ExportActions
        extraButton={<ImportButton flow={importFlow} className={buttonClasses('secondary')} />}
      />
      {importFlow.outcome && (
        <LoadBoundary what="the import notice">
          <Suspense fallback={null}>
            <ImportOutcomeNotice flow={importFlow} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
