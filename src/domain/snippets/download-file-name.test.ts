import { outputConfigFileName } from './download-file-name';

describe('outputConfigFileName', () => {
  it.each([
    ['a device', { TargetDevice: 'jetson_nano' }, 'outputconfig-jetson_nano.json'],
    [
      'a platform with accelerator',
      { TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' } },
      'outputconfig-linux-arm64-nvidia.json',
    ],
    [
      'a platform without accelerator',
      { TargetPlatform: { Os: 'ANDROID', Arch: 'ARM_EABIHF' } },
      'outputconfig-android-arm_eabihf.json',
    ],
    ['no target', { S3OutputLocation: 's3://b/o' }, 'outputconfig.json'],
    ['a TargetPlatform that is not an object', { TargetPlatform: 'LINUX' }, 'outputconfig.json'],
    ['a device that is not a string', { TargetDevice: 7 }, 'outputconfig.json'],
    ['path separators', { TargetDevice: '../../etc/passwd' }, 'outputconfig-etc-passwd.json'],
    [
      'spaces and unicode',
      { TargetDevice: 'Jetson Nano 漢字 <x>' },
      'outputconfig-jetson-nano-x.json',
    ],
    ['only unsafe characters', { TargetDevice: '...' }, 'outputconfig.json'],
    ['a device in the wrong case', { TargetDevice: 'ML_C5' }, 'outputconfig-ml_c5.json'],
  ])('names %s', (_name, draft, fileName) => {
    expect(outputConfigFileName(draft)).toBe(fileName);
  });

  it('keeps a very long value to 64 characters without a trailing dash', () => {
    const name = outputConfigFileName({ TargetDevice: `${'a'.repeat(63)} b` });
    expect(name).toBe(`outputconfig-${'a'.repeat(63)}.json`);
  });
});
