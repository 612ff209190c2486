/**
 * CompilerOptions is a string holding JSON in the API (SPEC §2.5). This module reads that
 * string into what it means (an options object, an Inferentia flags string, or the
 * Python-style dict text AWS's own examples use) and writes the API form back. Reading never
 * throws, whatever a link or an import put there.
 */
import { MAX_JSON_DEPTH, parseJsonText } from '../json/json-text';
import { isJsonObject, type JsonObject, type JsonValue } from '../json/json-value';

export type ParsedCompilerOptions =
  | { kind: 'absent' }
  | { kind: 'object'; value: JsonObject }
  | { kind: 'flags'; value: string }
  | { kind: 'python'; value: JsonObject }
  | { kind: 'invalid'; text: string; reason: string }
  | { kind: 'not-string'; value: JsonValue };

export type PythonStyleResult = { ok: true; value: JsonObject } | { ok: false; reason: string };

/** Reads the draft's CompilerOptions value (the API string) into what it holds; never throws. */
export function parseCompilerOptions(value: JsonValue | undefined): ParsedCompilerOptions {
  if (value === undefined || value === '') return { kind: 'absent' };
  if (typeof value !== 'string') return { kind: 'not-string', value };
  if (value.trim() === '') return { kind: 'invalid', text: value, reason: 'it is only spaces' };
  const json = parseJsonText(value);
  if (json.ok) {
    if (isJsonObject(json.value)) return { kind: 'object', value: json.value };
    if (typeof json.value === 'string') return { kind: 'flags', value: json.value };
    return {
      kind: 'invalid',
      text: value,
      reason: `it is ${describeJsonKind(json.value)}, not an object of options or a quoted flags string`,
    };
  }
  const python = parsePythonStyleOptions(value);
  if (python.ok) return { kind: 'python', value: python.value };
  return { kind: 'invalid', text: value, reason: invalidReason(value, json.error, python.reason) };
}

/** The API form of an options object: compact JSON, e.g. {"mcpu":"skylake-avx512"}. */
export function formatOptionsObject(options: JsonObject): string {
  return JSON.stringify(options);
}

/** The API form of Inferentia flags: a JSON string literal, e.g. "\"--verbose 1\"". */
export function formatFlags(flags: string): string {
  return JSON.stringify(flags);
}

function describeJsonKind(value: JsonValue): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return 'a JSON list';
  return `a JSON ${typeof value}`;
}

function invalidReason(
  text: string,
  jsonError: { message: string; line: number; column: number },
  pythonReason: string,
): string {
  if (text.trimStart().startsWith('-')) {
    return 'compiler flags must be a JSON string in double quotes, e.g. "--verbose 1"';
  }
  if (/'|\b(?:True|False|None)\b/.test(text)) return pythonReason;
  const where =
    jsonError.line === 1
      ? `column ${jsonError.column}`
      : `line ${jsonError.line}, column ${jsonError.column}`;
  return `${jsonError.message} (${where})`;
}

class PythonSyntaxError extends Error {}

const PYTHON_WORDS = new Map<string, JsonValue>([
  ['True', true],
  ['False', false],
  ['None', null],
]);
const PYTHON_ESCAPES = new Map([
  ['\\', '\\'],
  ["'", "'"],
  ['"', '"'],
  ['n', '\n'],
  ['t', '\t'],
  ['r', '\r'],
]);
const NUMBER_PATTERN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD_PATTERN = /[A-Za-z_]\w*/y;

/** Keeps reasons short whatever the text holds. */
const clip = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * Reads Python-style dict text such as `{'mattr': ['+neon'], 'ANDROID_PLATFORM': 25}` into a
 * JSON object. Strict on purpose: only dicts with string keys, lists, quoted strings, numbers,
 * True, False and None, so anything it accepts has one obvious JSON meaning.
 */
export function parsePythonStyleOptions(text: string): PythonStyleResult {
  try {
    const reader = new PythonReader(text);
    reader.skipSpace();
    if (text[reader.index] !== '{') reader.fail("expected a dict starting with '{'");
    const value = reader.readValue(0) as JsonObject;
    reader.skipSpace();
    if (reader.index < text.length) reader.fail('unexpected text after the closing }');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof PythonSyntaxError) return { ok: false, reason: error.message };
    return { ok: false, reason: 'the text could not be read' };
  }
}

