/**
 * The share-link codec (SPEC §5.1, §5.5). A link is `<app URL>#config=<payload>[&key=value…]`.
 *
 * Compatibility rules — links outlive releases, so these only ever grow:
 * - The payload is base64url (RFC 4648 §5, no padding) of the UTF-8 bytes of the API-shaped
 *   OutputConfig JSON, exactly the preview text. It holds no app-specific structure, so any
 *   tool can build a link (`printf %s "$json" | base64 | tr -d '\n=' | tr '+/' '-_'`) and every
 *   old link stays valid.
 * - `config` is the only required pair. Pairs after it (`&tab=platform`, …) are UI state: each
 *   is optional, unknown ones are ignored, and new ones may be added (append-only); an
 *   existing key never changes meaning.
 * - Decoding is strict about the alphabet ('+' and '/' are refused, since URLs mangle them) but
 *   lenient about trailing '=' padding, which common encoders (Python's urlsafe_b64encode) emit.
 * - Whatever the JSON object holds is restored as given — unknown keys, wrong types, key order —
 *   for the validator to flag; nothing is dropped or rewritten.
 * - `request` (SPEC §5.7) carries the CreateCompilationJob fields around OutputConfig, encoded
 *   the same way: base64url of the UTF-8 JSON of the request without OutputConfig. It is
 *   optional; a bad one is reported on its own and never costs the configuration. An
 *   OutputConfig inside it is ignored, since `config` is the one OutputConfig of a link.
 */
import type { OutputConfigDraft } from './draft';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { parseJsonText } from './json-text';
import { isJsonObject, type JsonObject } from './json-value';
import { isRequestEmpty, serializeRequestFields, type RequestDraft } from './request/request-draft';
import { serializeDraft } from './serialize';
import { describeType } from './value-text';

export const MAX_SHARE_PAYLOAD_BYTES = 32 * 1024;
export const CONFIG_PARAM = 'config';
export const REQUEST_PARAM = 'request';

// Base64 carries 3 bytes in 4 characters; anything longer decodes to more than the limit.
const MAX_PAYLOAD_CHARS = Math.ceil(MAX_SHARE_PAYLOAD_BYTES / 3) * 4;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The request fields a link carries; `absent` when it has no `request` pair. */
export type SharedRequest =
  | { status: 'ok'; request: RequestDraft }
  | { status: 'error'; error: string }
  | { status: 'absent' };

export type SharedState =
  | { status: 'ok'; draft: OutputConfigDraft; ui: Map<string, string> }
  | { status: 'error'; error: string; ui: Map<string, string> }
  /** The hash names no configuration (an empty hash, or only UI state). */
  | { status: 'absent'; ui: Map<string, string> };

const toBase64url = (text: string) => bytesToBase64url(new TextEncoder().encode(text));

/** The link payload of a draft: base64url, without padding, of the preview JSON's UTF-8. */
export function encodeSharePayload(draft: OutputConfigDraft): string {
  return toBase64url(serializeDraft(draft));
}

/** The `request` payload: base64url of the request fields' JSON (without OutputConfig). */
export function encodeRequestPayload(request: RequestDraft): string {
  return toBase64url(serializeRequestFields(request));
}

/**
 * The URL hash for a draft, `#config=<payload>`, then `&request=<payload>` when the request
 * holds anything, then the given UI state pairs.
 */
export function buildShareHash(
  draft: OutputConfigDraft,
  ui: Record<string, string> = {},
  request: RequestDraft = {},
): string {
  const pairs = [`${CONFIG_PARAM}=${encodeSharePayload(draft)}`];
  if (!isRequestEmpty(request)) pairs.push(`${REQUEST_PARAM}=${encodeRequestPayload(request)}`);
  for (const [key, value] of Object.entries(ui)) {
    if (key !== CONFIG_PARAM && key !== REQUEST_PARAM) {
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    }
  }
  return `#${pairs.join('&')}`;
}

/** Reads a URL hash (with or without '#'); never throws, and a bad link gives a clear message. */
export function decodeShareHash(hash: string): SharedState {
  const { payloads, ui } = readPairs(hash);
  const payload = payloads.get(CONFIG_PARAM);
  if (payload === undefined) return { status: 'absent', ui };
  const draft = decodePayload(payload, CONFIG_PAYLOAD);
  return typeof draft === 'string'
    ? { status: 'error', error: draft, ui }
    : { status: 'ok', draft, ui };
}

/**
 * The request fields of a URL hash; never throws. Read apart from the configuration so that a
 * bad `request` pair never costs the OutputConfig, and a link without one stays valid.
 */
export function decodeShareRequest(hash: string): SharedRequest {
  const payload = readPairs(hash).payloads.get(REQUEST_PARAM);
  if (payload === undefined) return { status: 'absent' };
  const decoded = decodePayload(payload, REQUEST_PAYLOAD);
  if (typeof decoded === 'string') return { status: 'error', error: decoded };
  const request = Object.fromEntries(
    Object.entries(decoded).filter(([key]) => key !== 'OutputConfig'),
  ) as RequestDraft;
  return { status: 'ok', request };
}

/** The first `config` and `request` payloads, and every other pair as UI state. */
function readPairs(hash: string): { payloads: Map<string, string>; ui: Map<string, string> } {
  const ui = new Map<string, string>();
  const payloads = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const separator = pair.indexOf('=');
    const key = safeDecode(separator < 0 ? pair : pair.slice(0, separator));
    const value = separator < 0 ? '' : pair.slice(separator + 1);
    if (key === undefined || key === '') continue;
    if (key === CONFIG_PARAM || key === REQUEST_PARAM) {
      if (!payloads.has(key)) payloads.set(key, value);
      continue;
    }
    const decoded = safeDecode(value);
    if (decoded !== undefined && !ui.has(key)) ui.set(key, decoded);
  }
  return { payloads, ui };
}

/** How messages name a payload. */
type PayloadWords = { what: string; largest: string; object: string };
const CONFIG_PAYLOAD: PayloadWords = {
  what: 'configuration',
  largest: 'any OutputConfig',
  object: 'an OutputConfig',
};
const REQUEST_PAYLOAD: PayloadWords = {
  what: 'request',
  largest: 'any CreateCompilationJob request',
  object: 'the CreateCompilationJob fields without OutputConfig',
};

/** The object a payload holds, or the message saying why that part of the link cannot be opened. */
function decodePayload(raw: string, { what, largest, object }: PayloadWords): JsonObject | string {
  // Some tools percent-encode the padding; '=' itself is also tolerated (see the header).
  const payload = raw.replace(/(?:=|%3D)+$/i, '');
  const tooLarge = `The link’s ${what} is over 32 KiB, larger than ${largest}; it was not opened.`;
  if (payload === '') return `The link has an empty ${what}.`;
  if (payload.length > MAX_PAYLOAD_CHARS) return tooLarge;
  if (!BASE64URL.test(payload) || payload.length % 4 === 1) {
    return `The link’s ${what} is not valid base64url; it may have been cut off or altered when it was copied.`;
  }
  const bytes = base64urlToBytes(payload);
  if (bytes.length > MAX_SHARE_PAYLOAD_BYTES) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `The link’s ${what} is not UTF-8 text; it may have been cut off when it was copied.`;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return `The link’s ${what} is not valid JSON (line ${line}, column ${column}: ${message}); it may have been cut off when it was copied.`;
  }
  if (!isJsonObject(parsed.value)) {
    return `The link’s ${what} must be a JSON object (${object}), not ${describeType(parsed.value)}.`;
  }
  return parsed.value;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
