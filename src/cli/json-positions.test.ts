import { escapePointerSegment, jsonPositions } from './json-positions';

describe('jsonPositions', () => {
  it('places each member at its key, and array items and the root at their value', () => {
    const text = [
      '{',
      '  "S3OutputLocation": "s3://b/x",',
      '  "TargetPlatform": { "Os": "LINUX", "Arch": "ARM64" },',
      '  "Tags": [ {"Key": "a"},',
      '    "two" ]',
      '}',
    ].join('\n');
    const positions = jsonPositions(text);
    expect(positions.get('')).toEqual({ line: 1, column: 1 });
    expect(positions.get('/S3OutputLocation')).toEqual({ line: 2, column: 3 });
    expect(positions.get('/TargetPlatform')).toEqual({ line: 3, column: 3 });
    expect(positions.get('/TargetPlatform/Os')).toEqual({ line: 3, column: 23 });
    expect(positions.get('/TargetPlatform/Arch')).toEqual({ line: 3, column: 38 });
    expect(positions.get('/Tags/0')).toEqual({ line: 4, column: 13 });
    expect(positions.get('/Tags/0/Key')).toEqual({ line: 4, column: 14 });
    expect(positions.get('/Tags/1')).toEqual({ line: 5, column: 5 });
  });

  it('escapes keys as RFC 6901 says, and counts columns in UTF-16 units after escapes', () => {
    const text = '{"a/b": 1, "~x": 2, "é\\"": {"k": 3}}';
    const positions = jsonPositions(text);
    expect(positions.get('/a~1b')).toEqual({ line: 1, column: 2 });
    expect(positions.get('/~0x')).toEqual({ line: 1, column: 12 });
    expect(positions.get('/é"/k')).toEqual({ line: 1, column: 29 });
    expect(escapePointerSegment('a/~b')).toBe('a~1~0b');
  });

  it('walks deep nesting with its own stack, not recursion', () => {
    const depth = 2_000;
    const text = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const positions = jsonPositions(text);
    expect(positions.get(`${'/a'.repeat(depth)}`)).toEqual({
      line: 1,
      column: 2 + 5 * (depth - 1),
    });
  });

  it('keeps the last of duplicate keys, as the parser does', () => {
    expect(jsonPositions('{"a": 1,\n"a": 2}').get('/a')).toEqual({ line: 2, column: 1 });
  });
});
