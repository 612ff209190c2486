/**
 * Where each value of a JSON text sits, by JSON pointer (RFC 6901): the line and column of a
 * member's key (where an editor should put the cursor), or of an array item or the root value.
 * It walks the tokens with an explicit stack (no recursion, so no depth can overflow it) and is
 * only asked about text the importer has already read.
 */
import { tokenizeJson } from '../domain/json/json-tokens';

export type Position = { line: number; column: number };

type Container =
  | { kind: 'object'; path: string; key: string | undefined; keyAt: Position | undefined }
  | { kind: 'array'; path: string; index: number };

/** "a/b" → "a~1b", "~" → "~0" (RFC 6901 §3). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The position of every value in `text` by its JSON pointer ("" is the root). */
export function jsonPositions(text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  const stack: Container[] = [];
  let line = 1;
  let column = 1;

  /** The pointer and position the next value takes in its container. */
  const placeValue = (at: Position): string => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      positions.set('', at);
      return '';
    }
    if (parent.kind === 'array') {
      const path = `${parent.path}/${parent.index}`;
      parent.index += 1;
      positions.set(path, at);
      return path;
    }
    const path = `${parent.path}/${escapePointerSegment(parent.key ?? '')}`;
    positions.set(path, parent.keyAt ?? at);
    parent.key = undefined;
    parent.keyAt = undefined;
    return path;
  };

  for (const token of tokenizeJson(text)) {
    const at = { line, column };
    if (token.kind === 'key') {
      const parent = stack[stack.length - 1];
      if (parent?.kind === 'object') {
        parent.key = decodeKey(token.text);
        parent.keyAt = at;
      }
    } else if (token.text === '{' || token.text === '[') {
      const path = placeValue(at);
      stack.push(
        token.text === '{'
          ? { kind: 'object', path, key: undefined, keyAt: undefined }
          : { kind: 'array', path, index: 0 },
      );
    } else if (token.text === '}' || token.text === ']') {
      stack.pop();
    } else if (token.kind === 'string' || token.kind === 'number' || token.kind === 'literal') {
      placeValue(at);
    }
    const lines = token.text.split('\n');
    if (lines.length > 1) {
      line += lines.length - 1;
      column = lines[lines.length - 1]!.length + 1;
    } else {
      column += token.text.length;
    }
  }
  return positions;
}

function decodeKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
