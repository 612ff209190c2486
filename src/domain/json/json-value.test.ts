import fc from 'fast-check';
import { sameJsonValue, type JsonValue } from './json-value';

describe('sameJsonValue', () => {
  it('holds for equal data in new objects and arrays, whatever the key order', () => {
    expect(sameJsonValue({ mattr: ['+neon'], mcpu: 'a' }, { mcpu: 'a', mattr: ['+neon'] })).toBe(
      true,
    );
    expect(sameJsonValue(undefined, undefined)).toBe(true);
    expect(sameJsonValue(null, null)).toBe(true);
  });

  it('tells apart values that differ anywhere', () => {
    expect(sameJsonValue(['+neon'], ['+neon', '+sve'])).toBe(false);
    expect(sameJsonValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJsonValue({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJsonValue([1], { 0: 1 })).toBe(false);
    expect(sameJsonValue(1, '1')).toBe(false);
    expect(sameJsonValue(null, undefined)).toBe(false);
    expect(sameJsonValue({}, null)).toBe(false);
  });

  it('agrees with comparing the canonical JSON text', () => {
    const canonical = (value: JsonValue): string =>
      JSON.stringify(value, (_key, inner: unknown) =>
        inner !== null && typeof inner === 'object' && !Array.isArray(inner)
          ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : 1)))
          : inner,
      );
    const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameJsonValue(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameJsonValue(a, structuredClone(a))).toBe(true);
      }),
    );
  });
});
