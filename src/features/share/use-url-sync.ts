/**
 * Keeps the address bar equal to the configuration (SPEC §4.6) and opens links pasted into it.
 * This is the only code that writes location or history. It only ever replaces the current
 * entry, so typing adds no history; a link the user navigates to (a new hash) is opened.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import type { OutputConfigDraft } from '../../domain/draft';
import { serializeDraft } from '../../domain/serialize';
import { decodeShareHash } from '../../domain/share-link';
import { modeOfDraft, switchTargetMode } from '../../domain/target-mode';
import { useConfiguration } from '../../state/configuration-context';
import { shareHashFor } from './share-url';

/**
 * At most one URL write per this interval. Browsers throttle history calls, so a burst of typing
 * is coalesced; the first change after a pause is written at once, because a browser reload
 * reads the URL before any unload event could still update it.
 */
export const URL_WRITE_INTERVAL_MS = 250;

type Handlers = {
  /** A link pasted into the address bar was opened. */
  onLinkOpened: () => void;
  /** A link pasted into the address bar could not be read; nothing was changed. */
  onLinkError: (message: string) => void;
};

export function useUrlSync({ onLinkOpened, onLinkError }: Handlers): void {
  const { form, getDraft, mode, loadDraft, switchMode } = useConfiguration();
  // The hash that describes what the URL holds now; a write happens only when it changes, so
  // an opened link stays byte for byte as it was until the configuration really differs.
  const writtenHash = useRef<string | undefined>(undefined);
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastWriteAt = useRef(Number.NEGATIVE_INFINITY);
  // True while a link is being loaded: its own URL must not be rewritten by the load.
  const isLoadingLink = useRef(false);

  const writeUrl = useEffectEvent((force: boolean) => {
    clearTimeout(pendingWrite.current);
    pendingWrite.current = undefined;
    const draft = getDraft();
    const hash = shareHashFor(draft, mode);
    if (!force && hash === writtenHash.current) return;
    writtenHash.current = hash;
    lastWriteAt.current = performance.now();
    const isBlank = mode === 'device' && serializeDraft(draft) === '{}';
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', isBlank ? `${pathname}${search}` : hash);
  });

  const scheduleWrite = useEffectEvent(() => {
    if (pendingWrite.current !== undefined || isLoadingLink.current) return;
    const wait = lastWriteAt.current + URL_WRITE_INTERVAL_MS - performance.now();
    if (wait <= 0) writeUrl(false);
    else pendingWrite.current = setTimeout(() => writeUrl(false), wait);
  });

  const withoutUrlWrites = (action: () => void) => {
    isLoadingLink.current = true;
    try {
      action();
    } finally {
      isLoadingLink.current = false;
    }
  };

  // A link may ask for the Platform tab; it is honoured only when switching changes no value.
  const startFromLink = useEffectEvent(() => {
    const draft = getDraft();
    const wantsPlatform = decodeShareHash(window.location.hash).ui.get('tab') === 'platform';
    const switched = switchTargetMode(draft, {}, 'device', 'platform').draft;
    if (wantsPlatform && mode === 'device' && serializeDraft(switched) === serializeDraft(draft)) {
      writtenHash.current = shareHashFor(draft, 'platform');
      withoutUrlWrites(() => switchMode('platform'));
    } else {
      writtenHash.current = shareHashFor(draft, mode);
    }
  });

  const openPastedLink = useEffectEvent(() => {
    const link = decodeShareHash(window.location.hash);
    if (link.status !== 'ok') {
      // The URL goes back to the configuration on screen, so a reload cannot lose it.
      if (link.status === 'error') onLinkError(link.error);
      writeUrl(true);
      return;
    }
    const current: OutputConfigDraft = getDraft();
    const linkMode = modeOfDraft(link.draft);
    if (shareHashFor(link.draft, linkMode) === shareHashFor(current, mode)) return;
    clearTimeout(pendingWrite.current);
    pendingWrite.current = undefined;
    writtenHash.current = shareHashFor(link.draft, linkMode);
    withoutUrlWrites(() => loadDraft(link.draft));
    onLinkOpened();
  });

  useEffect(() => {
    startFromLink();
    const subscription = form.watch(() => scheduleWrite());
    const flush = () => {
      if (pendingWrite.current !== undefined) writeUrl(false);
    };
    const onHashChange = () => openPastedLink();
    window.addEventListener('pagehide', flush);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('hashchange', onHashChange);
      flush();
    };
  }, [form]);

  useEffect(() => {
    scheduleWrite();
  }, [mode]);
}
