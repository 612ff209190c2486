/**
 * CPU identification tables (probe-facts.md §2.2 and §2.4, from LLVM's host detection and the
 * kernel's MIDR and Intel family tables). `tier` orders the cores of a big.LITTLE board: the
 * highest tier with an LLVM name is suggested (design note in §2.2).
 */
type ArmCore = { core: string; mcpu: string | null; tier: number };

/** Keyed by `implementer/part`, both lower-case hex as cpuinfo prints them. */
export const ARM_CORES: Readonly<Record<string, ArmCore>> = {
  '0x41/0xb76': { core: 'ARM1176JZF-S', mcpu: 'arm1176jz-s', tier: 0 },
  '0x41/0xc07': { core: 'Cortex-A7', mcpu: 'cortex-a7', tier: 1 },
  '0x41/0xc09': { core: 'Cortex-A9', mcpu: 'cortex-a9', tier: 2 },
  '0x41/0xc0f': { core: 'Cortex-A15', mcpu: 'cortex-a15', tier: 2 },
  '0x41/0xc0e': { core: 'Cortex-A17', mcpu: 'cortex-a17', tier: 2 },
  '0x41/0xd03': { core: 'Cortex-A53', mcpu: 'cortex-a53', tier: 1 },
  '0x41/0xd04': { core: 'Cortex-A35', mcpu: 'cortex-a35', tier: 1 },
  '0x41/0xd05': { core: 'Cortex-A55', mcpu: 'cortex-a55', tier: 1 },
  '0x41/0xd07': { core: 'Cortex-A57', mcpu: 'cortex-a57', tier: 2 },
  '0x41/0xd08': { core: 'Cortex-A72', mcpu: 'cortex-a72', tier: 3 },
  '0x41/0xd09': { core: 'Cortex-A73', mcpu: 'cortex-a73', tier: 3 },
  '0x41/0xd0a': { core: 'Cortex-A75', mcpu: 'cortex-a75', tier: 3 },
  '0x41/0xd0b': { core: 'Cortex-A76', mcpu: 'cortex-a76', tier: 3 },
  '0x41/0xd0d': { core: 'Cortex-A77', mcpu: 'cortex-a77', tier: 3 },
  '0x41/0xd0c': { core: 'Neoverse N1', mcpu: 'neoverse-n1', tier: 4 },
  '0x41/0xd40': { core: 'Neoverse V1', mcpu: 'neoverse-v1', tier: 4 },
  '0x41/0xd4f': { core: 'Neoverse V2', mcpu: 'neoverse-v2', tier: 4 },
  '0x41/0xd41': { core: 'Cortex-A78', mcpu: 'cortex-a78', tier: 3 },
  '0x41/0xd42': { core: 'Cortex-A78AE', mcpu: 'cortex-a78ae', tier: 3 },
  '0x41/0xd49': { core: 'Neoverse N2', mcpu: 'neoverse-n2', tier: 4 },
  // Denver has no LLVM name; TX2's other cluster (Cortex-A57) names the ISA safely.
  '0x4e/0x003': { core: 'NVIDIA Denver', mcpu: null, tier: 3 },
  '0x4e/0x004': { core: 'NVIDIA Carmel', mcpu: 'carmel', tier: 3 },
  '0x51/0x800': { core: 'Kryo 2xx Gold', mcpu: 'cortex-a73', tier: 3 },
  '0x51/0x801': { core: 'Kryo 2xx Silver', mcpu: 'cortex-a73', tier: 1 },
  '0x51/0x802': { core: 'Kryo 3xx Gold', mcpu: 'cortex-a75', tier: 3 },
  '0x51/0x803': { core: 'Kryo 3xx Silver', mcpu: 'cortex-a75', tier: 1 },
  '0x51/0x804': { core: 'Kryo 4xx Gold', mcpu: 'cortex-a76', tier: 3 },
  '0x51/0x805': { core: 'Kryo 4xx Silver', mcpu: 'cortex-a76', tier: 1 },
};

