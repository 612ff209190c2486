import { Suspense } from 'react';
import { LoadBoundary } from '../components/ui/load-boundary';
import { onDemandComponent } from '../components/ui/on-demand-component';
import { DeviceTarget } from '../features/target/device-target';
import { OutputLocationFields } from '../features/output-fields/output-location-fields';
import { CompilerOptionsSection } from '../features/options/compiler-options-section';
import { JsonPreview } from '../features/preview/json-preview';
import { ValidationSummary } from '../features/preview/validation-summary';
import { TargetTabs } from '../features/target/target-tabs';
import { DetectFromBoard } from '../features/target/detect/detect-from-board';
import { ThemeSwitch } from '../features/theme/theme-switch';
import { Panel } from '../components/ui/panel';
import { ShareBar } from '../features/share/share-bar';
import { UrlSync } from '../features/share/url-sync';
import { RequestPanel } from './request-panel';
import { SourcesFooter } from './sources-footer';
import { useUndo } from '../state/draft/configuration-context';
import { TARGET_CODE, TARGET_PARTS } from '../state/on-demand-code';

// The Platform tab is not on the first screen of a fresh visit, so its code loads on demand, as a
// target part: a page opened from a link on that tab shows it at once (src/app/boot.ts).
const PlatformPicker = onDemandComponent(
  () =>
    import('../features/target/platform/platform-picker').then((module) => module.PlatformPicker),
  TARGET_PARTS,
);

// Said only after an action that replaced values, which waits for the target code: the notice
// loads with that group, so it never shows its fallback.
const ReplacementNotice = onDemandComponent(
  () => import('./replacement-notice').then((module) => module.ReplacementNotice),
  TARGET_CODE,
);

/** The notice of the last action that replaced values, with its Undo, once there was one. */
function LastReplacement() {
  const { undoHistory } = useUndo();
  if (undoHistory.note === undefined) return null;
  return (
    <LoadBoundary what="the notice of what changed">
      <Suspense fallback={null}>
        <ReplacementNotice />
      </Suspense>
    </LoadBoundary>
  );
}

/** On wide screens each column scrolls on its own, so the preview stays in view. */
const COLUMN_SCROLL = 'xl:max-h-[calc(100vh-6.5rem)] xl:overflow-y-auto';

/**
 * Target, options and preview side by side on wide screens, stacked on narrow ones. While the
 * compare table shows, styles.css widens the first panel and the third (keep their order).
 */
export function AppLayout({ linkError }: { linkError?: string }) {
  return (
    <div className="min-h-screen bg-background text-foreground">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-4 py-3">
        <div>
          <h1 className="text-lg font-semibold">Neo Target Configurator</h1>
          <p className="text-xs text-muted">
            The OutputConfig of a SageMaker Neo CreateCompilationJob request, validated as you type.
          </p>
        </div>
        <ThemeSwitch />
      </header>
      <UrlSync linkError={linkError} />
      <main className="grid gap-4 p-4 lg:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
        <Panel title="Target" className={`lg:col-span-2 xl:col-span-1 ${COLUMN_SCROLL}`}>
          <DetectFromBoard />
          <TargetTabs
            device={<DeviceTarget />}
            platform={
              <LoadBoundary what="the platform picker">
                <Suspense fallback={<p role="status">Loading the platform picker…</p>}>
                  <PlatformPicker />
                </Suspense>
              </LoadBoundary>
            }
          />
        </Panel>
        <Panel title="Output and options" className={COLUMN_SCROLL}>
          <OutputLocationFields />
          <CompilerOptionsSection />
        </Panel>
        <Panel title="OutputConfig" className={COLUMN_SCROLL}>
          <div className="space-y-3">
            <ShareBar />
            <ValidationSummary />
            <JsonPreview />
          </div>
        </Panel>
        <RequestPanel />
      </main>
      <SourcesFooter />
      <LastReplacement />
    </div>
  );
}
