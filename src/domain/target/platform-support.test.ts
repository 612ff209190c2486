import { ACCELERATOR_VALUES, ARCH_VALUES, OS_VALUES } from '../api-values';
import { PLATFORM_SUPPORT, platformSupport } from './platform-support';

describe('platformSupport', () => {
  it.each([
    ['LINUX', 'ARM_EABIHF', undefined],
    ['LINUX', 'X86_64', undefined],
    ['LINUX', 'ARM64', 'NVIDIA'],
    ['LINUX', 'X86_64', 'NVIDIA'],
    ['LINUX', 'X86_64', 'INTEL_GRAPHICS'],
    ['LINUX', 'ARM64', 'MALI'],
    ['ANDROID', 'ARM_EABI', undefined],
    ['ANDROID', 'X86', 'INTEL_GRAPHICS'],
    ['ANDROID', 'ARM64', 'MALI'],
  ] as const)('lists %s %s %s', (os, arch, accelerator) => {
    expect(platformSupport(os, arch, accelerator)).toEqual({ supported: true });
  });

  it.each([
    [
      'ANDROID',
      'ARM64',
      'NVIDIA',
      'Accelerator',
      "Android with NVIDIA is not in Neo's support table: Android targets use MALI or INTEL_GRAPHICS GPUs",
    ],
    [
      'LINUX',
      'ARM64',
      'NNA',
      'Accelerator',
      "NNA is not in Neo's support table: the API lists it but documents no platform that uses it; NPU boards such as imx8mplus are reached through TargetDevice",
    ],
    [
      'LINUX',
      'X86',
      undefined,
      'Arch',
      "Linux X86 is not in Neo's support table: Linux CPU targets use X86_64, ARM64, ARM_EABIHF or ARM_EABI",
    ],
    [
      'LINUX',
      'ARM_EABIHF',
      'NVIDIA',
      'Arch',
      "Linux ARM_EABIHF with NVIDIA is not in Neo's support table: Linux NVIDIA targets use X86_64 or ARM64",
    ],
    [
      'ANDROID',
      'ARM_EABIHF',
      undefined,
      'Arch',
      "Android ARM_EABIHF is not in Neo's support table: Android CPU targets use X86_64, X86, ARM64 or ARM_EABI",
    ],
    [
      'LINUX',
      'X86_64',
      'MALI',
      'Arch',
      "Linux X86_64 with MALI is not in Neo's support table: Linux MALI targets use ARM64, ARM_EABIHF or ARM_EABI",
    ],
  ] as const)('explains %s %s %s', (os, arch, accelerator, field, reason) => {
    expect(platformSupport(os, arch, accelerator)).toEqual({ supported: false, field, reason });
  });

  it('answers for every combination of the enums, agreeing with the table', () => {
    for (const os of OS_VALUES) {
      for (const arch of ARCH_VALUES) {
        for (const accelerator of [undefined, ...ACCELERATOR_VALUES]) {
          const listed: readonly string[] = PLATFORM_SUPPORT[os][accelerator ?? 'none'];
          expect(platformSupport(os, arch, accelerator).supported).toBe(listed.includes(arch));
        }
      }
    }
  });
});
