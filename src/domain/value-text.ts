/** Renders values from a draft inside messages: short, quoted, never raw markup or huge text. */
import type { JsonValue } from './json/json-value';

const MAX_QUOTED_LENGTH = 48;

/** Text cut to a readable length for a message. */
export function clip(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}

/** A string as a JSON literal, cut to a readable length: "ml.c5", "s3:/bucket". */
export function quote(text: string): string {
  return JSON.stringify(clip(text));
}

/** What kind of JSON value this is, with its article: "a number", "an array", "null". */
export function describeType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** "A, B or C" */
export function listWithOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
