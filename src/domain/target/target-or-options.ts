/**
 * When the compiler-option rules and fields have anything to do. A fresh page has no target and
 * no options, so its first screen needs neither their code nor zod's: both load on demand, and
 * everything that brings a target or options waits for them (state/on-demand-code.ts).
 */
import type { CompilerOptionsReading } from '../compiler-options/option-edits';
import { OUTPUT_CONFIG_KEYS } from '../api-values';
import type { JsonValue } from '../json/json-value';

/** The members the option rules and the option plan read. */
const OPTION_RULE_INPUTS = ['TargetDevice', 'TargetPlatform', 'CompilerOptions'] as const;

/**
 * Whether the draft holds a target or options; an empty slot of the form ("") holds none.
 * Without one, the option rules find no problem and the plan shows no field
 * (option-rules-need.test.ts holds them to it), whatever else the draft holds.
 */
export function hasTargetOrOptions(
  draft: Readonly<Record<string, JsonValue | undefined>>,
): boolean {
  return OPTION_RULE_INPUTS.some((key) => {
    const value = Object.hasOwn(draft, key) ? draft[key] : undefined;
    return value !== undefined && value !== '';
  });
}

/** Whether the draft holds keys the API does not know: only a link or an import brings them. */
export function hasForeignKeys(draft: Readonly<Record<string, JsonValue | undefined>>): boolean {
  return Object.keys(draft).some((key) => !(OUTPUT_CONFIG_KEYS as readonly string[]).includes(key));
}

/** Whether judging the draft needs the on-demand target code: a target, options or foreign keys. */
export function needsTargetCode(draft: Readonly<Record<string, JsonValue | undefined>>): boolean {
  return hasTargetOrOptions(draft) || hasForeignKeys(draft);
}

/** What the options part says while there is no target. */
export const NO_TARGET_OPTIONS =
  'Choose a TargetDevice or a TargetPlatform to see its compiler options';

/** How CompilerOptions reads while there is none, said without the option code. */
export const NO_COMPILER_OPTIONS: CompilerOptionsReading = {
  parsed: { kind: 'absent' },
  options: {},
  readable: 'No CompilerOptions set.',
};
