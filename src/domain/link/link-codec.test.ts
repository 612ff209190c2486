import fc from 'fast-check';
import { anyDraft, formDraft } from '../../testing/draft-arbitraries';
import { toApiObject, type OutputConfigDraft } from '../draft';
import { serializeDraft } from '../serialize';
import { MAX_SHARE_PAYLOAD_BYTES, buildShareHash, encodeSharePayload } from './encode-link';
import { decodeShareHash } from './decode-link';

const base64url = (text: string | Uint8Array) => Buffer.from(text).toString('base64url');

describe('encodeSharePayload', () => {
  it('is base64url without padding of the preview JSON, as any tool would build it', () => {
    fc.assert(
      fc.property(fc.oneof(anyDraft, formDraft), (draft) => {
        const payload = encodeSharePayload(draft);
        expect(payload).toBe(base64url(serializeDraft(draft)));
        expect(payload).toMatch(/^[A-Za-z0-9_-]*$/);
      }),
    );
  });
});

describe('buildShareHash', () => {
  it('puts the config first, then the UI state, percent-encoded', () => {
    const draft = { S3OutputLocation: 's3://b', TargetDevice: 'ml_c5' };
    expect(buildShareHash(draft, { tab: 'platform', 'a b': 'x&y', config: 'ignored' })).toBe(
      `#config=${base64url(serializeDraft(draft))}&tab=platform&a%20b=x%26y`,
    );
    expect(buildShareHash({})).toBe(`#config=${base64url('{}')}`);
  });
});

describe('decodeShareHash', () => {
  it('restores exactly the API object of any draft, key order included', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyDraft, formDraft),
        fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
        (draft, ui) => {
          const decoded = decodeShareHash(buildShareHash(draft, ui));
          expect(decoded.status).toBe('ok');
          if (decoded.status !== 'ok') return;
          expect(JSON.stringify(decoded.draft)).toBe(JSON.stringify(toApiObject(draft)));
          expect(serializeDraft(decoded.draft)).toBe(serializeDraft(draft));
          for (const [key, value] of Object.entries(ui)) {
            if (key !== 'config' && key !== 'request') expect(decoded.ui.get(key)).toBe(value);
          }
        },
      ),
    );
  });

  it('opens a link any tool built, with or without "#" and padding', () => {
    const json =
      '{"S3OutputLocation":"s3://b","TargetDevice":"ML_C5","TargetPlatform":{"Os":"linux"},"x":[1]}';
    const expected = JSON.parse(json) as OutputConfigDraft;
    const padded = Buffer.from(json).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    for (const hash of [
      `#config=${base64url(json)}`,
      `config=${base64url(json)}`,
      `#config=${padded}`,
      `#config=${padded.replace(/=/g, '%3D')}`,
    ]) {
      const decoded = decodeShareHash(hash);
      expect(decoded).toEqual({ status: 'ok', draft: expected, ui: new Map() });
      expect(decoded.status === 'ok' && Object.keys(decoded.draft)).toEqual(Object.keys(expected));
    }
  });

  it.each([
    ['', new Map()],
    ['#', new Map()],
    [
      '#tab=platform&x=%E2%9C%93&bad=%E2&tab=device',
      new Map([
        ['tab', 'platform'],
        ['x', '✓'],
      ]),
    ],
  ])('finds no configuration in %j', (hash, ui) => {
    expect(decodeShareHash(hash)).toEqual({ status: 'absent', ui });
  });

  const valid = base64url('{"TargetDevice":"ml_c5","S3OutputLocation":"s3://bucket/compiled"}');
  it.each([
    ['an empty payload', '#config=', 'The link has an empty configuration.'],
    [
      'characters outside base64url',
      '#config=eyJ@fQ',
      'The link’s configuration is not valid base64url; it may have been cut off or altered when it was copied.',
    ],
    [
      "standard base64's '+' and '/'",
      `#config=${Buffer.from('{"a":"~~~?"}').toString('base64')}`,
      'The link’s configuration is not valid base64url; it may have been cut off or altered when it was copied.',
    ],
    [
      'a length no base64 can have',
      `#config=${valid.slice(0, 5)}`,
      'The link’s configuration is not valid base64url; it may have been cut off or altered when it was copied.',
    ],
    [
      'a truncated payload',
      `#config=${valid.slice(0, -8)}`,
      'The link’s configuration is not valid JSON (line 1, column 44: Unterminated string: it has no closing "); it may have been cut off when it was copied.',
    ],
    [
      'invalid UTF-8',
      `#config=${base64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}`,
      'The link’s configuration is not UTF-8 text; it may have been cut off when it was copied.',
    ],
    [
      'a __proto__ key',
      `#config=${base64url('{"TargetDevice":"ml_c5",\n"__proto__":{"polluted":true}}')}`,
      'The link’s configuration is not valid JSON (line 2, column 1: The key "__proto__" is not allowed); it may have been cut off when it was copied.',
    ],
    [
      'a top-level array',
      `#config=${base64url('["ml_c5"]')}`,
      'The link’s configuration must be a JSON object (an OutputConfig), not an array.',
    ],
    [
      'a 40 KiB payload',
      `#config=${base64url(JSON.stringify({ S3OutputLocation: `s3://b/${'x'.repeat(40 * 1024)}` }))}`,
      'The link’s configuration is over 32 KiB, larger than any OutputConfig; it was not opened.',
    ],
  ])('refuses %s with a clear message', (_case, hash, error) => {
    expect(decodeShareHash(`${hash}&tab=platform`)).toEqual({
      status: 'error',
      error,
      ui: new Map([['tab', 'platform']]),
    });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts a payload right at the size limit', () => {
    const json = JSON.stringify({ S3OutputLocation: 'x'.repeat(MAX_SHARE_PAYLOAD_BYTES - 23) });
    expect(json.length).toBe(MAX_SHARE_PAYLOAD_BYTES);
    expect(decodeShareHash(`#config=${base64url(json)}`).status).toBe('ok');
    expect(decodeShareHash(`#config=${base64url(`${json} `)}`).status).toBe('error');
  });

  it.each<[string, OutputConfigDraft]>([
    [
      '"constructor" keys',
      { constructor: { prototype: { polluted: true } }, TargetDevice: 'ml_c5' },
    ],
    [
      'markup in strings, kept as plain text',
      {
        TargetDevice: '<script>alert(1)</script>',
        S3OutputLocation: '<img src=x onerror=alert(1)>',
      },
    ],
    [
      'wrong types',
      { S3OutputLocation: 42, TargetPlatform: 'LINUX', CompilerOptions: { mcpu: 'x' } },
    ],
  ])('restores %s exactly as given', (_case, draft) => {
    const decoded = decodeShareHash(`#config=${base64url(JSON.stringify(draft))}`);
    expect(decoded).toEqual({ status: 'ok', draft, ui: new Map() });
    expect(decoded.status === 'ok' && Object.getPrototypeOf(decoded.draft)).toBe(Object.prototype);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws on any string, base64url bytes or base64url JSON', () => {
    const hashes = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string().map((text) => `#config=${text}`),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => `#config=${base64url(bytes)}`),
      fc.json().map((json) => `#config=${base64url(json)}&tab=x`),
      fc
        .jsonValue()
        .map((value) => `#config=${base64url(JSON.stringify({ OutputConfig: value }))}`),
    );
    fc.assert(
      fc.property(hashes, (hash) => {
        const decoded = decodeShareHash(hash);
        expect(['ok', 'error', 'absent']).toContain(decoded.status);
      }),
      { numRuns: 500 },
    );
  });
});
