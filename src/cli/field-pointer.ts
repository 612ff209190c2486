/**
 * The JSON pointer of the value a problem is about, from the field's API name as the page
 * names it: "TargetPlatform.Arch", "InputConfig.DataInputConfig", "Tags[2].Key", or a compiler
 * option key ("gpu-code"), which lives inside the CompilerOptions string.
 */
import { OUTPUT_CONFIG_KEYS } from '../domain/api-values';
import { isJsonObject, ownValue, type JsonValue } from '../domain/json/json-value';
import { escapePointerSegment } from './json-positions';

/** "Tags[2].Key" → ["Tags", "2", "Key"]. */
export function fieldSegments(field: string): string[] {
  return field
    .split('.')
    .flatMap((part) => part.split(/\[(\d+)\]/).filter((segment) => segment !== ''));
}

/**
 * The path of an OutputConfig problem's field inside the OutputConfig. A name that is neither a
 * key of the OutputConfig as given nor one the API knows is a compiler option's key.
 */
export function outputConfigPath(field: string, outputConfig: JsonValue): string[] {
  const segments = fieldSegments(field);
  const head = segments[0] ?? '';
  const isKey =
    (isJsonObject(outputConfig) && Object.hasOwn(outputConfig, head)) ||
    (OUTPUT_CONFIG_KEYS as readonly string[]).includes(head);
  return isKey ? segments : ['CompilerOptions'];
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The pointer of the deepest value on `path` that the document holds: a problem about a member
 * that is missing (a required one, or a misspelled key named by its right spelling) points at
 * the key as written when it differs only in case or separators, otherwise at its parent.
 */
export function existingPointer(document: JsonValue, path: readonly string[]): string {
  let pointer = '';
  let value: JsonValue | undefined = document;
  for (const segment of path) {
    let key: string | undefined;
    if (Array.isArray(value)) {
      key = /^\d+$/.test(segment) && Number(segment) < value.length ? segment : undefined;
      value = key === undefined ? undefined : value[Number(segment)];
    } else if (isJsonObject(value)) {
      key = Object.hasOwn(value, segment)
        ? segment
        : Object.keys(value).find((candidate) => squash(candidate) === squash(segment));
      value = key === undefined ? undefined : ownValue(value, key);
    }
    if (key === undefined) break;
    pointer += `/${escapePointerSegment(key)}`;
  }
  return pointer;
}
