import { toApiObject } from '../draft';
import { applyProbeTarget, describeProbeTarget, modeOfProbeTarget } from './apply-probe-target';
import type { ProbeTarget } from './infer-target';

const S3 = 's3://bucket/out';
const nano: ProbeTarget = {
  kind: 'device',
  device: 'jetson_nano',
  options: { 'gpu-code': 'sm_53', 'trt-ver': '6.0.1', 'cuda-ver': '10.0' },
};
const pi: ProbeTarget = {
  kind: 'platform',
  os: 'LINUX',
  arch: 'ARM_EABIHF',
  options: { mattr: ['+neon'] },
};

describe('applyProbeTarget', () => {
  it('replaces a platform with the detected device and its options, keeping the rest', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetPlatform: { Os: 'ANDROID', Arch: 'ARM64' },
      CompilerOptions: '{"ANDROID_PLATFORM":29}',
      KmsKeyId: 'alias/key',
    };
    expect(toApiObject(applyProbeTarget(draft, nano))).toEqual({
      S3OutputLocation: S3,
      TargetDevice: 'jetson_nano',
      CompilerOptions: '{"gpu-code":"sm_53","trt-ver":"6.0.1","cuda-ver":"10.0"}',
      KmsKeyId: 'alias/key',
    });
  });

  it('replaces a device with the detected platform, in API key order', () => {
    const draft = {
      S3OutputLocation: S3,
      TargetDevice: 'ml_c5',
      CompilerOptions: '{"mcpu":"skylake-avx512"}',
    };
    expect(JSON.stringify(toApiObject(applyProbeTarget(draft, pi)))).toBe(
      '{"S3OutputLocation":"s3://bucket/out","TargetPlatform":{"Os":"LINUX","Arch":"ARM_EABIHF"},"CompilerOptions":"{\\"mattr\\":[\\"+neon\\"]}"}',
    );
  });

  it('clears CompilerOptions when the board showed none', () => {
    const draft = { TargetDevice: 'ml_c5', CompilerOptions: '{"mcpu":"skylake-avx512"}' };
    const bare: ProbeTarget = { kind: 'platform', os: 'LINUX', arch: 'ARM64', options: {} };
    expect(toApiObject(applyProbeTarget(draft, bare))).toEqual({
      TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
    });
  });
});

describe('describeProbeTarget and modeOfProbeTarget', () => {
  it.each([
    [nano, 'TargetDevice jetson_nano with gpu-code, trt-ver, cuda-ver', 'device'],
    [pi, 'TargetPlatform LINUX / ARM_EABIHF with mattr', 'platform'],
    [
      {
        kind: 'platform',
        os: 'LINUX',
        arch: 'X86_64',
        accelerator: 'NVIDIA',
        options: {},
      } as const,
      'TargetPlatform LINUX / X86_64 / NVIDIA',
      'platform',
    ],
  ] as const)('%#', (target, description, mode) => {
    expect(describeProbeTarget(target)).toBe(description);
    expect(modeOfProbeTarget(target)).toBe(mode);
  });
});
