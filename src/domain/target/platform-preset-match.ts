/** Which platform preset, if any, the draft currently matches (so the picker can show its note). */
import { ownValue, isJsonObject } from '../json/json-value';
import type { OutputConfigDraft } from '../draft';
import type { PlatformPreset } from './platform-presets';

/** The preset whose TargetPlatform and CompilerOptions the draft has exactly, if any. */
export function matchingPreset(
  draft: OutputConfigDraft,
  presets: readonly PlatformPreset[],
): PlatformPreset | undefined {
  const platform = ownValue(draft, 'TargetPlatform');
  if (!isJsonObject(platform)) return undefined;
  const options = ownValue(draft, 'CompilerOptions') ?? '';
  const members = Object.entries(platform).filter(([, value]) => value !== '');
  return presets.find((preset) => {
    const wanted = Object.entries(preset.platform);
    return (
      options === (preset.compilerOptions ?? '') &&
      members.length === wanted.length &&
      wanted.every(([key, value]) => ownValue(platform, key) === value)
    );
  });
}
