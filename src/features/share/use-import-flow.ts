import { useState } from 'react';
import type { FailedJob } from '../../domain/failures/explain-failure';
import { modeOfDraft } from '../../domain/target/target-mode';
import { useDraftActions, useUndo } from '../../state/draft/configuration-context';
import { useRequestStore } from '../../state/request/request-store';
import { draftChanges, fromTargetCode } from '../../state/on-demand-code';
import type { ImportedConfig } from './import-dialog';

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
      afterTargetCode(() => {
        const before = currentPoint();
        loadDraft(imported.draft);
        if (imported.request) requestStore.load(imported.request);
        const { job } = imported;
        setFailedJob(
          job?.failureReason === undefined && job?.status !== 'FAILED'
            ? undefined
            : { failureReason: job.failureReason ?? '', status: job.status, jobName: job.name },
        );
        const changes: string[] = fromTargetCode(draftChanges)(before.draft, imported.draft);
        recordChange({
          what: 'import',
          title: 'Imported the OutputConfig.',
          lines: [...imported.notices, ...changes],
          before,
          mode: modeOfDraft(imported.draft),
        });
      }),
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
