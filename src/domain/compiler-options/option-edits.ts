/**
 * Pure edits of the options object inside a draft's CompilerOptions, for the rules' fixes. An
 * edit reads the draft it is applied to (not the one the problem was found in), keeps every
 * other key in its place and writes the API form back: compact JSON, or no CompilerOptions
 * at all once the last option is gone.
 */
import { withKey, type OutputConfigDraft } from '../draft';
import { isJsonObject, ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import { renameKey } from '../spelling-slips';
import {
  formatOptionsObject,
  parseCompilerOptions,
  type ParsedCompilerOptions,
} from './api-string';
import { optionsForReading } from './options-for-reading';

/**
 * CompilerOptions as the draft holds it, read: its parse, the options object it holds and the
 * text that shows it for reading.
 */
export type CompilerOptionsReading = {
  parsed: ParsedCompilerOptions;
  /** As readOptionsObject: {} when absent, undefined for flags or unreadable text. */
  options: JsonObject | undefined;
  /** As optionsForReading. */
  readable: string;
};

/** Reads a CompilerOptions value (any JSON a link put there) once, for the parts that show it. */
export function readCompilerOptions(raw: JsonValue | undefined): CompilerOptionsReading {
  const parsed = parseCompilerOptions(raw);
  return { parsed, options: optionsObjectOf(parsed), readable: optionsForReading(parsed) };
}

/** The options object the draft's CompilerOptions holds ({} when absent); undefined for flags or unreadable text. */
export function readOptionsObject(draft: OutputConfigDraft): JsonObject | undefined {
  return optionsObjectOf(parseCompilerOptions(ownValue(draft, 'CompilerOptions')));
}

function optionsObjectOf(parsed: ParsedCompilerOptions): JsonObject | undefined {
  switch (parsed.kind) {
    case 'absent':
      return {};
    case 'object':
    case 'python':
      return parsed.value;
    case 'not-string':
      return isJsonObject(parsed.value) ? parsed.value : undefined;
    default:
      return undefined;
  }
}

/** Writes an options object as the draft's CompilerOptions (removed when the object is empty). */
export function withOptions(draft: OutputConfigDraft, options: JsonObject): OutputConfigDraft {
  const text = Object.keys(options).length === 0 ? undefined : formatOptionsObject(options);
  return withKey(draft, 'CompilerOptions', text);
}

function editOptions(
  draft: OutputConfigDraft,
  edit: (options: JsonObject) => JsonObject,
): OutputConfigDraft {
  const options = readOptionsObject(draft);
  return options === undefined ? draft : withOptions(draft, edit(options));
}

/** Sets one option; a new key goes last, an existing one keeps its place. */
export function withOption(
  draft: OutputConfigDraft,
  key: string,
  value: JsonValue,
): OutputConfigDraft {
  return editOptions(draft, (options) => withKey(options, key, value, []));
}

/** Removes one option. */
export function withoutOption(draft: OutputConfigDraft, key: string): OutputConfigDraft {
  return editOptions(draft, (options) =>
    Object.fromEntries(Object.entries(options).filter(([existing]) => existing !== key)),
  );
}

/** Renames one option in place, keeping its value and position. */
export function withRenamedOption(
  draft: OutputConfigDraft,
  from: string,
  to: string,
): OutputConfigDraft {
  return editOptions(draft, (options) => renameKey(options, from, to));
}
