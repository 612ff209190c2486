import { onDemand } from '../../lib/on-demand';

/**
 * Reading a link (decoding and checking its payloads) loads on demand: a fresh page has no hash
 * to read, so its first screen goes without; a page opened from a link, or a link pasted into
 * the address bar, waits for it.
 */
export const linkOpener = onDemand(() =>
  import('../../domain/link/open-link').then((module) => module.openLink),
);
