import { readFileSync } from 'node:fs';
import type { OptionFamily } from '../../catalogue/catalogue';
import { catalogueSchema, type CatalogueDevice } from '../../catalogue/catalogue-schema';
import type { PlatformFields, TargetReading } from '../../target/target';
import { keptOptionEntries, planOptions, type OptionsPlan } from './applicable-options';
import { TEST_DEVICES } from '../../../testing/test-devices';

const onDevice = (device: CatalogueDevice): OptionsPlan =>
  planOptions({ device: device.id, platformNotObject: false }, device);
const onPlatform = (platform: PlatformFields): OptionsPlan =>
  planOptions({ platform, platformNotObject: false });
const keys = (plan: OptionsPlan) => plan.fields.map((entry) => entry.field.key);
const entry = (plan: OptionsPlan, key: string) =>
  plan.fields.find((item) => item.field.key === key);
const suggested = (plan: OptionsPlan, key: string) =>
  entry(plan, key)?.suggestions.map((suggestion) => suggestion.value) ?? [];
const hasNeonSwitch = (plan: OptionsPlan) =>
  plan.fields.some((item) => item.companion === 'neon-switch');

describe('planOptions for a TargetDevice', () => {
  it.each<[keyof typeof TEST_DEVICES, OptionsPlan['mode'], string[], boolean]>([
    ['ml_m5', 'fields', ['dtype', 'mcpu', 'mattr'], true],
    ['ml_p3', 'fields', ['dtype', 'gpu-code', 'trt-ver', 'cuda-ver'], false],
    ['jetson_nano', 'fields', ['gpu-code', 'trt-ver', 'cuda-ver', 'JETPACK_VERSION'], false],
    ['qcs605', 'fields', ['ANDROID_PLATFORM', 'mcpu', 'mattr'], false],
    ['rasp3b', 'fields', ['mcpu', 'mattr'], true],
    ['ml_eia2', 'fields', ['precision_mode', 'signature_def_key', 'output_names'], false],
    ['coreml', 'fields', ['class_labels'], false],
    ['ml_inf1', 'inferentia', [], false],
    ['ml_inf2', 'inferentia', [], false],
    ['sitara_am57x', 'none', [], false],
  ])('%s shows %s %j', (id, mode, fields, cpuTarget) => {
    const plan = onDevice(TEST_DEVICES[id]);
    expect(plan.mode).toBe(mode);
    expect(keys(plan)).toEqual(fields);
    expect(plan.cpuTarget).toBe(cpuTarget);
    expect(plan.nvidiaRequired).toBe(false);
  });

  it('takes the families from the catalogue entry', () => {
    expect(onDevice(TEST_DEVICES.qcs605).families).toEqual(['cpu', 'android']);
    expect(onDevice(TEST_DEVICES.ml_inf1).families).toEqual(['inferentia']);
  });

  it('says why a device has no option field', () => {
    expect(onDevice(TEST_DEVICES.sitara_am57x).whyNone).toBe(
      'No compiler option is documented for sitara_am57x',
    );
  });

  it("suggests the device's own values first", () => {
    const nano = onDevice(TEST_DEVICES.jetson_nano);
    expect(suggested(nano, 'gpu-code')).toEqual(['sm_53']);
    expect(suggested(nano, 'trt-ver').slice(0, 2)).toEqual(['5.0.6', '6.0.1']);
    expect(suggested(nano, 'cuda-ver')[0]).toBe('10.0');
    expect(entry(nano, 'trt-ver')?.note).toContain('unverified');
    const m5 = onDevice(TEST_DEVICES.ml_m5);
    expect(suggested(m5, 'mcpu')).toEqual([
      'skylake-avx512',
      'core-avx2',
      'ivybridge',
      'cascadelake',
    ]);
    expect(entry(m5, 'dtype')?.note).toBe(
      'Matters for PyTorch models; float32 is used when dtype is not set.',
    );
  });

  it('offers the NEON switch and +neon for 32-bit ARM CPU devices', () => {
    const plan = onDevice(TEST_DEVICES.rasp3b);
    expect(hasNeonSwitch(plan)).toBe(true);
    expect(suggested(plan, 'mattr')).toEqual(['+neon', '+vfpv4']);
    expect(hasNeonSwitch(onDevice(TEST_DEVICES.ml_m5))).toBe(false);
  });

  it('notes an mcpu the catalogue marks unverified', () => {
    expect(entry(onDevice(TEST_DEVICES.rasp4b), 'mcpu')?.note).toBe(
      'cortex-a72 for rasp4b is inferred from its CPU core, not confirmed by AWS.',
    );
  });

  it.each<[string, TargetReading, CatalogueDevice | undefined, string]>([
    [
      'a device value the catalogue lacks',
      { device: 'ml_m9', platformNotObject: false },
      undefined,
      '"ml_m9" is not a known TargetDevice, so no option field applies',
    ],
    [
      'a catalogue entry for another device',
      { device: 'ml_c5', platformNotObject: false },
      TEST_DEVICES.ml_m5,
      'The catalogue entry for ml_c5 is not loaded, so its option fields are not known yet',
    ],
    [
      'a TargetDevice that is not text',
      { device: 5, platformNotObject: false },
      undefined,
      'TargetDevice is not text, so no option field applies',
    ],
    [
      'a TargetPlatform that is not an object',
      { platformNotObject: true },
      undefined,
      'TargetPlatform is not an object, so no option field can be chosen for it',
    ],
    [
      'no target',
      { platformNotObject: false },
      undefined,
      'Choose a TargetDevice or a TargetPlatform to see its compiler options',
    ],
  ])('plans nothing for %s', (_, target, device, whyNone) => {
    expect(planOptions(target, device)).toEqual({
      mode: 'none',
      fields: [],
      families: [],
      cpuTarget: false,
      nvidiaRequired: false,
      whyNone,
    });
  });
});

