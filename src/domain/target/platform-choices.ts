/**
 * What the platform picker offers for Os, Arch and Accelerator, and how it explains the current
 * combination. Combinations outside Neo's support table stay selectable (the API accepts them)
 * but each such choice says why it is unusual (SPEC §4.2). A value a link carried that is not
 * an API value gets a choice of its own, so it stays visible until the user changes it (§5.1).
 */
import {
  ACCELERATOR_VALUES,
  ARCH_VALUES,
  OS_VALUES,
  type Accelerator,
  type Arch,
  type Os,
  type TargetPlatformKey,
} from '../api-values';
import type { JsonValue } from '../json/json-value';
import { PLATFORM_SUPPORT, platformSupport } from './platform-support';
import type { PlatformFields } from './target';
import { listWithOr } from '../value-text';

export type PlatformChoice = { value: string; text: string; isUnusual: boolean };
export type PlatformChoices = { choices: PlatformChoice[]; selected: string };

/** The value of the choice that stands for a link's invalid value; no API value looks like it. */
export const LINK_VALUE_CHOICE = '(link value)';

const OS_NAMES: Record<Os, string> = { LINUX: 'Linux', ANDROID: 'Android' };
const ARCH_HINTS: Record<Arch, string> = {
  X86_64: '64-bit x86',
  X86: '32-bit x86',
  ARM64: '64-bit ARM, AArch64',
  ARM_EABI: '32-bit ARM, soft-float',
  ARM_EABIHF: '32-bit ARM, hard-float',
};
const ACCELERATOR_HINTS: Record<Accelerator, string> = {
  INTEL_GRAPHICS: 'Intel integrated GPU',
  MALI: 'Arm Mali GPU',
  NVIDIA: 'NVIDIA GPU',
  NNA: 'undocumented',
};
const MAX_SHOWN_LENGTH = 40;

/** A member read as the picker needs it: unset, an API value, or something else a link gave. */
type Known<T> =
  { kind: 'unset' } | { kind: 'valid'; value: T } | { kind: 'invalid'; raw: JsonValue };

function known<T extends string>(value: JsonValue | undefined, allowed: readonly T[]): Known<T> {
  if (value === undefined) return { kind: 'unset' };
  const match = allowed.find((candidate) => candidate === value);
  return match === undefined ? { kind: 'invalid', raw: value } : { kind: 'valid', value: match };
}

type Reading = { os: Known<Os>; arch: Known<Arch>; accelerator: Known<Accelerator> };

function readMembers(fields: PlatformFields): Reading {
  return {
    os: known(fields.os, OS_VALUES),
    arch: known(fields.arch, ARCH_VALUES),
    accelerator: known(fields.accelerator, ACCELERATOR_VALUES),
  };
}

const valueOf = <T>(member: Known<T>): T | undefined =>
  member.kind === 'valid' ? member.value : undefined;

/**
 * Which member Neo's support table blames when a combination is outside it, if it is.
 * Unknown members (unset or invalid) are not guessed: only what is known is judged.
 * `accelerator` undefined means CPU only.
 */
function blamedMember(
  os: Os | undefined,
  arch: Arch | undefined,
  accelerator: Accelerator | undefined,
  acceleratorKnown: boolean,
): 'Arch' | 'Accelerator' | undefined {
  if (os === undefined || !acceleratorKnown) return undefined;
  if (arch === undefined) {
    return PLATFORM_SUPPORT[os][accelerator ?? 'none'].length === 0 ? 'Accelerator' : undefined;
  }
  const support = platformSupport(os, arch, accelerator);
  return support.supported ? undefined : support.field;
}

function shown(raw: JsonValue): string {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
}

/**
 * One choice, marked when picking it gives a combination outside the table. The current
 * choice is marked only when the table blames this member, so one field carries the blame.
 */
function choice(
  member: TargetPlatformKey,
  value: string,
  text: string,
  blamed: 'Arch' | 'Accelerator' | undefined,
  isCurrent: boolean,
  where: { table: string; context: string },
): PlatformChoice {
  const isUnusual = blamed !== undefined && (!isCurrent || blamed === member);
  if (!isUnusual) return { value, text, isUnusual };
  const context = where.context ? ` for ${where.context}` : '';
  return { value, text: `${text} — not in Neo's ${where.table}support table${context}`, isUnusual };
}

