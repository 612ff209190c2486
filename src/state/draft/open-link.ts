/**
 * The one door through which a link's configuration enters the page: the first load starts the
 * stores from `linkState` (src/app/app.tsx), and a link pasted later is applied by `useOpenLink`,
 * so both show the same draft, tab, request and messages for the same link.
 */
import { useCallback } from 'react';
import { requestOfLink, type OpenedLink } from '../../domain/link/opened-link';
import type { OutputConfigDraft } from '../../domain/draft';
import type { RequestDraft } from '../../domain/request/request-draft';
import type { TargetMode } from '../../domain/target/target-mode';
import { useRequestStore } from '../request/request-store';
import { useDraftActions } from './configuration-context';

export type LinkState = {
  draft: OutputConfigDraft;
  mode: TargetMode;
  /** A configuration the link brought shows its messages at once. */
  isRevealedAll: boolean;
  request: RequestDraft;
  isRequestRevealedAll: boolean;
  /** Why the link's request part could not be read, if it could not. */
  requestError?: string;
};

/** What the page holds once `link` is open. */
export function linkState(link: OpenedLink): LinkState {
  return {
    draft: link.draft,
    mode: link.mode,
    isRevealedAll: link.status === 'ok',
    request: requestOfLink(link),
    isRequestRevealedAll: link.request.status === 'ok',
    requestError: link.request.status === 'error' ? link.request.error : undefined,
  };
}

/** Opens a link on a page that is already running (a link pasted into the address bar). */
export function useOpenLink(): (link: OpenedLink) => void {
  const { loadDraft } = useDraftActions();
  const requestStore = useRequestStore();
  return useCallback(
    (link: OpenedLink) => {
      const state = linkState(link);
      loadDraft(state.draft, state.mode);
      requestStore.load(state.request, state.requestError);
    },
    [loadDraft, requestStore],
  );
}
