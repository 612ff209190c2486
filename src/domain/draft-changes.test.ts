import { draftChanges } from './draft-changes';

describe('draftChanges', () => {
  it.each([
    [{}, {}, []],
    [
      { TargetDevice: 'jetson_nano', CompilerOptions: '{"gpu-code":"sm_53","mcpu":"x"}' },
      { TargetDevice: 'jetson_xavier', CompilerOptions: '{"gpu-code":"sm_72","trt-ver":"5.1.6"}' },
      [
        'TargetDevice: jetson_nano → jetson_xavier',
        'gpu-code: sm_53 → sm_72',
        'mcpu removed',
        'trt-ver set to 5.1.6',
      ],
    ],
    [
      { TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' } },
      {
        TargetPlatform: { Os: 'LINUX', Arch: 'ARM_EABIHF' },
        CompilerOptions: '{"mattr":["+neon"]}',
      },
      ['TargetPlatform.Arch: ARM64 → ARM_EABIHF', 'mattr set to ["+neon"]'],
    ],
    [
      { TargetDevice: 'ml_inf1', CompilerOptions: '"--verbose 1"' },
      { TargetDevice: 'ml_inf1', CompilerOptions: '"--verbose 1 -O2"' },
      ['CompilerOptions: "--verbose 1" → "--verbose 1 -O2"'],
    ],
    [{ TargetDevice: 'ml_c5' }, {}, ['TargetDevice removed']],
  ])('%j → %j', (before, after, changes) => {
    expect(draftChanges(before, after)).toEqual(changes);
  });
});
