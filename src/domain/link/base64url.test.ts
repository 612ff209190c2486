import fc from 'fast-check';
import { base64urlToBytes, bytesToBase64url } from './base64url';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['{"a":"é"}', 'eyJhIjoiw6kifQ'],
    ['??>', 'Pz8-'],
    ['???', 'Pz8_'],
  ])('encodes %j as %s without padding, and back', (text, encoded) => {
    expect(bytesToBase64url(utf8(text))).toBe(encoded);
    expect(base64urlToBytes(encoded)).toEqual(utf8(text));
  });

  it.each([['Zg=='], ['Zm8=']])('also reads padded %s', (padded) => {
    expect(bytesToBase64url(base64urlToBytes(padded))).toBe(padded.replace(/=+$/, ''));
  });

  it.each([['Zm9v+'], ['Zm9v/'], ['Zm9v!'], ['Z']])('rejects %s', (text) => {
    expect(() => base64urlToBytes(text)).toThrow();
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(base64urlToBytes(bytesToBase64url(bytes))).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
  });
});
