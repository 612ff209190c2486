/**
 * The TargetPlatform examples of the API reference as one-click presets (SPEC §4.2), and the
 * turning of a catalogue device into the equivalent platform ("Use as platform").
 */
import type { Accelerator, Arch, Os } from '../api-values';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { withKey, type OutputConfigDraft } from '../draft';
import type { JsonObject } from '../json/json-value';

export type PlatformPreset = {
  id: string;
  label: string;
  platform: { Os: Os; Arch: Arch; Accelerator?: Accelerator };
  /** CompilerOptions in the API's form: strict JSON text. */
  compilerOptions?: string;
  /** Where the preset departs from the reference, and why. */
  note?: string;
};

export const PLATFORM_PRESETS: readonly PlatformPreset[] = [
  {
    id: 'rasp3b-plus',
    label: 'Raspberry Pi 3 Model B+',
    platform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
    compilerOptions: '{"mattr":["+neon"]}',
  },
  {
    id: 'jetson-tx2',
    label: 'Jetson TX2',
    platform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
    compilerOptions: '{"gpu-code":"sm_62","trt-ver":"6.0.1","cuda-ver":"10.0"}',
  },
  {
    id: 'ec2-m5-2xlarge',
    label: 'EC2 m5.2xlarge',
    platform: { Os: 'LINUX', Arch: 'X86_64' },
    compilerOptions: '{"mcpu":"skylake-avx512"}',
    note:
      'The API reference pairs this instance with Accelerator NVIDIA, but an m5 has no GPU and ' +
      'NVIDIA would also need gpu-code, trt-ver and cuda-ver; this preset follows the hardware ' +
      'and sets no accelerator.',
  },
  {
    id: 'rk3399',
    label: 'RK3399',
    platform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' },
  },
  {
    id: 'armv7-phone',
    label: 'ARMv7 phone (CPU)',
    platform: { Os: 'ANDROID', Arch: 'ARM_EABI' },
    compilerOptions: '{"ANDROID_PLATFORM":25,"mattr":["+neon"]}',
  },
  {
    id: 'armv8-phone',
    label: 'ARMv8 phone (CPU)',
    platform: { Os: 'ANDROID', Arch: 'ARM64' },
    compilerOptions: '{"ANDROID_PLATFORM":29}',
  },
];

/** Sets the draft's TargetPlatform and CompilerOptions from a preset; the rest stays. */
export function applyPlatformPreset(
  draft: OutputConfigDraft,
  preset: PlatformPreset,
): OutputConfigDraft {
  const withPlatform = withKey(draft, 'TargetPlatform', { ...preset.platform } as JsonObject);
  return withKey(withPlatform, 'CompilerOptions', preset.compilerOptions ?? '');
}

export type DeviceAsPlatform = { ok: true; preset: PlatformPreset } | { ok: false; reason: string };

/** The TargetPlatform equivalent of a catalogue device, with its starter options. */
export function deviceAsPlatform(device: CatalogueDevice): DeviceAsPlatform {
  if (device.os === null || device.arch === null) {
    return {
      ok: false,
      reason: `${device.id} has no TargetPlatform equivalent: ${
        device.os === null ? 'no Os value describes it' : 'no Arch value describes it'
      }.`,
    };
  }
  const platform: PlatformPreset['platform'] = { Os: device.os, Arch: device.arch };
  if (device.accelerator) platform.Accelerator = device.accelerator;
  const isFlags = device.suggestedCompilerOptions?.startsWith('"') ?? false;
  return {
    ok: true,
    preset: {
      id: `device-${device.id}`,
      label: device.name,
      platform,
      compilerOptions: isFlags ? undefined : device.suggestedCompilerOptions,
      note: device.archVerified
        ? undefined
        : `The Arch of ${device.id} is not confirmed by AWS's pages; check it against your board.`,
    },
  };
}
