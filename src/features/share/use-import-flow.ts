import { useState } from 'react';
import type { FailedJob } from '../../domain/failures/explain-failure';
import { onDemand } from '../../lib/on-demand';
import { useDraftActions, useUndo } from '../../state/draft/configuration-context';
import { useRequestStore } from '../../state/request/request-store';
import { fromTargetCode, TARGET_CODE } from '../../state/on-demand-code';
import type { ImportedConfig } from './import-dialog';

// What an import does runs only once the target code is in memory (afterTargetCode), as what
// follows the dialog: it loads with that group, like the notice of what it changed.
const importApplier = onDemand(
  () => import('./apply-import').then((module) => module.applyImport),
  TARGET_CODE,
);

/**
 * The import's state: whether the dialog is open. What the import changed, and its Undo, go to
 * the page's one undo history (SPEC §4.12).
 */
export function useImportFlow() {
  const { loadDraft, afterTargetCode } = useDraftActions();
  const { currentPoint, recordChange } = useUndo();
  const requestStore = useRequestStore();
  const [isOpen, setIsOpen] = useState(false);
  // A failed job's FailureReason (from a describe response, or pasted on its own), to explain.
  const [failedJob, setFailedJob] = useState<FailedJob | undefined>(undefined);

  return {
    isOpen,
    failedJob,
    /** A FailureReason pasted on its own: explained; the configuration is not touched. */
    explain: (job: FailedJob) => setFailedJob(job),
    dismissFailure: () => setFailedJob(undefined),
    open: () => setIsOpen(true),
    close: () => setIsOpen(false),
    accept: (imported: ImportedConfig) =>
      afterTargetCode(() =>
        fromTargetCode(importApplier)(imported, {
          loadDraft,
          currentPoint,
          recordChange,
          requestStore,
          setFailedJob,
        }),
      ),
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
