/**
 * Documented values the option fields suggest and the rules' fixes fill in (reference fact
 * sheet §1-§2). Suggestions are hints: a value that is not listed here is never an error.
 */
import type { Arch } from '../../api-values';
import type { JsonObject, JsonValue } from '../../json/json-value';
import { ownValue } from '../../json/json-value';

const X86_CPUS = ['core-avx2', 'ivybridge', 'skylake-avx512', 'cascadelake'];

/** LLVM -mcpu names per TargetPlatform Arch (Neo's compiler is TVM on LLVM). */
export const MCPU_SUGGESTIONS: ReadonlyMap<string, readonly string[]> = new Map<Arch, string[]>([
  ['X86_64', X86_CPUS],
  ['X86', X86_CPUS],
  ['ARM64', ['cortex-a53', 'cortex-a57', 'cortex-a72', 'carmel', 'neoverse-n1']],
  [
    'ARM_EABIHF',
    ['cortex-a7', 'cortex-a9', 'cortex-a15', 'cortex-a17', 'cortex-a53', 'cortex-a72'],
  ],
  ['ARM_EABI', ['cortex-a7', 'cortex-a9', 'cortex-a15', 'cortex-a17', 'cortex-a53', 'cortex-a72']],
]);

/** The documented compute capabilities: Jetsons first, then the cloud GPUs. */
export const COMMON_GPU_CODES = ['sm_53', 'sm_62', 'sm_72', 'sm_37', 'sm_70', 'sm_75'] as const;

/** Whose compute capability each documented gpu-code is, worded for "sm_72 is Xavier's". */
export const GPU_CODE_OWNERS: ReadonlyMap<string, string> = new Map([
  ['sm_37', "the Tesla K80's (ml_p2)"],
  ['sm_53', "the Jetson Nano's and TX1's"],
  ['sm_62', "the Jetson TX2's"],
  ['sm_70', "the Tesla V100's (ml_p3)"],
  ['sm_72', "Xavier's"],
  ['sm_75', "the Tesla T4's (ml_g4dn)"],
]);

/** Documented TensorRT versions first; the later JetPack ones are unverified for Neo. */
export const TRT_VERSION_SUGGESTIONS = ['6.0.1', '5.1.6', '5.0.6', '7.1.3', '8.0.1', '8.2.1'];
export const CUDA_VERSION_SUGGESTIONS = ['10.0', '10.1', '10.2'];
export const NVIDIA_VERSIONS_NOTE =
  'Documented pairs: trt-ver 6.0.1, 5.1.6 or 5.0.6 with cuda-ver 10.0. Later JetPacks (TensorRT 7.1.3, 8.0.1, 8.2.1 with CUDA 10.2) are unverified for Neo.';

export const JETPACK_SUGGESTIONS = ['4.6'];
export const JETPACK_NOTE = 'Documented only in the jetson_nano TensorFlow 2 example.';

export const ANDROID_PLATFORM_SUGGESTIONS = ['21', '22', '23', '24', '25', '26', '27', '28', '29'];

export type NvidiaKey = 'gpu-code' | 'trt-ver' | 'cuda-ver';
export const NVIDIA_KEYS: readonly NvidiaKey[] = ['gpu-code', 'trt-ver', 'cuda-ver'];

type NvidiaExample = Record<NvidiaKey, string> & { arch: Arch; source: string };

/** The documented gpu-code / trt-ver / cuda-ver triples, the platform examples first. */
const NVIDIA_EXAMPLES: readonly NvidiaExample[] = [
  {
    'gpu-code': 'sm_62',
    'trt-ver': '6.0.1',
    'cuda-ver': '10.0',
    arch: 'ARM64',
    source: 'Jetson TX2 example',
  },
  {
    'gpu-code': 'sm_72',
    'trt-ver': '5.1.6',
    'cuda-ver': '10.0',
    arch: 'ARM64',
    source: 'Jetson Xavier example',
  },
  {
    'gpu-code': 'sm_53',
    'trt-ver': '5.0.6',
    'cuda-ver': '10.0',
    arch: 'ARM64',
    source: 'Jetson Nano example',
  },
  {
    'gpu-code': 'sm_53',
    'trt-ver': '6.0.1',
    'cuda-ver': '10.0',
    arch: 'ARM64',
    source: 'Jetson TX1 example',
  },
  {
    'gpu-code': 'sm_72',
    'trt-ver': '6.0.1',
    'cuda-ver': '10.1',
    arch: 'ARM64',
    source: 'API example',
  },
  {
    'gpu-code': 'sm_70',
    'trt-ver': '6.0.1',
    'cuda-ver': '10.0',
    arch: 'X86_64',
    source: 'ml_p3 example',
  },
];

/**
 * A documented value for a missing NVIDIA key that fits the platform's Arch and the NVIDIA
 * keys already set, or undefined when no documented example fits.
 */
export function documentedNvidiaValue(
  key: NvidiaKey,
  options: JsonObject,
  arch: JsonValue | undefined,
): { value: string; source: string } | undefined {
  const fits = NVIDIA_EXAMPLES.find(
    (example) =>
      (arch !== 'X86_64' && arch !== 'ARM64' ? true : example.arch === arch) &&
      NVIDIA_KEYS.every((other) => {
        const given = ownValue(options, other);
        return other === key || typeof given !== 'string' || given === example[other];
      }),
  );
  return fits && { value: fits[key], source: fits.source };
}
