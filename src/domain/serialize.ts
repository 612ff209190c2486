/** The API JSON of a draft: exactly what the preview shows, Copy JSON copies and links carry. */
import { toApiObject, type OutputConfigDraft } from './draft';

/** Two-space JSON of the draft without empty values; an empty draft gives `{}`. */
export function serializeDraft(draft: OutputConfigDraft): string {
  return JSON.stringify(toApiObject(draft), null, 2);
}
