import fc from 'fast-check';
import type { JsonObject, JsonValue } from '../json/json-value';
import {
  formatFlags,
  formatOptionsObject,
  parseCompilerOptions,
  parsePythonStyleOptions,
  type ParsedCompilerOptions,
} from './api-string';

describe('parseCompilerOptions', () => {
  it.each<[string, JsonValue | undefined, ParsedCompilerOptions]>([
    ['undefined', undefined, { kind: 'absent' }],
    ['an empty string', '', { kind: 'absent' }],
    [
      'a JSON object',
      '{"mcpu":"skylake-avx512"}',
      { kind: 'object', value: { mcpu: 'skylake-avx512' } },
    ],
    [
      'the Inferentia flags of the API example',
      '"--verbose 1 --num-neuroncores 2 -O2"',
      { kind: 'flags', value: '--verbose 1 --num-neuroncores 2 -O2' },
    ],
    [
      'the Python-style dict of the API example',
      "{'ANDROID_PLATFORM': 25, 'mattr': ['+neon']}",
      { kind: 'python', value: { ANDROID_PLATFORM: 25, mattr: ['+neon'] } },
    ],
    [
      'JSON with a trailing comma, which Python allows',
      '{"mcpu":"x",}',
      { kind: 'python', value: { mcpu: 'x' } },
    ],
    [
      'Python True/False/None',
      "{'a': True, 'b': False, 'c': None}",
      { kind: 'python', value: { a: true, b: false, c: null } },
    ],
    ['a number', 12, { kind: 'not-string', value: 12 }],
    ['an object', { mcpu: 'x' }, { kind: 'not-string', value: { mcpu: 'x' } }],
  ])('reads %s', (_, value, expected) => {
    expect(parseCompilerOptions(value)).toEqual(expected);
  });

  it.each([
    ['spaces only', '   ', 'it is only spaces'],
    [
      'a JSON list',
      '["+neon"]',
      'it is a JSON list, not an object of options or a quoted flags string',
    ],
    [
      'a JSON number',
      '123',
      'it is a JSON number, not an object of options or a quoted flags string',
    ],
    [
      'unquoted flags',
      '--verbose 1 -O2',
      'compiler flags must be a JSON string in double quotes, e.g. "--verbose 1"',
    ],
    [
      'a missing colon',
      '{"mcpu" "x"}',
      "Expected ':' after the property name, found '\"' (column 9)",
    ],
    ['an unclosed Python string', "{'mcpu: 'x'}", "expected ':' after 'mcpu: ' (column 10)"],
    [
      'a JSON __proto__ key',
      '{"__proto__":{"x":1}}',
      'The key "__proto__" is not allowed (column 2)',
    ],
    ['a Python __proto__ key', "{'__proto__': 1}", 'the key "__proto__" is not allowed (column 2)'],
  ])('rejects %s with a reason', (_, text, reason) => {
    expect(parseCompilerOptions(text)).toEqual({ kind: 'invalid', text, reason });
  });

  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue() as fc.Arbitrary<JsonValue>), (value) => {
        expect(() => parseCompilerOptions(value)).not.toThrow();
      }),
    );
  });

  it('reads back what formatOptionsObject writes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue() as fc.Arbitrary<JsonValue>),
        (options) => {
          fc.pre(!JSON.stringify(options).includes('"__proto__"'));
          const normalised = JSON.parse(JSON.stringify(options)) as JsonObject;
          expect(parseCompilerOptions(formatOptionsObject(options))).toEqual({
            kind: 'object',
            value: normalised,
          });
        },
      ),
    );
  });

  it('reads back what formatFlags writes', () => {
    fc.assert(
      fc.property(fc.string(), (flags) => {
        fc.pre(flags !== '');
        expect(parseCompilerOptions(formatFlags(flags))).toEqual({ kind: 'flags', value: flags });
      }),
    );
  });
});

describe('parsePythonStyleOptions', () => {
  it.each<[string, JsonObject]>([
    ["{'mattr': ['+neon', '+vfpv4']}", { mattr: ['+neon', '+vfpv4'] }],
    [
      "{'cuda-ver': '10.0', 'trt-ver': '6.0.1', 'gpu-code': 'sm_70'}",
      { 'cuda-ver': '10.0', 'trt-ver': '6.0.1', 'gpu-code': 'sm_70' },
    ],
    ['{"dtype": "long"}', { dtype: 'long' }],
    ["{'a': -1.5e3, 'b': 0, 'c': [1, [2]],}", { a: -1500, b: 0, c: [1, [2]] }],
    ["{'quote': 'it\\'s', 'tab': 'a\\tb'}", { quote: "it's", tab: 'a\tb' }],
    ['{}', {}],
    ["  { 'constructor' : 1 }  ", { constructor: 1 }],
  ])('reads %s', (text, value) => {
    expect(parsePythonStyleOptions(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["['+neon']", "expected a dict starting with '{' (column 1)"],
    ["{1: 'x'}", 'dict keys must be quoted strings (column 2)'],
    ["{'a': true}", "unexpected word 'true': only True, False and None are allowed (column 7)"],
    ["{'a': 1} x", 'unexpected text after the closing } (column 10)'],
    ["{'a': '\\d'}", "unsupported escape '\\d' (column 7)"],
    ["{'a': 1e999}", 'the number 1e999 is too large (column 7)'],
    ["{'a': (1, 2)}", "unexpected '(' (column 7)"],
    ["{'a' 1}", "expected ':' after 'a' (column 6)"],
    ["{'a': 1", "expected ',' or '}' (column 8)"],
    ['{', 'the text ends too early (column 2)'],
    [`{'a': ${'['.repeat(80)}`, 'nesting is deeper than 64 levels (column 70)'],
  ])('rejects %s', (text, reason) => {
    expect(parsePythonStyleOptions(text)).toEqual({ ok: false, reason });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[{}[\]'",: a-zTFN0-9._-]*$/)),
        (text) => {
          expect(() => parsePythonStyleOptions(text)).not.toThrow();
        },
      ),
    );
  });

  it('builds a plain object even for a key named constructor', () => {
    const result = parsePythonStyleOptions("{'constructor': 'x'}");
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});

describe('formatting', () => {
  it('writes compact JSON, as the API takes it', () => {
    expect(formatOptionsObject({ mcpu: 'skylake-avx512', mattr: ['+neon'] })).toBe(
      '{"mcpu":"skylake-avx512","mattr":["+neon"]}',
    );
  });

  it('writes flags as a JSON string literal', () => {
    expect(formatFlags('--verbose 1 --num-neuroncores 2 -O2')).toBe(
      '"--verbose 1 --num-neuroncores 2 -O2"',
    );
  });
});
