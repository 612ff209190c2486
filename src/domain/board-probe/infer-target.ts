/**
 * The inference step: from every finding to one proposed target. A catalogue TargetDevice
 * when the board is one (and its userland matches the device's), otherwise a TargetPlatform
 * with CompilerOptions. Each value keeps the line it came from and how sure it is.
 */
import type { Accelerator, Arch, Os, TargetDevice } from '../api-values';
import type { CatalogueDevice } from '../catalogue/catalogue-schema';
import { OPTION_FIELDS } from '../compiler-options/plan/option-fields';
import type { JsonValue } from '../json/json-value';
import { resolveArch } from './arch-resolution';
import { disagreements, strongestFirst, type ProbeWarning } from './evidence-order';
import { NEO_DOCUMENTED_TRT_VERSIONS } from './jetson-releases';
import { undocumentedTrtMessage } from '../compiler-options/rules/nvidia-version-rules';
import type { Confidence, Evidence, EvidenceKind, SourceLine } from './probe-types';

export const INFERRED_FIELDS = [
  'TargetDevice',
  'Os',
  'Arch',
  'Accelerator',
  'mcpu',
  'mattr',
  'gpu-code',
  'trt-ver',
  'cuda-ver',
  'ANDROID_PLATFORM',
  'JETPACK_VERSION',
] as const;
export type InferredField = (typeof INFERRED_FIELDS)[number];

export type InferredValue = {
  field: InferredField;
  /** The value as the preview will show it (mattr as its JSON list). */
  value: string;
  source: SourceLine;
  confidence: Confidence;
  note?: string;
};

export type ProbeTarget =
  | { kind: 'device'; device: TargetDevice; options: Record<string, JsonValue> }
  | {
      kind: 'platform';
      os: Os;
      arch: Arch;
      accelerator?: Accelerator;
      options: Record<string, JsonValue>;
    };

export type TargetInference = {
  /** Null when the paste does not say enough for a target (see `missing`). */
  target: ProbeTarget | null;
  values: InferredValue[];
  warnings: ProbeWarning[];
  /** Lines recognised but deliberately not used, and why. */
  notes: { text: string; source: SourceLine }[];
  /** What could not be inferred, each with what to paste for it. */
  missing: string[];
};

const ANDROID_PLATFORM_RANGE = { min: 21, max: 29 } as const;

type Of<K extends EvidenceKind> = Extract<Evidence, { kind: K }>;

function ofKind<K extends EvidenceKind>(all: readonly Evidence[], kind: K): Of<K>[] {
  return strongestFirst(all.filter((evidence): evidence is Of<K> => evidence.kind === kind));
}

function valueOf(
  field: InferredField,
  evidence: Evidence,
  value: string,
  note?: string,
): InferredValue {
  const why = note ?? evidence.note;
  return {
    field,
    value,
    source: evidence.source,
    confidence: evidence.confidence,
    ...(why === undefined ? {} : { note: why }),
  };
}

/** Turns the findings of one paste into a proposed target, for the given catalogue. */
export function inferTarget(
  all: readonly Evidence[],
  devices: readonly CatalogueDevice[],
): TargetInference {
  const warnings: ProbeWarning[] = [];
  const missing: string[] = [];
  const values: InferredValue[] = [];
  const decide = <K extends Exclude<EvidenceKind, 'arch' | 'ignored'>>(kind: K, field: string) => {
    const list = ofKind(all, kind);
    const chosen = list[0];
    if (chosen !== undefined)
      warnings.push(
        ...disagreements(field, chosen, list, (evidence) =>
          String('value' in evidence ? evidence.value : ''),
        ),
      );
    return chosen;
  };

  const osEvidence = decide('os', 'Os');
  const arch = resolveArch(ofKind(all, 'arch'), osEvidence?.value);
  warnings.push(...arch.warnings);
  const accelerator = decide('accelerator', 'Accelerator');
  const mcpu = decide('mcpu', 'mcpu');
  const neon = decide('neon', 'NEON');
  const gpuCode = decide('gpu-code', 'gpu-code');
  const trt = decide('trt-ver', 'trt-ver');
  const cuda = decide('cuda-ver', 'cuda-ver');
  const sdk = decide('android-sdk', 'ANDROID_PLATFORM');
  const jetpack = decide('jetpack', 'JETPACK_VERSION');
  const board = decide('device', 'TargetDevice');

  let os: InferredValue | undefined = osEvidence && valueOf('Os', osEvidence, osEvidence.value);
  if (os === undefined && arch.arch !== undefined) {
    os = {
      field: 'Os',
      value: 'LINUX',
      source: arch.arch.source,
      confidence: 'low',
      note: 'nothing in the paste names Android, so Linux is assumed',
    };
  }
  const archValue = arch.arch && { field: 'Arch' as const, ...arch.arch };
  const isNvidia = accelerator?.value === 'NVIDIA';
  if (os?.value === 'ANDROID' && isNvidia) {
    warnings.push({
      message: 'Accelerator NVIDIA does not exist for Android in the support table',
      lines: [accelerator.source],
    });
  }

  const options: InferredValue[] = [];
  if (mcpu !== undefined) options.push(valueOf('mcpu', mcpu, mcpu.value));
  const is32BitArm = archValue?.value === 'ARM_EABI' || archValue?.value === 'ARM_EABIHF';
  if (neon !== undefined && is32BitArm && neon.value)
    options.push(valueOf('mattr', neon, '["+neon"]'));
  if (isNvidia) {
    if (gpuCode !== undefined) options.push(valueOf('gpu-code', gpuCode, gpuCode.value));
    if (trt !== undefined) {
      options.push(valueOf('trt-ver', trt, trt.value));
      if (!(NEO_DOCUMENTED_TRT_VERSIONS as readonly string[]).includes(trt.value)) {
        warnings.push({
          message: undocumentedTrtMessage(trt.value),
          lines: [trt.source],
        });
      }
    }
    if (cuda !== undefined) options.push(valueOf('cuda-ver', cuda, cuda.value));
  }
  if (sdk !== undefined && os?.value === 'ANDROID') options.push(...androidPlatform(sdk, warnings));

  const device = chooseDevice(board, archValue, devices, warnings);
  if (device !== undefined) {
    const families = new Set(device.optionFamilies);
    const applies = (key: string) =>
      OPTION_FIELDS.some((field) => field.key === key && families.has(field.family));
    const deviceOptions = options.filter((option) => applies(option.field));
    if (jetpack !== undefined && applies('JETPACK_VERSION'))
      deviceOptions.push(valueOf('JETPACK_VERSION', jetpack, jetpack.value));
    values.push(valueOf('TargetDevice', board!, device.id), ...deviceOptions);
    return {
      target: { kind: 'device', device: device.id, options: optionsObject(deviceOptions) },
      values,
      warnings,
      notes: notes(all),
      missing,
    };
  }

  if (arch.missing !== undefined) missing.push(arch.missing);
  if (os !== undefined) values.push(os);
  if (archValue !== undefined) values.push(archValue);
  if (accelerator !== undefined && (accelerator.value !== 'NVIDIA' || os?.value !== 'ANDROID'))
    values.push(valueOf('Accelerator', accelerator, accelerator.value));
  values.push(...options);
  if (isNvidia) {
    (['gpu-code', 'trt-ver', 'cuda-ver'] as const)
      .filter((key) => !options.some((option) => option.field === key))
      .forEach((key) => missing.push(`${key}: ${NVIDIA_HINTS[key]}`));
  }
  const target: ProbeTarget | null =
    os !== undefined && archValue !== undefined
      ? {
          kind: 'platform',
          os: os.value as Os,
          arch: archValue.value,
          ...(accelerator !== undefined && values.some((value) => value.field === 'Accelerator')
            ? { accelerator: accelerator.value }
            : {}),
          options: optionsObject(options),
        }
      : null;
  return { target, values, warnings, notes: notes(all), missing };
}

