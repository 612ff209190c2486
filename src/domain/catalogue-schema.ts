/**
 * The device catalogue (public/catalogue.json) is data, parsed here at the boundary. It carries
 * every fact the UI and the rules need about a TargetDevice; facts the reference marks as
 * unverified carry `verified: false` and only ever feed hints, never errors.
 */
import { z } from 'zod';
import {
  acceleratorSchema,
  archSchema,
  osSchema,
  TARGET_DEVICES,
  targetDeviceSchema,
} from './api-values';

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
  /** False where the documented accelerator looks wrong (the DG's Mali on Qualcomm boards). */
  acceleratorVerified: z.boolean().optional(),
  /** What the accelerator is, for display: "NVIDIA Tesla V100", "AWS Inferentia", "none". */
  acceleratorLabel: z.string().min(1),
  /** NVIDIA compute capability as gpu-code, e.g. "sm_53". */
  gpuCode: z
    .string()
    .regex(/^sm_\d{2,3}$/)
    .optional(),
  cpuCore: z.string().optional(),
  /** Given with cpuCore; false where the core is recalled or inferred, not sourced. */
  cpuCoreVerified: z.boolean().optional(),
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

export const catalogueSchema = z
  .object({
    version: z.number().int().positive(),
    source: z.string(),
    devices: z.array(catalogueDeviceSchema),
  })
  // Every rule looks devices up by API value, so each of the 37 appears exactly once.
  .superRefine(({ devices }, context) => {
    const seen = new Set<string>();
    devices.forEach((device, index) => {
      if (seen.has(device.id)) {
        context.addIssue({
          code: 'custom',
          path: ['devices', index, 'id'],
          message: `Device ${device.id} appears more than once`,
        });
      }
      seen.add(device.id);
    });
    const missing = TARGET_DEVICES.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['devices'],
        message: `The catalogue lacks ${missing.join(', ')}`,
      });
    }
  });
export type Catalogue = z.infer<typeof catalogueSchema>;

/** Looks a device up by API value; a Map, so a link naming "constructor" finds nothing. */
export function indexCatalogue(catalogue: Catalogue): ReadonlyMap<string, CatalogueDevice> {
  return new Map(catalogue.devices.map((device) => [device.id, device]));
}

export type CatalogueParseResult = { ok: true; value: Catalogue } | { ok: false; error: string };

/** Parses catalogue data from outside; the error names the first bad field and how many there are. */
export function parseCatalogue(input: unknown): CatalogueParseResult {
  const result = catalogueSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const [first, ...rest] = result.error.issues;
  const where = first && first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return {
    ok: false,
    error: `The device catalogue is malformed${where}: ${first?.message ?? 'unknown problem'}${more}`,
  };
}
