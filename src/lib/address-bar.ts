/**
 * The only module that reads or writes the page address (ESLint forbids location and history
 * elsewhere). It only ever replaces the current entry, so editing adds no history.
 */

/** The fragment now in the address bar, with its '#'. */
export function currentHash(): string {
  return window.location.hash;
}

let openedHash: string | undefined;

/** The fragment the page was opened with, read once as the app starts (main.tsx). */
export function readOpenedHash(): string {
  openedHash = currentHash();
  return openedHash;
}

/**
 * Whether the fragment differs from the one the app started from: reading a link loads on
 * demand, so a new fragment can arrive before anything listens for one.
 */
export function hashChangedSinceOpened(): boolean {
  return openedHash !== undefined && currentHash() !== openedHash;
}

/** Replaces the fragment in place; undefined leaves the bare page address. */
export function replaceHash(hash: string | undefined): void {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', hash === undefined ? `${pathname}${search}` : hash);
}

/** This page's address opened on the given fragment (what Copy link copies). */
export function pageAddressWith(hash: string): string {
  return `${window.location.origin}${window.location.pathname}${hash}`;
}

/** Calls back when the user puts a new fragment in the address bar; returns the unsubscribe. */
export function onHashChange(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