describe('planOptions for a TargetPlatform', () => {
  it.each<[PlatformFields, OptionFamily[], boolean, boolean]>([
    [{ os: 'LINUX', arch: 'X86_64' }, ['cpu'], false, false],
    [{ os: 'LINUX', arch: 'ARM_EABIHF' }, ['cpu'], false, true],
    [{ os: 'LINUX', arch: 'ARM64', accelerator: 'MALI' }, ['cpu'], false, false],
    [{ os: 'LINUX', arch: 'ARM64', accelerator: 'NVIDIA' }, ['nvidia'], true, false],
    [{ os: 'ANDROID', arch: 'ARM_EABI' }, ['cpu', 'android'], false, true],
    [
      { os: 'ANDROID', arch: 'ARM64', accelerator: 'NVIDIA' },
      ['cpu', 'nvidia', 'android'],
      true,
      false,
    ],
    [{ arch: 'arm64' }, ['cpu'], false, false],
  ])('%j takes %j', (platform, families, nvidiaRequired, neonSwitch) => {
    const plan = onPlatform(platform);
    expect(plan.mode).toBe('fields');
    expect(plan.families).toEqual(families);
    expect(plan.nvidiaRequired).toBe(nvidiaRequired);
    expect(hasNeonSwitch(plan)).toBe(neonSwitch);
  });

  it.each<[PlatformFields, boolean]>([
    [{ os: 'LINUX', arch: 'X86_64' }, true],
    [{ os: 'ANDROID', arch: 'ARM64' }, true],
    [{ os: 'LINUX', arch: 'ARM64', accelerator: 'MALI' }, false],
    [{ os: 'LINUX', arch: 'X86_64', accelerator: 'INTEL_GRAPHICS' }, false],
  ])('counts %j as a CPU compilation: %s', (platform, cpuTarget) => {
    expect(onPlatform(platform).cpuTarget).toBe(cpuTarget);
  });

  it('requires the three NVIDIA keys and suggests the documented values', () => {
    const plan = onPlatform({ os: 'LINUX', arch: 'ARM64', accelerator: 'NVIDIA' });
    expect(plan.fields.map((item) => [item.field.key, item.required])).toEqual([
      ['gpu-code', true],
      ['trt-ver', true],
      ['cuda-ver', true],
    ]);
    expect(suggested(plan, 'gpu-code')).toEqual([
      'sm_53',
      'sm_62',
      'sm_72',
      'sm_37',
      'sm_70',
      'sm_75',
    ]);
    expect(suggested(plan, 'trt-ver').slice(0, 3)).toEqual(['6.0.1', '5.1.6', '5.0.6']);
  });

  it('suggests LLVM CPU names for the architecture and API levels for Android', () => {
    const plan = onPlatform({ os: 'ANDROID', arch: 'ARM64' });
    expect(suggested(plan, 'mcpu')).toEqual([
      'cortex-a53',
      'cortex-a57',
      'cortex-a72',
      'carmel',
      'neoverse-n1',
    ]);
    expect(suggested(plan, 'ANDROID_PLATFORM')).toEqual([
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
      '27',
      '28',
      '29',
    ]);
    expect(suggested(onPlatform({ os: 'LINUX', arch: 'ARM_EABI' }), 'mcpu')).toContain('cortex-a7');
  });
});

