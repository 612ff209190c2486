import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import type { JsonValue } from '../json/json-value';
import { evaluatePython, findPython } from '../../testing/snippets/run-client';
import { toJavaScriptLiteral, toPythonLiteral } from './value-literal';

const python = findPython();

/** Any JSON value as the preview yields it: parsed back from its JSON text. */
const previewValue = fc
  .jsonValue({ stringUnit: 'binary', maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as JsonValue);

const SAMPLE: JsonValue = {
  S3OutputLocation: 's3://bucket/out',
  TargetPlatform: { Os: 'LINUX', Arch: 'ARM64' },
  CompilerOptions: '{"mattr":["+neon"]}',
  Flags: [true, false, null, 1.5, -2, []],
  Empty: {},
};

describe('toPythonLiteral', () => {
  it('writes a readable dict with True/False/None', () => {
    expect(toPythonLiteral(SAMPLE)).toBe(
      [
        '{',
        '    "S3OutputLocation": "s3://bucket/out",',
        '    "TargetPlatform": {',
        '        "Os": "LINUX",',
        '        "Arch": "ARM64",',
        '    },',
        `    "CompilerOptions": '{"mattr":["+neon"]}',`,
        '    "Flags": [',
        '        True,',
        '        False,',
        '        None,',
        '        1.5,',
        '        -2,',
        '        [],',
        '    ],',
        '    "Empty": {},',
        '}',
      ].join('\n'),
    );
  });

  it('writes an overflowed number as float("inf"), as json.loads reads 1e400', () => {
    expect(toPythonLiteral([Infinity, -Infinity])).toBe(
      '[\n    float("inf"),\n    float("-inf"),\n]',
    );
  });

  it.skipIf(python === undefined)(
    'evaluates in python3 to the same value, for any JSON value',
    () => {
      const values = fc.sample(previewValue, 200);
      expect(
        evaluatePython(
          python ?? '',
          values.map((value) => toPythonLiteral(value)),
        ),
      ).toEqual(values);
    },
  );
});

describe('toJavaScriptLiteral', () => {
  it('writes identifier keys bare and other keys quoted', () => {
    expect(toJavaScriptLiteral({ TargetDevice: 'ml_c5', 'gpu-code': 'sm_53', n: -0 })).toBe(
      '{\n  TargetDevice: "ml_c5",\n  "gpu-code": "sm_53",\n  n: -0,\n}',
    );
  });

  it('keeps a "__proto__" key as an own member instead of setting the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as JsonValue;
    const literal = toJavaScriptLiteral(value);
    expect(literal).toBe('{\n  ["__proto__"]: {\n    polluted: true,\n  },\n  a: 1,\n}');
    const evaluated = runInNewContext(`(${literal})`) as Record<string, unknown>;
    expect(Object.keys(evaluated)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(evaluated)).not.toHaveProperty('polluted');
  });

  it('evaluates in V8 to the same value, for any JSON value', () => {
    fc.assert(
      fc.property(previewValue, (value) => {
        const evaluated: unknown = runInNewContext(`(${toJavaScriptLiteral(value)})`);
        expect(JSON.stringify(evaluated)).toBe(JSON.stringify(value));
        expect(evaluated).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
