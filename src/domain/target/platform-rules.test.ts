import type { JsonObject, JsonValue } from '../json/json-value';
import { validateTargetPlatform } from './platform-rules';
import { brief } from '../../testing/brief-problems';

/** The draft after applying the only problem's fix, as JSON text (so key order counts). */
const afterFix = (platform: JsonObject) => {
  const problems = validateTargetPlatform(platform);
  expect(problems).toHaveLength(1);
  const draft = { S3OutputLocation: 's3://b', TargetPlatform: platform, KmsKeyId: 'alias/k' };
  return JSON.stringify(problems[0]?.fix?.apply(draft));
};
const withPlatform = (platform: JsonObject) =>
  JSON.stringify({ S3OutputLocation: 's3://b', TargetPlatform: platform, KmsKeyId: 'alias/k' });

describe('validateTargetPlatform', () => {
  it.each<[JsonObject]>([
    [{ Os: 'LINUX', Arch: 'ARM_EABIHF' }],
    [{ Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' }],
    [{ Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' }],
    [{ Os: 'ANDROID', Arch: 'ARM_EABI' }],
    [{ Accelerator: 'MALI', Arch: 'ARM64', Os: 'ANDROID' }],
  ])('accepts %j', (platform) => {
    expect(validateTargetPlatform(platform)).toEqual([]);
  });

  it.each<[JsonValue, string]>([
    ['LINUX', 'a string'],
    [['LINUX', 'ARM64'], 'an array'],
    [null, 'null'],
  ])('rejects %j, which is not an object', (value, type) => {
    expect(brief(validateTargetPlatform(value))).toEqual([
      {
        field: 'TargetPlatform',
        severity: 'error',
        message: `TargetPlatform must be an object such as {"Os": "LINUX", "Arch": "ARM64"}, not ${type}`,
        fix: undefined,
      },
    ]);
  });

  it('requires Os and Arch', () => {
    expect(brief(validateTargetPlatform({ Accelerator: 'NVIDIA' }))).toEqual([
      {
        field: 'TargetPlatform.Os',
        severity: 'error',
        message: 'Os is required in TargetPlatform: LINUX or ANDROID',
        fix: undefined,
      },
      {
        field: 'TargetPlatform.Arch',
        severity: 'error',
        message: 'Arch is required in TargetPlatform: X86_64, X86, ARM64, ARM_EABI or ARM_EABIHF',
        fix: undefined,
      },
    ]);
  });

  it.each<[JsonObject, string, string, string | undefined]>([
    [
      { Os: 'linux', Arch: 'ARM64' },
      'TargetPlatform.Os',
      'Os "linux" has the wrong case: the API takes LINUX',
      'LINUX',
    ],
    [
      { Os: 'LINUX', Arch: 'arm64' },
      'TargetPlatform.Arch',
      'Arch "arm64" has the wrong case: the API takes ARM64',
      'ARM64',
    ],
    [
      { Os: 'LINUX', Arch: 'x86-64' },
      'TargetPlatform.Arch',
      'Arch "x86-64" is not an API value: the API spells it X86_64',
      'X86_64',
    ],
    [
      { Os: 'LINUX', Arch: 'aarch64' },
      'TargetPlatform.Arch',
      'Arch "aarch64" is not an API value: the API spells it ARM64',
      'ARM64',
    ],
    [
      { Os: 'LINUX', Arch: 'X86_64', Accelerator: 'Intel Graphics' },
      'TargetPlatform.Accelerator',
      'Accelerator "Intel Graphics" is not an API value: the API spells it INTEL_GRAPHICS',
      'INTEL_GRAPHICS',
    ],
    [
      { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'nvidia' },
      'TargetPlatform.Accelerator',
      'Accelerator "nvidia" has the wrong case: the API takes NVIDIA',
      'NVIDIA',
    ],
    [
      { Os: 'WINDOWS', Arch: 'X86_64' },
      'TargetPlatform.Os',
      'Os "WINDOWS" is not an API value: the API takes LINUX or ANDROID. Windows has no Os value: use TargetDevice x86_win32 or x86_win64',
      undefined,
    ],
    [
      { Os: 'LINUX', Arch: 'RISCV64' },
      'TargetPlatform.Arch',
      'Arch "RISCV64" is not an API value: the API takes X86_64, X86, ARM64, ARM_EABI or ARM_EABIHF',
      undefined,
    ],
    [
      { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'TPU' },
      'TargetPlatform.Accelerator',
      'Accelerator "TPU" is not an API value: the API takes INTEL_GRAPHICS, MALI, NVIDIA or NNA',
      undefined,
    ],
    [
      { Os: 7, Arch: 'ARM64' },
      'TargetPlatform.Os',
      'Os must be a string (LINUX or ANDROID), not a number',
      undefined,
    ],
  ])('rejects the value in %j', (platform, field, message, fixedTo) => {
    expect(brief(validateTargetPlatform(platform))).toEqual([
      { field, severity: 'error', message, fix: fixedTo && `Use ${fixedTo}` },
    ]);
    if (fixedTo) {
      const member = field.replace('TargetPlatform.', '');
      expect(afterFix(platform)).toBe(withPlatform({ ...platform, [member]: fixedTo }));
    }
  });

  it('offers to drop an Accelerator of "none"', () => {
    const platform = { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'None' };
    expect(brief(validateTargetPlatform(platform))).toEqual([
      {
        field: 'TargetPlatform.Accelerator',
        severity: 'error',
        message:
          'Accelerator "None" is not an API value: leave Accelerator out for a CPU-only target',
        fix: 'Remove Accelerator',
      },
    ]);
    expect(afterFix(platform)).toBe(withPlatform({ Os: 'LINUX', Arch: 'ARM64' }));
  });

  it('renames a member key with the wrong case in place, without a second "required" error', () => {
    const platform = { os: 'LINUX', Arch: 'ARM64' };
    expect(brief(validateTargetPlatform(platform))).toEqual([
      {
        field: 'TargetPlatform.Os',
        severity: 'error',
        message:
          '"os" is not a TargetPlatform field (names are case-sensitive): the API expects Os',
        fix: 'Rename to Os',
      },
    ]);
    expect(afterFix(platform)).toBe(withPlatform({ Os: 'LINUX', Arch: 'ARM64' }));
    expect(afterFix({ Os: 'LINUX', Arch: 'ARM64', ACCELERATOR: 'MALI' })).toBe(
      withPlatform({ Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' }),
    );
  });

  it('removes unknown member keys, and a slipped key whose right spelling is also present', () => {
    const unknown = { Os: 'LINUX', Arch: 'ARM64', Vendor: 'Rockchip' };
    expect(brief(validateTargetPlatform(unknown))).toEqual([
      {
        field: 'TargetPlatform.Vendor',
        severity: 'error',
        message:
          '"Vendor" is not a TargetPlatform field; the API rejects it. TargetPlatform takes Os, Arch and Accelerator',
        fix: 'Remove "Vendor"',
      },
    ]);
    expect(afterFix(unknown)).toBe(withPlatform({ Os: 'LINUX', Arch: 'ARM64' }));
    expect(afterFix({ Os: 'LINUX', os: 'ANDROID', Arch: 'ARM64' })).toBe(
      withPlatform({ Os: 'LINUX', Arch: 'ARM64' }),
    );
  });

  it.each<[JsonObject, string, string]>([
    [
      { Os: 'ANDROID', Arch: 'ARM64', Accelerator: 'NVIDIA' },
      'TargetPlatform.Accelerator',
      "Android with NVIDIA is not in Neo's support table: Android targets use MALI or INTEL_GRAPHICS GPUs",
    ],
    [
      { Os: 'LINUX', Arch: 'X86' },
      'TargetPlatform.Arch',
      "Linux X86 is not in Neo's support table: Linux CPU targets use X86_64, ARM64, ARM_EABIHF or ARM_EABI",
    ],
    [
      { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NNA' },
      'TargetPlatform.Accelerator',
      "NNA is not in Neo's support table: the API lists it but documents no platform that uses it; NPU boards such as imx8mplus are reached through TargetDevice",
    ],
  ])('warns (never errs) about the unusual combination %j', (platform, field, message) => {
    expect(brief(validateTargetPlatform(platform))).toEqual([
      { field, severity: 'warning', message, fix: undefined },
    ]);
  });

  it('judges the combination only once every member is a valid value', () => {
    expect(
      validateTargetPlatform({ Os: 'ANDROID', Arch: 'arm64', Accelerator: 'NVIDIA' }).map(
        (p) => p.severity,
      ),
    ).toEqual(['error']);
  });
});
