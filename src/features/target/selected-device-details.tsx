import { useId } from 'react';
import { Badge } from '../../components/ui/badge';
import type { CatalogueDevice } from '../../domain/catalogue/catalogue-schema';
import { chosenDeviceLifecycle } from '../../domain/target/device-lifecycle';
import {
  applyPlatformPreset,
  deviceAsPlatform,
  type PlatformPreset,
} from '../../domain/target/platform-presets';
import { useDeviceIndex } from '../../state/catalogue/use-catalogue';
import { useApplyPlatformPreset } from '../../state/draft/use-apply-platform-preset';

/** The chosen catalogue device: its facts, and "Use as platform" for boards not in the list. */
export function SelectedDeviceDetails({ deviceId }: { deviceId: string }) {
  const device = useDeviceIndex()?.get(deviceId);
  if (!device) return null;
  // A retired target's when and why are the TargetDevice warning's: said there only.
  const lifecycle = chosenDeviceLifecycle(device);
  return (
    <section
      aria-label={`Selected device ${device.id}`}
      className="mb-3 rounded-md border border-selected/40 bg-accent-surface p-3 text-sm"
    >
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h3 className="font-semibold">{device.name}</h3>
        <code className="rounded bg-surface px-1 text-xs">{device.id}</code>
        {device.region && <Badge tone="info">Only in {device.region}</Badge>}
        {lifecycle && <Badge tone="neutral">{lifecycle.label}</Badge>}
      </div>
      {lifecycle?.note && <p className="mt-1 text-subtle">{lifecycle.note}</p>}
      <DeviceNotes device={device} />
      <UseAsPlatform device={device} />
    </section>
  );
}

function DeviceNotes({ device }: { device: CatalogueDevice }) {
  if (device.notes.length === 0) return null;
  const unverified = device.notes.filter((note) => !note.verified).length;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer py-2.5 text-subtle focus-ring">
        Notes from the catalogue ({device.notes.length}
        {unverified > 0 ? `, ${unverified} unverified` : ''})
      </summary>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-subtle">
        {device.notes.map((note, index) => (
          <li key={index}>
            {!note.verified && (
              <Badge tone="neutral" className="mr-1">
                unverified
              </Badge>
            )}
            {note.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

function UseAsPlatform({ device }: { device: CatalogueDevice }) {
  const applyPreset = useApplyPlatformPreset();
  const descriptionId = useId();
  const conversion = deviceAsPlatform(device);
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        disabled={!conversion.ok}
        aria-describedby={descriptionId}
        onClick={() => {
          if (conversion.ok) {
            applyPreset(
              (draft) => applyPlatformPreset(draft, conversion.preset),
              `${device.id} as a platform`,
            );
          }
        }}
        className="rounded-md border border-pressed px-2.5 py-1 text-sm font-medium text-accent-text focus-ring hover:bg-selected-surface focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:border-border disabled:text-faint disabled:hover:bg-transparent"
      >
        Use as platform
      </button>
      <p id={descriptionId} className="min-w-0 flex-1 basis-60 text-xs break-words text-muted">
        {conversion.ok ? <PlatformSummary preset={conversion.preset} /> : conversion.reason}
      </p>
    </div>
  );
}

function PlatformSummary({ preset }: { preset: PlatformPreset }) {
  const { platform, compilerOptions, note } = preset;
  const target = [platform.Os, platform.Arch, platform.Accelerator].filter(Boolean).join(' / ');
  return (
    <>
      Switches to Platform with <code>{target}</code>
      {compilerOptions && (
        <>
          {' '}
          and CompilerOptions <code className="break-all">{compilerOptions}</code>
        </>
      )}
      : a start for a similar board that is not in the catalogue.
      {note && ` ${note}`}
    </>
  );
}
