/**
 * Edits of the request draft, so the members the app adds land in the API model's order, and
 * the whole CreateCompilationJob request the preview shows. Loaded with the Request section.
 */
import { isEmptyValue, toApiObject, withKey, type OutputConfigDraft } from '../draft';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import { DEFAULT_STOPPING_CONDITION } from './request-defaults';
import type { RequestDraft } from './request-draft';
import {
  INPUT_CONFIG_KEYS,
  OUTPUT_CONFIG_AFTER,
  REQUEST_KEYS,
  STOPPING_CONDITION_KEYS,
  VPC_CONFIG_KEYS,
} from './request-keys';

/** The structure members of the request and the order of their own members. */
export const STRUCTURE_MEMBERS = {
  InputConfig: INPUT_CONFIG_KEYS,
  StoppingCondition: STOPPING_CONDITION_KEYS,
  VpcConfig: VPC_CONFIG_KEYS,
} as const;
export type StructureKey = keyof typeof STRUCTURE_MEMBERS;

/** An empty list is "not set" too (empty strings and objects already are). */
const isUnset = (value: JsonValue | undefined) =>
  isEmptyValue(value) || (Array.isArray(value) && value.length === 0);

/** Sets (or, when empty, removes) a top-level member. */
export function withRequestKey(
  draft: RequestDraft,
  key: string,
  value: JsonValue | undefined,
): RequestDraft {
  return withKey(draft, key, isUnset(value) ? undefined : value, REQUEST_KEYS);
}

/** Sets one member of InputConfig, StoppingCondition or VpcConfig; a non-object is replaced. */
export function withStructureMember(
  draft: RequestDraft,
  key: StructureKey,
  member: string,
  value: JsonValue | undefined,
): RequestDraft {
  const current = ownValue(draft, key);
  const structure = isJsonObject(current) ? current : {};
  const next = withKey(
    structure,
    member,
    isUnset(value) ? undefined : value,
    STRUCTURE_MEMBERS[key],
  );
  return withRequestKey(draft, key, next);
}

/** A member of a structure as given, or undefined when the structure or member is absent. */
export function structureMember(
  draft: RequestDraft,
  key: StructureKey,
  member: string,
): JsonValue | undefined {
  const structure = ownValue(draft, key);
  return isJsonObject(structure) ? ownValue(structure, member) : undefined;
}

/**
 * The whole CreateCompilationJob request: the request fields without empty values, and the
 * OutputConfig exactly as the OutputConfig preview shows it (an empty one included), placed
 * after the members that precede it in the API model. A stray OutputConfig in the request
 * draft never wins over the real one. Without a StoppingCondition, the default one the request
 * is sent with (request-defaults).
 */
export function buildRequest(request: RequestDraft, outputConfig: OutputConfigDraft): JsonObject {
  const entries = Object.entries(toApiObject(request)).filter(([key]) => key !== 'OutputConfig');
  let insertAt = 0;
  entries.forEach(([key], index) => {
    if (OUTPUT_CONFIG_AFTER.includes(key)) insertAt = index + 1;
  });
  entries.splice(insertAt, 0, ['OutputConfig', toApiObject(outputConfig)]);
  // The default StoppingCondition is shown where it goes, as the snippets send it (SPEC §4.12).
  if (!entries.some(([key]) => key === 'StoppingCondition')) {
    const later = REQUEST_KEYS.slice(REQUEST_KEYS.indexOf('StoppingCondition') + 1) as string[];
    const at = entries.findIndex(([key]) => later.includes(key));
    entries.splice(at === -1 ? entries.length : at, 0, [
      'StoppingCondition',
      DEFAULT_STOPPING_CONDITION,
    ]);
  }
  const result: JsonObject = {};
  for (const [key, value] of entries) {
    // defineProperty, not assignment: a key named "__proto__" must stay a plain member.
    Object.defineProperty(result, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/** Two-space JSON of the whole request: the text of the request preview. */
export function serializeRequest(request: RequestDraft, outputConfig: OutputConfigDraft): string {
  return JSON.stringify(buildRequest(request, outputConfig), null, 2);
}
