/**
 * Which Os/Arch/Accelerator combinations Neo documents (Developer Guide look-up table, fact
 * sheet §3 rule 4). A combination outside it is unusual, not invalid: the API accepts it, so
 * the app warns and explains, and the platform picker keeps it selectable (SPEC §3.10, §4.2).
 */
import type { Accelerator, Arch, Os } from '../api-values';
import { listWithOr } from '../value-text';

type AcceleratorChoice = Accelerator | 'none';

/** Per Os and accelerator ('none' = CPU only), the Arch values the table lists. */
export const PLATFORM_SUPPORT = {
  LINUX: {
    none: ['X86_64', 'ARM64', 'ARM_EABIHF', 'ARM_EABI'],
    NVIDIA: ['X86_64', 'ARM64'],
    INTEL_GRAPHICS: ['X86_64'],
    MALI: ['ARM64', 'ARM_EABIHF', 'ARM_EABI'],
    NNA: [],
  },
  ANDROID: {
    none: ['X86_64', 'X86', 'ARM64', 'ARM_EABI'],
    MALI: ['ARM64', 'ARM_EABI'],
    INTEL_GRAPHICS: ['X86_64', 'X86'],
    NVIDIA: [],
    NNA: [],
  },
} as const satisfies Record<Os, Record<AcceleratorChoice, readonly Arch[]>>;

const OS_NAMES: Record<Os, string> = { LINUX: 'Linux', ANDROID: 'Android' };

export type PlatformSupport =
  | { supported: true }
  | {
      supported: false;
      /** A whole sentence saying why, e.g. "Android with NVIDIA is not in Neo's support table: …". */
      reason: string;
      /** The member whose choice makes the combination unusual. */
      field: 'Arch' | 'Accelerator';
    };

/** Whether Neo's support table lists this combination, and if not, why it is unusual. */
export function platformSupport(os: Os, arch: Arch, accelerator?: Accelerator): PlatformSupport {
  const byAccelerator: Record<AcceleratorChoice, readonly Arch[]> = PLATFORM_SUPPORT[os];
  const arches = byAccelerator[accelerator ?? 'none'];
  if (arches.includes(arch)) return { supported: true };
  const osName = OS_NAMES[os];
  if (accelerator === 'NNA') {
    return {
      supported: false,
      field: 'Accelerator',
      reason:
        "NNA is not in Neo's support table: the API lists it but documents no platform that uses it; NPU boards such as imx8mplus are reached through TargetDevice",
    };
  }
  if (accelerator !== undefined && arches.length === 0) {
    const gpus = Object.entries(byAccelerator)
      .filter(([choice, list]) => choice !== 'none' && list.length > 0)
      .map(([choice]) => choice);
    return {
      supported: false,
      field: 'Accelerator',
      reason: `${osName} with ${accelerator} is not in Neo's support table: ${osName} targets use ${listWithOr(gpus)} GPUs`,
    };
  }
  const combination = accelerator ? `${osName} ${arch} with ${accelerator}` : `${osName} ${arch}`;
  const kind = accelerator ?? 'CPU';
  return {
    supported: false,
    field: 'Arch',
    reason: `${combination} is not in Neo's support table: ${osName} ${kind} targets use ${listWithOr(arches)}`,
  };
}
