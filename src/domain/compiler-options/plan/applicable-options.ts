/**
 * Which option fields a target shows, with their suggestions (SPEC §3). This is the one place
 * that decides it: the plan is the options' whole view model (suggestions with their notes,
 * hints, where a companion control goes, which keys are kept as given), the form only renders
 * it, and the rules warn about options outside it.
 */
import { TARGET_DEVICES } from '../../api-values';
import { OPTION_FAMILIES, type OptionFamily } from '../../catalogue/catalogue';
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { ownValue, type JsonObject, type JsonValue } from '../../json/json-value';
import type { TargetReading } from '../../target/target';
import { quote } from '../../value-text';
import { parseCompilerOptions } from '../api-string';
import { fieldFacts, type FieldFacts } from './field-facts';
import { NEURON_BUILDERS, neuronCompilerFor, type NeuronBuilder } from '../inferentia-flags';
import { DTYPE_VALUES, OPTION_FIELDS, PRECISION_MODES, type OptionField } from './option-fields';
import {
  ANDROID_PLATFORM_SUGGESTIONS,
  COMMON_GPU_CODES,
  CUDA_VERSION_SUGGESTIONS,
  JETPACK_NOTE,
  JETPACK_SUGGESTIONS,
  MCPU_SUGGESTIONS,
  NVIDIA_VERSIONS_NOTE,
  TRT_VERSION_SUGGESTIONS,
} from './option-suggestions';
import { NO_TARGET_OPTIONS } from '../../target/target-or-options';
import { describeSuggestions, type Suggestion } from './suggestion-notes';

/** A control that goes right after a field: the NEON switch edits mattr (SPEC §3.3). */
export type OptionCompanion = 'neon-switch';

// SPEC §3.8: the EIA pair the rules reject together; both fields stay visible.
const EITHER_OR_KEYS: readonly string[] = ['signature_def_key', 'output_names'];
const EITHER_OR_HINT = 'Set at most one of signature_def_key and output_names.';

export type OptionFieldPlan = FieldFacts & {
  field: OptionField;
  /** Values to offer, the target's own first, each with where it comes from. */
  suggestions: Suggestion[];
  required: boolean;
  /** Said under the help once: absent when the help or the field above already says it. */
  note?: string;
  /**
   * A hint under the field that is not a problem, e.g. "Set at most one of …". It sits on the
   * field the matching problem lands on, and gives way to that field's problems, which say it.
   */
  hint?: string;
  companion?: OptionCompanion;
};

export type OptionsPlan = {
  mode: 'fields' | 'inferentia' | 'none';
  fields: OptionFieldPlan[];
  families: OptionFamily[];
  /**
   * A CPU compilation (CPU options apply and there is no accelerator), for which the API
   * "highly recommends" CompilerOptions.
   */
  cpuTarget: boolean;
  /** TargetPlatform with Accelerator NVIDIA: gpu-code, trt-ver and cuda-ver are required. */
  nvidiaRequired: boolean;
  whyNone?: string;
  /** Inferentia: the flags builder of the device's Neuron compiler. */
  neuron?: NeuronBuilder;
};

/** The catalogue entry for the draft's TargetDevice, if `device` is that entry. */
export function matchedDevice(
  target: TargetReading,
  device?: CatalogueDevice,
): CatalogueDevice | undefined {
  return device !== undefined && target.device === device.id ? device : undefined;
}

/**
 * Decides which option fields the target shows, with suggestions and notes. `device` is the
 * catalogue entry of the draft's TargetDevice; when a draft names both a device and a platform
 * (an error reported elsewhere), the device decides.
 */
export function planOptions(target: TargetReading, device?: CatalogueDevice): OptionsPlan {
  if (target.device !== undefined) {
    const known = matchedDevice(target, device);
    if (known === undefined) return nonePlan(unknownDeviceReason(target.device));
    return devicePlan(known);
  }
  if (target.platformNotObject) {
    return nonePlan('TargetPlatform is not an object, so no option field can be chosen for it');
  }
  if (target.platform !== undefined) return platformPlan(target.platform);
  return nonePlan(NO_TARGET_OPTIONS);
}

function nonePlan(whyNone: string): OptionsPlan {
  return {
    mode: 'none',
    fields: [],
    families: [],
    cpuTarget: false,
    nvidiaRequired: false,
    whyNone,
  };
}

function unknownDeviceReason(device: JsonValue): string {
  if (typeof device !== 'string') return 'TargetDevice is not text, so no option field applies';
  return (TARGET_DEVICES as readonly string[]).includes(device)
    ? `The catalogue entry for ${device} is not loaded, so its option fields are not known yet`
    : `${quote(device)} is not a known TargetDevice, so no option field applies`;
}

type PlanContext = {
  families: OptionFamily[];
  arch: JsonValue | undefined;
  nvidiaRequired: boolean;
  hasAccelerator: boolean;
  device?: CatalogueDevice;
};

function devicePlan(device: CatalogueDevice): OptionsPlan {
  const families = OPTION_FAMILIES.filter((family) => device.optionFamilies.includes(family));
  if (families.includes('inferentia')) {
    return {
      mode: 'inferentia',
      fields: [],
      families,
      cpuTarget: false,
      nvidiaRequired: false,
      neuron: NEURON_BUILDERS[neuronCompilerFor(device.id)],
    };
  }
  if (families.length === 0) return nonePlan(`No compiler option is documented for ${device.id}`);
  return fieldsPlan({
    families,
    arch: device.arch ?? undefined,
    nvidiaRequired: false,
    hasAccelerator: device.accelerator !== null,
    device,
  });
}

