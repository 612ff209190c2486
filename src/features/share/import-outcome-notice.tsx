import { useEffect, useRef } from 'react';
import { buttonClasses } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { draftChanges } from '../../domain/draft-changes';
import type { ImportFlow } from './use-import-flow';

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
  const changes = draftChanges(outcome.previous, outcome.imported.draft);
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
