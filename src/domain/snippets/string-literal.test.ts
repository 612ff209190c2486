import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import {
  escapeInvisibleInJson,
  javaScriptStringLiteral,
  pythonStringLiteral,
} from './string-literal';
import { evaluatePython, findPython } from '../../testing/snippets/run-client';

const python = findPython();

/** Code points that matter to string literals, lone surrogates included. */
const literalString = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "'",
      '"',
      '\\',
      '\n',
      '\r',
      '\u2028',
      '\u202e',
      '\u0085',
      '\ud800',
      '\udfff',
      '🙂',
      '{',
      '$',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('pythonStringLiteral', () => {
  it.each([
    ['plain', '"plain"'],
    ['{"mcpu":"skylake-avx512"}', `'{"mcpu":"skylake-avx512"}'`],
    [`it's "x"`, `"it's \\"x\\""`],
    ['a\\b\nc\td\re', '"a\\\\b\\nc\\td\\re"'],
    ['\u0000\u007f\u0085', '"\\x00\\x7f\\x85"'],
    ['\u2028\u202e\ufeff', '"\\u2028\\u202e\\ufeff"'],
    ['\ud800', '"\\ud800"'],
    ['\u{e0001}', '"\\U000e0001"'],
    ['é漢字🙂', '"é漢字🙂"'],
  ])('writes %j as %s', (value, literal) => {
    expect(pythonStringLiteral(value)).toBe(literal);
  });

  it.skipIf(python === undefined)('evaluates in python3 to the same string, for any string', () => {
    const values = fc.sample(literalString, 300);
    expect(evaluatePython(python ?? '', values.map(pythonStringLiteral))).toEqual(values);
  });
});

describe('javaScriptStringLiteral', () => {
  it.each([
    ['plain', '"plain"'],
    ['{"a":1}', `'{"a":1}'`],
    ['\u2028\u0085', '"\\u2028\\x85"'],
    ['\u{e0001}', '"\\u{e0001}"'],
  ])('writes %j as %s', (value, literal) => {
    expect(javaScriptStringLiteral(value)).toBe(literal);
  });

  it('evaluates in V8 to the same string, for any string', () => {
    fc.assert(
      fc.property(literalString, (value) => {
        expect(runInNewContext(javaScriptStringLiteral(value))).toBe(value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeInvisibleInJson', () => {
  it.each([
    ['{\n  "a": "x\u202ey"\n}', '{\n  "a": "x\\u202ey"\n}'],
    ['"\u2028\u0085"', '"\\u2028\\u0085"'],
    ['"\u{e0001}"', '"\\udb40\\udc01"'],
    ['"é漢字🙂 \\n"', '"é漢字🙂 \\n"'],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeInvisibleInJson(text)).toBe(escaped);
  });

  it('never changes the parsed value of JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(JSON.parse(escapeInvisibleInJson(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });
});
