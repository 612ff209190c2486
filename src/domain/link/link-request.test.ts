import fc from 'fast-check';
import { anyDraft } from '../../testing/draft-arbitraries';
import { toApiObject } from '../draft';
import { serializeRequestFields } from '../request/request-draft';
import { buildShareHash, encodeRequestPayload } from './encode-link';
import { decodeShareHash, decodeShareRequest } from './decode-link';

const base64url = (text: string | Uint8Array) => Buffer.from(text).toString('base64url');
const CONFIG = { S3OutputLocation: 's3://b/out', TargetDevice: 'ml_c5' };
const REQUEST = {
  CompilationJobName: 'job',
  InputConfig: { S3Uri: 's3://b/m.tar.gz', Framework: 'PYTORCH' },
  StoppingCondition: { MaxRuntimeInSeconds: 900 },
};

describe('the request pair of a share link (SPEC §5.7)', () => {
  it('is base64url of the request fields JSON, after config and before UI state', () => {
    expect(buildShareHash(CONFIG, { tab: 'platform' }, REQUEST)).toBe(
      `#config=${base64url(JSON.stringify(CONFIG, null, 2))}&request=${base64url(JSON.stringify(REQUEST, null, 2))}&tab=platform`,
    );
    expect(encodeRequestPayload(REQUEST)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('is left out while the request is empty, and a link without it is still valid', () => {
    const hash = buildShareHash(CONFIG, {}, { CompilationJobName: '' });
    expect(hash).toBe(`#config=${base64url(JSON.stringify(CONFIG, null, 2))}`);
    expect(decodeShareRequest(hash)).toEqual({ status: 'absent' });
    expect(decodeShareHash(hash).status).toBe('ok');
  });

  it('round-trips any request fields exactly, key order included, and never counts as UI state', () => {
    fc.assert(
      fc.property(anyDraft, (request) => {
        const hash = buildShareHash(CONFIG, { tab: 'platform' }, request);
        const decoded = decodeShareRequest(hash);
        const api = toApiObject(request);
        const expected = Object.fromEntries(
          Object.entries(api).filter(([key]) => key !== 'OutputConfig'),
        );
        if (Object.keys(expected).length === 0) {
          expect(decoded.status).toBe('absent');
          return;
        }
        expect(decoded.status).toBe('ok');
        expect(decoded.status === 'ok' && serializeRequestFields(decoded.request)).toBe(
          JSON.stringify(expected, null, 2),
        );
        expect(decodeShareHash(hash).ui.has('request')).toBe(false);
      }),
    );
  });

  it('reads a request JSON any tool built, ignoring an OutputConfig inside it', () => {
    const json = '{"RoleArn":5,"OutputConfig":{"TargetDevice":"x"},"Extra":[1]}';
    expect(decodeShareRequest(`#config=e30&request=${base64url(json)}`)).toEqual({
      status: 'ok',
      request: { RoleArn: 5, Extra: [1] },
    });
  });

  it.each([
    ['empty', '', 'The link has an empty request.'],
    ['not base64url', 'a+b/', 'not valid base64url'],
    ['cut off', 'a', 'not valid base64url'],
    ['not UTF-8', base64url(new Uint8Array([0xff, 0xfe])), 'not UTF-8'],
    ['not JSON', base64url('{"RoleArn": '), 'not valid JSON (line 1, column 13'],
    ['not an object', base64url('[1]'), 'must be a JSON object'],
    ['a __proto__ key', base64url('{"__proto__": {"x": 1}}'), 'not allowed'],
    ['over 32 KiB', 'A'.repeat(50_000), 'over 32 KiB'],
  ])(
    'refuses a request that is %s with a clear message, and keeps the config',
    (_case, payload, message) => {
      const hash = `#config=${base64url(JSON.stringify(CONFIG))}&request=${payload}`;
      const decoded = decodeShareRequest(hash);
      expect(decoded.status).toBe('error');
      expect(decoded.status === 'error' && decoded.error).toContain(message);
      expect(decodeShareHash(hash)).toMatchObject({ status: 'ok', draft: CONFIG });
    },
  );

  it('never throws, whatever the hash holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (raw, json) => {
        decodeShareRequest(raw);
        decodeShareRequest(`#request=${raw}`);
        decodeShareRequest(`#request=${base64url(json)}`);
      }),
    );
  });
});
