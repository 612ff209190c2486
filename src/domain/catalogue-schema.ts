/**
 * The device catalogue (public/catalogue.json) is data, parsed here at the boundary. It carries
 * every fact the UI and the rules need about a TargetDevice; facts the reference marks as
 * unverified carry `verified: false` and only ever feed hints, never errors.
 */
import { z } from 'zod';
import { acceleratorSchema, archSchema, osSchema, targetDeviceSchema } from './api-values';

/** Which compiler-option families a target accepts (reference fact sheet, "Opts" column). */
export const OPTION_FAMILIES = [
  'dtype',
  'cpu',
  'nvidia',
  'jetpack',
  'android',
  'inferentia',
  'eia',
  'coreml',
] as const;
export const optionFamilySchema = z.enum(OPTION_FAMILIES);
export type OptionFamily = z.infer<typeof optionFamilySchema>;

export const DEVICE_CATEGORIES = [
  'cloud-cpu',
  'cloud-gpu',
  'aws-accelerator',
  'edge-gpu',
  'edge-cpu',
  'edge-android',
  'edge-npu',
  'desktop',
  'apple',
] as const;
export const deviceCategorySchema = z.enum(DEVICE_CATEGORIES);
export type DeviceCategory = z.infer<typeof deviceCategorySchema>;

export const DEVICE_CATEGORY_LABELS: Record<DeviceCategory, string> = {
  'cloud-cpu': 'Cloud CPU',
  'cloud-gpu': 'Cloud GPU',
  'aws-accelerator': 'AWS ML accelerator',
  'edge-gpu': 'Edge GPU',
  'edge-cpu': 'Edge CPU',
  'edge-android': 'Edge SoC (Android)',
  'edge-npu': 'Edge NPU / DSP',
  desktop: 'Desktop OS',
  apple: 'Apple',
};

const factSchema = z.object({
  text: z.string().min(1),
  verified: z.boolean(),
});
export type DeviceFact = z.infer<typeof factSchema>;

export const catalogueDeviceSchema = z.object({
  id: targetDeviceSchema,
  name: z.string().min(1),
  vendor: z.string().min(1),
  category: deviceCategorySchema,
  /** The TargetPlatform Arch this device corresponds to; null where none fits (coreml). */
  arch: archSchema.nullable(),
  /** Whether `arch` is confirmed by a source (false: inferred or contradicted by the DG). */
  archVerified: z.boolean(),
  os: osSchema.nullable(),
  /** The TargetPlatform Accelerator; null for CPU-only targets and accelerators with no enum value. */
  accelerator: acceleratorSchema.nullable(),
  /** What the accelerator is, for display: "NVIDIA Tesla V100", "AWS Inferentia", "none". */
  acceleratorLabel: z.string().min(1),
  /** NVIDIA compute capability as gpu-code, e.g. "sm_53". */
  gpuCode: z
    .string()
    .regex(/^sm_\d{2,3}$/)
    .optional(),
  cpuCore: z.string().optional(),
  /** LLVM -mcpu value suggested for this device. */
  mcpu: z.string().optional(),
  mcpuVerified: z.boolean().optional(),
  optionFamilies: z.array(optionFamilySchema),
  /**
   * Starter CompilerOptions, as the JSON text the API takes (object JSON, or for Inferentia a
   * JSON string of flags). Used by "Use as platform" and as suggestions.
   */
  suggestedCompilerOptions: z.string().optional(),
  /** Short specs for the card, e.g. "GPU sm_53", "4× Cortex-A57". */
  specs: z.array(z.string().min(1)),
  /** The one region where the target is offered, if it is limited to one. */
  region: z.string().optional(),
  status: z.enum(['current', 'retired']),
  statusNote: z.string().optional(),
  notes: z.array(factSchema),
});
export type CatalogueDevice = z.infer<typeof catalogueDeviceSchema>;

export const catalogueSchema = z.object({
  version: z.number().int().positive(),
  source: z.string(),
  devices: z.array(catalogueDeviceSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** Looks a device up by API value; a Map, so a link naming "constructor" finds nothing. */
export function indexCatalogue(catalogue: Catalogue): ReadonlyMap<string, CatalogueDevice> {
  return new Map(catalogue.devices.map((device) => [device.id, device]));
}
