import { useState } from 'react';
import type { OutputConfigDraft } from '../../domain/draft';
import { useConfiguration } from '../../state/configuration-context';
import type { ImportedConfig } from './import-dialog';

export type ImportOutcome =
  { kind: 'imported'; imported: ImportedConfig; previous: OutputConfigDraft } | { kind: 'undone' };

/** The import's state: whether the dialog is open, and what the last import changed (for Undo). */
export function useImportFlow() {
  const { getDraft, loadDraft } = useConfiguration();
  const [isOpen, setIsOpen] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>(undefined);

  return {
    isOpen,
    outcome,
    open: () => setIsOpen(true),
    close: () => setIsOpen(false),
    accept: (imported: ImportedConfig) => {
      // A copy: the form goes on editing its own values in place.
      const previous = structuredClone(getDraft());
      loadDraft(imported.draft);
      setOutcome({ kind: 'imported', imported, previous });
    },
    undo: (previous: OutputConfigDraft) => {
      loadDraft(previous);
      setOutcome({ kind: 'undone' });
    },
    dismiss: () => setOutcome(undefined),
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
