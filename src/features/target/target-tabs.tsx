import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TargetMode } from '../../domain/target/target-mode';
import { useTargetMode } from '../../state/draft/configuration-context';

const TABS: { mode: TargetMode; label: string }[] = [
  { mode: 'device', label: 'Device' },
  { mode: 'platform', label: 'Platform' },
];

/** The two ways to name a target, as ARIA tabs; switching keeps both (SPEC §4.3). */
export function TargetTabs({ device, platform }: { device: ReactNode; platform: ReactNode }) {
  const { mode, switchMode, keptAside } = useTargetMode();
  const tabRefs = useRef<Partial<Record<TargetMode, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: TargetMode = mode === 'device' ? 'platform' : 'device';
    switchMode(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div>
      <div
        role="tablist"
        aria-label="Target"
        className="flex gap-1 border-b border-line"
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab.mode}
            ref={(element) => {
              tabRefs.current[tab.mode] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.mode}`}
            aria-selected={mode === tab.mode}
            aria-controls={`panel-${tab.mode}`}
            tabIndex={mode === tab.mode ? 0 : -1}
            onClick={() => switchMode(tab.mode)}
            className="-mb-px border-b-2 border-transparent px-4 py-2 text-sm font-medium text-muted focus-ring hover:text-foreground aria-selected:border-selected aria-selected:text-accent-text"
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${mode}`} aria-labelledby={`tab-${mode}`} className="pt-4">
        {keptAside !== undefined && (
          <p
            role="status"
            className="mb-3 rounded-md border border-info-border bg-info-surface p-2 text-sm text-info-text"
          >
            {keptAside}
          </p>
        )}
        {mode === 'device' ? device : platform}
      </div>
    </div>
  );
}
