import { useState } from 'react';
import { modeOfDraft } from '../../domain/target/target-mode';
import { useConfiguration } from '../../state/draft/configuration-context';
import { useRequestStore } from '../../state/request/request-store';
import { draftChanges, fromTargetCode } from '../../state/on-demand-code';
import type { ImportedConfig } from './import-dialog';

/**
 * The import's state: whether the dialog is open. What the import changed, and its Undo, go to
 * the page's one undo history (SPEC §4.12).
 */
export function useImportFlow() {
  const { loadDraft, afterTargetCode, currentPoint, recordChange } = useConfiguration();
  const requestStore = useRequestStore();
  const [isOpen, setIsOpen] = useState(false);

  return {
    isOpen,
    open: () => setIsOpen(true),
    close: () => setIsOpen(false),
    accept: (imported: ImportedConfig) =>
      afterTargetCode(() => {
        const before = currentPoint();
        loadDraft(imported.draft);
        if (imported.request) requestStore.load(imported.request);
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