/** lscpu's decoded `Model name:` on arm64 (e.g. `Neoverse-N1`) → LLVM name. */
export function lscpuArmCore(modelName: string): string | null {
  const name = modelName.toLowerCase();
  return /^(cortex-a\d{1,2}(ae)?|neoverse-[nv]\d)$/.test(name) ? name : null;
}

type X86Rule = {
  vendor: 'GenuineIntel' | 'AuthenticAMD';
  family: number;
  models: readonly (readonly [number, number])[];
  steppings?: readonly [number, number];
  mcpu: string;
  /** Below high where the facts mark the row unverified. */
  confidence?: 'medium';
};

const range = (from: number, to: number = from) => [from, to] as const;

/** First match wins; model 0x55 is split by stepping (Skylake-SP, Cascade Lake, Cooper Lake). */
const X86_RULES: readonly X86Rule[] = [
  { vendor: 'GenuineIntel', family: 6, models: [range(62)], mcpu: 'ivybridge' },
  { vendor: 'GenuineIntel', family: 6, models: [range(63)], mcpu: 'haswell' },
  { vendor: 'GenuineIntel', family: 6, models: [range(79)], mcpu: 'broadwell' },
  {
    vendor: 'GenuineIntel',
    family: 6,
    models: [range(85)],
    steppings: range(0, 4),
    mcpu: 'skylake-avx512',
  },
  {
    vendor: 'GenuineIntel',
    family: 6,
    models: [range(85)],
    steppings: range(7),
    mcpu: 'cascadelake',
  },
  {
    vendor: 'GenuineIntel',
    family: 6,
    models: [range(85)],
    steppings: range(5, 6),
    mcpu: 'cascadelake',
    confidence: 'medium',
  },
  {
    vendor: 'GenuineIntel',
    family: 6,
    models: [range(85)],
    steppings: range(10, 11),
    mcpu: 'cooperlake',
  },
  // Stepping not pasted: Skylake-SP code also runs on Cascade and Cooper Lake, never the reverse.
  {
    vendor: 'GenuineIntel',
    family: 6,
    models: [range(85)],
    mcpu: 'skylake-avx512',
    confidence: 'medium',
  },
  { vendor: 'GenuineIntel', family: 6, models: [range(106), range(108)], mcpu: 'icelake-server' },
  { vendor: 'GenuineIntel', family: 6, models: [range(143), range(207)], mcpu: 'sapphirerapids' },
  { vendor: 'GenuineIntel', family: 6, models: [range(173)], mcpu: 'graniterapids' },
  { vendor: 'AuthenticAMD', family: 23, models: [range(0x00, 0x0f)], mcpu: 'znver1' },
  { vendor: 'AuthenticAMD', family: 23, models: [range(0x30, 0x3f), range(0x71)], mcpu: 'znver2' },
  {
    vendor: 'AuthenticAMD',
    family: 25,
    models: [range(0x00, 0x0f), range(0x20, 0x5f)],
    mcpu: 'znver3',
  },
  {
    vendor: 'AuthenticAMD',
    family: 25,
    models: [range(0x10, 0x1f), range(0x60, 0x74), range(0x78, 0x7b), range(0xa0, 0xaf)],
    mcpu: 'znver4',
  },
];

export type X86Identity = { vendor: string; family: number; model: number; stepping?: number };

const within = (value: number, [from, to]: readonly [number, number]) =>
  value >= from && value <= to;

/** LLVM's -mcpu for an x86 family/model/stepping, or null when the table has no row. */
export function x86Mcpu(
  identity: X86Identity,
): { mcpu: string; confidence: 'high' | 'medium' } | null {
  const rule = X86_RULES.find(
    (entry) =>
      entry.vendor === identity.vendor &&
      entry.family === identity.family &&
      entry.models.some((models) => within(identity.model, models)) &&
      (entry.steppings === undefined ||
        (identity.stepping !== undefined && within(identity.stepping, entry.steppings))),
  );
  return rule === undefined ? null : { mcpu: rule.mcpu, confidence: rule.confidence ?? 'high' };
}
