/**
 * The one door for links: a URL hash becomes the draft, the tab and whether it came from the
 * link, in one step (opened-link.ts writes the hash back). Everything that opens a link
 * (the first load, a link pasted into the address bar) goes through `openLink`, so the tab a
 * link asks for is decided in one place. It loads on demand: only a page with a hash reads one
 * (opened-link.ts holds what a fresh page needs, and writes hashes).
 */
import type { OutputConfigDraft } from '../draft';
import { TAB_PARAM, type OpenedLink } from './opened-link';
import { serializeDraft } from '../serialize';
import { decodeShareHash, decodeShareRequest } from './decode-link';
import { modeOfDraft, type TargetMode } from '../target/target-mode';
import { switchTargetMode } from '../target/target-switch';

/**
 * Opens a URL hash: the draft it carries (empty if none or unreadable), the tab to show and the
 * request fields (a bad `request` pair never costs the configuration).
 */
export function openLink(hash: string): OpenedLink {
  const shared = decodeShareHash(hash);
  const draft = shared.status === 'ok' ? shared.draft : {};
  const mode = modeOfLink(draft, shared.ui.get(TAB_PARAM));
  const request = decodeShareRequest(hash);
  if (shared.status === 'error') {
    return { status: 'error', draft, mode, error: shared.error, request };
  }
  return { status: shared.status, draft, mode, request };
}

/**
 * The draft's own mode, except that a link may ask for the Platform tab: that is honoured only
 * when switching to it changes no value, so what the link carries is shown exactly.
 */
function modeOfLink(draft: OutputConfigDraft, tab: string | undefined): TargetMode {
  const mode = modeOfDraft(draft);
  if (mode !== 'device' || tab !== 'platform') return mode;
  const switched = switchTargetMode(draft, {}, 'device', 'platform').draft;
  return serializeDraft(switched) === serializeDraft(draft) ? 'platform' : mode;
}
