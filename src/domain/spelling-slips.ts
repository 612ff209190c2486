/**
 * Recognises the small slips people make with closed sets of names — wrong case, `-` or `.`
 * for `_`, stray spaces — so a rule can offer the right spelling as a one-click fix.
 */
import type { JsonObject } from './json-value';

export type SpellingSuggestion<T extends string = string> = { value: T; kind: 'case' | 'spelling' };

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The allowed value `given` was probably meant to be: same letters in another case, or the same
 * letters and digits once separators are ignored, or a known alias (keyed by its squashed form).
 */
export function suggestSpelling<T extends string>(
  given: string,
  allowed: readonly T[],
  aliases: ReadonlyMap<string, T> = new Map(),
): SpellingSuggestion<T> | undefined {
  if ((allowed as readonly string[]).includes(given)) return undefined;
  const lower = given.toLowerCase();
  const byCase = allowed.find((value) => value.toLowerCase() === lower);
  if (byCase !== undefined) return { value: byCase, kind: 'case' };
  const squashed = squash(given);
  if (squashed === '') return undefined;
  const bySpelling = allowed.find((value) => squash(value) === squashed) ?? aliases.get(squashed);
  return bySpelling === undefined ? undefined : { value: bySpelling, kind: 'spelling' };
}

/** Renames `from` to `to` in place (same position, same value), replacing any `to` entry. */
export function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  const entries = Object.entries(object)
    .filter(([key]) => key !== to)
    .map(([key, value]) => [key === from ? to : key, value] as const);
  return Object.fromEntries(entries) as JsonObject;
}
