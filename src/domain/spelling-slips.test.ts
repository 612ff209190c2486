import { renameKey, suggestNearest, suggestSpelling } from './spelling-slips';

describe('suggestSpelling', () => {
  const allowed = ['X86_64', 'ARM64', 'ARM_EABI', 'ARM_EABIHF'] as const;

  it.each([
    ['arm64', { value: 'ARM64', kind: 'case' }],
    ['arm_eabihf', { value: 'ARM_EABIHF', kind: 'case' }],
    ['x86-64', { value: 'X86_64', kind: 'spelling' }],
    [' ARM64 ', { value: 'ARM64', kind: 'spelling' }],
    ['arm.eabi', { value: 'ARM_EABI', kind: 'spelling' }],
    ['aarch64', { value: 'ARM64', kind: 'spelling' }],
  ])('suggests for %j', (given, expected) => {
    expect(suggestSpelling(given, allowed, new Map([['aarch64', 'ARM64' as const]]))).toEqual(
      expected,
    );
  });

  it.each([['ARM64'], ['RISCV'], ['---'], [''], ['aarch64']])('has nothing for %j', (given) => {
    expect(suggestSpelling(given, allowed)).toBeUndefined();
  });
});

describe('renameKey', () => {
  it('keeps position and value, and replaces an existing entry under the new name', () => {
    const renamed = renameKey({ a: 1, os: 'LINUX', Os: '', z: 2 }, 'os', 'Os');
    expect(JSON.stringify(renamed)).toBe('{"a":1,"Os":"LINUX","z":2}');
  });
});

describe('suggestNearest', () => {
  const devices = [
    'jetson_xavier',
    'jetson_nano',
    'jetson_tx1',
    'jetson_tx2',
    'ml_c4',
    'ml_c5',
    'rasp3b',
  ];

  it.each([
    ['jetson_xavierr', 'jetson_xavier'],
    ['JETSON_XAVIR', 'jetson_xavier'],
    ['jetson_nan', 'jetson_nano'],
    ['rasp3bb', 'rasp3b'],
  ])('suggests %j → %j', (given, expected) => {
    expect(suggestNearest(given, devices)).toBe(expected);
  });

  it.each([
    ['jetson_tx3', 'two devices are one edit away'],
    ['ml_c6', 'two devices are one edit away'],
    ['raspberry_pi', 'too far from everything'],
    ['ab', 'too short to guess from'],
    ['jetson_xavier', 'already allowed'],
  ])('has nothing for %j (%s)', (given) => {
    expect(suggestNearest(given, devices)).toBeUndefined();
  });
});
