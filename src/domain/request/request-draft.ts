/**
 * The request draft: the CreateCompilationJob request without OutputConfig, as the API takes
 * it, kept exactly as a link or an import gave it (unknown keys, wrong types, key order) for
 * the rules to judge, like the OutputConfig draft (SPEC §5.1). This module is what the first
 * screen needs (links, the URL); edits and the whole request are in request-edits.ts.
 */
import { toApiObject } from '../draft';
import type { JsonObject } from '../json/json-value';

export type RequestDraft = JsonObject;

/** True when the request holds nothing the preview would show. */
export function isRequestEmpty(draft: RequestDraft): boolean {
  return Object.keys(toApiObject(draft)).length === 0;
}

/** The request fields as links carry them: two-space JSON without empty values. */
export function serializeRequestFields(request: RequestDraft): string {
  const api = toApiObject(request);
  return JSON.stringify(
    Object.fromEntries(Object.entries(api).filter(([key]) => key !== 'OutputConfig')),
    null,
    2,
  );
}
