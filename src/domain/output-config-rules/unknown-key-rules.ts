/**
 * Keys of the OutputConfig that the API does not know: only a link or an import brings them, so
 * these rules load on demand with the target's (target-rules.ts).
 */
import { OUTPUT_CONFIG_KEYS, type OutputConfigKey } from '../api-values';
import { withKey } from '../draft';
import type { JsonObject } from '../json/json-value';
import type { Problem } from '../problem';
import { renameKey, suggestSpelling } from '../spelling-slips';
import { quote } from '../value-text';

/**
 * Keys the API does not know. A slip of a known key ("targetDevice") is reported on the key it
 * was meant to be, with a rename that keeps its place and value; `misspelled` lists those keys.
 */
export function topLevelKeyProblems(api: JsonObject): {
  problems: Problem[];
  misspelled: Set<OutputConfigKey>;
} {
  const problems: Problem[] = [];
  const misspelled = new Set<OutputConfigKey>();
  for (const key of Object.keys(api)) {
    if ((OUTPUT_CONFIG_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = suggestSpelling(key, OUTPUT_CONFIG_KEYS);
    if (suggestion && !Object.hasOwn(api, suggestion.value) && !misspelled.has(suggestion.value)) {
      const to = suggestion.value;
      misspelled.add(to);
      problems.push({
        field: to,
        severity: 'error',
        message: `${quote(key)} is not an OutputConfig field (names are case-sensitive): the API expects ${to}`,
        fix: { label: `Rename to ${to}`, apply: (current) => renameKey(current, key, to) },
      });
      continue;
    }
    problems.push({
      field: key,
      severity: 'error',
      message: `${quote(key)} is not an OutputConfig field; the API rejects it`,
      fix: { label: `Remove ${quote(key)}`, apply: (current) => withKey(current, key, undefined) },
    });
  }
  return { problems, misspelled };
}
