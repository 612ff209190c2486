import { computeCapToGpuCode, lookUpGpu } from './gpu-names';

describe('lookUpGpu', () => {
  it.each([
    ['Tesla K80', 'sm_37'],
    ['Tesla V100-SXM2...', 'sm_70'],
    ['Tesla V100-SXM2-16GB', 'sm_70'],
    ['Tesla T4', 'sm_75'],
    ['NVIDIA A10G', 'sm_86'],
    ['NVIDIA A100-SXM4-40GB', 'sm_80'],
    ['NVIDIA GeForce RTX 4070', 'sm_89'],
    ['NVIDIA Tegra X1', 'sm_53'],
    ['Orin (nvgpu)', 'sm_87'],
  ])('%s → %s', (name, gpuCode) => {
    expect(lookUpGpu(name)?.gpuCode).toBe(gpuCode);
  });

  it.each([['TITAN Xp'], ['NVIDIA T400'], ['Quadro RTX 8000']])(
    '%s is not in the table',
    (name) => {
      expect(lookUpGpu(name)).toBeUndefined();
    },
  );
});

describe('computeCapToGpuCode', () => {
  it.each([
    ['7.5', 'sm_75'],
    [' 8.9', 'sm_89'],
    ['10.0', 'sm_100'],
    ['compute_cap', null],
    ['7.55', null],
    ['', null],
  ])('%j → %j', (text, gpuCode) => {
    expect(computeCapToGpuCode(text)).toBe(gpuCode);
  });
});
