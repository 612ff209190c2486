import { buttonClasses } from '../../components/ui/button';
import { ExportActions } from './export-actions';
import { ImportButton, ImportOutcomeNotice } from './import-control';
import { useImportFlow } from './use-import-flow';

/** How the configuration leaves the app (copy, link, download) and comes back (import). */
export function ShareBar() {
  const importFlow = useImportFlow();
  return (
    <div className="space-y-2">
      <ExportActions
        extraButton={<ImportButton flow={importFlow} className={buttonClasses('secondary')} />}
      />
      <ImportOutcomeNotice flow={importFlow} />
    </div>
  );
}