function platformPlan(platform: NonNullable<TargetReading['platform']>): OptionsPlan {
  const isAndroid = platform.os === 'ANDROID';
  const isNvidia = platform.accelerator === 'NVIDIA';
  const families = OPTION_FAMILIES.filter(
    (family) =>
      (family === 'android' && isAndroid) ||
      (family === 'cpu' && (isAndroid || !isNvidia)) ||
      (family === 'nvidia' && isNvidia),
  );
  return fieldsPlan({
    families,
    arch: platform.arch,
    nvidiaRequired: isNvidia,
    hasAccelerator: platform.accelerator !== undefined,
  });
}

function fieldsPlan(context: PlanContext): OptionsPlan {
  const { families, arch, nvidiaRequired } = context;
  const hasCpuOptions = families.includes('cpu');
  // 32-bit ARM CPU target: a switch that adds +neon goes right after mattr (SPEC §3.3).
  const hasNeonSwitch = hasCpuOptions && (arch === 'ARM_EABI' || arch === 'ARM_EABIHF');
  const planned = OPTION_FIELDS.filter((field) => families.includes(field.family));
  const hasEitherOr = EITHER_OR_KEYS.every((key) => planned.some((field) => field.key === key));
  const fields = planned.map((field, index) => {
    const plan = planField(field, context);
    // A note shared with the field above (trt-ver, cuda-ver) or restating the help is said once.
    const above = planned[index - 1];
    const isSaid =
      (above !== undefined && fieldNote(above.key, context.device) === plan.note) ||
      (plan.note !== undefined && field.help.includes(plan.note.replace(/\.$/, '')));
    if (isSaid) delete plan.note;
    // Said once, under the second of the two, where the "not both" error lands and replaces it
    // (issue 12 §9: it was said three times).
    if (hasEitherOr && field.key === EITHER_OR_KEYS[1]) plan.hint = EITHER_OR_HINT;
    if (hasNeonSwitch && field.key === 'mattr') plan.companion = 'neon-switch';
    return plan;
  });
  return {
    mode: 'fields',
    fields,
    families,
    cpuTarget: hasCpuOptions && !context.hasAccelerator,
    nvidiaRequired,
  };
}

function planField(field: OptionField, context: PlanContext): OptionFieldPlan {
  const required = context.nvidiaRequired && field.family === 'nvidia';
  const fromDevice = deviceStarterValues(field.key, context.device);
  const plan: OptionFieldPlan = {
    ...fieldFacts(field, context.arch, context.device),
    field,
    suggestions: describeSuggestions(
      field.key,
      [...new Set([...fromDevice, ...genericSuggestions(field.key, context)])],
      context.device,
    ),
    required,
  };
  const note = fieldNote(field.key, context.device);
  if (note !== undefined) plan.note = note;
  return plan;
}

/** Values for `key` from the device's catalogue entry: its mcpu or gpu-code, then its starter options. */
function deviceStarterValues(key: string, device?: CatalogueDevice): string[] {
  if (device === undefined) return [];
  const own = key === 'mcpu' ? device.mcpu : key === 'gpu-code' ? device.gpuCode : undefined;
  const starter = parseCompilerOptions(device.suggestedCompilerOptions);
  const starterValue =
    starter.kind === 'object' || starter.kind === 'python'
      ? ownValue(starter.value, key)
      : undefined;
  const values = [own, ...(Array.isArray(starterValue) ? starterValue : [starterValue])];
  return values.flatMap((value) =>
    typeof value === 'string' || typeof value === 'number' ? [String(value)] : [],
  );
}

function genericSuggestions(key: string, context: PlanContext): readonly string[] {
  switch (key) {
    case 'dtype':
      return DTYPE_VALUES;
    case 'mcpu':
      return typeof context.arch === 'string' ? (MCPU_SUGGESTIONS.get(context.arch) ?? []) : [];
    case 'mattr':
      return context.arch === 'ARM_EABI' || context.arch === 'ARM_EABIHF'
        ? ['+neon', '+vfpv4']
        : [];
    case 'gpu-code':
      return context.device?.gpuCode === undefined ? COMMON_GPU_CODES : [];
    case 'trt-ver':
      return TRT_VERSION_SUGGESTIONS;
    case 'cuda-ver':
      return CUDA_VERSION_SUGGESTIONS;
    case 'JETPACK_VERSION':
      return JETPACK_SUGGESTIONS;
    case 'ANDROID_PLATFORM':
      return ANDROID_PLATFORM_SUGGESTIONS;
    case 'precision_mode':
      return PRECISION_MODES;
    default:
      return [];
  }
}

function fieldNote(key: string, device?: CatalogueDevice): string | undefined {
  switch (key) {
    case 'dtype':
      return 'Matters for PyTorch models; float32 is used when dtype is not set.';
    case 'mcpu':
      return device?.mcpu !== undefined && device.mcpuVerified === false
        ? `${device.mcpu} for ${device.id} is inferred from its CPU core, not confirmed by AWS.`
        : undefined;
    case 'trt-ver':
    case 'cuda-ver':
      return NVIDIA_VERSIONS_NOTE;
    case 'JETPACK_VERSION':
      return JETPACK_NOTE;
    default:
      return undefined;
  }
}

/** The options the plan has no field for, kept and listed as given (none for Inferentia). */
export function keptOptionEntries(
  plan: OptionsPlan,
  options: JsonObject | undefined,
): [string, JsonValue][] {
  if (options === undefined || plan.mode === 'inferentia') return [];
  const planned = new Set<string>(plan.fields.map((entry) => entry.field.key));
  return Object.entries(options).filter(([key]) => !planned.has(key));
}