const NVIDIA_HINTS = {
  'gpu-code':
    'paste nvidia-smi (or its --query-gpu=name,compute_cap --format=csv) or the device-tree compatible',
  'trt-ver': 'paste dpkg -l | grep nvinfer, or jetson_release',
  'cuda-ver': 'paste nvcc --version or /usr/local/cuda/version.json',
} as const;

/** ANDROID_PLATFORM from the SDK level: 21–29 as is, newer clamped to 29 (§5.3), older dropped. */
function androidPlatform(sdk: Of<'android-sdk'>, warnings: ProbeWarning[]): InferredValue[] {
  const { min, max } = ANDROID_PLATFORM_RANGE;
  if (sdk.value < min) {
    warnings.push({
      message: `Android API ${sdk.value} is older than Neo accepts (${min}–${max}): ANDROID_PLATFORM is left out`,
      lines: [sdk.source],
    });
    return [];
  }
  if (sdk.value <= max) return [valueOf('ANDROID_PLATFORM', sdk, String(sdk.value))];
  const why = `Android API ${sdk.value} is newer than Neo accepts (${min}–${max}): ANDROID_PLATFORM ${max}, since a library built for API ${max} loads on API ${sdk.value}`;
  warnings.push({ message: why, lines: [sdk.source] });
  const note = `clamped from API ${sdk.value} (see the warning)`;
  return [{ ...valueOf('ANDROID_PLATFORM', sdk, String(max), note), confidence: 'medium' }];
}

/** The catalogue device for the board, unless its Arch contradicts the board's userland. */
function chooseDevice(
  board: Of<'device'> | undefined,
  arch: { value: Arch; source: SourceLine } | undefined,
  devices: readonly CatalogueDevice[],
  warnings: ProbeWarning[],
): CatalogueDevice | undefined {
  if (board === undefined) return undefined;
  const device = devices.find((entry) => entry.id === board.value);
  if (device === undefined) {
    warnings.push({
      message: `${board.board}: no single catalogue device matches, so the target is a TargetPlatform`,
      lines: [board.source],
    });
    return undefined;
  }
  if (arch !== undefined && device.arch !== null && device.arch !== arch.value) {
    warnings.push({
      message: `${device.id} is built for ${device.arch}, but this ${board.board} runs a ${arch.value} userland (line ${arch.source.line}): a TargetPlatform fits it`,
      lines: [board.source, arch.source],
    });
    return undefined;
  }
  return device;
}

function optionsObject(options: readonly InferredValue[]): Record<string, JsonValue> {
  const object: Record<string, JsonValue> = {};
  for (const option of options) {
    object[option.field] =
      option.field === 'mattr'
        ? ['+neon']
        : option.field === 'ANDROID_PLATFORM'
          ? Number(option.value)
          : option.value;
  }
  return object;
}

function notes(all: readonly Evidence[]) {
  return all.flatMap((evidence) =>
    evidence.kind === 'ignored' ? [{ text: evidence.what, source: evidence.source }] : [],
  );
}
