/**
 * NVIDIA GPU → compute capability (probe-facts.md §3.3, from TVM's target tags and
 * jetson_stats). Names are matched after dropping a leading "NVIDIA " or "Tesla " and ignoring
 * memory or form-factor suffixes, because nvidia-smi truncates and rebrands them.
 */
import type { TargetDevice } from '../api-values';

type GpuEntry = {
  /** Upper-case word the normalised name starts with, or contains as a whole word. */
  word: string;
  gpuCode: string;
  /** The catalogue instance built on this GPU, mentioned as a hint, never chosen. */
  device?: TargetDevice;
  confidence: 'high' | 'medium';
};

const GPUS: readonly GpuEntry[] = [
  { word: 'K80', gpuCode: 'sm_37', device: 'ml_p2', confidence: 'high' },
  { word: 'M60', gpuCode: 'sm_52', confidence: 'high' },
  { word: 'TEGRA X1', gpuCode: 'sm_53', confidence: 'high' },
  { word: 'V100', gpuCode: 'sm_70', device: 'ml_p3', confidence: 'high' },
  { word: 'T4', gpuCode: 'sm_75', device: 'ml_g4dn', confidence: 'high' },
  { word: 'A100', gpuCode: 'sm_80', confidence: 'high' },
  { word: 'A10G', gpuCode: 'sm_86', confidence: 'high' },
  { word: 'A10', gpuCode: 'sm_86', confidence: 'high' },
  { word: 'ORIN', gpuCode: 'sm_87', confidence: 'high' },
  { word: 'L4', gpuCode: 'sm_89', confidence: 'medium' },
  { word: 'H100', gpuCode: 'sm_90', confidence: 'high' },
];

/** Jetson SoC → gpu-code (jetson_stats CUDA_TABLE). */
export const TEGRA_GPU_CODES: Readonly<Record<string, string>> = {
  tegra210: 'sm_53',
  t210: 'sm_53',
  tegra186: 'sm_62',
  t186: 'sm_62',
  tegra194: 'sm_72',
  t194: 'sm_72',
  tegra234: 'sm_87',
  tegra23x: 'sm_87',
  t234: 'sm_87',
};

/** The GPU table entry for an nvidia-smi or deviceQuery name, if any. */
export function lookUpGpu(name: string): GpuEntry | undefined {
  const words = name
    .toUpperCase()
    .replace(/\.{2,}$/, '')
    .split(/[\s-]+/)
    .filter((word) => word !== '' && word !== 'NVIDIA' && word !== 'TESLA');
  const text = words.join(' ');
  // RTX 40xx (Ada) is named by series, not by one word.
  if (/^(GEFORCE )?RTX 40\d0\b/.test(text))
    return { word: 'RTX 40', gpuCode: 'sm_89', confidence: 'high' };
  return GPUS.find((entry) =>
    entry.word.includes(' ') ? text.includes(entry.word) : words.includes(entry.word),
  );
}

/** `7.5` → `sm_75`; null for anything that is not a compute capability. */
export function computeCapToGpuCode(text: string): string | null {
  const match = /^(\d{1,2})\.(\d)$/.exec(text.trim());
  return match === null ? null : `sm_${match[1]}${match[2]}`;
}
