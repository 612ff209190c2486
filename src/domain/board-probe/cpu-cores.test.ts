import { ARM_CORES, lscpuArmCore, x86Mcpu } from './cpu-cores';

describe('x86Mcpu', () => {
  it.each([
    [{ vendor: 'GenuineIntel', family: 6, model: 63 }, 'haswell', 'high'],
    [{ vendor: 'GenuineIntel', family: 6, model: 85, stepping: 4 }, 'skylake-avx512', 'high'],
    [{ vendor: 'GenuineIntel', family: 6, model: 85, stepping: 7 }, 'cascadelake', 'high'],
    [{ vendor: 'GenuineIntel', family: 6, model: 85, stepping: 6 }, 'cascadelake', 'medium'],
    [{ vendor: 'GenuineIntel', family: 6, model: 85, stepping: 11 }, 'cooperlake', 'high'],
    [{ vendor: 'GenuineIntel', family: 6, model: 85 }, 'skylake-avx512', 'medium'],
    [{ vendor: 'GenuineIntel', family: 6, model: 106 }, 'icelake-server', 'high'],
    [{ vendor: 'AuthenticAMD', family: 23, model: 0x31 }, 'znver2', 'high'],
    [{ vendor: 'AuthenticAMD', family: 25, model: 0x11 }, 'znver4', 'high'],
  ])('%j → %s (%s)', (identity, mcpu, confidence) => {
    expect(x86Mcpu(identity)).toEqual({ mcpu, confidence });
  });

  it.each([
    [{ vendor: 'GenuineIntel', family: 6, model: 42 }],
    [{ vendor: 'AuthenticAMD', family: 6, model: 63 }],
    [{ vendor: 'CentaurHauls', family: 6, model: 85, stepping: 7 }],
  ])('%j has no row', (identity) => {
    expect(x86Mcpu(identity)).toBeNull();
  });
});

describe('ARM_CORES', () => {
  it('names the Neo boards cores as LLVM does and has no name for Denver', () => {
    expect(ARM_CORES['0x41/0xd07']?.mcpu).toBe('cortex-a57');
    expect(ARM_CORES['0x4e/0x004']?.mcpu).toBe('carmel');
    expect(ARM_CORES['0x4e/0x003']?.mcpu).toBeNull();
  });
});

describe('lscpuArmCore', () => {
  it.each([
    ['Neoverse-N1', 'neoverse-n1'],
    ['Cortex-A72', 'cortex-a72'],
    ['Cortex-A78AE', 'cortex-a78ae'],
    ['Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz', null],
    ['ARMv7 Processor rev 4 (v7l)', null],
  ])('%s → %s', (name, mcpu) => {
    expect(lscpuArmCore(name)).toBe(mcpu);
  });
});
