import type { OutputConfigDraft } from '../../domain/draft';
import { buildShareHash } from '../../domain/share-link';
import type { TargetMode } from '../../domain/target-mode';

/** The UI state a link carries besides the configuration: the Platform tab when it is open. */
export function shareHashFor(draft: OutputConfigDraft, mode: TargetMode): string {
  return buildShareHash(draft, mode === 'platform' ? { tab: 'platform' } : {});
}

/** The address of this page opened on the given configuration (what Copy link copies). */
export function shareUrlFor(draft: OutputConfigDraft, mode: TargetMode): string {
  return `${window.location.origin}${window.location.pathname}${shareHashFor(draft, mode)}`;
}
