import type { FailedJob } from '../../domain/failures/explain-failure';
import { modeOfDraft } from '../../domain/target/target-mode';
import type { DraftActions, UndoState } from '../../state/draft/configuration-context';
import { draftChanges, fromTargetCode } from '../../state/on-demand-code';
import type { RequestStore } from '../../state/request/request-store';
import type { ImportedConfig } from './import-dialog';

/** What an import changes: the draft, the request, the failed job to explain, the undo history. */
export type ImportTarget = Pick<DraftActions, 'loadDraft'> &
  Pick<UndoState, 'currentPoint' | 'recordChange'> & {
    requestStore: RequestStore;
    setFailedJob: (job: FailedJob | undefined) => void;
  };

/**
 * Puts an imported configuration on the page and records what it changed for Undo (SPEC §4.12).
 * Runs once the target code is in memory (use-import-flow.ts).
 */
export function applyImport(imported: ImportedConfig, target: ImportTarget): void {
  const { loadDraft, currentPoint, recordChange, requestStore, setFailedJob } = target;
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
}
