import { describeType, listWithOr, quote } from './value-text';

describe('value text', () => {
  it.each([
    ['ml.c5', '"ml.c5"'],
    ['<script>"x"</script>', '"<script>\\"x\\"</script>"'],
    ['y'.repeat(49), `"${'y'.repeat(48)}…"`],
  ])('quotes %j', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });

  it.each([
    [null, 'null'],
    [[1], 'an array'],
    [{}, 'an object'],
    [true, 'a boolean'],
    [1, 'a number'],
    ['x', 'a string'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeType(value)).toBe(expected);
  });

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A or B'],
    [['A', 'B', 'C'], 'A, B or C'],
  ])('lists %j as %j', (items, expected) => {
    expect(listWithOr(items)).toBe(expected);
  });
});
