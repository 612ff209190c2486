/**
 * Help, example and suggested value of an option field, drawn from the target's facts (its
 * Arch, CPU core and documented options) rather than one text for every target: no +neon on
 * an x86 instance, ARM cores in mcpu's help on ARM (issue 12 §9). The example is shown as
 * "e.g. …" and the suggested value is data the user applies explicitly, never a value that
 * is set (SPEC §4.11).
 */
import type { CatalogueDevice } from '../../catalogue/catalogue-schema';
import { ownValue, type JsonValue } from '../../json/json-value';
import { parseCompilerOptions } from '../api-string';
import type { OptionField } from './option-fields';

export type FieldFacts = {
  help: string;
  /** A value of the right form for this target, for "e.g." text; never written anywhere. */
  example: string;
  /** The value documented for this device, offered with an explicit apply. */
  suggested?: JsonValue;
};

type ArchFacts = { mcpu: string; cpu: string; mattr: string; mattrHelp: string };

const ARM32: ArchFacts = {
  mcpu: 'cortex-a53',
  cpu: 'a Cortex-A53 such as the Raspberry Pi 3',
  mattr: '+neon',
  mattrHelp: 'Add +neon for 32-bit ARM with NEON, as the reference examples do.',
};

const ARCH_FACTS: Partial<Record<string, ArchFacts>> = {
  X86_64: {
    mcpu: 'skylake-avx512',
    cpu: 'the Intel Xeon of ml_m5 and ml_c5',
    mattr: '+avx2',
    mattrHelp: 'Usually left out on x86: mcpu implies the features.',
  },
  X86: {
    mcpu: 'core-avx2',
    cpu: 'a Haswell-class x86 CPU',
    mattr: '+avx2',
    mattrHelp: 'Usually left out on x86: mcpu implies the features.',
  },
  ARM64: {
    mcpu: 'cortex-a72',
    cpu: 'a Cortex-A72 such as the Raspberry Pi 4 or RK3399',
    mattr: '+dotprod',
    mattrHelp: 'Usually left out on ARM64: mcpu implies the features.',
  },
  ARM_EABIHF: ARM32,
  ARM_EABI: ARM32,
};

const CORE_PATTERN = /^cortex-a\d+$/i;

/** The facts of one field for a target; `arch` is the device's or the platform's Arch. */
export function fieldFacts(
  field: OptionField,
  arch: JsonValue | undefined,
  device?: CatalogueDevice,
): FieldFacts {
  const facts: FieldFacts = { help: field.help, example: field.placeholder };
  const archFacts = typeof arch === 'string' ? ARCH_FACTS[arch] : undefined;
  if (field.key === 'mcpu') {
    const core = device?.cpuCore?.trim();
    const [example, cpu] =
      device?.mcpu !== undefined
        ? [device.mcpu, device.id]
        : core !== undefined && CORE_PATTERN.test(core)
          ? [core.toLowerCase(), `${device?.id ?? 'this device'}'s ${core}`]
          : [archFacts?.mcpu, archFacts?.cpu];
    facts.example = example ?? 'generic';
    facts.help =
      example === undefined
        ? 'CPU micro-architecture, as an LLVM CPU name.'
        : `CPU micro-architecture, as an LLVM CPU name: ${example} for ${cpu ?? 'this CPU'}.`;
  } else if (field.key === 'mattr') {
    facts.example = archFacts?.mattr ?? '+feature';
    facts.help =
      `CPU features as LLVM names, each +feature or -feature, e.g. ${facts.example}. ${archFacts?.mattrHelp ?? ''}`.trim();
  }
  const suggested = documentedValue(field.key, device);
  if (suggested !== undefined) facts.suggested = suggested;
  return facts;
}

/** The device's documented value for a key: its starter options, else its own mcpu / gpu-code. */
function documentedValue(key: string, device?: CatalogueDevice): JsonValue | undefined {
  if (device === undefined) return undefined;
  const starter = parseCompilerOptions(device.suggestedCompilerOptions);
  const fromStarter =
    starter.kind === 'object' || starter.kind === 'python'
      ? ownValue(starter.value, key)
      : undefined;
  if (fromStarter !== undefined) return fromStarter;
  if (key === 'gpu-code') return device.gpuCode;
  return key === 'mcpu' && device.mcpuVerified !== false ? device.mcpu : undefined;
}
