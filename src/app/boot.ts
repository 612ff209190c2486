/**
 * How the page starts (src/main.tsx asks, then renders): the link it was opened with, read by
 * code that loads only when there is a hash, and whether React takes over the prerendered first
 * screen as it is (hydrate) or renders the link's configuration in its place.
 */
import { FRESH_VISIT, type OpenedLink } from '../domain/link/opened-link';
import { needsTargetCode } from '../domain/target/target-or-options';
import { loadWholeGroup } from '../lib/on-demand';
import { linkOpener } from '../state/draft/link-opener';
import { loadTargetCode, REQUEST_CODE } from '../state/on-demand-code';
import { errorText } from '../lib/error-text';

export type BootPlan = { link: OpenedLink; hydrate: boolean };

/**
 * A fresh visit hydrates the prerendered screen. A link replaces it, which public/before-paint.js
 * kept hidden meanwhile so that the empty configuration never flashes; a target, options,
 * unknown keys or request fields in it are shown with their rules and fields, so their code
 * comes first (if it cannot load, the app renders anyway and its error boundary says so). If the
 * code that reads links cannot load, the page starts empty and says the link could not be opened.
 */
export async function planBoot(hash: string, isPrerendered: boolean): Promise<BootPlan> {
  if (hash === '') return { link: FRESH_VISIT, hydrate: isPrerendered };
  const opening = linkOpener.load();
  // Most links bring a target: its code loads beside the code that reads the link, not after it.
  // public/before-paint.js asked for both as the page started (vite.config.ts names them for
  // it), so these imports find them arrived, or on their way.
  const targetLoaded = loadTarget().catch(() => undefined);
  const link = await opening.then(
    (openLink) => openLink(hash),
    (error: unknown): OpenedLink => ({
      ...FRESH_VISIT,
      status: 'error',
      error: `the code that reads links did not load (${errorText(error)})`,
    }),
  );
  const isFresh =
    link.status === 'absent' && link.mode === 'device' && link.request.status === 'absent';
  if (isFresh && isPrerendered) return { link, hydrate: true };
  await Promise.all([
    needsTargetCode(link.draft) || link.mode === 'platform' ? targetLoaded : undefined,
    link.request.status === 'ok' ? loadWholeGroup(REQUEST_CODE) : undefined,
  ]).catch(() => undefined);
  return { link, hydrate: false };
}

/**
 * The target's code and the parts that show it. The option combobox, a chunk of its own
 * (vite.config.ts), is asked for beside that code, not a round trip after it: the options panel
 * finds it loaded when it declares it.
 */
async function loadTarget(): Promise<void> {
  const combobox = import('../features/options/option-combobox').catch(() => undefined);
  await loadTargetCode();
  await combobox;
}

/**
 * A frame callback runs just before a paint; a task queued from it runs after that paint, so
 * hydrating never holds the prerendered first paint back.
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** The link's configuration is on screen: show the page that before-paint.js hid. */
export function revealOpenedLink(): void {
  document.documentElement.classList.remove('opening-link');
}
