import { useState } from 'react';
import type { OutputConfigDraft } from '../../domain/draft';
import type { FailedJob } from '../../domain/failures/explain-failure';
import type { RequestDraft } from '../../domain/request/request-draft';
import { useConfiguration } from '../../state/draft/configuration-context';
import { useRequestStore } from '../../state/request/request-store';
import type { ImportedConfig } from './import-dialog';

/** What an import replaced: the OutputConfig, and the request fields when it brought some. */
export type ImportedOver = { draft: OutputConfigDraft; request?: RequestDraft };

/** `explained`: a FailureReason pasted on its own, explained without touching anything. */
export type ImportOutcome =
  | { kind: 'imported'; imported: ImportedConfig; previous: ImportedOver }
  | { kind: 'undone' }
  | { kind: 'explained'; job: FailedJob };

/** The import's state: whether the dialog is open, and what the last import changed (for Undo). */
export function useImportFlow() {
  const { getDraft, loadDraft, afterTargetCode } = useConfiguration();
  const requestStore = useRequestStore();
  const [isOpen, setIsOpen] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>(undefined);

  return {
    isOpen,
    outcome,
    open: () => setIsOpen(true),
    close: () => setIsOpen(false),
    explain: (job: FailedJob) => setOutcome({ kind: 'explained', job }),
    // The notice of what changed reads CompilerOptions with the target code.
    accept: (imported: ImportedConfig) =>
      afterTargetCode(() => {
        // A copy: the form goes on editing its own values in place.
        const previous: ImportedOver = { draft: structuredClone(getDraft()) };
        loadDraft(imported.draft);
        if (imported.request) {
          previous.request = requestStore.getSnapshot().draft;
          requestStore.load(imported.request);
        }
        setOutcome({ kind: 'imported', imported, previous });
      }),
    undo: (previous: ImportedOver) => {
      loadDraft(previous.draft);
      if (previous.request) requestStore.load(previous.request);
      setOutcome({ kind: 'undone' });
    },
    dismiss: () => setOutcome(undefined),
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
