import { explainPlatform, LINK_VALUE_CHOICE, platformChoices } from './platform-choices';

const texts = (
  member: 'Os' | 'Arch' | 'Accelerator',
  fields: Parameters<typeof platformChoices>[1],
) => platformChoices(member, fields).choices.map((choice) => choice.text);

describe('platformChoices', () => {
  it('offers an empty choice and every API value when nothing is set', () => {
    expect(texts('Os', {})).toEqual(['Choose…', 'LINUX', 'ANDROID']);
    expect(texts('Arch', {})).toEqual([
      'Choose…',
      'X86_64 (64-bit x86)',
      'X86 (32-bit x86)',
      'ARM64 (64-bit ARM, AArch64)',
      'ARM_EABI (32-bit ARM, soft-float)',
      'ARM_EABIHF (32-bit ARM, hard-float)',
    ]);
    expect(texts('Accelerator', {})).toEqual([
      'None (CPU only)',
      'INTEL_GRAPHICS (Intel integrated GPU)',
      'MALI (Arm Mali GPU)',
      'NVIDIA (NVIDIA GPU)',
      'NNA (undocumented)',
    ]);
    expect(platformChoices('Os', {}).selected).toBe('');
  });

  it('says why an Arch is outside the support table for the chosen Os', () => {
    const choices = platformChoices('Arch', { os: 'LINUX' }).choices;
    const x86 = choices.find((choice) => choice.value === 'X86');
    expect(x86).toEqual({
      value: 'X86',
      text: "X86 (32-bit x86) — not in Neo's Linux support table",
      isUnusual: true,
    });
    expect(choices.filter((choice) => choice.isUnusual).map((choice) => choice.value)).toEqual([
      'X86',
    ]);
  });

  it('names the accelerator when an Arch is unusual only with it', () => {
    const choices = platformChoices('Arch', { os: 'LINUX', accelerator: 'MALI' }).choices;
    expect(choices.find((choice) => choice.value === 'X86_64')?.text).toBe(
      "X86_64 (64-bit x86) — not in Neo's Linux support table for MALI",
    );
    expect(choices.find((choice) => choice.value === 'ARM64')?.isUnusual).toBe(false);
  });

  it('marks accelerators Android does not list, even before an Arch is chosen', () => {
    const choices = platformChoices('Accelerator', { os: 'ANDROID' }).choices;
    expect(choices.filter((choice) => choice.isUnusual).map((choice) => choice.text)).toEqual([
      "NVIDIA (NVIDIA GPU) — not in Neo's Android support table",
      "NNA (undocumented) — not in Neo's Android support table",
    ]);
  });

  it('marks an Os that does not fit the chosen Arch and accelerator', () => {
    const choices = platformChoices('Os', { arch: 'ARM64', accelerator: 'NVIDIA' }).choices;
    expect(choices.map((choice) => choice.text)).toEqual([
      'Choose…',
      'LINUX',
      "ANDROID — not in Neo's support table for ARM64 with NVIDIA",
    ]);
  });

  it('marks the current choice only on the member the table blames', () => {
    const fields = { os: 'LINUX', arch: 'X86' };
    const unusual = (member: 'Os' | 'Arch' | 'Accelerator') =>
      platformChoices(member, fields)
        .choices.filter((choice) => choice.isUnusual)
        .map((choice) => choice.text);
    expect(unusual('Os')).toEqual([]);
    expect(unusual('Arch')).toEqual(["X86 (32-bit x86) — not in Neo's Linux support table"]);
    expect(unusual('Accelerator')).toEqual([
      "INTEL_GRAPHICS (Intel integrated GPU) — not in Neo's Linux support table for X86",
      "MALI (Arm Mali GPU) — not in Neo's Linux support table for X86",
      "NVIDIA (NVIDIA GPU) — not in Neo's Linux support table for X86",
      "NNA (undocumented) — not in Neo's Linux support table for X86",
    ]);
  });

  it('keeps a supported combination plain', () => {
    const fields = { os: 'LINUX', arch: 'ARM64', accelerator: 'NVIDIA' };
    for (const member of ['Os', 'Arch', 'Accelerator'] as const) {
      const { choices, selected } = platformChoices(member, fields);
      expect(choices.find((choice) => choice.value === selected)?.isUnusual).toBe(false);
    }
  });

  it.each([
    ['Os', { os: 'linux' }, 'linux (not a valid Os)'],
    ['Arch', { arch: 5 }, '5 (not a valid Arch)'],
    ['Accelerator', { accelerator: null }, 'null (not a valid Accelerator)'],
    ['Os', { os: 'x'.repeat(60) }, `${'x'.repeat(40)}… (not a valid Os)`],
  ] as const)('keeps the link value of %s visible and selected', (member, fields, text) => {
    const { choices, selected } = platformChoices(member, fields);
    expect(selected).toBe(LINK_VALUE_CHOICE);
    expect(choices.at(-1)).toEqual({ value: LINK_VALUE_CHOICE, text, isUnusual: true });
  });

  it('does not judge against a member a link gave in an invalid form', () => {
    const choices = platformChoices('Arch', { os: 'LINUX', accelerator: 'nvidia' }).choices;
    expect(choices.some((choice) => choice.isUnusual)).toBe(false);
  });
});

describe('explainPlatform', () => {
  it.each([
    [{}, false, 'Choose an Os and an Arch. Leave Accelerator at None for a CPU-only target.'],
    [
      { os: 'LINUX' },
      false,
      "Neo's support table lists Linux CPU-only targets on X86_64, ARM64, ARM_EABIHF or ARM_EABI.",
    ],
    [
      { os: 'LINUX', accelerator: 'NVIDIA' },
      false,
      "Neo's support table lists Linux with NVIDIA targets on X86_64 or ARM64.",
    ],
    [
      { os: 'ANDROID', accelerator: 'NVIDIA' },
      true,
      "Android with NVIDIA is not in Neo's support table: Android targets use MALI or INTEL_GRAPHICS GPUs.",
    ],
    [
      { os: 'LINUX', arch: 'ARM64', accelerator: 'NVIDIA' },
      false,
      "Linux on ARM64 with NVIDIA is in Neo's support table. NVIDIA also needs gpu-code, trt-ver and cuda-ver in CompilerOptions.",
    ],
    [
      { os: 'ANDROID', arch: 'ARM64' },
      false,
      "Android on ARM64, CPU only is in Neo's support table.",
    ],
    [
      { os: 'LINUX', arch: 'X86' },
      true,
      "Linux on X86, CPU only is outside Neo's support table. The API accepts it, but Neo documents no such target: check that this is your hardware.",
    ],
  ])('explains %j', (fields, isUnusual, text) => {
    expect(explainPlatform(fields)).toEqual({ isUnusual, text });
  });

  it('says nothing while a member holds a value that is not an API value', () => {
    expect(explainPlatform({ os: 'linux', arch: 'ARM64' })).toBeUndefined();
  });
});
