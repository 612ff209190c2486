/**
 * The closed sets of the OutputConfig API, each written once. Types are derived from these
 * lists, and the zod enums too (api-value-schemas.ts, apart so that code which only needs the
 * lists does not load zod), so nothing is repeated (botocore 1.43.11, sagemaker 2017-07-24).
 */

/** The 37 TargetDevice values, in the order the API reference lists them. */
export const TARGET_DEVICES = [
  'lambda',
  'ml_m4',
  'ml_m5',
  'ml_m6g',
  'ml_c4',
  'ml_c5',
  'ml_c6g',
  'ml_p2',
  'ml_p3',
  'ml_g4dn',
  'ml_inf1',
  'ml_inf2',
  'ml_trn1',
  'ml_eia2',
  'jetson_tx1',
  'jetson_tx2',
  'jetson_nano',
  'jetson_xavier',
  'rasp3b',
  'rasp4b',
  'imx8qm',
  'deeplens',
  'rk3399',
  'rk3288',
  'aisage',
  'sbe_c',
  'qcs605',
  'qcs603',
  'sitara_am57x',
  'amba_cv2',
  'amba_cv22',
  'amba_cv25',
  'x86_win32',
  'x86_win64',
  'coreml',
  'jacinto_tda4vm',
  'imx8mplus',
] as const;
export type TargetDevice = (typeof TARGET_DEVICES)[number];

export const OS_VALUES = ['LINUX', 'ANDROID'] as const;
export type Os = (typeof OS_VALUES)[number];

export const ARCH_VALUES = ['X86_64', 'X86', 'ARM64', 'ARM_EABI', 'ARM_EABIHF'] as const;
export type Arch = (typeof ARCH_VALUES)[number];

export const ACCELERATOR_VALUES = ['INTEL_GRAPHICS', 'MALI', 'NVIDIA', 'NNA'] as const;
export type Accelerator = (typeof ACCELERATOR_VALUES)[number];

/** The top-level OutputConfig keys, in the order the preview shows them (SPEC §2.7). */
export const OUTPUT_CONFIG_KEYS = [
  'S3OutputLocation',
  'TargetDevice',
  'TargetPlatform',
  'CompilerOptions',
  'KmsKeyId',
] as const;
export type OutputConfigKey = (typeof OUTPUT_CONFIG_KEYS)[number];

/** The TargetPlatform keys, in the order the preview shows them. */
export const TARGET_PLATFORM_KEYS = ['Os', 'Arch', 'Accelerator'] as const;
export type TargetPlatformKey = (typeof TARGET_PLATFORM_KEYS)[number];

export const S3_URI_PATTERN = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
export const S3_URI_MAX_LENGTH = 1024;
export const KMS_KEY_ID_PATTERN = /^[a-zA-Z0-9:/_-]*$/;
export const KMS_KEY_ID_MAX_LENGTH = 2048;
export const COMPILER_OPTIONS_MIN_LENGTH = 3;
export const COMPILER_OPTIONS_MAX_LENGTH = 1024;

/** Single-region targets (API TargetDevice note). */
export const SINGLE_REGION_DEVICES: Partial<
  Record<TargetDevice, { region: string; regionName: string }>
> = {
  ml_trn1: { region: 'us-east-1', regionName: 'US East (N. Virginia)' },
  ml_inf2: { region: 'us-east-2', regionName: 'US East (Ohio)' },
};
