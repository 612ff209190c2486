/**
 * Edits the option fields make to a draft's CompilerOptions. A key the user adds through a
 * field lands in OPTION_KEYS order among the known keys; keys already there (known or not) keep
 * their place, so an edit never reorders or drops what a link or an import put there (SPEC §3.9).
 */
import type { OutputConfigDraft } from '../draft';
import { ownValue, type JsonObject, type JsonValue } from '../json/json-value';
import { findOptionField, OPTION_KEYS, type OptionKey } from './plan/option-fields';
import { readOptionsObject, withOptions } from './option-edits';

export const NEON_TOKEN = '+neon';

/**
 * Sets one option field, or removes it when `value` is undefined, "" or an empty list. A draft
 * whose CompilerOptions holds no options object (flags, unreadable text) is returned unchanged.
 */
export function withOptionField(
  draft: OutputConfigDraft,
  key: OptionKey,
  value: JsonValue | undefined,
): OutputConfigDraft {
  const options = readOptionsObject(draft);
  if (options === undefined) return draft;
  const isEmpty =
    value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return withOptions(draft, isEmpty ? withoutKey(options, key) : withFieldKey(options, key, value));
}

function withoutKey(options: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(options).filter(([existing]) => existing !== key));
}

/** Replaces in place; a new key goes after the known keys before it, else before those after it, else last. */
function withFieldKey(options: JsonObject, key: OptionKey, value: JsonValue): JsonObject {
  const entries = Object.entries(options);
  const existing = entries.findIndex(([name]) => name === key);
  if (existing >= 0) {
    entries[existing] = [key, value];
    return Object.fromEntries(entries) as JsonObject;
  }
  const rank = (name: string) => OPTION_KEYS.indexOf(name as OptionKey);
  const own = rank(key);
  const after = entries.findLastIndex(([name]) => rank(name) >= 0 && rank(name) < own);
  const before = entries.findIndex(([name]) => rank(name) > own);
  const at = after >= 0 ? after + 1 : before >= 0 ? before : entries.length;
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries) as JsonObject;
}

/** A token-list option as a list: a single value given where a list belongs becomes one token. */
export function optionTokens(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether the options' mattr holds +neon. */
export function hasNeon(options: JsonObject): boolean {
  return optionTokens(ownValue(options, 'mattr')).includes(NEON_TOKEN);
}

/** Adds +neon at the end of mattr, or removes every +neon from it (SPEC §3.3). */
export function withNeon(draft: OutputConfigDraft, on: boolean): OutputConfigDraft {
  const options = readOptionsObject(draft);
  if (options === undefined || hasNeon(options) === on) return draft;
  const others = optionTokens(ownValue(options, 'mattr')).filter((token) => token !== NEON_TOKEN);
  return withOptionField(draft, 'mattr', on ? [...others, NEON_TOKEN] : others);
}

/**
 * What an integer field writes for the text typed into it: the number when the text is exactly
 * an integer, otherwise the text itself, so nothing typed is lost and the rules can flag it.
 */
export function integerOrText(text: string): JsonValue | undefined {
  if (text === '') return undefined;
  const number = Number(text);
  return /^-?\d+$/.test(text) && Number.isSafeInteger(number) && String(number) === text
    ? number
    : text;
}

/** An option value as the text a field shows: strings as they are, anything else as JSON. */
export function optionValueText(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The keys the app has no field for, in the order given; they are kept as they are. */
export function keysWithoutField(options: JsonObject): string[] {
  return Object.keys(options).filter((key) => findOptionField(key) === undefined);
}
