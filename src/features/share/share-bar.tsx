import { buttonClasses } from '../../components/ui/button';
import { ExportActions } from './export-actions';
import { ImportButton } from './import-control';
import { useImportFlow } from './use-import-flow';

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
    </div>
  );
}
