/**
 * The board-detection dialog with what Apply does: it goes to the page's one undo history,
 * whose notice says what changed and can undo it (SPEC §4.11, §4.12). Loaded on demand, with
 * the dialog, when "Detect from board" is first used.
 */
import type { ProbeTarget } from '../../../domain/board-probe/infer-target';
import { useCatalogue } from '../../../state/catalogue/use-catalogue';
import {
  useDraftActions,
  useTargetMode,
  useUndo,
} from '../../../state/draft/configuration-context';
import { draftChanges, fromTargetCode, TARGET_CODE } from '../../../state/on-demand-code';
import { onDemand } from '../../../lib/on-demand';
import { DetectDialog } from './detect-dialog';

// Applying a detected target, and saying what it was, is code of a target (the on-demand group).
const probeTargets = onDemand(
  () => import('../../../domain/board-probe/apply-probe-target'),
  TARGET_CODE,
);

export function DetectAndApply({ onClose }: { onClose: () => void }) {
  const { switchMode } = useTargetMode();
  const { updateDraft, markInteracted, afterTargetCode } = useDraftActions();
  const { currentPoint, recordChange } = useUndo();
  const devices = useCatalogue().data?.devices ?? [];

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

  return <DetectDialog devices={devices} onApply={apply} onClose={onClose} />;
}
