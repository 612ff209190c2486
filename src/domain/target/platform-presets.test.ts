import { readFileSync } from 'node:fs';
import { indexCatalogue } from '../catalogue/catalogue-index';
import { catalogueSchema, type CatalogueDevice } from '../catalogue/catalogue-schema';
import { withKey } from '../draft';
import { applyPlatformPreset, deviceAsPlatform, PLATFORM_PRESETS } from './platform-presets';
import { TARGET_RULES } from './target-rules';
import { analyzeDraft } from '../validate';

const catalogue = catalogueSchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/catalogue.json', import.meta.url), 'utf8')),
);
const devices = indexCatalogue(catalogue);
const base = { S3OutputLocation: 's3://bucket/compiled' };

describe('PLATFORM_PRESETS', () => {
  it.each(PLATFORM_PRESETS.map((preset) => [preset.label, preset] as const))(
    '%s gives a configuration without errors or warnings',
    (_, preset) => {
      const analysis = analyzeDraft(
        applyPlatformPreset(base, preset),
        devices,
        undefined,
        TARGET_RULES,
      );
      expect(analysis.problems).toEqual([]);
    },
  );

  it('replaces the target and options of a device draft', () => {
    const draft = withKey(base, 'CompilerOptions', '{"dtype":"float32"}');
    const preset = PLATFORM_PRESETS.find((candidate) => candidate.id === 'rk3399')!;
    expect(applyPlatformPreset(draft, preset)).toEqual({
      ...base,
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'MALI' },
    });
  });

  it('follows the hardware for EC2 m5.2xlarge and says why', () => {
    const preset = PLATFORM_PRESETS.find((candidate) => candidate.id === 'ec2-m5-2xlarge')!;
    expect(preset.platform.Accelerator).toBeUndefined();
    expect(preset.note).toContain('no GPU');
  });
});

describe('deviceAsPlatform', () => {
  const device = (id: string): CatalogueDevice => devices.get(id)!;

  it('turns a Jetson into LINUX/ARM64/NVIDIA with its GPU options', () => {
    const result = deviceAsPlatform(device('jetson_nano'));
    expect(result.ok && result.preset.platform).toEqual({
      Os: 'LINUX',
      Arch: 'ARM64',
      Accelerator: 'NVIDIA',
    });
    expect(result.ok && JSON.parse(result.preset.compilerOptions ?? '{}')['gpu-code']).toBe(
      'sm_53',
    );
  });

  it('refuses a target with no platform equivalent and says why', () => {
    const result = deviceAsPlatform(device('coreml'));
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('coreml has no TargetPlatform equivalent'),
    });
  });

  it('never carries Inferentia flags into a platform', () => {
    const result = deviceAsPlatform(device('ml_inf1'));
    expect(result.ok ? result.preset.compilerOptions : undefined).toBeUndefined();
  });
});
