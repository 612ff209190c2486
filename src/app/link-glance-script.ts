/**
 * The script public/before-paint.js adds for a #config= link (vite.config.ts bundles it on its
 * own, so that it carries only what it needs). It runs when it arrives, usually while the HTML is
 * still being parsed, so it watches the parser until the prerendered configuration begins; once
 * the HTML is parsed the app's entry runs in the same task, so waiting for that would hold the
 * paint back until the entry is done.
 */
import { currentHash } from '../lib/address-bar';
import { showLinkGlance } from './link-glance';

const settled = () =>
  showLinkGlance(document, currentHash()) !== 'waiting' || document.readyState !== 'loading';

if (!settled()) {
  const parsing = new MutationObserver(() => {
    if (settled()) parsing.disconnect();
  });
  parsing.observe(document, { childList: true, subtree: true });
}
