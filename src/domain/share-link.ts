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
 */
import type { OutputConfigDraft } from './draft';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { parseJsonText } from './json-text';
import { isJsonObject } from './json-value';
import { serializeDraft } from './serialize';
import { describeType } from './value-text';

export const MAX_SHARE_PAYLOAD_BYTES = 32 * 1024;
export const CONFIG_PARAM = 'config';

// Base64 carries 3 bytes in 4 characters; anything longer decodes to more than the limit.
const MAX_PAYLOAD_CHARS = Math.ceil(MAX_SHARE_PAYLOAD_BYTES / 3) * 4;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type SharedState =
  | { status: 'ok'; draft: OutputConfigDraft; ui: Map<string, string> }
  | { status: 'error'; error: string; ui: Map<string, string> }
  /** The hash names no configuration (an empty hash, or only UI state). */
  | { status: 'absent'; ui: Map<string, string> };

/** The link payload of a draft: base64url, without padding, of the preview JSON's UTF-8. */
export function encodeSharePayload(draft: OutputConfigDraft): string {
  return bytesToBase64url(new TextEncoder().encode(serializeDraft(draft)));
}

/** The URL hash for a draft, `#config=<payload>`, followed by the given UI state pairs. */
export function buildShareHash(draft: OutputConfigDraft, ui: Record<string, string> = {}): string {
  const pairs = [`${CONFIG_PARAM}=${encodeSharePayload(draft)}`];
  for (const [key, value] of Object.entries(ui)) {
    if (key !== CONFIG_PARAM) pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return `#${pairs.join('&')}`;
}

/** Reads a URL hash (with or without '#'); never throws, and a bad link gives a clear message. */
export function decodeShareHash(hash: string): SharedState {
  const ui = new Map<string, string>();
  let payload: string | undefined;
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const separator = pair.indexOf('=');
    const key = safeDecode(separator < 0 ? pair : pair.slice(0, separator));
    const value = separator < 0 ? '' : pair.slice(separator + 1);
    if (key === undefined || key === '') continue;
    if (key === CONFIG_PARAM) {
      payload ??= value;
      continue;
    }
    const decoded = safeDecode(value);
    if (decoded !== undefined && !ui.has(key)) ui.set(key, decoded);
  }
  if (payload === undefined) return { status: 'absent', ui };
  const draft = decodePayload(payload);
  return typeof draft === 'string'
    ? { status: 'error', error: draft, ui }
    : { status: 'ok', draft, ui };
}

/** The draft a payload holds, or the message saying why the link cannot be opened. */
function decodePayload(raw: string): OutputConfigDraft | string {
  // Some tools percent-encode the padding; '=' itself is also tolerated (see the header).
  const payload = raw.replace(/(?:=|%3D)+$/i, '');
  if (payload === '') return 'The link has an empty configuration.';
  if (payload.length > MAX_PAYLOAD_CHARS) {
    return 'The link’s configuration is over 32 KiB, larger than any OutputConfig; it was not opened.';
  }
  if (!BASE64URL.test(payload) || payload.length % 4 === 1) {
    return 'The link’s configuration is not valid base64url; it may have been cut off or altered when it was copied.';
  }
  const bytes = base64urlToBytes(payload);
  if (bytes.length > MAX_SHARE_PAYLOAD_BYTES) {
    return 'The link’s configuration is over 32 KiB, larger than any OutputConfig; it was not opened.';
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'The link’s configuration is not UTF-8 text; it may have been cut off when it was copied.';
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return `The link’s configuration is not valid JSON (line ${line}, column ${column}: ${message}); it may have been cut off when it was copied.`;
  }
  if (!isJsonObject(parsed.value)) {
    return `The link’s configuration must be a JSON object (an OutputConfig), not ${describeType(parsed.value)}.`;
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
