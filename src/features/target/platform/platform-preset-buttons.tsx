import { useState } from 'react';
import { matchingPreset } from '../../../domain/target/platform-preset-match';
import {
  applyPlatformPreset,
  PLATFORM_PRESETS,
  type PlatformPreset,
} from '../../../domain/target/platform-presets';
import { useApplyPlatformPreset } from '../../../state/draft/use-apply-platform-preset';
import { useDraftMember } from '../../../state/draft/use-draft-member';

const noteId = (preset: PlatformPreset) => `platform-preset-note-${preset.id}`;

/** "Os / Arch / Accelerator" of a preset, as the small second line of its button. */
function platformLine(preset: PlatformPreset): string {
  const { Os, Arch, Accelerator } = preset.platform;
  return [Os, Arch, Accelerator].filter(Boolean).join(' / ');
}

/** The reference's TargetPlatform examples, each setting platform and options in one click. */
export function PlatformPresetButtons() {
  const platform = useDraftMember('TargetPlatform');
  const options = useDraftMember('CompilerOptions');
  const current = matchingPreset(
    { TargetPlatform: platform ?? '', CompilerOptions: options ?? '' },
    PLATFORM_PRESETS,
  );
  const applyPreset = useApplyPlatformPreset();
  // "Applied" is said only of the card the user clicked, while the values still match it: a
  // link or an import that happens to match an example did not apply it (issue 12 §6).
  const [clicked, setClicked] = useState<string | undefined>(undefined);
  return (
    <section aria-labelledby="platform-presets-title">
      <h3 id="platform-presets-title" className="text-sm font-semibold">
        Start from an example
      </h3>
      <p className="text-xs text-muted">
        The API reference&apos;s TargetPlatform examples: each sets the platform and its
        CompilerOptions together.
      </p>
      <ul className="mt-2 grid grid-cols-2 gap-2 @lg:grid-cols-3">
        {PLATFORM_PRESETS.map((preset) => {
          const isCurrent = current?.id === preset.id && clicked === preset.id;
          return (
            <li key={preset.id}>
              <button
                type="button"
                aria-describedby={preset.note ? noteId(preset) : undefined}
                aria-current={isCurrent ? 'true' : undefined}
                onClick={() => {
                  applyPreset(
                    (draft) => applyPlatformPreset(draft, preset),
                    `the ${preset.label} example`,
                  );
                  setClicked(preset.id);
                }}
                className="flex h-full w-full flex-col rounded-md border border-border px-2.5 py-1.5 text-left text-sm focus-ring hover:bg-surface-soft focus-visible:outline-offset-2 aria-[current]:border-selected aria-[current]:bg-selected-surface-soft aria-[current]:ring-1 aria-[current]:ring-selected"
              >
                <span className="block font-medium">{preset.label}</span>
                <span className="block font-mono text-xs break-words text-muted">
                  {platformLine(preset)}
                </span>
                {preset.note && (
                  <span className="block text-xs text-muted italic">
                    Differs from the reference
                  </span>
                )}
                {isCurrent && (
                  <span className="block text-xs font-medium text-accent-text">✓ Applied</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {PLATFORM_PRESETS.filter((preset) => preset.note).map((preset) => (
        <p
          key={preset.id}
          id={noteId(preset)}
          hidden={current?.id !== preset.id}
          className="mt-2 rounded-md border border-info-border bg-info-surface p-2 text-sm text-info-text"
        >
          <span className="font-medium">{preset.label} differs from the reference: </span>
          {preset.note}
        </p>
      ))}
    </section>
  );
}
