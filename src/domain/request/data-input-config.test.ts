import fc from 'fast-check';
import {
  buildDataInputConfig,
  parseDataInputConfig,
  parseDims,
  toShapeInputs,
  type ShapeInput,
} from './data-input-config';

describe('buildDataInputConfig', () => {
  it.each([
    [[{ name: 'input0', dims: [1, 3, 224, 224] }], 'dict', '{"input0":[1,3,224,224]}'],
    [
      [
        { name: 'data1', dims: [1, 28, 28, 1] },
        { name: 'data2', dims: [1, 28, 28, 1] },
      ],
      'dict',
      '{"data1":[1,28,28,1],"data2":[1,28,28,1]}',
    ],
    [
      [
        { name: 'a', dims: [1, 3, 224, 224] },
        { name: 'b', dims: [1, 3, 224, 224] },
      ],
      'list',
      '[[1,3,224,224],[1,3,224,224]]',
    ],
    [[{ name: '__proto__', dims: [1] }], 'dict', '{"__proto__":[1]}'],
  ] as const)('writes %j as a %s: %s', (inputs, form, expected) => {
    expect(buildDataInputConfig(inputs as unknown as ShapeInput[], form)).toBe(expected);
  });
});

describe('parseDataInputConfig', () => {
  it.each([
    ['{"input":[1,1024,1024,3]}', 'dict', false],
    ["{'data': [1,3,1024,1024]}", 'dict', true],
    ['[[1,3,224,224], [1,3,224,224]]', 'list', false],
    ['[[1,3,224,224]]', 'list', false],
  ])('reads %s as a %s', (text, form, isPythonStyle) => {
    expect(parseDataInputConfig(text)).toMatchObject({ ok: true, form, isPythonStyle });
  });

  it.each(['input0=1,3', '"input0"', '42', "[[1], 'v': [2]]", '{"a":[1]'])(
    'refuses %s with a reason',
    (text) => {
      const parsed = parseDataInputConfig(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.reason).toMatch(/\w/);
    },
  );

  it('refuses an input named "__proto__", as every JSON the app reads does', () => {
    const parsed = parseDataInputConfig(
      buildDataInputConfig([{ name: '__proto__', dims: [1] }], 'dict'),
    );
    expect(!parsed.ok && parsed.reason).toMatch(/__proto__/);
  });

  it('round-trips whatever the builder writes, and never throws on any text', () => {
    const input = fc.record({
      name: fc.string({ minLength: 1 }),
      dims: fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(input, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('dict', 'list'),
        (inputs, form) => {
          const names = new Set(inputs.map(({ name }) => name));
          fc.pre(form === 'list' || names.size === inputs.length);
          // JavaScript objects list integer-like keys ("0", "12") first, whatever the text says.
          fc.pre(inputs.every(({ name }) => !/^(0|[1-9]\d*)$/.test(name)));
          // The JSON reader refuses a "__proto__" key anywhere (tested below), so it cannot return.
          fc.pre(!names.has('__proto__'));
          const read = toShapeInputs(buildDataInputConfig(inputs, form));
          expect(read?.form).toBe(form);
          expect(read?.inputs.map(({ dims }) => dims)).toEqual(inputs.map(({ dims }) => dims));
          if (form === 'dict')
            expect(read?.inputs.map(({ name }) => name)).toEqual(inputs.map(({ name }) => name));
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => void parseDataInputConfig(text)),
    );
  });
});

describe('toShapeInputs', () => {
  it('names list entries input0, input1… for editing', () => {
    expect(toShapeInputs('[[1,3],[1,4]]')).toEqual({
      form: 'list',
      inputs: [
        { name: 'input0', dims: [1, 3] },
        { name: 'input1', dims: [1, 4] },
      ],
    });
  });

  it('leaves text it cannot show as name and dimensions to be edited as text', () => {
    expect(toShapeInputs('{"input_1":{"shape":[1,224,224,3]}}')).toBeUndefined();
    expect(toShapeInputs('{"x":[1,-1]}')).toBeUndefined();
  });
});

describe('parseDims', () => {
  it.each([
    ['1,3,224,224', [1, 3, 224, 224]],
    [' 1, 3 ,224 , 224 ', [1, 3, 224, 224]],
    ['1x3x224x224', [1, 3, 224, 224]],
    ['1 3 224 224', [1, 3, 224, 224]],
  ])('reads %j', (text, dims) => {
    expect(parseDims(text)).toEqual(dims);
  });

  it.each(['', '1,,a', '0,3', '-1,3', '1.5', '1e3'])('refuses %j', (text) => {
    expect(parseDims(text)).toBeUndefined();
  });
});
