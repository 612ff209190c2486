/**
 * What an action changed in a draft, in words, for the notice beside its Undo (SPEC §4.11):
 * "TargetDevice: jetson_nano → jetson_xavier", "trt-ver set to 5.1.6", "mcpu removed". Option
 * keys are compared one by one when both sides hold an options object; anything else is
 * compared as a whole value.
 */
import { parseCompilerOptions } from './compiler-options/api-string';
import { toApiObject, type OutputConfigDraft } from './draft';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from './json/json-value';
import { clip } from './value-text';

const shown = (value: JsonValue) => clip(typeof value === 'string' ? value : JSON.stringify(value));

function change(name: string, before: JsonValue | undefined, after: JsonValue | undefined) {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (before === undefined) return after === undefined ? [] : [`${name} set to ${shown(after)}`];
  if (after === undefined) return [`${name} removed`];
  return [`${name}: ${shown(before)} → ${shown(after)}`];
}

function objectChanges(before: JsonObject, after: JsonObject, prefix: string): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) =>
    change(`${prefix}${key}`, ownValue(before, key), ownValue(after, key)),
  );
}

function optionsObject(value: JsonValue | undefined): JsonObject | undefined {
  const parsed = parseCompilerOptions(value);
  if (parsed.kind === 'absent') return {};
  return parsed.kind === 'object' || parsed.kind === 'python' ? parsed.value : undefined;
}

/** Each change from `before` to `after`, in key order; empty when nothing changed. */
export function draftChanges(before: OutputConfigDraft, after: OutputConfigDraft): string[] {
  const old = toApiObject(before);
  const next = toApiObject(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return keys.flatMap((key) => {
    const from = ownValue(old, key);
    const to = ownValue(next, key);
    if (key === 'CompilerOptions') {
      const [fromOptions, toOptions] = [optionsObject(from), optionsObject(to)];
      if (fromOptions && toOptions) return objectChanges(fromOptions, toOptions, '');
    }
    if (key === 'TargetPlatform' && isJsonObject(from) && isJsonObject(to)) {
      return objectChanges(from, to, 'TargetPlatform.');
    }
    return change(key, from, to);
  });
}
