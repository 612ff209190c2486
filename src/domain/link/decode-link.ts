/**
 * Reading share links (the format and its compatibility rules are in encode-link.ts): never
 * throws, and a bad link gives a clear message (SPEC §5.1, §5.5).
 */
import { base64urlToBytes } from './base64url';
import { parseJsonText } from '../json/json-text';
import { isJsonObject, type JsonObject } from '../json/json-value';
import type { RequestDraft } from '../request/request-draft';
import {
  CONFIG_PARAM,
  MAX_SHARE_PAYLOAD_BYTES,
  REQUEST_PARAM,
  type SharedRequest,
  type SharedState,
} from './encode-link';
import { describeType } from '../value-text';

// Base64 carries 3 bytes in 4 characters; anything longer decodes to more than the limit.
const MAX_PAYLOAD_CHARS = Math.ceil(MAX_SHARE_PAYLOAD_BYTES / 3) * 4;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

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