/** The options of one TargetPlatform select and which of them is selected. */
export function platformChoices(
  member: TargetPlatformKey,
  fields: PlatformFields,
): PlatformChoices {
  const reading = readMembers(fields);
  const os = valueOf(reading.os);
  const arch = valueOf(reading.arch);
  const accelerator = valueOf(reading.accelerator);
  const acceleratorKnown = reading.accelerator.kind !== 'invalid';
  const osTable = os ? `${OS_NAMES[os]} ` : '';
  const empty = { value: '', text: 'Choose…', isUnusual: false };
  let choices: PlatformChoice[];
  let current: Known<string>;
  if (member === 'Os') {
    current = reading.os;
    const where = { table: '', context: [arch, accelerator].filter(Boolean).join(' with ') };
    choices = [
      empty,
      ...OS_VALUES.map((value) => {
        const blamed = blamedMember(value, arch, accelerator, acceleratorKnown);
        return choice(member, value, value, blamed, value === os, where);
      }),
    ];
  } else if (member === 'Arch') {
    current = reading.arch;
    const where = { table: osTable, context: accelerator ?? '' };
    choices = [
      empty,
      ...ARCH_VALUES.map((value) => {
        const blamed = blamedMember(os, value, accelerator, acceleratorKnown);
        const text = `${value} (${ARCH_HINTS[value]})`;
        return choice(member, value, text, blamed, value === arch, where);
      }),
    ];
  } else {
    current = reading.accelerator;
    const where = { table: osTable, context: arch ?? '' };
    const candidates: (Accelerator | undefined)[] = [undefined, ...ACCELERATOR_VALUES];
    choices = candidates.map((value) => {
      const blamed = blamedMember(os, arch, value, true);
      const text = value ? `${value} (${ACCELERATOR_HINTS[value]})` : 'None (CPU only)';
      const isCurrent = acceleratorKnown && value === accelerator;
      return choice(member, value ?? '', text, blamed, isCurrent, where);
    });
  }
  if (current.kind === 'invalid') {
    choices.push({
      value: LINK_VALUE_CHOICE,
      text: `${shown(current.raw)} (not a valid ${member})`,
      isUnusual: true,
    });
    return { choices, selected: LINK_VALUE_CHOICE };
  }
  return { choices, selected: current.kind === 'valid' ? current.value : '' };
}

export type PlatformExplanation = { isUnusual: boolean; text: string };

/** A short account of the current combination against Neo's support table, if one can be given. */
export function explainPlatform(fields: PlatformFields): PlatformExplanation | undefined {
  const { os, arch, accelerator } = readMembers(fields);
  if (os.kind === 'invalid' || arch.kind === 'invalid' || accelerator.kind === 'invalid') {
    return undefined;
  }
  if (os.kind === 'unset') {
    return {
      isUnusual: false,
      text: 'Choose an Os and an Arch. Leave Accelerator at None for a CPU-only target.',
    };
  }
  const osName = OS_NAMES[os.value];
  const acc = valueOf(accelerator);
  const kind = acc ? `with ${acc}` : 'CPU-only';
  if (arch.kind === 'unset') {
    const arches = PLATFORM_SUPPORT[os.value][acc ?? 'none'];
    if (arches.length > 0) {
      return {
        isUnusual: false,
        text: `Neo's support table lists ${osName} ${kind} targets on ${listWithOr(arches)}.`,
      };
    }
  }
  // When the table lists no Arch for this accelerator, any Arch yields the accelerator's reason.
  const judgedArch = arch.kind === 'valid' ? arch.value : 'ARM64';
  const support = platformSupport(os.value, judgedArch, acc);
  if (!support.supported) {
    // With an Arch chosen, the reason already sits under the member it names (platform rules).
    const text =
      arch.kind === 'valid'
        ? `${osName} on ${describeOn(judgedArch, acc)} is outside Neo's support table. The API accepts it, but Neo documents no such target: check that this is your hardware.`
        : `${support.reason}.`;
    return { isUnusual: true, text };
  }
  const needs =
    acc === 'NVIDIA' ? ' NVIDIA also needs gpu-code, trt-ver and cuda-ver in CompilerOptions.' : '';
  return {
    isUnusual: false,
    text: `${osName} on ${describeOn(judgedArch, acc)} is in Neo's support table.${needs}`,
  };
}

const describeOn = (arch: Arch, accelerator: Accelerator | undefined) =>
  accelerator ? `${arch} with ${accelerator}` : `${arch}, CPU only`;
