/**
 * The one parser for JSON text that comes from outside (share links, imports, CompilerOptions).
 * It is a small recursive-descent parser rather than JSON.parse because it must report every
 * syntax error with a line and column and a message that reads the same in every browser (V8
 * gives no position for "Unexpected token", Firefox words everything differently), refuse
 * `__proto__` keys where they appear, and bound the nesting depth. For valid input it builds
 * exactly what JSON.parse builds (same numbers, same key order, last duplicate key wins).
 */
import type { JsonObject, JsonValue } from './json-value';

export type JsonTextError = { message: string; line: number; column: number };
export type JsonTextResult = { ok: true; value: JsonValue } | { ok: false; error: JsonTextError };

/** Deeper nesting than any OutputConfig needs; the bound keeps recursion far from the stack limit. */
export const MAX_JSON_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

const NUMBER_PATTERN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD_PATTERN = /[A-Za-z_$][\w$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const SINGLE_QUOTE_MESSAGE = 'JSON needs double quotes ("), not single quotes';

/** Parses JSON text; never throws. Errors carry a 1-based line and column. */
export function parseJsonText(text: string): JsonTextResult {
  try {
    const parser = new Parser(text);
    return { ok: true, value: parser.parseDocument() };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, error: { message: error.message, ...lineAndColumn(text, error.index) } };
    }
    // Only an engine limit (e.g. out of memory) gets here; report it rather than throw.
    return {
      ok: false,
      error: { message: 'The text could not be read as JSON', line: 1, column: 1 },
    };
  }
}

/** 1-based line and column (in UTF-16 code units) of an index into `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}

class Parser {
  private index = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonValue {
    this.skipSpace();
    const value = this.parseValue(0);
    this.skipSpace();
    if (this.index < this.text.length) {
      this.fail(`Unexpected ${this.describeHere()} after the end of the JSON value`);
    }
    return value;
  }

  private parseValue(depth: number): JsonValue {
    const char = this.text[this.index];
    if (char === '{') return this.parseObject(depth + 1);
    if (char === '[') return this.parseArray(depth + 1);
    if (char === '"') return this.parseString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
      return this.parseNumber();
    if (char === "'") this.fail(SINGLE_QUOTE_MESSAGE);
    WORD_PATTERN.lastIndex = this.index;
    const word = WORD_PATTERN.exec(this.text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.index += word.length;
      return word === 'null' ? null : word === 'true';
    }
    if (word !== undefined) {
      this.fail(`Unexpected word '${word}': JSON's only words are true, false and null`);
    }
    return this.fail(`Expected a value, found ${this.describeHere()}`);
  }

  private parseObject(depth: number): JsonObject {
    this.checkDepth(depth);
    this.index += 1;
    const object: JsonObject = {};
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index += 1;
      return object;
    }
    for (;;) {
      const keyIndex = this.index;
      const char = this.text[this.index];
      if (char === "'") this.fail(SINGLE_QUOTE_MESSAGE);
      if (char !== '"')
        this.fail(`Expected a property name in double quotes, found ${this.describeHere()}`);
      const key = this.parseString();
      if (key === '__proto__') this.fail('The key "__proto__" is not allowed', keyIndex);
      this.skipSpace();
      if (this.text[this.index] !== ':') {
        this.fail(`Expected ':' after the property name, found ${this.describeHere()}`);
      }
      this.index += 1;
      this.skipSpace();
      object[key] = this.parseValue(depth);
      this.skipSpace();
      const next = this.text[this.index];
      this.index += 1;
      if (next === '}') return object;
      if (next !== ',')
        this.fail(
          `Expected ',' or '}' after a property value, found ${this.describeAt(this.index - 1)}`,
          this.index - 1,
        );
      this.skipSpace();
      if (this.text[this.index] === '}') this.fail("Trailing comma before '}': remove it");
    }
  }

  private parseArray(depth: number): JsonValue[] {
    this.checkDepth(depth);
    this.index += 1;
    const array: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index += 1;
      return array;
    }
    for (;;) {
      array.push(this.parseValue(depth));
      this.skipSpace();
      const next = this.text[this.index];
      this.index += 1;
      if (next === ']') return array;
      if (next !== ',')
        this.fail(
          `Expected ',' or ']' after an array element, found ${this.describeAt(this.index - 1)}`,
          this.index - 1,
        );
      this.skipSpace();
      if (this.text[this.index] === ']') this.fail("Trailing comma before ']': remove it");
    }
  }

  private parseString(): string {
    const start = this.index;
    let at = start + 1;
    for (;;) {
      const code = this.text.charCodeAt(at);
      if (Number.isNaN(code)) this.fail('Unterminated string: it has no closing "', start);
      if (code === 0x22) break;
      if (code < 0x20) {
        this.fail('Unescaped control character in a string: write it as \\n, \\t or \\u00XX', at);
      }
      if (code === 0x5c) {
        const escape = this.text[at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(at + 2, at + 6))) {
            this.fail('Invalid \\u escape: it needs four hex digits', at);
          }
          at += 6;
          continue;
        }
        if (escape === undefined || !ESCAPES.has(escape)) {
          this.fail(`Invalid escape '\\${escape ?? ''}' in a string`, at);
        }
        at += 2;
        continue;
      }
      at += 1;
    }
    this.index = at + 1;
    // The slice is a well-formed JSON string literal by now, so JSON.parse decodes it exactly.
    return JSON.parse(this.text.slice(start, this.index)) as string;
  }

  private parseNumber(): number {
    NUMBER_PATTERN.lastIndex = this.index;
    const match = NUMBER_PATTERN.exec(this.text)?.[0];
    const after = this.text[this.index + (match?.length ?? 0)] ?? '';
    const leadingZero = /^-?0$/.test(match ?? '') && after >= '0' && after <= '9';
    if (match === undefined || leadingZero || after === '.' || after === 'e' || after === 'E') {
      this.fail('Invalid number: JSON numbers look like 12, -3.5 or 1e-7');
    }
    this.index += match.length;
    return Number(match);
  }

  private checkDepth(depth: number): void {
    if (depth > MAX_JSON_DEPTH) {
      this.fail(`Nesting is deeper than ${MAX_JSON_DEPTH} levels`);
    }
  }

  private skipSpace(): void {
    for (;;) {
      const char = this.text[this.index];
      if (char !== ' ' && char !== '\n' && char !== '\r' && char !== '\t') return;
      this.index += 1;
    }
  }

  private describeHere(): string {
    return this.describeAt(this.index);
  }

  private describeAt(index: number): string {
    const codePoint = this.text.codePointAt(index);
    if (codePoint === undefined) return 'the end of the text';
    const char = String.fromCodePoint(codePoint);
    return `'${codePoint < 0x20 ? JSON.stringify(char).slice(1, -1) : char}'`;
  }

  private fail(message: string, index = this.index): never {
    throw new JsonSyntaxError(message, index);
  }
}
