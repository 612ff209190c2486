/**
 * What an opened link gives the page, and the hash that describes the page: the light half of
 * the one door for links (open-link.ts reads a hash, and loads only when there is one to read).
 */
import type { OutputConfigDraft } from '../draft';
import type { RequestDraft } from '../request/request-draft';
import { buildShareHash, type SharedRequest } from './encode-link';
import type { TargetMode } from '../target/target-mode';

/** The UI-state pair that opens the Platform tab (encode-link.ts: pairs are append-only). */
export const TAB_PARAM = 'tab';

/** What every opened link also carries: its request fields, read apart (SPEC §5.7). */
type WithRequest = { request: SharedRequest };

export type OpenedLink =
  /** The hash names no configuration; the configurator starts empty. */
  | ({ status: 'absent'; draft: OutputConfigDraft; mode: TargetMode } & WithRequest)
  | ({ status: 'ok'; draft: OutputConfigDraft; mode: TargetMode } & WithRequest)
  /** The link could not be read; the configurator starts empty and says why. */
  | ({ status: 'error'; draft: OutputConfigDraft; mode: TargetMode; error: string } & WithRequest);

/** What a page opened with no hash starts from: `openLink('')`, without reading anything. */
export const FRESH_VISIT: OpenedLink = {
  status: 'absent',
  draft: {},
  mode: 'device',
  request: { status: 'absent' },
};

/** The request fields an opened link gives the page: empty when it has none or a bad one. */
export function requestOfLink(link: OpenedLink): RequestDraft {
  return link.request.status === 'ok' ? link.request.request : {};
}

/** The hash that describes a draft shown in a tab, with its request fields; `openLink` of it gives all back. */
export function linkHashFor(
  draft: OutputConfigDraft,
  mode: TargetMode,
  request: RequestDraft = {},
): string {
  return buildShareHash(draft, mode === 'platform' ? { [TAB_PARAM]: 'platform' } : {}, request);
}
