/**
 * String literals for generated Python and JavaScript. Printable characters, including
 * non-ASCII text, are kept as they are so the snippet stays readable; control and invisible
 * formatting characters (C0/C1 controls, line/paragraph separators, bidi overrides, zero-width
 * characters, lone surrogates) are written as escapes, so what the user sees is what runs and
 * the file is always valid UTF-8.
 */

/** One code point (or lone surrogate) that must not appear raw in generated code. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'gu');

const hex = (codePoint: number, width: number) => codePoint.toString(16).padStart(width, '0');

type Escaper = (codePoint: number) => string;

const SHORT_ESCAPES = new Map([
  ['\\', '\\\\'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

/** Escapes shared by both languages: \xNN and \uNNNN mean the same thing in each. */
function escapeBmp(codePoint: number): string {
  return codePoint <= 0xff ? `\\x${hex(codePoint, 2)}` : `\\u${hex(codePoint, 4)}`;
}

const pythonEscape: Escaper = (codePoint) =>
  codePoint > 0xffff ? `\\U${hex(codePoint, 8)}` : escapeBmp(codePoint);

const javaScriptEscape: Escaper = (codePoint) =>
  codePoint > 0xffff ? `\\u{${hex(codePoint, 0)}}` : escapeBmp(codePoint);

/**
 * Quotes with " unless the text holds " and no ' (as Python's repr does), so a JSON string
 * such as CompilerOptions reads '{"mcpu":"skylake-avx512"}' rather than a wall of \".
 */
function quote(value: string, escape: Escaper): string {
  const quoteChar = value.includes('"') && !value.includes("'") ? "'" : '"';
  let body = '';
  // for…of walks code points; a lone surrogate comes through as a one-unit string.
  for (const char of value) {
    const short = SHORT_ESCAPES.get(char);
    if (short !== undefined) body += short;
    else if (char === quoteChar) body += `\\${char}`;
    else if (INVISIBLE.test(char)) body += escape(char.codePointAt(0) ?? 0);
    else body += char;
  }
  return quoteChar + body + quoteChar;
}

/** A Python 3 str literal whose value is exactly `value`. */
export function pythonStringLiteral(value: string): string {
  return quote(value, pythonEscape);
}

/** A JavaScript string literal whose value is exactly `value`. */
export function javaScriptStringLiteral(value: string): string {
  return quote(value, javaScriptEscape);
}

/**
 * JSON text with its invisible characters written as \uNNNN escapes. In valid JSON such
 * characters can only sit inside strings (JSON whitespace is space, tab, CR and LF, which are
 * kept), so the parsed value is unchanged.
 */
export function escapeInvisibleInJson(jsonText: string): string {
  return jsonText.replace(INVISIBLE_GLOBAL, (char) => {
    if (char === '\n' || char === '\r' || char === '\t') return char;
    // An astral character is escaped as its surrogate pair, as JSON requires.
    return Array.from({ length: char.length }, (_, i) => `\\u${hex(char.charCodeAt(i), 4)}`).join(
      '',
    );
  });
}
