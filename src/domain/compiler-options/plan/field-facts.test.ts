import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import type { PlatformFields } from '../../target/target';
import { planOptions, type OptionFieldPlan } from './applicable-options';
import { TEST_DEVICES } from '../../../testing/test-devices';

const onDevice = (device: CatalogueDevice, key: string): OptionFieldPlan | undefined =>
  planOptions({ device: device.id, platformNotObject: false }, device).fields.find(
    (entry) => entry.field.key === key,
  );
const onPlatform = (platform: PlatformFields, key: string): OptionFieldPlan | undefined =>
  planOptions({ platform, platformNotObject: false }).fields.find(
    (entry) => entry.field.key === key,
  );

describe('help and examples drawn from the target', () => {
  it('says nothing of +neon for mattr on an x86 instance', () => {
    const mattr = onDevice(TEST_DEVICES.ml_c5, 'mattr');
    expect(mattr?.help).not.toContain('neon');
    expect(mattr?.example).toBe('+avx2');
  });

  it('cites an ARM core in mcpu help on ARM, never an x86 CPU', () => {
    for (const arch of ['ARM64', 'ARM_EABIHF', 'ARM_EABI']) {
      const mcpu = onPlatform({ os: 'LINUX', arch }, 'mcpu');
      expect(mcpu?.help).toMatch(/cortex-a\d+/);
      expect(mcpu?.help).not.toMatch(/skylake|avx/);
    }
    expect(onDevice(TEST_DEVICES.ml_c5, 'mcpu')?.help).toContain('skylake-avx512 for ml_c5');
  });

  it('gives rasp3b its own core, cortex-a53, not cortex-a7', () => {
    const mcpu = onDevice(TEST_DEVICES.rasp3b, 'mcpu');
    expect(mcpu?.example).toBe('cortex-a53');
    expect(mcpu?.help).toContain("rasp3b's Cortex-A53");
    expect(onDevice(TEST_DEVICES.rasp3b, 'mattr')?.example).toBe('+neon');
  });
});

describe('suggested values are the device documented ones, kept apart from values', () => {
  it.each<[CatalogueDevice, string, unknown]>([
    [TEST_DEVICES.jetson_xavier, 'gpu-code', 'sm_72'],
    [TEST_DEVICES.jetson_xavier, 'trt-ver', '5.1.6'],
    [TEST_DEVICES.jetson_xavier, 'cuda-ver', '10.0'],
    [TEST_DEVICES.rasp3b, 'mattr', ['+neon']],
    [TEST_DEVICES.ml_c5, 'mcpu', 'skylake-avx512'],
    [TEST_DEVICES.ml_p3, 'gpu-code', 'sm_70'],
    [TEST_DEVICES.rasp4b, 'mcpu', undefined],
    [TEST_DEVICES.ml_c5, 'dtype', undefined],
  ])('%s %s: %j', (device, key, suggested) => {
    expect(onDevice(device, key)?.suggested).toEqual(suggested);
  });

  it('suggests nothing on a platform: presets set platform values', () => {
    expect(
      onPlatform({ os: 'LINUX', arch: 'ARM64', accelerator: 'NVIDIA' }, 'gpu-code')?.suggested,
    ).toBeUndefined();
  });
});

describe('the Inferentia plan carries its compiler builder', () => {
  it.each([
    [TEST_DEVICES.ml_inf1, 'neuron-cc'],
    [TEST_DEVICES.ml_inf2, 'neuronx-cc'],
    [TEST_DEVICES.ml_trn1, 'neuronx-cc'],
  ])('%s', (device, compiler) => {
    expect(
      planOptions({ device: device.id, platformNotObject: false }, device).neuron?.compiler,
    ).toBe(compiler);
  });
});

describe('the ml_eia2 either-or rule', () => {
  it('is said once across the fields, not in each', () => {
    const plan = planOptions({ device: 'ml_eia2', platformNotObject: false }, TEST_DEVICES.ml_eia2);
    const texts = plan.fields
      .flatMap((entry) => [entry.help, entry.note ?? '', entry.hint ?? ''])
      .join(' ');
    expect(texts.match(/not both|at most one/gi)).toHaveLength(1);
  });
});
