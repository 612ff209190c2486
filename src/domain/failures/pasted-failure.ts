/**
 * A FailureReason pasted on its own into the Import dialog (SPEC §10.1): plain text that is not
 * JSON. It is taken as a FailureReason when the catalogue knows it or when it starts the way
 * Neo's texts do (a "ClientError:" or "ServerError:" stage prefix); anything else stays a JSON
 * error with its line and column, as before.
 */
import { MAX_IMPORT_BYTES } from '../import-config';
import type { FailedJob } from './explain-failure';
import { collapseWhitespace, matchFailureReason } from './match-failure';

const NEO_PREFIX =
  /^(?:Client ?Error|Server ?Error|Load Error|Compilation ?Error|InputConfiguration|Parameter validation failed|An error occurred \(\w+\))\b/i;

export function readPastedFailureReason(text: string): FailedJob | undefined {
  if (text.length > MAX_IMPORT_BYTES) return undefined;
  const trimmed = text.trim();
  if (trimmed === '' || /^[[{"]/.test(trimmed) || /^OutputConfig\s*=/.test(trimmed)) {
    return undefined;
  }
  const looksLikeNeo = NEO_PREFIX.test(collapseWhitespace(trimmed));
  if (!looksLikeNeo && matchFailureReason(trimmed).matches.length === 0) return undefined;
  return { failureReason: trimmed };
}