class PythonReader {
  index = 0;

  constructor(private readonly text: string) {}

  readValue(depth: number): JsonValue {
    if (depth >= MAX_JSON_DEPTH) this.fail(`nesting is deeper than ${MAX_JSON_DEPTH} levels`);
    this.skipSpace();
    const char = this.text[this.index];
    if (char === '{') return this.readDict(depth + 1);
    if (char === '[') return this.readList(depth + 1);
    if (char === "'" || char === '"') return this.readString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
      return this.readNumber();
    WORD_PATTERN.lastIndex = this.index;
    const word = WORD_PATTERN.exec(this.text)?.[0];
    if (word !== undefined && PYTHON_WORDS.has(word)) {
      this.index += word.length;
      return PYTHON_WORDS.get(word) ?? null;
    }
    if (word !== undefined)
      this.fail(`unexpected word '${clip(word)}': only True, False and None are allowed`);
    return this.fail(char === undefined ? 'the text ends too early' : `unexpected '${char}'`);
  }

  private readDict(depth: number): JsonObject {
    this.index += 1;
    const dict: JsonObject = {};
    for (this.skipSpace(); this.text[this.index] !== '}'; this.skipSpace()) {
      const quote = this.text[this.index];
      if (quote === undefined) this.fail('the text ends too early');
      if (quote !== "'" && quote !== '"') this.fail('dict keys must be quoted strings');
      const keyAt = this.index;
      const key = this.readString();
      if (key === '__proto__') this.fail('the key "__proto__" is not allowed', keyAt);
      this.skipSpace();
      if (this.text[this.index] !== ':') this.fail(`expected ':' after '${clip(key)}'`);
      this.index += 1;
      dict[key] = this.readValue(depth);
      if (!this.skipComma('}')) break;
    }
    this.expect('}');
    return dict;
  }

  private readList(depth: number): JsonValue[] {
    this.index += 1;
    const list: JsonValue[] = [];
    for (this.skipSpace(); this.text[this.index] !== ']'; this.skipSpace()) {
      list.push(this.readValue(depth));
      if (!this.skipComma(']')) break;
    }
    this.expect(']');
    return list;
  }

  /** Consumes a ',' (Python allows one before the closer); false when the closer comes next. */
  private skipComma(closer: string): boolean {
    this.skipSpace();
    if (this.text[this.index] === ',') {
      this.index += 1;
      return true;
    }
    if (this.text[this.index] !== closer) this.fail(`expected ',' or '${closer}'`);
    return false;
  }

  private readString(): string {
    const quote = this.text[this.index];
    let result = '';
    for (let at = this.index + 1; at < this.text.length; at += 1) {
      const char = this.text[at] ?? '';
      if (char === quote) {
        this.index = at + 1;
        return result;
      }
      if (char === '\n') break;
      if (char === '\\') {
        at += 1;
        const escape = PYTHON_ESCAPES.get(this.text[at] ?? '');
        if (escape === undefined) this.fail(`unsupported escape '\\${this.text[at] ?? ''}'`);
        result += escape;
      } else {
        result += char;
      }
    }
    return this.fail('a string has no closing quote');
  }

  private readNumber(): number {
    NUMBER_PATTERN.lastIndex = this.index;
    const match = NUMBER_PATTERN.exec(this.text)?.[0];
    if (match === undefined) this.fail('invalid number');
    const number = Number(match);
    if (!Number.isFinite(number)) this.fail(`the number ${match} is too large`);
    this.index += match.length;
    return number;
  }

  private expect(char: string): void {
    if (this.text[this.index] !== char) this.fail(`expected '${char}'`);
    this.index += 1;
  }

  skipSpace(): void {
    while (/\s/.test(this.text[this.index] ?? '')) this.index += 1;
  }

  fail(message: string, at = this.index): never {
    throw new PythonSyntaxError(`${message} (column ${at + 1})`);
  }
}
