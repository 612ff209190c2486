/**
 * Keeps the address bar equal to the configuration (SPEC §4.6) and opens links pasted into it.
 * The address itself is read and written only through lib/address-bar (replace, never push, so
 * typing adds no history); links are opened only through the domain's openLink, the same door
 * the first load uses, so a pasted link and a loaded one open alike.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { linkHashFor, requestOfLink } from '../../domain/link-state';
import {
  currentHash,
  hashChangedSinceOpened,
  onHashChange,
  replaceHash,
} from '../../lib/address-bar';
import { useConfiguration } from '../../state/configuration-context';
import { linkOpener } from '../../state/link-opener';
import { useRequestStore } from '../../state/request-store';

/**
 * At most one URL write per this interval. Browsers throttle history calls, so a burst of typing
 * is coalesced; the first change after a pause is written as soon as its frame is shown,
 * because a browser reload reads the URL before any unload event could still update it.
 */
export const URL_WRITE_INTERVAL_MS = 250;

/**
 * Even the first write after a pause waits this long: history.replaceState takes milliseconds,
 * and inside the keystroke it would delay the frame that shows the change. A reload cannot
 * come sooner, and pagehide flushes a pending write anyway.
 */
const AFTER_FRAME_MS = 20;

/** A fresh visit's hash: the URL then stays the bare page address. */
const BLANK_HASH = linkHashFor({}, 'device');

type OpenLink = Awaited<ReturnType<typeof linkOpener.load>>;

type Handlers = {
  /** A link pasted into the address bar was opened. */
  onLinkOpened: () => void;
  /** A link pasted into the address bar could not be read; nothing was changed. */
  onLinkError: (message: string) => void;
};

export function useUrlSync({ onLinkOpened, onLinkError }: Handlers): void {
  const { form, getDraft, mode, loadDraft } = useConfiguration();
  const requestStore = useRequestStore();
  const getRequest = () => requestStore.getSnapshot().draft;
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
    const request = getRequest();
    const hash = linkHashFor(draft, mode, request);
    if (!force && hash === writtenHash.current) return;
    writtenHash.current = hash;
    lastWriteAt.current = performance.now();
    replaceHash(hash === BLANK_HASH ? undefined : hash);
  });

  const scheduleWrite = useEffectEvent(() => {
    if (pendingWrite.current !== undefined || isLoadingLink.current) return;
    const wait = lastWriteAt.current + URL_WRITE_INTERVAL_MS - performance.now();
    pendingWrite.current = setTimeout(() => writeUrl(false), Math.max(wait, AFTER_FRAME_MS));
  });

  const withoutUrlWrites = (action: () => void) => {
    isLoadingLink.current = true;
    try {
      action();
    } finally {
      isLoadingLink.current = false;
    }
  };

  // The configuration started from the page's link (main.tsx opened it): that is what the URL
  // describes now, so it is left as it is until the configuration differs.
  const startFromLink = useEffectEvent(() => {
    writtenHash.current = linkHashFor(getDraft(), mode, getRequest());
  });

  const openPastedLink = useEffectEvent((openLink: OpenLink) => {
    const link = openLink(currentHash());
    if (link.status !== 'ok') {
      // The URL goes back to the configuration on screen, so a reload cannot lose it.
      if (link.status === 'error') onLinkError(link.error);
      writeUrl(true);
      return;
    }
    const request = requestOfLink(link);
    const linkHash = linkHashFor(link.draft, link.mode, request);
    if (linkHash === linkHashFor(getDraft(), mode, getRequest())) return;
    clearTimeout(pendingWrite.current);
    pendingWrite.current = undefined;
    writtenHash.current = linkHash;
    withoutUrlWrites(() => {
      loadDraft(link.draft, link.mode);
      requestStore.load(request, link.request.status === 'error' ? link.request.error : undefined);
    });
    onLinkOpened();
  });

  useEffect(() => {
    startFromLink();
    const subscription = form.watch(() => scheduleWrite());
    const stopWatchingRequest = requestStore.subscribe(() => scheduleWrite());
    const flush = () => {
      if (pendingWrite.current !== undefined) writeUrl(false);
    };
    // Reading a link loads on demand (the idle preload has brought it long before a paste).
    const openNewHash = () => void linkOpener.load().then(openPastedLink);
    const stopListening = onHashChange(openNewHash);
    // A link put into the address bar while the page was still opening (its code loads on
    // demand) came before this listener: it is opened now, as if pasted.
    if (hashChangedSinceOpened()) openNewHash();
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      stopWatchingRequest();
      window.removeEventListener('pagehide', flush);
      stopListening();
      flush();
    };
  }, [form, requestStore]);

  useEffect(() => {
    scheduleWrite();
  }, [mode]);
}
