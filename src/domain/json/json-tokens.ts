/**
 * Splits JSON text into tokens for syntax colouring. The preview renders tokens as text nodes
 * (never as HTML), which is why a highlighter that returns an HTML string does not fit here.
 */
import { OUTPUT_CONFIG_KEYS } from '../api-values';

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space';
export type JsonToken = { kind: JsonTokenKind; text: string };

const TOKEN_PATTERN =
  /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)|(.)/gu;

/** Tokenizes JSON text; concatenating the tokens' text gives the input back unchanged. */
export function tokenizeJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [, quoted, colon, number, literal, punctuation, space, other] = match;
    if (quoted !== undefined) {
      tokens.push({ kind: colon ? 'key' : 'string', text: quoted });
      if (colon) tokens.push({ kind: 'punctuation', text: colon });
    } else if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (literal !== undefined) tokens.push({ kind: 'literal', text: literal });
    else if (punctuation !== undefined) tokens.push({ kind: 'punctuation', text: punctuation });
    else if (space !== undefined) tokens.push({ kind: 'space', text: space });
    else if (other !== undefined) tokens.push({ kind: 'punctuation', text: other });
  }
  return tokens;
}

/** Splits tokens into lines (a token never spans a line in JSON.stringify output). */
export function tokenLines(tokens: JsonToken[]): JsonToken[][] {
  const lines: JsonToken[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ kind: token.kind, text: part });
    });
  }
  return lines;
}

/**
 * The 0-based preview lines a problem's field points at: a top-level key, a TargetPlatform
 * member, or (for compiler-option keys) the CompilerOptions line.
 */
export function lineOfField(json: string, field: string): number | undefined {
  const lines = json.split('\n');
  const [head, member] = field.split('.');
  const find = (indent: string, key: string, from = 0) => {
    const needle = `${indent}${JSON.stringify(key)}:`;
    const index = lines.findIndex((line, at) => at >= from && line.startsWith(needle));
    return index < 0 ? undefined : index;
  };
  const topLevel = head === undefined ? undefined : find('  ', head);
  if (topLevel !== undefined && member !== undefined)
    return find('    ', member, topLevel) ?? topLevel;
  if (topLevel !== undefined || isOutputConfigKey(head)) return topLevel;
  return find('  ', 'CompilerOptions');
}

function isOutputConfigKey(key: string | undefined): boolean {
  return OUTPUT_CONFIG_KEYS.some((known) => known === key);
}
