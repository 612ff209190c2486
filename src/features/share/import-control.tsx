import { Suspense, useEffect, useRef } from 'react';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { buttonClasses } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { draftChanges, fromTargetCode } from '../../state/target-code';
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
            <ImportDialog onImported={flow.accept} onClose={onClose} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}

/** What the last import changed, with the notices of its normalisation and an Undo. */
export function ImportOutcomeNotice({ flow }: { flow: ImportFlow }) {
  const { outcome } = flow;
  const noticeRef = useRef<HTMLDivElement>(null);
  // The notice and its Undo come into view, wherever the Import button was (issue 12 §10).
  useEffect(() => {
    noticeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  if (outcome?.kind === 'undone') {
    return (
      <div ref={noticeRef}>
        <Notice tone="notice" onDismiss={flow.dismiss}>
          Import undone: the configuration is back as it was.
        </Notice>
      </div>
    );
  }
  if (outcome?.kind !== 'imported') return null;
  const { notices } = outcome.imported;
  const changes = fromTargetCode(draftChanges)(outcome.previous, outcome.imported.draft);
  return (
    <div ref={noticeRef}>
      <Notice
        tone="notice"
        onDismiss={flow.dismiss}
        actions={
          <button
            type="button"
            onClick={() => flow.undo(outcome.previous)}
            className={buttonClasses('inline', 'sm')}
          >
            Undo import
          </button>
        }
      >
        <p className="font-medium">Imported the OutputConfig.</p>
        {[...notices, ...changes].length > 0 && (
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {[...notices, ...changes].map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        )}
      </Notice>
    </div>
  );
}
