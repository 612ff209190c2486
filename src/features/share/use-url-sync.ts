/**
 * Keeps the address bar equal to the configuration (SPEC §4.6) and opens links pasted into it.
 * The address itself is read and written only through lib/address-bar (replace, never push, so
 * typing adds no history); links are opened only through the domain's openLink, the same door
 * the first load uses, so a pasted link and a loaded one open alike.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { linkHashFor, requestOfLink } from '../../domain/link/opened-link';
import {
  currentHash,
  hashChangedSinceOpened,
  onHashChange,
  replaceHash,
} from '../../lib/address-bar';
import { useDraftActions, useTargetMode } from '../../state/draft/configuration-context';
import { useOpenLink } from '../../state/draft/open-link';
import { useDraftSubscription } from '../../state/draft/draft-form';
import { linkOpener } from '../../state/draft/link-opener';
import { useRequestStore } from '../../state/request/request-store';

/**
 * A change is written as soon as its frame is shown, because a browser reload reads the URL
 * before any unload event could still update it. Only typing is held back: after its first
 * keystroke, a burst is written once it pauses this long, because history.replaceState takes
 * milliseconds (about 9 at 4x CPU) and a write between two keystrokes delays the next one.
 */
export const URL_QUIET_MS = 300;

/** A burst that never pauses is still written at least this often, so a reload loses little. */
const URL_MAX_WAIT_MS = 2000;

/**
 * Even the first write after a pause waits this long: inside the keystroke it would delay the
 * frame that shows the change. A reload cannot come sooner, and pagehide flushes a pending write.
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
  const { getDraft } = useDraftActions();
  const applyLink = useOpenLink();
  const { mode } = useTargetMode();
  const subscribeToDraft = useDraftSubscription();
  const requestStore = useRequestStore();
  const getRequest = () => requestStore.getSnapshot().draft;
  // The hash that describes what the URL holds now; a write happens only when it changes, so
  // an opened link stays byte for byte as it was until the configuration really differs.
  const writtenHash = useRef<string | undefined>(undefined);
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastWriteAt = useRef(Number.NEGATIVE_INFINITY);
  const lastChangeAt = useRef(Number.NEGATIVE_INFINITY);
  const isLeadingWrite = useRef(false);
  // True while a link is being loaded: its own URL must not be rewritten by the load.
  const isLoadingLink = useRef(false);

  const writeUrl = useEffectEvent((force: boolean) => {
    clearTimeout(pendingWrite.current);
    pendingWrite.current = undefined;
    lastWriteAt.current = performance.now();
    const hash = linkHashFor(getDraft(), mode, getRequest());
    if (!force && hash === writtenHash.current) return;
    writtenHash.current = hash;
    replaceHash(hash === BLANK_HASH ? undefined : hash);
  });

  const scheduleWrite = useEffectEvent((isTyping: boolean) => {
    if (isLoadingLink.current) return;
    const now = performance.now();
    const afterPause = now - lastChangeAt.current >= URL_QUIET_MS;
    lastChangeAt.current = now;
    // A click, a pick or a button ends a burst at once: a reload right after it must find it.
    if (afterPause || !isTyping) {
      const isWriteSoon = isLeadingWrite.current && pendingWrite.current !== undefined;
      if (!isWriteSoon) {
        clearTimeout(pendingWrite.current);
        pendingWrite.current = setTimeout(() => writeUrl(false), AFTER_FRAME_MS);
      }
      isLeadingWrite.current = true;
      return;
    }
    // The first change's write still goes out at once; it writes the latest draft.
    if (isLeadingWrite.current && pendingWrite.current !== undefined) return;
    isLeadingWrite.current = false;
    const overdue = now - lastWriteAt.current >= URL_MAX_WAIT_MS;
    clearTimeout(pendingWrite.current);
    pendingWrite.current = setTimeout(
      () => writeUrl(false),
      overdue ? AFTER_FRAME_MS : URL_QUIET_MS,
    );
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
    withoutUrlWrites(() => applyLink(link));
    onLinkOpened();
  });

  useEffect(() => {
    startFromLink();
    const typing = watchTyping();
    const stopWatchingDraft = subscribeToDraft(() => scheduleWrite(typing.isTyping()));
    const stopWatchingRequest = requestStore.subscribe(() => scheduleWrite(typing.isTyping()));
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
      typing.stop();
      stopWatchingDraft();
      stopWatchingRequest();
      window.removeEventListener('pagehide', flush);
      stopListening();
      flush();
    };
  }, [subscribeToDraft, requestStore]);

  // A change of tab is a change to write; the first render is not (the URL describes it).
  const writtenMode = useRef(mode);
  useEffect(() => {
    if (mode === writtenMode.current) return;
    writtenMode.current = mode;
    scheduleWrite(false);
  }, [mode]);
}

/**
 * Whether a change is being made by typing: an input event is being dispatched. Its listeners
 * on the window run first (capture) and last (bubble), around the app's own; a listener that
 * stops the event is covered by the reset in the next task.
 */
function watchTyping(): { isTyping: () => boolean; stop: () => void } {
  let isTyping = false;
  const start = () => {
    isTyping = true;
    setTimeout(end, 0);
  };
  const end = () => {
    isTyping = false;
  };
  window.addEventListener('input', start, true);
  window.addEventListener('input', end);
  return {
    isTyping: () => isTyping,
    stop: () => {
      window.removeEventListener('input', start, true);
      window.removeEventListener('input', end);
    },
  };
}
