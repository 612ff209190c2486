/**
 * Recognises the small slips people make with closed sets of names — wrong case, `-` or `.`
 * for `_`, stray spaces — so a rule can offer the right spelling as a one-click fix.
 */
import type { JsonObject } from './json/json-value';

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

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The one allowed value a typo is closest to ("jetson_xavierr" → jetson_xavier), ignoring
 * case: at most one edit away (two for names of 8 or more characters), and only when no
 * other value is as close, so a guess is never a coin toss.
 */
export function suggestNearest<T extends string>(
  given: string,
  allowed: readonly T[],
): T | undefined {
  const lower = given.trim().toLowerCase();
  if (lower.length < 4 || (allowed as readonly string[]).includes(given)) return undefined;
  const limit = lower.length >= 8 ? 2 : 1;
  const ranked = allowed
    .map((value) => ({ value, distance: editDistance(lower, value.toLowerCase()) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance);
  const [best, next] = ranked;
  return best !== undefined && (next === undefined || next.distance > best.distance)
    ? best.value
    : undefined;
}
