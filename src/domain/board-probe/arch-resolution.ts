/**
 * Arch from the userland, not the kernel (probe-facts.md §0.1, §1.3). Each line gives part of
 * the answer (family, word width, float ABI); the userland's parts win over the kernel's, and
 * what the API's Arch values cannot describe is mapped with a reason, never silently.
 */
import type { Arch, Os } from '../api-values';
import { disagreements, strongestFirst, weaker, type ProbeWarning } from './evidence-order';
import type { ArchClue, Confidence, Evidence, SourceLine } from './probe-types';

type ArchEvidence = Extract<Evidence, { kind: 'arch' }>;

export type ArchReading = {
  arch?: { value: Arch; source: SourceLine; confidence: Confidence; note?: string };
  warnings: ProbeWarning[];
  /** Why no Arch could be given, when none is. */
  missing?: string;
};

const OUT_OF_RANGE_REASONS: Record<NonNullable<ArchClue['outOfRange']>, string> = {
  armv6:
    'ARMv6 (Raspberry Pi 1 / Zero) is outside the ARMv7 ABIs the API defines: ARM_EABIHF is the nearest, but the compiled code may use ARMv7 instructions this CPU cannot run',
  armv5: 'ARMv5 is outside the ARMv7 ABIs the API defines, and Neo has no Arch for it',
  armeabi:
    'Android armeabi (ARMv5) is no longer built by the NDK (dropped in r17) and Neo has no Arch for it',
  'big-endian':
    'big-endian arm64 (aarch64_be) has no Arch value: the API describes little-endian targets only',
};

function pick<K extends keyof ArchClue>(clues: readonly ArchEvidence[], key: K) {
  return clues.find((clue) => clue.clue[key] !== undefined);
}

/** Reads Arch from every arch clue, for the Os already inferred. */
export function resolveArch(all: readonly ArchEvidence[], os: Os | undefined): ArchReading {
  if (all.length === 0) {
    return {
      warnings: [],
      missing: 'Arch: paste uname -m with dpkg --print-architecture or getconf LONG_BIT',
    };
  }
  const ordered = strongestFirst(all);
  const userland = ordered.filter((clue) => clue.clue.level === 'userland');
  const kernel = ordered.filter((clue) => clue.clue.level === 'kernel');
  const family = pick(userland, 'family') ?? pick(kernel, 'family');
  const width = pick(userland, 'width') ?? pick(kernel, 'width');
  const float = pick(userland, 'float');
  const warnings = [
    ...conflicts('family', [...userland, ...kernel]),
    ...conflicts('width', userland),
    ...conflicts('float', userland),
  ];
  const outOfRange = ordered.find((clue) => clue.clue.outOfRange !== undefined);
  if (outOfRange !== undefined && outOfRange.clue.outOfRange !== 'armv6') {
    const reason = OUT_OF_RANGE_REASONS[outOfRange.clue.outOfRange!];
    return {
      warnings: [...warnings, { message: reason, lines: [outOfRange.source] }],
      missing: `Arch: ${reason}`,
    };
  }
  if (family === undefined || width === undefined) {
    const known = family ?? width!;
    return {
      warnings,
      missing: `Arch: line ${known.source.line} tells only the ${family === undefined ? 'word width' : 'CPU family'}; paste uname -m or dpkg --print-architecture too`,
    };
  }
  const kernelWidth = pick(kernel, 'width');
  const notes: string[] = [];
  if (
    kernelWidth !== undefined &&
    width.clue.level === 'userland' &&
    kernelWidth.clue.width !== width.clue.width
  ) {
    if (kernelWidth.clue.width === 64) {
      notes.push(
        `the kernel is 64-bit (line ${kernelWidth.source.line}) but the userland is 32-bit: Arch follows the userland`,
      );
    } else {
      warnings.push({
        message: `Arch: line ${kernelWidth.source.line} shows a 32-bit kernel but line ${width.source.line} a 64-bit userland, which cannot run on it`,
        lines: [kernelWidth.source, width.source],
      });
    }
  }
  if (width.clue.level === 'kernel' && family.clue.family === 'arm' && width.clue.width === 64) {
    notes.push(
      'read from the kernel only: a 32-bit OS on a 64-bit kernel says so in dpkg --print-architecture or getconf LONG_BIT',
    );
  }
  let value: Arch;
  let confidence = weaker(family.confidence, width.confidence);
  if (family.clue.family === 'x86') value = width.clue.width === 64 ? 'X86_64' : 'X86';
  else if (width.clue.width === 64) value = 'ARM64';
  else {
    const soft = float !== undefined ? float.clue.float === 'soft' : os === 'ANDROID';
    if (float === undefined) {
      notes.push(
        os === 'ANDROID'
          ? 'Android 32-bit ARM is soft-float (armeabi-v7a)'
          : 'Linux distributions for ARMv7 are hard-float (armhf)',
      );
      confidence = weaker(confidence, 'medium');
    }
    value = soft ? 'ARM_EABI' : 'ARM_EABIHF';
  }
  if (outOfRange !== undefined) {
    const reason = OUT_OF_RANGE_REASONS.armv6;
    warnings.push({ message: reason, lines: [outOfRange.source] });
    notes.push(reason);
    confidence = 'low';
  }
  const decisive =
    float ??
    (width.clue.level === 'userland' ? width : family.clue.level === 'userland' ? family : width);
  return {
    arch: {
      value,
      source: decisive.source,
      confidence,
      ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
    },
    warnings,
  };
}

function conflicts(
  key: 'family' | 'width' | 'float',
  clues: readonly ArchEvidence[],
): ProbeWarning[] {
  const withKey = clues.filter((clue) => clue.clue[key] !== undefined);
  const chosen = withKey[0];
  if (chosen === undefined) return [];
  const label = { family: 'CPU family', width: 'userland word width', float: 'float ABI' }[key];
  return disagreements(`Arch (${label})`, chosen, withKey, (clue) => String(clue.clue[key]));
}