describe('planOptions with the real catalogue', () => {
  const catalogue = catalogueSchema.parse(
    JSON.parse(readFileSync(new URL('../../../../public/catalogue.json', import.meta.url), 'utf8')),
  );
  const byId = new Map<string, CatalogueDevice>(
    catalogue.devices.map((device) => [device.id, device]),
  );

  it.each([
    ['ml_m5', ['dtype', 'mcpu', 'mattr']],
    ['jetson_nano', ['gpu-code', 'trt-ver', 'cuda-ver', 'JETPACK_VERSION']],
    ['qcs605', ['ANDROID_PLATFORM', 'mcpu', 'mattr']],
    ['coreml', ['class_labels']],
  ])('%s shows %j', (id, fields) => {
    const device = byId.get(id);
    expect(device).toBeDefined();
    expect(keys(planOptions({ device: id, platformNotObject: false }, device))).toEqual(fields);
  });

  it('plans every catalogue device without error', () => {
    for (const device of catalogue.devices) {
      const plan = planOptions({ device: device.id, platformNotObject: false }, device);
      expect(plan.mode === 'none').toBe(device.optionFamilies.length === 0);
    }
  });
});

describe('the plan as the view model', () => {
  it("notes where a suggestion comes from: the device's own, a gpu-code's owner", () => {
    const nano = onDevice(TEST_DEVICES.jetson_nano);
    expect(entry(nano, 'gpu-code')?.suggestions[0]).toEqual({
      value: 'sm_53',
      note: "jetson_nano's GPU",
    });
    const platform = onPlatform({ os: 'LINUX', arch: 'ARM64', accelerator: 'NVIDIA' });
    expect(entry(platform, 'gpu-code')?.suggestions).toContainEqual({
      value: 'sm_72',
      note: "Xavier's",
    });
    expect(entry(platform, 'trt-ver')?.suggestions[0]).toEqual({ value: '6.0.1' });
  });

  it('says a note shared with the field above once', () => {
    const nano = onDevice(TEST_DEVICES.jetson_nano);
    expect(entry(nano, 'trt-ver')?.note).toContain('unverified');
    expect(entry(nano, 'cuda-ver')).not.toHaveProperty('note');
  });

  it('hints the signature_def_key / output_names either-or once, only when both are shown', () => {
    const eia = onDevice(TEST_DEVICES.ml_eia2);
    // On output_names, where the "not both" error lands and takes its place.
    expect(entry(eia, 'output_names')?.hint).toBe(
      'Set at most one of signature_def_key and output_names.',
    );
    expect(entry(eia, 'signature_def_key')).not.toHaveProperty('hint');
    expect(entry(eia, 'precision_mode')).not.toHaveProperty('hint');
  });

  it('puts the NEON switch after mattr, and only on 32-bit ARM', () => {
    const arm = onPlatform({ os: 'LINUX', arch: 'ARM_EABIHF' });
    expect(arm.fields.filter((item) => item.companion).map((item) => item.field.key)).toEqual([
      'mattr',
    ]);
    expect(hasNeonSwitch(onPlatform({ os: 'LINUX', arch: 'ARM64' }))).toBe(false);
  });

  it.each([
    ['keys without a field', onDevice(TEST_DEVICES.ml_m5), { dtype: 'float16', foo: 1 }, ['foo']],
    ['every key when no field applies', onDevice(TEST_DEVICES.sitara_am57x), { a: 1 }, ['a']],
    [
      'nothing for Inferentia, whose options are flags',
      onDevice(TEST_DEVICES.ml_inf1),
      { a: 1 },
      [],
    ],
    ['nothing without an options object', onDevice(TEST_DEVICES.ml_m5), undefined, []],
  ])('keeps %s', (_, plan, options, kept) => {
    expect(keptOptionEntries(plan, options).map(([key]) => key)).toEqual(kept);
  });
});
