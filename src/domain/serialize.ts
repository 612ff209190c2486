/** The API JSON of a draft: exactly what the preview shows, Copy JSON copies and links carry. */
import { toApiObject, type OutputConfigDraft } from './draft';
import type { JsonObject } from './json/json-value';

/** Two-space JSON of the draft without empty values; an empty draft gives `{}`. */
export function serializeDraft(draft: OutputConfigDraft): string {
  return serializeApiObject(toApiObject(draft));
}

/** Two-space JSON of an API object that `toApiObject` already gave (the analysis holds one). */
export function serializeApiObject(api: JsonObject): string {
  return JSON.stringify(api, null, 2);
}
