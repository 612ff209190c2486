import { DeviceTarget } from '../features/target/device-target';
import { OutputLocationFields } from '../features/output-fields/output-location-fields';
import { CompilerOptionsPanel } from '../features/options/compiler-options-panel';
import { JsonPreview } from '../features/preview/json-preview';
import { ValidationSummary } from '../features/preview/validation-summary';
import { TargetTabs } from '../features/target/target-tabs';
import { ThemeSwitch } from '../features/theme/theme-switch';
import { Panel } from '../components/ui/panel';
import { ShareBar } from '../features/share/share-bar';
import { UrlSync } from '../features/share/url-sync';
import { PlatformPicker } from '../features/platform/platform-picker';

/** Target, options and preview side by side on wide screens, stacked on narrow ones. */
export function AppLayout({ linkError }: { linkError?: string }) {
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <div>
          <h1 className="text-lg font-semibold">Neo Target Configurator</h1>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            The OutputConfig of a SageMaker Neo CreateCompilationJob request, validated as you type.
          </p>
        </div>
        <ThemeSwitch />
      </header>
      <UrlSync linkError={linkError} />
      <main className="grid gap-4 p-4 lg:grid-cols-2 2xl:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Panel title="Target" className="lg:col-span-2 2xl:col-span-1">
          <TargetTabs device={<DeviceTarget />} platform={<PlatformPicker />} />
        </Panel>
        <Panel title="Output and options">
          <OutputLocationFields />
          <CompilerOptionsPanel />
        </Panel>
        <Panel title="OutputConfig" className="2xl:sticky 2xl:top-4 2xl:self-start">
          <div className="space-y-3">
            <ShareBar />
            <ValidationSummary />
            <JsonPreview />
          </div>
        </Panel>
      </main>
    </div>
  );
}
