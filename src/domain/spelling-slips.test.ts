import { renameKey, suggestSpelling } from './spelling-slips';

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
