/**
 * The values the request is sent with when the user set none (SPEC §4.12). There is one: the
 * API requires StoppingCondition, and AWS recommends starting compilation jobs at 900 seconds.
 * The request preview shows it, the time-limit field shows it, the snippets send it, and the
 * summary does not call it missing: one story, visible and editable, never a silent guess.
 */
import { isJsonObject, ownValue, type JsonObject } from '../json/json-value';
import { RECOMMENDED_MAX_RUNTIME } from './request-values';

export const DEFAULT_STOPPING_CONDITION: JsonObject = {
  MaxRuntimeInSeconds: RECOMMENDED_MAX_RUNTIME,
};

/** The default a request field shows and is sent with while the user set none, if it has one. */
export function requestFieldDefault(path: string): number | undefined {
  return path === 'StoppingCondition.MaxRuntimeInSeconds' ? RECOMMENDED_MAX_RUNTIME : undefined;
}

/** The StoppingCondition the request is sent with: the user's, or the default when none. */
export function stoppingConditionSent(api: JsonObject): JsonObject | undefined {
  const given = ownValue(api, 'StoppingCondition');
  if (given === undefined) return DEFAULT_STOPPING_CONDITION;
  return isJsonObject(given) ? given : undefined;
}
