import { Suspense, useState } from 'react';
import { LoadBoundary } from '../../../components/ui/load-boundary';
import { onDemandComponent } from '../../../components/ui/on-demand-component';
import type { ProbeTarget } from '../../../domain/board-probe/infer-target';
import { Button } from '../../../components/ui/button';
import { useCatalogue } from '../../../state/catalogue/use-catalogue';
import {
  useDraftActions,
  useTargetMode,
  useUndo,
} from '../../../state/draft/configuration-context';
import { draftChanges, fromTargetCode, TARGET_CODE } from '../../../state/on-demand-code';
import { onDemand } from '../../../lib/on-demand';

// The parser and the dialog load on demand: nothing of them is on the first screen.
const DetectDialog = onDemandComponent(() =>
  import('./detect-dialog').then((module) => module.DetectDialog),
);

// Applying a detected target, and saying what it was, is code of a target (the on-demand group).
const probeTargets = onDemand(
  () => import('../../../domain/board-probe/apply-probe-target'),
  TARGET_CODE,
);

/**
 * The "Detect from board" button and its dialog. Apply goes to the page's one undo history,
 * whose notice says what changed and can undo it (SPEC §4.11, §4.12).
 */
export function DetectFromBoard() {
  const { switchMode } = useTargetMode();
  const { updateDraft, markInteracted, afterTargetCode } = useDraftActions();
  const { currentPoint, recordChange } = useUndo();
  const devices = useCatalogue().data?.devices ?? [];
  const [isOpen, setIsOpen] = useState(false);

  const apply = (target: ProbeTarget) =>
    afterTargetCode(() => {
      const { applyProbeTarget, modeOfProbeTarget, describeProbeTarget } =
        fromTargetCode(probeTargets);
      const before = currentPoint();
      const mode = modeOfProbeTarget(target);
      switchMode(mode);
      updateDraft(
        (draft) => applyProbeTarget(draft, target),
        mode === 'device' ? 'TargetDevice' : 'TargetPlatform.Os',
      );
      if (mode === 'platform') {
        markInteracted('TargetPlatform.Arch');
        markInteracted('TargetPlatform.Accelerator');
      }
      // The board's values were brought in, as by an import: what is said about them (a
      // TensorRT Neo does not document) shows at their fields, not only in the summary.
      Object.keys(target.options).forEach(markInteracted);
      recordChange({
        what: 'detection',
        title: `Set from the board: ${describeProbeTarget(target)}.`,
        lines: fromTargetCode(draftChanges)(before.draft, currentPoint(mode).draft),
        before,
        mode,
      });
    });

  return (
    <div className="mb-3 space-y-2">
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        Detect from board
      </Button>
      {isOpen && (
        <LoadBoundary what="board detection">
          <Suspense fallback={null}>
            <DetectDialog devices={devices} onApply={apply} onClose={() => setIsOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
