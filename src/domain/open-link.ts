/**
 * The one door for links: a URL hash becomes the draft, the tab and whether it came from the
 * link, in one step, and the same module writes the hash back. Everything that opens a link
 * (the first load, a link pasted into the address bar) goes through `openLink`, so the tab a
 * link asks for is decided in one place.
 */
import type { OutputConfigDraft } from './draft';
import { serializeDraft } from './serialize';
import { buildShareHash, decodeShareHash } from './share-link';
import { modeOfDraft, switchTargetMode, type TargetMode } from './target-mode';

/** The UI-state pair that opens the Platform tab (share-link.ts: pairs are append-only). */
const TAB_PARAM = 'tab';

export type OpenedLink =
  /** The hash names no configuration; the configurator starts empty. */
  | { status: 'absent'; draft: OutputConfigDraft; mode: TargetMode }
  | { status: 'ok'; draft: OutputConfigDraft; mode: TargetMode }
  /** The link could not be read; the configurator starts empty and says why. */
  | { status: 'error'; draft: OutputConfigDraft; mode: TargetMode; error: string };

/** Opens a URL hash: the draft it carries (empty if none or unreadable) and the tab to show. */
export function openLink(hash: string): OpenedLink {
  const shared = decodeShareHash(hash);
  const draft = shared.status === 'ok' ? shared.draft : {};
  const mode = modeOfLink(draft, shared.ui.get(TAB_PARAM));
  if (shared.status === 'error') return { status: 'error', draft, mode, error: shared.error };
  return { status: shared.status, draft, mode };
}

/** The hash that describes a draft shown in a tab; `openLink` of it gives both back. */
export function linkHashFor(draft: OutputConfigDraft, mode: TargetMode): string {
  return buildShareHash(draft, mode === 'platform' ? { [TAB_PARAM]: 'platform' } : {});
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
