/**
 * The device catalogue (public/catalogue.json) is data, parsed here at the boundary. It carries
 * every fact the UI and the rules need about a TargetDevice; facts the reference marks as
 * unverified carry `verified: false` and only ever feed hints, never errors.
 */
import { z } from 'zod/mini';
import { TARGET_DEVICES } from '../api-values';
import { acceleratorSchema, archSchema, osSchema, targetDeviceSchema } from '../api-value-schemas';
import { DEVICE_CATEGORIES, OPTION_FAMILIES, RETIREMENT_STAGES } from './catalogue';

const optionFamilySchema = z.enum(OPTION_FAMILIES);
const deviceCategorySchema = z.enum(DEVICE_CATEGORIES);

const factSchema = z.object({
  text: z.string().check(z.minLength(1)),
  verified: z.boolean(),
});
export type DeviceFact = z.infer<typeof factSchema>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const sourced = z.string().check(z.minLength(1));

/**
 * When a device entered the API (the botocore release whose TargetDevice enum first lists it)
 * and, where AWS has said so, its retirement, each with its source
 * (shared/reference/catalogue-history.md). No value has ever left the enum.
 */
export const deviceLifecycleSchema = z.object({
  added: z.object({
    date: isoDate,
    botocore: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
    source: sourced,
  }),
  retirement: z.optional(
    z.object({
      stage: z.enum(RETIREMENT_STAGES),
      /** The date AWS gave (end of service, or the retirement notice). */
      date: isoDate,
      /** What AWS said, in short. */
      text: sourced,
      source: sourced,
      /** False where the date comes from a secondary source. */
      verified: z.boolean(),
    }),
  ),
});
export type DeviceLifecycle = z.infer<typeof deviceLifecycleSchema>;

/**
 * When the hardware (or the service) came out, for comparing devices by age: not the date its
 * value entered the API (that is `lifecycle.added`). Each year names its source and links to
 * it; a device with no year found in a source has none, and is shown as unknown, never guessed.
 */
export const deviceReleaseSchema = z.object({
  year: z.int().check(z.gte(1990), z.lte(2100)),
  /** Who says so, when, and in what words, in short. */
  source: sourced,
  /** Where to read it. */
  url: z.url({ protocol: /^https$/ }),
  /** False where the year comes from a secondary source, not the vendor's own page. */
  verified: z.boolean(),
});
export type DeviceRelease = z.infer<typeof deviceReleaseSchema>;

export const catalogueDeviceSchema = z.object({
  id: targetDeviceSchema,
  name: z.string().check(z.minLength(1)),
  vendor: z.string().check(z.minLength(1)),
  category: deviceCategorySchema,
  /** The TargetPlatform Arch this device corresponds to; null where none fits (coreml). */
  arch: z.nullable(archSchema),
  /** Whether `arch` is confirmed by a source (false: inferred or contradicted by the DG). */
  archVerified: z.boolean(),
  os: z.nullable(osSchema),
  /** The TargetPlatform Accelerator; null for CPU-only targets and accelerators with no enum value. */
  accelerator: z.nullable(acceleratorSchema),
  /** False where the documented accelerator looks wrong (the DG's Mali on Qualcomm boards). */
  acceleratorVerified: z.optional(z.boolean()),
  /** What the accelerator is, for display: "NVIDIA Tesla V100", "AWS Inferentia", "none". */
  acceleratorLabel: z.string().check(z.minLength(1)),
  /** NVIDIA compute capability as gpu-code, e.g. "sm_53". */
  gpuCode: z.optional(z.string().check(z.regex(/^sm_\d{2,3}$/))),
  cpuCore: z.optional(z.string()),
  /** Given with cpuCore; false where the core is recalled or inferred, not sourced. */
  cpuCoreVerified: z.optional(z.boolean()),
  /** LLVM -mcpu value suggested for this device. */
  mcpu: z.optional(z.string()),
  mcpuVerified: z.optional(z.boolean()),
  optionFamilies: z.array(optionFamilySchema),
  /**
   * Starter CompilerOptions, as the JSON text the API takes (object JSON, or for Inferentia a
   * JSON string of flags). Used by "Use as platform" and as suggestions.
   */
  suggestedCompilerOptions: z.optional(z.string()),
  /** Short specs for the card, e.g. "GPU sm_53", "4× Cortex-A57". */
  specs: z.array(z.string().check(z.minLength(1))),
  /** The one region where the target is offered, if it is limited to one. */
  region: z.optional(z.string()),
  status: z.enum(['current', 'retired']),
  /** Why the target is risky (retired or retiring), shown wherever the device is. */
  statusNote: z.optional(z.string()),
  lifecycle: deviceLifecycleSchema,
  released: z.optional(deviceReleaseSchema),
  notes: z.array(factSchema),
});
export type CatalogueDevice = z.infer<typeof catalogueDeviceSchema>;

export const catalogueSchema = z
  .object({
    version: z.int().check(z.positive()),
    /** When the devices were last checked against the API model and the docs, and how. */
    checked: z.object({ date: isoDate, against: sourced }),
    source: z.string(),
    devices: z.array(catalogueDeviceSchema),
  })
  // Every rule looks devices up by API value, so each of the 37 appears exactly once.
  .check(
    z.superRefine(({ devices }, context) => {
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
        lifecycleIssues(device).forEach((message) =>
          context.addIssue({ code: 'custom', path: ['devices', index, 'lifecycle'], message }),
        );
      });
      const missing = TARGET_DEVICES.filter((id) => !seen.has(id));
      if (missing.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['devices'],
          message: `The catalogue lacks ${missing.join(', ')}`,
        });
      }
    }),
  );
export type Catalogue = z.infer<typeof catalogueSchema>;

/**
 * A retired status and an ended service go together, and a risky target says why: the note is
 * what the cards and the warnings show.
 */
function lifecycleIssues(device: z.infer<typeof catalogueDeviceSchema>): string[] {
  const stage = device.lifecycle.retirement?.stage;
  const issues: string[] = [];
  if ((device.status === 'retired') !== (stage === 'ended')) {
    issues.push(`${device.id}: status "retired" and lifecycle stage "ended" must go together`);
  }
  if (stage !== undefined && (device.statusNote ?? '') === '') {
    issues.push(
      `${device.id} is ${stage === 'ended' ? 'retired' : 'retiring'} but has no statusNote saying why`,
    );
  }
  return issues;
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
    error: `The device catalogue is malformed${where}: ${first ? describeIssue(first) : 'unknown problem'}${more}`,
  };
}

/** zod/mini ships no message texts (that keeps it small), so the catalogue's are written here. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `Invalid option: expected one of ${issue.values.map((value) => JSON.stringify(value)).join('|')}`;
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}`;
    case 'custom':
      return issue.message;
    default:
      return `Invalid value (${issue.code})`;
  }
}
