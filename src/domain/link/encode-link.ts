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
 *
 * Writing a link is here; reading one is in decode-link.ts, which loads only when a page
 * is opened from a link (a fresh page writes its first link after the first edit).
 */
import type { OutputConfigDraft } from '../draft';
import { bytesToBase64url } from './base64url';
import {
  isRequestEmpty,
  serializeRequestFields,
  type RequestDraft,
} from '../request/request-draft';
import { serializeDraft } from '../serialize';

export const MAX_SHARE_PAYLOAD_BYTES = 32 * 1024;
export const CONFIG_PARAM = 'config';
export const REQUEST_PARAM = 'request';

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
