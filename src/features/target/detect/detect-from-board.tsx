import { Suspense, useState } from 'react';
import { LoadBoundary } from '../../../components/ui/load-boundary';
import { onDemandComponent } from '../../../components/ui/on-demand-component';
import type { ProbeTarget } from '../../../domain/board-probe/infer-target';
import type { OutputConfigDraft } from '../../../domain/draft';
import type { TargetMode } from '../../../domain/target/target-mode';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { useCatalogue } from '../../../state/catalogue/use-catalogue';
import { useConfiguration } from '../../../state/draft/configuration-context';
import { fromTargetCode, TARGET_CODE } from '../../../state/on-demand-code';
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

type Applied =
  { target: ProbeTarget; previous: OutputConfigDraft; previousMode: TargetMode } | { undone: true };

/**
 * The "Detect from board" button, its dialog, and the notice after Apply, which says what
 * changed and can undo it (SPEC §4.11).
 */
export function DetectFromBoard() {
  const {
    getDraft,
    loadDraft,
    mode: currentMode,
    switchMode,
    updateDraft,
    markInteracted,
    afterTargetCode,
  } = useConfiguration();
  const devices = useCatalogue().data?.devices ?? [];
  const [isOpen, setIsOpen] = useState(false);
  const [applied, setApplied] = useState<Applied | undefined>(undefined);

  const apply = (target: ProbeTarget) =>
    afterTargetCode(() => {
      const { applyProbeTarget, modeOfProbeTarget } = fromTargetCode(probeTargets);
      // A copy: the form goes on editing its own values in place.
      const previous = structuredClone(getDraft());
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
      setApplied({ target, previous, previousMode: currentMode });
    });

  return (
    <div className="mb-3 space-y-2">
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        Detect from board
      </Button>
      {applied && (
        <Notice
          tone="notice"
          onDismiss={() => setApplied(undefined)}
          actions={
            'target' in applied && (
              <Button
                variant="inline"
                size="xs"
                onClick={() => {
                  loadDraft(applied.previous, applied.previousMode);
                  setApplied({ undone: true });
                }}
              >
                Undo
              </Button>
            )
          }
        >
          {'target' in applied
            ? `Set from the board: ${fromTargetCode(probeTargets).describeProbeTarget(applied.target)}.`
            : 'Detection undone: the configuration is as it was before.'}
        </Notice>
      )}
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
