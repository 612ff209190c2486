import type { OutputConfigDraft } from '../../domain/draft';
import type { RequestDraft } from '../../domain/request/request-draft';
import type { TargetMode } from '../../domain/target/target-mode';
import type { TargetStash } from '../../domain/target/target-switch';

/** What Undo restores: the draft, its tab, the targets kept aside, and the request fields. */
export type UndoPoint = {
  draft: OutputConfigDraft;
  mode: TargetMode;
  stash: TargetStash;
  /** Absent where the page has no request store (component tests of the OutputConfig alone). */
  request?: RequestDraft;
};

/**
 * Whether two points show the same thing: same tab, same draft, same request. The targets kept
 * aside do not show, so they do not count.
 */
export function sameUndoPoint(a: UndoPoint, b: UndoPoint): boolean {
  return (
    a.mode === b.mode &&
    JSON.stringify(a.draft) === JSON.stringify(b.draft) &&
    JSON.stringify(a.request ?? {}) === JSON.stringify(b.request ?? {})
  );
}
