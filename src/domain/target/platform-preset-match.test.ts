import { applyPlatformPreset, PLATFORM_PRESETS } from './platform-presets';
import { matchingPreset } from './platform-preset-match';

const base = { S3OutputLocation: 's3://bucket/out' };

describe('matchingPreset', () => {
  it.each(PLATFORM_PRESETS.map((preset) => [preset.label, preset] as const))(
    'finds %s after it was applied',
    (_, preset) => {
      expect(matchingPreset(applyPlatformPreset(base, preset), PLATFORM_PRESETS)).toBe(preset);
    },
  );

  it('finds nothing once an option or a member differs', () => {
    const ec2 = PLATFORM_PRESETS.find((preset) => preset.id === 'ec2-m5-2xlarge')!;
    const applied = applyPlatformPreset(base, ec2);
    expect(
      matchingPreset({ ...applied, CompilerOptions: '{"mcpu":"core-avx2"}' }, PLATFORM_PRESETS),
    ).toBeUndefined();
    expect(
      matchingPreset(
        { ...applied, TargetPlatform: { Os: 'LINUX', Arch: 'X86_64', Accelerator: 'NVIDIA' } },
        PLATFORM_PRESETS,
      ),
    ).toBeUndefined();
    expect(matchingPreset({ ...base, TargetPlatform: 'LINUX' }, PLATFORM_PRESETS)).toBeUndefined();
  });

  it('ignores empty slots left by the form', () => {
    const rk = PLATFORM_PRESETS.find((preset) => preset.id === 'rk3399')!;
    const draft = { ...applyPlatformPreset(base, rk), CompilerOptions: '', KmsKeyId: '' };
    expect(matchingPreset(draft, PLATFORM_PRESETS)).toBe(rk);
  });
});
