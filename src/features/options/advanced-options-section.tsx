import { Suspense, useState } from 'react';
import { LoadBoundary } from '../../components/ui/load-boundary';
import { onDemandComponent } from '../../components/ui/on-demand-component';
import { fieldDomId } from '../../lib/field-dom-id';

// Not on the first screen: the editor loads when the section is first opened.
const AdvancedOptionsEditor = onDemandComponent(() =>
  import('./advanced-options-editor').then((module) => module.AdvancedOptionsEditor),
);

/**
 * "Advanced: all options as JSON", open from the start when CompilerOptions needs the editor
 * (unreadable text from a link). While it is closed, its summary takes CompilerOptions' DOM id
 * so that the validation summary can still bring the user here.
 */
export function AdvancedOptionsSection({ needsAttention }: { needsAttention: boolean }) {
  const [userOpen, setUserOpen] = useState<boolean>();
  const isOpen = userOpen ?? needsAttention;
  return (
    <details
      open={isOpen}
      onToggle={(event) => setUserOpen(event.currentTarget.open)}
      className="rounded-md border border-line px-3 open:pb-3"
    >
      <summary
        id={isOpen ? undefined : fieldDomId('CompilerOptions')}
        className="cursor-pointer py-2.5 text-sm font-medium focus-ring focus-visible:outline-offset-2"
      >
        Advanced: all options as JSON
      </summary>
      {isOpen && (
        <LoadBoundary what="the options editor">
          <Suspense fallback={<p className="mt-2 text-sm">Loading the editor…</p>}>
            <AdvancedOptionsEditor />
          </Suspense>
        </LoadBoundary>
      )}
    </details>
  );
}
