/** Rules for TargetPlatform: an object with Os and Arch, an optional Accelerator, nothing else. */
import {
  ACCELERATOR_VALUES,
  ARCH_VALUES,
  OS_VALUES,
  TARGET_PLATFORM_KEYS,
  type Accelerator,
  type Arch,
  type Os,
  type TargetPlatformKey,
} from '../api-values';
import { withKey, withPlatformMember } from '../draft';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import { platformSupport } from './platform-support';
import type { Problem } from '../problem';
import { renameKey, suggestSpelling } from '../spelling-slips';
import { describeType, listWithOr, quote } from '../value-text';

type MemberSpec<T extends string> = {
  allowed: readonly T[];
  /** Other names people use, keyed by their lower-case letters and digits only. */
  aliases: ReadonlyMap<string, T>;
  /** Appended to the "not a value" message when the value matches, e.g. Windows for Os. */
  hint?: (squashed: string) => string | undefined;
};

const OS_SPEC: MemberSpec<Os> = {
  allowed: OS_VALUES,
  aliases: new Map(),
  hint: (squashed) =>
    squashed.startsWith('win')
      ? '. Windows has no Os value: use TargetDevice x86_win32 or x86_win64'
      : undefined,
};
const ARCH_SPEC: MemberSpec<Arch> = {
  allowed: ARCH_VALUES,
  aliases: new Map<string, Arch>([
    ['aarch64', 'ARM64'],
    ['amd64', 'X86_64'],
    ['x64', 'X86_64'],
    ['i386', 'X86'],
    ['i686', 'X86'],
    ['armhf', 'ARM_EABIHF'],
  ]),
};
const ACCELERATOR_SPEC: MemberSpec<Accelerator> = {
  allowed: ACCELERATOR_VALUES,
  aliases: new Map<string, Accelerator>([['intel', 'INTEL_GRAPHICS']]),
};

/** Checks a TargetPlatform value as given. */
export function validateTargetPlatform(value: JsonValue): Problem[] {
  if (!isJsonObject(value)) {
    return [
      {
        field: 'TargetPlatform',
        severity: 'error',
        message: `TargetPlatform must be an object such as {"Os": "LINUX", "Arch": "ARM64"}, not ${describeType(value)}`,
      },
    ];
  }
  const problems = memberKeyProblems(value);
  const misspelled = new Set(problems.map((problem) => problem.field));
  const os = checkMember(value, 'Os', OS_SPEC, problems, misspelled);
  const arch = checkMember(value, 'Arch', ARCH_SPEC, problems, misspelled);
  const accelerator = checkMember(value, 'Accelerator', ACCELERATOR_SPEC, problems, misspelled);
  // Os and Arch are required, so a valid check of either always carries a value.
  if (os.valid && arch.valid && accelerator.valid && os.value && arch.value) {
    const support = platformSupport(os.value, arch.value, accelerator.value);
    if (!support.supported) {
      problems.push({
        field: `TargetPlatform.${support.field}`,
        severity: 'warning',
        message: support.reason,
      });
    }
  }
  return problems;
}

function memberKeyProblems(platform: JsonObject): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(platform)) {
    if ((TARGET_PLATFORM_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = suggestSpelling(key, TARGET_PLATFORM_KEYS);
    if (suggestion && !Object.hasOwn(platform, suggestion.value)) {
      const to = suggestion.value;
      problems.push({
        field: `TargetPlatform.${to}`,
        severity: 'error',
        message: `${quote(key)} is not a TargetPlatform field (names are case-sensitive): the API expects ${to}`,
        fix: { label: `Rename to ${to}`, apply: (draft) => renamePlatformMember(draft, key, to) },
      });
      continue;
    }
    problems.push({
      field: `TargetPlatform.${key}`,
      severity: 'error',
      message: `${quote(key)} is not a TargetPlatform field; the API rejects it. TargetPlatform takes Os, Arch and Accelerator`,
      fix: {
        label: `Remove ${quote(key)}`,
        apply: (draft) => withPlatformMember(draft, key, undefined),
      },
    });
  }
  return problems;
}

function renamePlatformMember(draft: JsonObject, from: string, to: string): JsonObject {
  const platform = ownValue(draft, 'TargetPlatform');
  return isJsonObject(platform)
    ? withKey(draft, 'TargetPlatform', renameKey(platform, from, to))
    : draft;
}

type MemberCheck<T extends string> = { valid: true; value: T | undefined } | { valid: false };

/** Checks one member, pushing its problems; `valid` says whether the value can be used further. */
function checkMember<T extends string>(
  platform: JsonObject,
  member: TargetPlatformKey,
  spec: MemberSpec<T>,
  problems: Problem[],
  misspelled: ReadonlySet<string>,
): MemberCheck<T> {
  const field = `TargetPlatform.${member}`;
  const value = ownValue(platform, member);
  const choices = listWithOr(spec.allowed);
  const optional = member === 'Accelerator';
  if (value === undefined || value === '') {
    // A misspelled key for this member already has its own problem and fix.
    if (!optional && !misspelled.has(field)) {
      problems.push({
        field,
        severity: 'error',
        message: `${member} is required in TargetPlatform: ${choices}`,
      });
    }
    return optional ? { valid: true, value: undefined } : { valid: false };
  }
  if (typeof value !== 'string') {
    problems.push({
      field,
      severity: 'error',
      message: `${member} must be a string (${choices}), not ${describeType(value)}`,
    });
    return { valid: false };
  }
  const known = spec.allowed.find((allowed) => allowed === value);
  if (known !== undefined) return { valid: true, value: known };
  problems.push(unknownValueProblem(field, member, value, spec, choices));
  return { valid: false };
}

function unknownValueProblem<T extends string>(
  field: string,
  member: TargetPlatformKey,
  value: string,
  spec: MemberSpec<T>,
  choices: string,
): Problem {
  const squashed = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (member === 'Accelerator' && (squashed === 'none' || squashed === 'cpu')) {
    return {
      field,
      severity: 'error',
      message: `Accelerator ${quote(value)} is not an API value: leave Accelerator out for a CPU-only target`,
      fix: {
        label: 'Remove Accelerator',
        apply: (draft) => withPlatformMember(draft, member, undefined),
      },
    };
  }
  const suggestion = suggestSpelling(value, spec.allowed, spec.aliases);
  if (suggestion) {
    const to = suggestion.value;
    return {
      field,
      severity: 'error',
      message:
        suggestion.kind === 'case'
          ? `${member} ${quote(value)} has the wrong case: the API takes ${to}`
          : `${member} ${quote(value)} is not an API value: the API spells it ${to}`,
      fix: { label: `Use ${to}`, apply: (draft) => withPlatformMember(draft, member, to) },
    };
  }
  return {
    field,
    severity: 'error',
    message: `${member} ${quote(value)} is not an API value: the API takes ${choices}${spec.hint?.(squashed) ?? ''}`,
  };
}
