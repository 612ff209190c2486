/**
 * The draft is the OutputConfig exactly as the API takes it (CompilerOptions is a string),
 * except that nothing in it is checked: a link or an import may carry an unknown device, a
 * number where a string belongs or keys the API does not know, and all of it is kept and
 * shown as given (SPEC §5.1). Edits go through these functions so that the keys the app adds
 * land in the order of SPEC §2.7 while keys that came from outside keep their place.
 */
import { OUTPUT_CONFIG_KEYS, TARGET_PLATFORM_KEYS } from './api-values';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from './json/json-value';

export type OutputConfigDraft = JsonObject;

export const emptyDraft = (): OutputConfigDraft => ({});

/** Empty strings and empty objects count as "not set" and are left out of the API block. */
export function isEmptyValue(value: JsonValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  return isJsonObject(value) && Object.keys(value).every((key) => isEmptyValue(value[key]));
}

/**
 * Sets `key` to `value` (or removes it when the value is empty). A new key is placed after the
 * last present key that precedes it in `order`, so app-made drafts are always in canonical
 * order and foreign keys keep their position.
 */
export function withKey(
  object: JsonObject,
  key: string,
  value: JsonValue | undefined,
  order: readonly string[] = OUTPUT_CONFIG_KEYS,
): JsonObject {
  const entries = Object.entries(object).filter(([existing]) => existing !== key);
  if (isEmptyValue(value)) {
    return Object.fromEntries(entries) as JsonObject;
  }
  if (Object.hasOwn(object, key)) {
    return Object.fromEntries(
      Object.entries(object).map(([existing, old]) => [existing, existing === key ? value : old]),
    ) as JsonObject;
  }
  const rank = order.indexOf(key);
  let insertAt = rank < 0 ? entries.length : 0;
  if (rank >= 0) {
    entries.forEach(([existing], index) => {
      const existingRank = order.indexOf(existing);
      if (existingRank >= 0 && existingRank < rank) insertAt = index + 1;
    });
  }
  entries.splice(insertAt, 0, [key, value as JsonValue]);
  return Object.fromEntries(entries) as JsonObject;
}

/** Sets one member of TargetPlatform, replacing a TargetPlatform that is not an object. */
export function withPlatformMember(
  draft: OutputConfigDraft,
  member: string,
  value: string | undefined,
): OutputConfigDraft {
  const current = ownValue(draft, 'TargetPlatform');
  const platform = isJsonObject(current) ? current : {};
  return withKey(draft, 'TargetPlatform', withKey(platform, member, value, TARGET_PLATFORM_KEYS));
}

/** The draft without empty values: what the preview shows and Copy JSON copies. */
export function toApiObject(draft: OutputConfigDraft): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(draft)) {
    if (isEmptyValue(value)) continue;
    // defineProperty, not assignment: a key named "__proto__" must stay a plain member.
    Object.defineProperty(result, key, {
      value: isJsonObject(value) ? toApiObject(value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/**
 * Gives every known top-level key a slot (an empty string where it is absent) at its canonical
 * position, so that form edits, which assign in place, never append a key out of order.
 * Empty slots are invisible: the serializer and the rules treat "" as "not set".
 */
export function withCanonicalSlots(draft: OutputConfigDraft): OutputConfigDraft {
  let slotted = draft;
  for (const key of OUTPUT_CONFIG_KEYS) {
    if (!Object.hasOwn(slotted, key)) slotted = withSlot(slotted, key);
  }
  return slotted;
}

function withSlot(object: JsonObject, key: string): JsonObject {
  const entries = Object.entries(object);
  const rank = OUTPUT_CONFIG_KEYS.indexOf(key as (typeof OUTPUT_CONFIG_KEYS)[number]);
  let insertAt = 0;
  entries.forEach(([existing], index) => {
    const existingRank = OUTPUT_CONFIG_KEYS.indexOf(
      existing as (typeof OUTPUT_CONFIG_KEYS)[number],
    );
    if (existingRank >= 0 && existingRank < rank) insertAt = index + 1;
  });
  entries.splice(insertAt, 0, [key, '']);
  return Object.fromEntries(entries) as JsonObject;
}
