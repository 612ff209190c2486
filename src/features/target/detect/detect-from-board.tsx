import { Suspense, useState } from 'react';
import { LoadBoundary } from '../../../components/ui/load-boundary';
import { onDemandComponent } from '../../../components/ui/on-demand-component';
import { Button } from '../../../components/ui/button';

// The parser, the dialog and what Apply does load on demand: none of them is on the first screen.
const DetectAndApply = onDemandComponent(() =>
  import('./detect-and-apply').then((module) => module.DetectAndApply),
);

/** The "Detect from board" button and, once used, its dialog. */
export function DetectFromBoard() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="mb-3 space-y-2">
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        Detect from board
      </Button>
      {isOpen && (
        <LoadBoundary what="board detection">
          <Suspense fallback={null}>
            <DetectAndApply onClose={() => setIsOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}
