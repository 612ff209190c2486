import fc from 'fast-check';
import { MAX_JSON_DEPTH, lineAndColumn, parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it.each([
    ['{}', {}],
    ['[]', []],
    ['  {"a": [1, -2.5e3, true, false, null, "x"]}  ', { a: [1, -2500, true, false, null, 'x'] }],
    ['"\\u00e9\\n\\"\\/"', 'é\n"/'],
    ['0', 0],
    ['{"constructor": {"prototype": 1}}', { constructor: { prototype: 1 } }],
    ['{"a": 1, "a": 2}', { a: 2 }],
  ])('parses %s', (text, expected) => {
    expect(parseJsonText(text)).toEqual({ ok: true, value: expected });
  });

  it('keeps key order as written', () => {
    const result = parseJsonText('{"z": 1, "S3OutputLocation": 2, "a": 3}');
    expect(result.ok && Object.keys(result.value as object)).toEqual([
      'z',
      'S3OutputLocation',
      'a',
    ]);
  });

  it('keeps "constructor" as a plain own member', () => {
    const result = parseJsonText('{"constructor": "x"}');
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(result.ok && Object.hasOwn(result.value as object, 'constructor')).toBe(true);
  });

  it.each([
    ['', 'Expected a value, found the end of the text', 1, 1],
    ['   \n  ', 'Expected a value, found the end of the text', 2, 3],
    ['{', 'Expected a property name in double quotes, found the end of the text', 1, 2],
    ['{"a":1,}', "Trailing comma before '}': remove it", 1, 8],
    ['[1,2,]', "Trailing comma before ']': remove it", 1, 6],
    ['[1,2', "Expected ',' or ']' after an array element, found the end of the text", 1, 5],
    ['{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}' after a property value, found '\"'", 3, 3],
    ['{"a" 1}', "Expected ':' after the property name, found '1'", 1, 6],
    ["{'a': 1}", 'JSON needs double quotes ("), not single quotes', 1, 2],
    ['{"a": \'x\'}', 'JSON needs double quotes ("), not single quotes', 1, 7],
    ['{"a": True}', "Unexpected word 'True': JSON's only words are true, false and null", 1, 7],
    ['tru', "Unexpected word 'tru': JSON's only words are true, false and null", 1, 1],
    ['{"a": "abc', 'Unterminated string: it has no closing "', 1, 7],
    [
      '{"a": "x\ny"}',
      'Unescaped control character in a string: write it as \\n, \\t or \\u00XX',
      1,
      9,
    ],
    ['"\\x"', "Invalid escape '\\x' in a string", 1, 2],
    ['"\\u12G4"', 'Invalid \\u escape: it needs four hex digits', 1, 2],
    ['01', 'Invalid number: JSON numbers look like 12, -3.5 or 1e-7', 1, 1],
    ['[1.]', 'Invalid number: JSON numbers look like 12, -3.5 or 1e-7', 1, 2],
    ['-', 'Invalid number: JSON numbers look like 12, -3.5 or 1e-7', 1, 1],
    ['1e', 'Invalid number: JSON numbers look like 12, -3.5 or 1e-7', 1, 1],
    ['{} x', "Unexpected 'x' after the end of the JSON value", 1, 4],
    ['[\u0001]', "Expected a value, found '\\u0001'", 1, 2],
    ['{"a": {"__proto__": 1}}', 'The key "__proto__" is not allowed', 1, 8],
    ['{\n "__proto__": {"polluted": true}\n}', 'The key "__proto__" is not allowed', 2, 2],
  ])('rejects %j: %s at %i:%i', (text, message, line, column) => {
    expect(parseJsonText(text)).toEqual({ ok: false, error: { message, line, column } });
  });

  it('rejects "\\u005f_proto__" too, since it decodes to __proto__', () => {
    const result = parseJsonText('{"\\u005f_proto__": {}}');
    expect(result.ok).toBe(false);
  });

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and rejects one more`, () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonText(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseJsonText(nested(MAX_JSON_DEPTH + 1))).toEqual({
      ok: false,
      error: { message: 'Nesting is deeper than 64 levels', line: 1, column: 65 },
    });
    expect(parseJsonText(nested(100_000)).ok).toBe(false);
  });

  it('builds exactly what JSON.parse builds for any JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 8 }), (text) => {
        fc.pre(!text.includes('__proto__'));
        const result = parseJsonText(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(JSON.stringify(result.value)).toBe(JSON.stringify(JSON.parse(text)));
      }),
    );
  });

  it('accepts exactly what JSON.parse accepts, and never throws', () => {
    const nearJson = fc.oneof(
      fc.string(),
      fc
        .json({ maxDepth: 4 })
        .chain((text) =>
          fc
            .tuple(
              fc.nat(text.length),
              fc.nat(3),
              fc.constantFrom('', ',', '"', '}', ']', ' ', '\\', "'"),
            )
            .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut)),
        ),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        fc.pre(!text.includes('__proto__'));
        let jsonParseOk = true;
        try {
          JSON.parse(text);
        } catch {
          jsonParseOk = false;
        }
        expect(parseJsonText(text).ok).toBe(jsonParseOk);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 3, 1, 4],
    ['a\nbc', 2, 2, 1],
    ['a\r\nbc', 4, 2, 2],
    ['\n\n\nx', 3, 4, 1],
  ])('%j at %i is line %i, column %i', (text, index, line, column) => {
    expect(lineAndColumn(text, index)).toEqual({ line, column });
  });
});
