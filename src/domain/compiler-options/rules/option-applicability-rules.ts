/**
 * Rules about which options a target takes: options kept although they do not apply
 * (SPEC §3.9), the three NVIDIA keys a TargetPlatform requires (§3.4) and the "highly
 * recommended" CompilerOptions of CPU targets (§3.10).
 */
import type { OptionFamily } from '../../catalogue/catalogue';
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { withKey } from '../../draft';
import { ownValue, type JsonObject } from '../../json/json-value';
import { PLATFORM_PRESETS } from '../../target/platform-presets';
import type { Problem } from '../../problem';
import { suggestSpelling } from '../../spelling-slips';
import type { TargetReading } from '../../target/target';
import { matchedDevice, planOptions, type OptionsPlan } from '../plan/applicable-options';
import { formatOptionsObject, parseCompilerOptions } from '../api-string';
import type { OptionField } from '../plan/option-fields';
import { documentedNvidiaValue, NVIDIA_KEYS } from '../plan/option-suggestions';
import { withOption, withoutOption, withRenamedOption } from '../option-edits';

/** What the option rules know about the target. */
export type OptionsContext = {
  target: TargetReading;
  plan: OptionsPlan;
  /** The catalogue entry of the TargetDevice, when the caller passed the matching one. */
  device?: CatalogueDevice;
  /** How messages name the target: "jetson_nano", "TargetPlatform LINUX/ARM64/NVIDIA". */
  targetName: string;
  /** False when the target is missing or unknown: then no option is said not to apply. */
  targetKnown: boolean;
};

/** Gathers the plan and the names the option rules need. */
export function optionsContext(target: TargetReading, device?: CatalogueDevice): OptionsContext {
  const known = matchedDevice(target, device);
  const plan = planOptions(target, known);
  const platform = target.platform;
  const parts = platform
    ? [platform.os, platform.arch, platform.accelerator].flatMap((part) =>
        typeof part === 'string' ? [part.length > 24 ? `${part.slice(0, 24)}…` : part] : [],
      )
    : [];
  const context: OptionsContext = {
    target,
    plan,
    targetName: known
      ? known.id
      : parts.length > 0
        ? `TargetPlatform ${parts.join('/')}`
        : 'this target',
    targetKnown: known !== undefined || (target.device === undefined && platform !== undefined),
  };
  if (known !== undefined) context.device = known;
  return context;
}

const FAMILY_PURPOSE: Record<OptionFamily, string> = {
  dtype: 'ml_* instances other than ml_inf',
  cpu: 'CPU targets',
  nvidia: 'NVIDIA GPUs',
  jetpack: 'NVIDIA Jetson devices',
  android: 'Os ANDROID',
  inferentia: 'Inferentia',
  eia: 'Elastic Inference (ml_eia2)',
  coreml: 'coreml',
};

/** A warning when a known option does not apply to the target; the option is kept. */
export function applicabilityProblem(
  field: OptionField,
  context: OptionsContext,
): Problem | undefined {
  if (!context.targetKnown || context.plan.families.includes(field.family)) return undefined;
  const key = field.key;
  return {
    field: key,
    severity: 'warning',
    message: `${key} does not apply to ${context.targetName} (it is for ${FAMILY_PURPOSE[field.family]}); it is kept`,
    fix: { label: `Remove ${key}`, apply: (draft) => withoutOption(draft, key) },
  };
}

/** Errors for gpu-code, trt-ver and cuda-ver missing from a TargetPlatform with Accelerator NVIDIA. */
export function nvidiaRequiredProblems(options: JsonObject, context: OptionsContext): Problem[] {
  if (!context.plan.nvidiaRequired) return [];
  return NVIDIA_KEYS.flatMap((key): Problem[] => {
    const value = ownValue(options, key);
    if (value !== undefined && value !== '') return [];
    const problem: Problem = {
      field: key,
      severity: 'error',
      message: `${key} is required for a TargetPlatform with Accelerator NVIDIA (with ${NVIDIA_KEYS.filter((other) => other !== key).join(' and ')})`,
    };
    const misspelt = Object.keys(options).find(
      (existing) => suggestSpelling(existing, [key]) !== undefined,
    );
    const documented = documentedNvidiaValue(key, options, context.target.platform?.arch);
    if (misspelt !== undefined) {
      problem.fix = {
        label: `Rename ${misspelt} to ${key}`,
        apply: (draft) => withRenamedOption(draft, misspelt, key),
      };
    } else if (documented !== undefined) {
      const { value: fill, source } = documented;
      problem.fix = {
        label: `Set ${key} to ${fill} (${source})`,
        apply: (draft) => withOption(draft, key, fill),
      };
    }
    return [problem];
  });
}

/**
 * The warning for a CPU target with no CompilerOptions, which the API highly recommends. The
 * message names what the fix sets, so the two never disagree: the device's mcpu, its documented
 * options, or on Android the reference example (which has no mcpu).
 */
export function cpuRecommendedProblem(context: OptionsContext): Problem | undefined {
  if (!context.plan.cpuTarget) return undefined;
  const lead = 'CompilerOptions is highly recommended for CPU compilations';
  const device = context.device;
  if (device?.mcpu !== undefined) {
    const mcpu = device.mcpu;
    return {
      field: 'CompilerOptions',
      severity: 'warning',
      message: `${lead}: set mcpu (the CPU micro-architecture) for ${context.targetName}`,
      fix: { label: `Set mcpu to ${mcpu}`, apply: (draft) => withOption(draft, 'mcpu', mcpu) },
    };
  }
  const starter = device
    ? documentedText(device.suggestedCompilerOptions)
    : androidExample(context);
  const isAndroid = context.plan.families.includes('android');
  const problem: Problem = {
    field: 'CompilerOptions',
    severity: 'warning',
    message: `${lead}: set ${isAndroid ? 'ANDROID_PLATFORM (the Android API level)' : 'mcpu (the CPU micro-architecture)'} for ${context.targetName}`,
  };
  if (starter !== undefined) {
    problem.message = `${lead}: ${device ? `the documented options for ${device.id}` : `the reference example for ${context.targetName}`} are ${starter}`;
    problem.fix = {
      label: `Use ${starter}`,
      apply: (draft) => withKey(draft, 'CompilerOptions', starter),
    };
  }
  return problem;
}

function documentedText(value: string | undefined): string | undefined {
  const parsed = parseCompilerOptions(value);
  return parsed.kind === 'object' ? formatOptionsObject(parsed.value) : undefined;
}

/** The API reference's Android example for the platform's Arch (no mcpu in either). */
function androidExample(context: OptionsContext): string | undefined {
  const platform = context.target.platform;
  if (platform?.os !== 'ANDROID') return undefined;
  const preset = PLATFORM_PRESETS.find(
    (candidate) =>
      candidate.platform.Os === 'ANDROID' &&
      candidate.platform.Arch === platform.arch &&
      candidate.platform.Accelerator === undefined,
  );
  return documentedText(preset?.compilerOptions);
}
