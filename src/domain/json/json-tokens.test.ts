import fc from 'fast-check';
import { lineOfField, tokenizeJson, tokenLines } from './json-tokens';

const preview = JSON.stringify(
  {
    S3OutputLocation: 's3://b/o',
    TargetPlatform: { Os: 'LINUX', Arch: 'ARM64', Accelerator: 'NVIDIA' },
    CompilerOptions: '{"gpu-code":"sm_62"}',
    Count: -1.5e3,
    Flag: true,
  },
  null,
  2,
);

describe('tokenizeJson', () => {
  it('classifies keys, strings, numbers and literals', () => {
    const kinds = tokenizeJson('{"a": "b", "c": 12, "d": null}')
      .filter((token) => token.kind !== 'space' && token.kind !== 'punctuation')
      .map((token) => `${token.kind}:${token.text}`);
    expect(kinds).toEqual([
      'key:"a"',
      'string:"b"',
      'key:"c"',
      'number:12',
      'key:"d"',
      'literal:null',
    ]);
  });

  it('keeps escaped quotes inside one string token', () => {
    const tokens = tokenizeJson(JSON.stringify({ CompilerOptions: '{"x":"y"}' }));
    expect(tokens.find((token) => token.kind === 'string')?.text).toBe('"{\\"x\\":\\"y\\"}"');
  });

  it('gives the text back unchanged for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2) ?? 'null';
        expect(
          tokenizeJson(text)
            .map((token) => token.text)
            .join(''),
        ).toBe(text);
        expect(tokenLines(tokenizeJson(text)).length).toBe(text.split('\n').length);
      }),
    );
  });
});

describe('lineOfField', () => {
  it.each([
    ['S3OutputLocation', 1],
    ['TargetPlatform.Arch', 4],
    ['gpu-code', 7],
    ['Flag', 9],
  ])('%s is on line %i', (field, line) => {
    expect(lineOfField(preview, field)).toBe(line);
  });

  it('finds nothing for a field that is not in the preview', () => {
    expect(lineOfField('{}', 'KmsKeyId')).toBeUndefined();
    expect(lineOfField(preview, 'KmsKeyId')).toBeUndefined();
  });
});
