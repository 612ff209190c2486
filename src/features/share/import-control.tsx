import { Suspense, useRef } from 'react';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import type { ImportFlow } from './use-import-flow';

const ImportDialog = onDemandComponent(() =>
  import('./import-dialog').then((module) => module.ImportDialog),
);

/** The Import JSON button and its dialog, whose code loads on first use. */
export function ImportButton({ flow, className }: { flow: ImportFlow; className: string }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onClose = () => {
    flow.close();
    // The native dialog returns focus too; this covers browsers that do not.
    buttonRef.current?.focus();
  };
  return (
    <>
      <button ref={buttonRef} type="button" onClick={flow.open} className={className}>
        Import JSON
      </button>
      {flow.isOpen && (
        <LoadBoundary what="the import dialog">
          <Suspense fallback={null}>
            <ImportDialog
              onImported={flow.accept}
              onFailureReason={flow.explain}
              onClose={onClose}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
