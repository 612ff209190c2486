import { useId } from 'react';
import { Badge } from '../../components/ui/badge';
import type { CatalogueDevice } from '../../domain/catalogue/catalogue-schema';
import { chosenDeviceLifecycle } from '../../domain/target/device-lifecycle';
import { regionNote } from '../../domain/target/region-limit';
import {
  applyPlatformPreset,
  deviceAsPlatform,
  type PlatformPreset,
} from '../../domain/target/platform-presets';
import { useDeviceIndex } from '../../state/catalogue/use-catalogue';
import { useApplyPlatformPreset } from '../../state/draft/use-apply-platform-preset';

/**
 * What the chosen catalogue device's card does not say: its Region note, lifecycle, notes and
 * "Use as platform" for boards not in the list. Its name is on its card in the list, selected,
 * so it is not said a second time here.
 */
export function SelectedDeviceDetails({ deviceId }: { deviceId: string }) {
  const device = useDeviceIndex()?.get(deviceId);
  if (!device) return null;
  // A retired target's when and why are the TargetDevice warning's: said there only.
  const lifecycle = chosenDeviceLifecycle(device);
  const region = regionNote(device.id, device);
  return (
    <section
      aria-label={`Selected device ${device.id}`}
      className="mb-3 rounded-md border border-selected/40 bg-accent-surface px-3 py-2 text-sm"
    >
      {region && <p className="py-1 text-info-ink">{region}</p>}
      {lifecycle && (
        <p className="py-1 text-subtle">
          <Badge tone="neutral">{lifecycle.label}</Badge>
          {lifecycle.note && ` ${lifecycle.note}`}
        </p>
      )}
      <DeviceNotes device={device} />
      <UseAsPlatform device={device} />
    </section>
  );
}

function DeviceNotes({ device }: { device: CatalogueDevice }) {
  if (device.notes.length === 0) return null;
  const unverified = device.notes.filter((note) => !note.verified).length;
  return (
    <details>
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
    <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
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
